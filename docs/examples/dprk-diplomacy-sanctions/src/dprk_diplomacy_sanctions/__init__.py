"""An example dprk_diplomacy plugin: sanctions officials named in the text become envoys.

The extractor is registered through the ``dprk_diplomacy.extractors`` entry
point in this package's ``pyproject.toml``; dprk_diplomacy calls the class
with no arguments and runs the instance after its built-in stages.

>>> from dprk_diplomacy import Parser
>>> parser = Parser(extractors=[SanctionsOfficials()])
>>> article = parser.parse("Treasury official Bradley Smith said the network funds weapons.")
>>> [(envoy.name, envoy.country) for envoy in article.envoys]
[('Bradley T. Smith', 'USA')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources import files

from dprk_diplomacy import Article, Document, Envoy, Span

__version__ = "0.1.0"


@dataclass(frozen=True)
class Official:
    """One person on the list: the name to report, the forms to look for, country and post."""

    name: str
    forms: tuple[str, ...]
    country: str | None
    title: str | None


def load_officials() -> tuple[Official, ...]:
    """The officials in the package's ``officials.json``."""
    entries = json.loads(
        files("dprk_diplomacy_sanctions").joinpath("officials.json").read_text(encoding="utf-8")
    )
    return tuple(
        Official(
            name=entry["name"],
            forms=tuple(entry.get("forms") or (entry["name"],)),
            country=entry.get("country"),
            title=entry.get("title"),
        )
        for entry in entries
    )


def _form_pattern(form: str) -> str:
    """A name form as a pattern that allows any run of spaces between its words.

    >>> _form_pattern("Bradley T. Smith")
    'Bradley\\\\s+T\\\\.\\\\s+Smith'
    """
    return r"\s+".join(re.escape(word) for word in form.split())


def _fold(name: str) -> str:
    return "".join(ch for ch in name.casefold() if ch.isalnum())


class SanctionsOfficials:
    """Adds an :class:`~dprk_diplomacy.Envoy` for each listed official the text names.

    An official the built-in stages already found (by name or alias) is left
    alone, so the plugin only fills gaps.
    """

    def __init__(self, officials: Iterable[Official] | None = None) -> None:
        self.officials = tuple(officials) if officials is not None else load_officials()
        self._by_form = {
            _fold(form): (official, form) for official in self.officials for form in official.forms
        }
        # Longest forms first, so "Bradley T. Smith" wins over "Bradley Smith".
        forms = sorted(
            (form for official in self.officials for form in official.forms), key=len, reverse=True
        )
        self._pattern = re.compile(
            r"(?<!\w)(?:" + "|".join(_form_pattern(form) for form in forms) + r")(?!\w)"
        )

    def __call__(self, document: Document, found: Article) -> Iterator[Envoy]:
        known = {_fold(name) for envoy in found.envoys for name in (envoy.name, *envoy.aliases)}
        mentions: dict[str, list[Span]] = {}
        forms_seen: dict[str, dict[str, None]] = {}
        for match in self._pattern.finditer(document.text):
            official, form = self._by_form[_fold(match.group())]
            mentions.setdefault(official.name, []).append(
                Span.of(document.text, match.start(), match.end())
            )
            forms_seen.setdefault(official.name, {})[form] = None
        for official in self.officials:
            spans = mentions.get(official.name)
            if not spans or known & {_fold(form) for form in (official.name, *official.forms)}:
                continue
            aliases = tuple(form for form in forms_seen[official.name] if form != official.name)
            yield Envoy(
                name=official.name,
                aliases=aliases,
                country=official.country,
                title=official.title,
                mentions=tuple(spans),
            )

    def __repr__(self) -> str:
        return f"SanctionsOfficials({len(self.officials)} officials)"


__all__ = ["Official", "SanctionsOfficials", "load_officials"]
