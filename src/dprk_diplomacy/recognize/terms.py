"""Countries, demonyms, capitals, places and institutions, found in one scan.

Every name in the gazetteer goes into a single trie-shaped pattern (see
:func:`.trie.word_list_pattern`), so finding all of them in a sentence is
one linear pass.  A match carries what it says about states: ``South Korean`` names KOR,
``inter-Korean`` names both Koreas, ``the Unification Ministry`` ties a
person to KOR, ``Panmunjom`` is a venue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

from ..resources import load_json
from .trie import word_list_pattern

TermKind = Literal["country", "demonym", "capital", "place", "org", "pair", "reference", "other"]


# A capitalised word right after a match: the name runs on ("the North" + " Korean").
_NAME_GOES_ON = re.compile(r" [A-Z]")


class Term(NamedTuple):
    """A gazetteer name found at ``start:end``."""

    start: int
    end: int
    kind: TermKind
    codes: tuple[str, ...]  # the states it names; empty for international organisations
    name: str  # the canonical name (for places: as the text writes it)

    @property
    def code(self) -> str | None:
        """The single state named, if exactly one."""
        return self.codes[0] if len(self.codes) == 1 else None


class _CountryLike(Protocol):
    code: str
    names: tuple[str, ...] | list[str]
    demonyms: tuple[str, ...] | list[str]
    capitals: tuple[str, ...] | list[str]


@dataclass(frozen=True, slots=True)
class _Entry:
    kind: TermKind
    codes: tuple[str, ...]
    name: str


class TermIndex:
    """All gazetteer names of a :class:`~dprk_diplomacy.gazetteer.Gazetteer`, compiled once.

    >>> from dprk_diplomacy.gazetteer import Gazetteer
    >>> index = TermIndex(Gazetteer.default())
    >>> [(t.name, t.kind, t.codes) for t in index.find("South Korean and U.S. envoys met in Hanoi")]
    [('South Korea', 'demonym', ('KOR',)), ('United States', 'country', ('USA',)), ('Hanoi', 'capital', ('VNM',))]
    """

    def __init__(self, gazetteer: object) -> None:
        entries: dict[str, _Entry] = {}

        def add(term: str, entry: _Entry) -> None:
            # Earlier (stronger) kinds win: a country name beats a place of the same spelling.
            if term and term not in entries:
                entries[term] = entry

        korea = load_json("korea_terms.json")
        for item in korea["not_countries"]:
            add(item, _Entry("other", (), item))
        for item in korea["pairs"]:
            add(item, _Entry("pair", ("KOR", "PRK"), item))
        for item in korea["references"]:
            add(item["term"], _Entry("reference", (item["code"],), item["code"]))
        countries = list(getattr(gazetteer, "countries", ()))
        primary = {c.code: c.names[0] if c.names else c.code for c in countries}
        for country in countries:
            if getattr(country, "ambiguous", False):
                continue
            for name in country.names:
                add(name, _Entry("country", (country.code,), primary[country.code]))
        for country in countries:
            for demonym in country.demonyms:
                add(demonym, _Entry("demonym", (country.code,), primary[country.code]))
        for country in countries:
            for capital in country.capitals:
                add(capital, _Entry("capital", (country.code,), capital))
        for org in getattr(gazetteer, "organizations", ()):
            codes = (org.country,) if org.country else ()
            for name in (org.name, *org.aliases):
                add(name, _Entry("org", codes, org.name))
        for place in getattr(gazetteer, "places", ()):
            codes = (place.country,) if place.country else ()
            for name in (place.name, *place.aliases):
                add(name, _Entry("place", codes, name))
        self._entries = entries
        # (?<![\w.'’])(?:name|...)(?!\w|\.\w): a whole name, not part of a longer word or abbreviation
        self.pattern = word_list_pattern(list(entries), not_after=r"[\w.'’]", after=r"(?!\w|\.\w)")

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Term]:
        """Every gazetteer name in ``text[start:end]``, longest match at each place."""
        found = []
        stop = len(text) if end is None else end
        at: int | None = start
        while at is not None:
            # One scan runs on from each term's end as a search from there would (the
            # pattern matches no empty string); a name refused as no term ("the North"
            # of "the North Korean") restarts it one character on, as :meth:`_next` does.
            scan, at = self.pattern.finditer(text, at, stop), None
            for match in scan:
                term = self._term(text, match, stop)
                if term is None:
                    at = match.start() + 1
                    break
                found.append(term)
        return found

    def first(self, text: str, start: int = 0, end: int | None = None) -> Term | None:
        """The first of :meth:`find`'s terms, found without looking for the others."""
        return self._next(text, start, len(text) if end is None else end)

    def at(self, text: str, start: int, end: int | None = None) -> Term | None:
        """The term of :meth:`find` that starts at ``start``, if there is one."""
        stop = len(text) if end is None else end
        match = self.pattern.match(text, start, stop)
        return self._term(text, match, stop) if match is not None else None

    def _next(self, text: str, start: int, stop: int) -> Term | None:
        match = self.pattern.search(text, start, stop)
        while match is not None:
            term = self._term(text, match, stop)
            if term is not None:
                return term
            match = self.pattern.search(text, match.start() + 1, stop)
        return None

    def _term(self, text: str, match: re.Match[str], stop: int) -> Term | None:
        """The term of a match; None for "the North" that begins "the North Korean"."""
        entry = self._entries[match.group(0)]
        if (
            entry.kind == "reference"
            and not match.group(0).endswith(("'s", "’s"))
            and _NAME_GOES_ON.match(text, match.end(), stop)
        ):
            return None
        return Term(match.start(), match.end(), entry.kind, entry.codes, entry.name)

    def lookup(self, name: str) -> Term | None:
        """The entry for an exact name, as a term at offsets 0..len(name)."""
        entry = self._entries.get(name)
        if entry is None:
            return None
        return Term(0, len(name), entry.kind, entry.codes, entry.name)
