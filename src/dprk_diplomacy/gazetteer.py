"""Closed lists of countries, places, officials and organisations, and lookups over them.

The bundled lists live in ``dprk_diplomacy/data/`` (``countries.json``,
``places.json``, ``officials.json``, ``organizations.json``, and the channel
heads of ``channels.json``) and are read once
per process by :meth:`Gazetteer.default`.

A user extends them without touching code: :meth:`Gazetteer.from_files` reads
JSON files, each an object with any of the keys ``"countries"``, ``"places"``,
``"officials"``, ``"organizations"`` and ``"channels"``, holding lists of entries::

    {
      "countries": [
        {"code": "XKX", "names": ["Kosovo"], "demonyms": ["Kosovar"],
         "capitals": ["Pristina"], "ambiguous": false}
      ],
      "places": [
        {"name": "Panmunjom", "aliases": ["Panmunjeom"], "country": null,
         "kind": "site"}
      ],
      "officials": [
        {"name": "Kim Jong Un", "aliases": ["Kim Jong-un"], "country": "PRK",
         "title": "leader", "head_of_state_or_government": true,
         "valid_from": "2011-12-17", "valid_to": null}
      ],
      "organizations": [
        {"name": "Unification Ministry", "aliases": ["Ministry of Unification"],
         "country": "KOR"}
      ],
      "channels": [
        {"name": "Stockholm channel", "family": "stockholm", "parties": ["PRK", "USA"]}
      ]
    }

Countries are keyed by ``code``, everything else by ``name``: a user entry
whose key equals a bundled one (ignoring case, spaces and punctuation)
replaces it; other entries are added. ``country`` is an ISO 3166-1 alpha-3
code, or null for international organisations and places that straddle a
border. ``kind`` is ``"city"``, ``"region"`` or ``"site"`` (``"country"`` is
used for the places synthesised from country names). Dates are ISO
``YYYY-MM-DD``. A malformed file raises :class:`~dprk_diplomacy.errors.GazetteerError`
naming the file, the section and the entry.

Lookups ignore case, accents, spaces and punctuation, so ``"Kim Jong-un"``,
``"Kim Jong Un"`` and ``"kim jong-Un"`` are one key.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from os import PathLike
from pathlib import Path
from typing import Any, Literal, Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import GazetteerError
from .models import CountryCode, NonEmptyStr
from .resources import load_json

__all__ = [
    "CountryEntry",
    "CountryTermKind",
    "Gazetteer",
    "OfficialEntry",
    "OrganizationEntry",
    "PlaceEntry",
    "PlaceKind",
]

PlaceKind = Literal["city", "region", "site", "country"]
"""What a place is; ``"country"`` marks places synthesised from country names."""

CountryTermKind = Literal["name", "demonym", "capital"]
"""How a term names a country: ``"Japan"``, ``"Japanese"`` or ``"Tokyo"``."""

Section = Literal["countries", "places", "officials", "organizations", "channels"]

_SECTIONS: tuple[Section, ...] = ("countries", "places", "officials", "organizations", "channels")


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CountryEntry(_Entry):
    """A state: its ISO alpha-3 code and the words news English uses for it."""

    code: CountryCode = Field(description="ISO 3166-1 alpha-3 code, such as 'PRK'.")
    names: tuple[NonEmptyStr, ...] = Field(
        min_length=1, description="Names and short forms: 'North Korea', 'DPRK', 'N. Korea'."
    )
    demonyms: tuple[NonEmptyStr, ...] = Field(
        default=(), description="Adjectival and people forms: 'North Korean', 'North Koreans'."
    )
    capitals: tuple[NonEmptyStr, ...] = Field(
        default=(),
        description="Capital cities with spelling variants: 'Ulaanbaatar', 'Ulan Bator'.",
    )
    ambiguous: bool = Field(
        default=False,
        description="True when a name is also ordinary English ('Turkey', 'Jordan', 'Chad').",
    )


class PlaceEntry(_Entry):
    """A city, region or site named as the venue of diplomacy."""

    name: NonEmptyStr = Field(description="The usual English name, such as 'Panmunjom'.")
    aliases: tuple[NonEmptyStr, ...] = Field(default=(), description="Other spellings.")
    country: CountryCode | None = Field(
        default=None, description="The state it lies in; null when it straddles a border."
    )
    kind: PlaceKind = Field(description="city, region, site, or country.")


class OfficialEntry(_Entry):
    """A well-known official of a state or an international organisation."""

    name: NonEmptyStr = Field(description="Full name as usually written in English news.")
    aliases: tuple[NonEmptyStr, ...] = Field(
        default=(), description="Spelling variants and unambiguous surname-only forms."
    )
    country: CountryCode | None = Field(
        default=None, description="The state represented; null for UN or IAEA officials."
    )
    title: str | None = Field(default=None, description="The typical post, such as 'leader'.")
    head_of_state_or_government: bool = Field(
        default=False, description="True for presidents, leaders, premiers and prime ministers."
    )
    valid_from: dt.date | None = Field(default=None, description="Start of the main post.")
    valid_to: dt.date | None = Field(default=None, description="End of the main post.")


class OrganizationEntry(_Entry):
    """An institution whose mention ties a person to one state, or to none (an IO)."""

    name: NonEmptyStr = Field(description="The usual English name, such as 'White House'.")
    aliases: tuple[NonEmptyStr, ...] = Field(default=(), description="Other names and acronyms.")
    country: CountryCode | None = Field(
        default=None, description="The state it belongs to; null for international organisations."
    )


class ChannelEntry(_Entry):
    """A head phrase that names a standing means of contact: "New York channel", "hotline"."""

    name: NonEmptyStr = Field(description="The phrase as news English writes it: 'hotline'.")
    aliases: tuple[NonEmptyStr, ...] = Field(default=(), description="Other phrasings.")
    family: NonEmptyStr = Field(
        description="Mentions whose heads share a family (and their sides) are one channel."
    )
    parties: tuple[CountryCode, ...] = Field(
        default=(),
        description="The states the channel always links, if fixed: the New York channel links "
        "PRK and USA; empty when the text says.",
    )


_Model = TypeVar("_Model", bound=_Entry)


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def aliases(self) -> tuple[str, ...]: ...


_NamedModel = TypeVar("_NamedModel", bound=_Named)
_Value = TypeVar("_Value")

_NOT_LETTER_OR_DIGIT = re.compile(
    r"""
    [\W_]+   # spaces, hyphens, dots, apostrophes: "Kim Jong-un" ~ "kimjongun"
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=16384)
def lookup_key(text: str) -> str:
    """The key under which lookups compare ``text``.

    Cached: an article looks up the same few names and tokens many times.

    >>> lookup_key("Kim Jong-un") == lookup_key("kim jong Un") == "kimjongun"
    True
    >>> lookup_key("António Guterres")
    'antonioguterres'
    """
    if text.isascii():  # ASCII has no accents to strip and folds case as lower() does
        return _NOT_LETTER_OR_DIGIT.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    unaccented = "".join(char for char in decomposed if not unicodedata.combining(char))
    return _NOT_LETTER_OR_DIGIT.sub("", unaccented)


def _primary_key(entry: _Entry) -> str:
    if isinstance(entry, CountryEntry):
        return entry.code
    return lookup_key(str(getattr(entry, "name", "")))


def _label(item: object) -> str:
    if isinstance(item, Mapping):
        label = item.get("name", item.get("code"))
    else:
        label = getattr(item, "name", getattr(item, "code", None))
    return f" ({label!r})" if isinstance(label, str) else ""


def _describe(error: ValidationError) -> str:
    parts = []
    for detail in error.errors(include_url=False):
        location = ".".join(str(part) for part in detail["loc"]) or "entry"
        parts.append(f"{location}: {detail['msg']}")
    return "; ".join(parts)


def _validate(
    model: type[_Model], section: Section, items: Iterable[object], source: str | None
) -> tuple[_Model, ...]:
    """Validate ``items`` as ``model`` entries, naming the source and entry on error."""
    prefix = f"{source}: " if source else ""
    validated: list[_Model] = []
    for index, item in enumerate(items):
        if isinstance(item, model):
            validated.append(item)
            continue
        where = f"{prefix}{section}[{index}]{_label(item)}"
        if not isinstance(item, Mapping):
            raise GazetteerError(f"{where}: expected an object, got {type(item).__name__}")
        try:
            validated.append(model.model_validate(dict(item)))
        except ValidationError as error:
            raise GazetteerError(f"{where}: {_describe(error)}") from None
    return tuple(validated)


def _merge(existing: tuple[_Model, ...], added: tuple[_Model, ...]) -> tuple[_Model, ...]:
    """``existing`` with same-key entries replaced by ``added`` and the rest appended."""
    if not added:
        return existing
    latest: dict[str, _Model] = {}
    for entry in added:
        latest[_primary_key(entry)] = entry
    kept: list[_Model] = [latest.pop(_primary_key(entry), entry) for entry in existing]
    kept.extend(latest.values())
    return tuple(kept)


def _index(pairs: Iterable[tuple[str, _Value]]) -> dict[str, _Value]:
    """Lookup table by :func:`lookup_key`; a later pair wins over an earlier one."""
    table: dict[str, _Value] = {}
    for term, value in pairs:
        key = lookup_key(term)
        if key:
            table[key] = value
    return table


def _named_index(entries: Sequence[_NamedModel]) -> dict[str, _NamedModel]:
    """Aliases first, then names, so that a name is never shadowed by another's alias."""
    aliases = [(alias, entry) for entry in entries for alias in entry.aliases]
    names = [(entry.name, entry) for entry in entries]
    return _index([*aliases, *names])


def _get(table: Mapping[str, _Value], text: str) -> _Value | None:
    key = lookup_key(text)
    return table.get(key) if key else None


@dataclass(frozen=True)
class Gazetteer:
    """The closed lists the extractors consult, with case-insensitive lookups.

    >>> gazetteer = Gazetteer.default()
    >>> gazetteer.country_by_name("N. Korea"), gazetteer.country_by_demonym("Swiss")
    ('PRK', 'CHE')
    >>> gazetteer.official("kim jong-Un").country
    'PRK'
    """

    countries: tuple[CountryEntry, ...] = ()
    places: tuple[PlaceEntry, ...] = ()
    officials: tuple[OfficialEntry, ...] = ()
    organizations: tuple[OrganizationEntry, ...] = ()
    channels: tuple[ChannelEntry, ...] = ()

    def __repr__(self) -> str:
        return (
            f"Gazetteer(<{len(self.countries)} countries, {len(self.places)} places, "
            f"{len(self.officials)} officials, {len(self.organizations)} organizations, "
            f"{len(self.channels)} channels>)"
        )

    @classmethod
    def default(cls) -> Gazetteer:
        """The bundled lists, read and validated once per process."""
        return _default_gazetteer()

    @classmethod
    def from_files(cls, *paths: str | PathLike[str], base: Gazetteer | None = None) -> Gazetteer:
        """``base`` (the bundled lists by default) extended with user JSON files, in order."""
        gazetteer = base if base is not None else cls.default()
        for path in paths:
            sections = _read_user_file(path)
            source = str(path)
            gazetteer = gazetteer._extended(
                {name: sections.get(name, ()) for name in _SECTIONS}, source
            )
        return gazetteer

    def extend(
        self,
        *,
        countries: Iterable[CountryEntry | Mapping[str, Any]] = (),
        places: Iterable[PlaceEntry | Mapping[str, Any]] = (),
        officials: Iterable[OfficialEntry | Mapping[str, Any]] = (),
        organizations: Iterable[OrganizationEntry | Mapping[str, Any]] = (),
        channels: Iterable[ChannelEntry | Mapping[str, Any]] = (),
    ) -> Gazetteer:
        """A new gazetteer with these entries added; one with an existing key replaces it.

        >>> g = Gazetteer.default().extend(places=[{"name": "Lidingo", "kind": "city"}])
        >>> g.place("lidingo").country is None
        True
        """
        return self._extended(
            {
                "countries": countries,
                "places": places,
                "officials": officials,
                "organizations": organizations,
                "channels": channels,
            },
            None,
        )

    def _extended(
        self, sections: Mapping[Section, Iterable[object]], source: str | None
    ) -> Gazetteer:
        return Gazetteer(
            countries=_merge(
                self.countries, _validate(CountryEntry, "countries", sections["countries"], source)
            ),
            places=_merge(self.places, _validate(PlaceEntry, "places", sections["places"], source)),
            officials=_merge(
                self.officials, _validate(OfficialEntry, "officials", sections["officials"], source)
            ),
            organizations=_merge(
                self.organizations,
                _validate(OrganizationEntry, "organizations", sections["organizations"], source),
            ),
            channels=_merge(
                self.channels, _validate(ChannelEntry, "channels", sections["channels"], source)
            ),
        )

    # Lookup tables, built once per instance on first use.

    @cached_property
    def _by_name(self) -> dict[str, str]:
        return _index((name, entry.code) for entry in self.countries for name in entry.names)

    @cached_property
    def _by_demonym(self) -> dict[str, str]:
        return _index((term, entry.code) for entry in self.countries for term in entry.demonyms)

    @cached_property
    def _by_capital(self) -> dict[str, str]:
        return _index((term, entry.code) for entry in self.countries for term in entry.capitals)

    @cached_property
    def _places(self) -> dict[str, PlaceEntry]:
        countries = (
            (
                name,
                PlaceEntry(
                    name=entry.names[0], aliases=entry.names[1:], country=entry.code, kind="country"
                ),
            )
            for entry in self.countries
            for name in entry.names
        )
        capitals = (
            (capital, PlaceEntry(name=capital, country=entry.code, kind="city"))
            for entry in self.countries
            # Reversed so that the first-listed spelling names a city ("Hanoi", not "Ha Noi").
            for capital in reversed(entry.capitals)
        )
        # Listed places win over capitals, and capitals over country names.
        return {**_index(countries), **_index(capitals), **_named_index(self.places)}

    @cached_property
    def _officials(self) -> dict[str, OfficialEntry]:
        return _named_index(self.officials)

    @cached_property
    def _organizations(self) -> dict[str, OrganizationEntry]:
        return _named_index(self.organizations)

    @cached_property
    def _country_terms(self) -> dict[str, tuple[str, CountryTermKind]]:
        terms: dict[str, tuple[str, CountryTermKind]] = {}
        # Demonyms first, then capitals, then names: the stronger kind wins a shared term.
        kinds: tuple[tuple[CountryTermKind, Callable[[CountryEntry], tuple[str, ...]]], ...] = (
            ("demonym", lambda entry: entry.demonyms),
            ("capital", lambda entry: entry.capitals),
            ("name", lambda entry: entry.names),
        )
        for kind, terms_of in kinds:
            for entry in self.countries:
                for term in terms_of(entry):
                    terms[term.lower()] = (entry.code, kind)
        return terms

    @cached_property
    def _place_names(self) -> frozenset[str]:
        listed = (term for entry in self.places for term in (entry.name, *entry.aliases))
        national = (term for entry in self.countries for term in (*entry.names, *entry.capitals))
        return frozenset(term.lower() for term in (*listed, *national))

    def country_by_name(self, text: str) -> str | None:
        """The code of the country named ``text``.

        >>> Gazetteer.default().country_by_name("u.k.")
        'GBR'
        """
        return _get(self._by_name, text)

    def country_by_demonym(self, text: str) -> str | None:
        """The code of the country whose demonym is ``text``.

        >>> Gazetteer.default().country_by_demonym("South Koreans")
        'KOR'
        """
        return _get(self._by_demonym, text)

    def country_by_capital(self, text: str) -> str | None:
        """The code of the country whose capital is ``text``.

        >>> Gazetteer.default().country_by_capital("Ulan Bator")
        'MNG'
        """
        return _get(self._by_capital, text)

    def place(self, text: str) -> PlaceEntry | None:
        """The place named ``text``: a listed place, a capital (a city) or a country.

        >>> Gazetteer.default().place("Panmunjeom").name
        'Panmunjom'
        >>> Gazetteer.default().place("Hanoi").kind
        'city'
        """
        return _get(self._places, text)

    def official(self, text: str) -> OfficialEntry | None:
        """The official whose name or alias is ``text``.

        >>> Gazetteer.default().official("Biegun").name
        'Stephen Biegun'
        """
        return _get(self._officials, text)

    def organization(self, text: str) -> OrganizationEntry | None:
        """The organisation whose name or alias is ``text``.

        >>> Gazetteer.default().organization("Ministry of Unification").country
        'KOR'
        """
        return _get(self._organizations, text)

    def place_names(self) -> frozenset[str]:
        """Every place, capital and country name, lower-cased (for dateline detection)."""
        return self._place_names

    def all_country_terms(self) -> dict[str, tuple[str, CountryTermKind]]:
        """Each lower-cased country name, demonym and capital, with its code and kind.

        >>> Gazetteer.default().all_country_terms()["pyongyang"]
        ('PRK', 'capital')
        """
        return dict(self._country_terms)


def _read_user_file(path: str | PathLike[str]) -> dict[Section, list[object]]:
    """The sections of a user gazetteer file, checked for shape (entries are validated later)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(f"{path}: cannot read gazetteer file: {error}") from None
    try:
        content = json.loads(text)
    except json.JSONDecodeError as error:
        raise GazetteerError(f"{path}: invalid JSON: {error}") from None
    if not isinstance(content, dict):
        raise GazetteerError(f"{path}: expected a JSON object with keys {', '.join(_SECTIONS)}")
    unknown = sorted(set(content) - set(_SECTIONS))
    if unknown:
        raise GazetteerError(
            f"{path}: unknown section(s) {', '.join(map(repr, unknown))}; "
            f"expected any of {', '.join(_SECTIONS)}"
        )
    sections: dict[Section, list[object]] = {}
    for name in _SECTIONS:
        items = content.get(name, [])
        if not isinstance(items, list):
            raise GazetteerError(f"{path}: {name}: expected a list of entries")
        sections[name] = items
    return sections


def _bundled(section: Section, model: type[_Model]) -> tuple[_Model, ...]:
    file_name = f"{section}.json"
    try:
        content = load_json(file_name)
    except (OSError, json.JSONDecodeError) as error:
        raise GazetteerError(f"{file_name}: cannot read bundled gazetteer: {error}") from None
    if not isinstance(content, list):
        raise GazetteerError(f"{file_name}: expected a JSON list of entries")
    return _validate(model, section, content, file_name)


@cache
def _default_gazetteer() -> Gazetteer:
    return Gazetteer(
        countries=_bundled("countries", CountryEntry),
        places=_bundled("places", PlaceEntry),
        officials=_bundled("officials", OfficialEntry),
        organizations=_bundled("organizations", OrganizationEntry),
        channels=_bundled_channels(),
    )


def _bundled_channels() -> tuple[ChannelEntry, ...]:
    """The channel heads of ``channels.json`` (which also holds the channel cue words)."""
    content = load_json("channels.json")
    named = content.get("named", {})
    entries = [
        {"name": head["phrase"], "family": head["family"], "parties": named.get(head["family"], [])}
        for head in content.get("heads", [])
    ]
    return _validate(ChannelEntry, "channels", entries, "channels.json")
