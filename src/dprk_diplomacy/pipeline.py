"""The configured pipeline behind :func:`dprk_diplomacy.parse`.

A :class:`Parser` holds the gazetteers (loaded once) and the extractor stages.
Stages run in order: cleaning, sentence splitting, recognition, then the
envoy, meeting and channel extractors, then any extra extractors the caller
registered.  ``parse`` never raises on a ``str`` within the size limit: a
stage that fails leaves a partial parse and a warning, not an exception.
"""

from __future__ import annotations

import datetime as dt
import os
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from .errors import ExtractionWarning, InputTooLargeError, InputTypeError, InvalidDateError
from .extract.analysis import analyse
from .extract.channels import ChannelExtractor
from .extract.envoys import EnvoyResolver, envoy_records
from .extract.meetings import MeetingExtractor, assign_countries_from_meetings, finish
from .gazetteer import Gazetteer
from .models import Article, Channel, Envoy, Meeting
from .recognize.people import NameFinder
from .recognize.terms import TermIndex
from .text.clean import CleanText, clean

DEFAULT_MAX_CHARS = 5_000_000


@dataclass(frozen=True)
class Document:
    """What extractors see: the raw text, what cleaning found, and the anchor date.

    ``text`` is the exact input, so offsets into it are the offsets of every
    :class:`~dprk_diplomacy.models.Span`.
    """

    text: str
    clean: CleanText
    published: dt.date | None


Record = Envoy | Meeting | Channel


@runtime_checkable
class Extractor(Protocol):
    """A custom extraction stage: takes the document and the records found so far."""

    def __call__(self, document: Document, found: Article) -> Iterable[Record]:
        """Return extra records to add to the article."""
        ...


def _coerce_published(value: dt.date | str | None) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            raise InvalidDateError(
                f"published must be an ISO date (YYYY-MM-DD), got {value!r}"
            ) from None
    raise InvalidDateError(f"published must be a date or an ISO date string, got {value!r}")


class Parser:
    """A configured extraction pipeline.

    >>> parser = Parser()
    >>> parser.parse("Seoul, Nov 6 (IANS): Talks ended.").dateline
    'Seoul'
    """

    def __init__(
        self,
        *,
        gazetteer: Gazetteer | None = None,
        extractors: Sequence[Extractor] = (),
        max_chars: int = DEFAULT_MAX_CHARS,
        load_plugins: bool = True,
    ) -> None:
        from .plugins import load_entry_point_extractors

        self.gazetteer = gazetteer or Gazetteer.default()
        plugins = load_entry_point_extractors() if load_plugins else ()
        self.extractors: tuple[Extractor, ...] = tuple(extractors) + tuple(plugins)
        self.max_chars = max_chars
        self._terms = TermIndex(self.gazetteer)
        self._names = NameFinder(self._terms, self.gazetteer)
        self._envoys = EnvoyResolver(self.gazetteer, self._terms)
        self._meetings = MeetingExtractor(self.gazetteer)
        self._channels = ChannelExtractor(self.gazetteer)
        self._place_names = self.gazetteer.place_names()

    @classmethod
    def from_files(cls, *paths: str | os.PathLike[str], **options: Any) -> Parser:
        """A parser whose gazetteer is the bundled one extended with user JSON files.

        The file format is documented in :mod:`dprk_diplomacy.gazetteer`; a
        malformed file raises :class:`~dprk_diplomacy.errors.GazetteerError`
        naming the file and the entry.
        """
        return cls(gazetteer=Gazetteer.from_files(*paths), **options)

    def parse(
        self,
        text: str,
        *,
        published: dt.date | str | None = None,
        source: str | None = None,
    ) -> Article:
        """Parse one article.

        ``published`` (from the caller's metadata) overrides the date the text
        states and anchors relative dates; ``source`` overrides the credit.
        Raises :class:`~dprk_diplomacy.errors.InputTypeError` for a non-``str``
        and :class:`~dprk_diplomacy.errors.InputTooLargeError` over ``max_chars``.
        """
        if not isinstance(text, str):
            raise InputTypeError(
                f"parse() expects the article text as str, got {type(text).__name__}"
            )
        if len(text) > self.max_chars:
            raise InputTooLargeError(
                f"article has {len(text):,} characters, over the limit of max_chars={self.max_chars:,}"
            )
        anchor = _coerce_published(published)
        cleaned = clean(text, places=self._place_names)
        published_date = anchor or cleaned.published
        document = Document(text=text, clean=cleaned, published=published_date)
        article = Article(
            title=cleaned.title,
            source=source if source is not None else cleaned.source,
            published=published_date,
            dateline=cleaned.dateline,
            body=cleaned.body,
        )
        try:
            article = self._extract(document, article)
        except (
            Exception
        ) as exc:  # a rule's bug costs this article's records, never the caller's run
            warnings.warn(
                f"extraction failed, article returned without records: {exc!r}",
                ExtractionWarning,
                stacklevel=2,
            )
        return self._run_extractors(document, article)

    def _extract(self, document: Document, article: Article) -> Article:
        analysis = analyse(
            document.text, document.clean, document.published, self._terms, self._names
        )
        people = self._envoys.people(analysis)
        candidates = self._meetings.extract(analysis, people)
        assign_countries_from_meetings(candidates, people)
        for person in people:
            if person.is_envoy and person.country is None and not person.international:
                person.country = self._envoys.context_country(person, analysis, people)
        meetings = finish(candidates, people, analysis, self.gazetteer)
        channels = self._channels.extract(analysis, people)
        return article.model_copy(
            update={
                "envoys": tuple(envoy_records(people, analysis)),
                "meetings": tuple(meetings),
                "channels": tuple(channels),
            }
        )

    def _run_extractors(self, document: Document, article: Article) -> Article:
        for extractor in self.extractors:
            try:
                records = list(extractor(document, article))
            except Exception as exc:  # a plugin's failure must not lose the parse
                warnings.warn(
                    f"extractor {extractor!r} failed: {exc!r}", RuntimeWarning, stacklevel=2
                )
                continue
            article = _add_records(article, records)
        return article


def _add_records(article: Article, records: Iterable[Record]) -> Article:
    envoys, meetings, channels = (
        list(article.envoys),
        list(article.meetings),
        list(article.channels),
    )
    for record in records:
        if isinstance(record, Envoy):
            envoys.append(record)
        elif isinstance(record, Meeting):
            meetings.append(record)
        elif isinstance(record, Channel):
            channels.append(record)
    return article.model_copy(
        update={"envoys": tuple(envoys), "meetings": tuple(meetings), "channels": tuple(channels)}
    )


_default: Parser | None = None


def default_parser() -> Parser:
    """The shared parser behind :func:`parse`, built on first use."""
    global _default
    if _default is None:
        _default = Parser()
    return _default


def parse(
    text: str, *, published: dt.date | str | None = None, source: str | None = None
) -> Article:
    """Parse one scraped news article into an :class:`~dprk_diplomacy.models.Article`.

    >>> parse("TOKYO — Envoys met.").dateline
    'Tokyo'
    """
    return default_parser().parse(text, published=published, source=source)


__all__ = ["Document", "Extractor", "Parser", "default_parser", "parse"]
