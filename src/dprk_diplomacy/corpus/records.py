"""Flat, light records that the folds work on, taken from parsed articles.

Folding a million meetings must fit in little memory, so the folds do not
keep :class:`~dprk_diplomacy.models.Article` objects: each meeting, envoy and
channel becomes a slotted record holding only what matching and reporting
need; :func:`article_records` takes all three of an article at once.
``MeetingRecord`` can also be built directly (the benchmark does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..models import Article, ChannelStatus, MeetingKind, MeetingStatus
from ..partial_date import PartialDate


@dataclass(slots=True)
class MeetingRecord:
    """One meeting of one article, as the events fold sees it.

    >>> MeetingRecord("a1", 0, ("PRK", "USA"), PartialDate(2019, 2), status="held").date
    PartialDate('2019-02')
    """

    article: str
    index: int
    parties: tuple[str, ...] = ()
    date: PartialDate | None = None
    location: str | None = None
    status: MeetingStatus = "held"
    kind: MeetingKind = "talks"
    participants: tuple[str, ...] = ()
    published: dt.date | None = None
    evidence: str = ""
    date_text: str | None = None
    persons: tuple[int, ...] = field(default=())
    """Person numbers of the participants, filled in by the persons fold."""
    countries: tuple[str, ...] = field(default=())
    """The country of each of ``persons`` ("" when unknown), filled in with them."""
    unlinked: tuple[str, ...] = field(default=())
    """Participants that no envoy of the article stands for, filled in with ``persons``."""


@dataclass(slots=True)
class EnvoyRecord:
    """One envoy of one article, as the persons fold sees it."""

    article: str
    index: int
    name: str
    aliases: tuple[str, ...] = ()
    country: str | None = None
    title: str | None = None
    published: dt.date | None = None


@dataclass(slots=True)
class ChannelRecord:
    """One channel of one article, as the channel fold sees it."""

    article: str
    index: int
    name: str
    parties: tuple[str, ...] = ()
    status: ChannelStatus | None = None
    date: PartialDate | None = None
    published: dt.date | None = None
    evidence: str = ""


def meeting_records(article_id: str, article: Article) -> Iterator[MeetingRecord]:
    """The meetings of a parsed article, in its order."""
    for index, meeting in enumerate(article.meetings):
        yield MeetingRecord(
            article=article_id,
            index=index,
            parties=tuple(sorted(set(meeting.parties))),
            date=meeting.date,
            location=meeting.location,
            status=meeting.status,
            kind=meeting.kind,
            participants=meeting.participants,
            published=article.published,
            evidence=meeting.evidence.text,
            date_text=meeting.date_text,
        )


def envoy_records(article_id: str, article: Article) -> Iterator[EnvoyRecord]:
    """The envoys of a parsed article, in its order."""
    for index, envoy in enumerate(article.envoys):
        yield EnvoyRecord(
            article=article_id,
            index=index,
            name=envoy.name,
            aliases=envoy.aliases,
            country=envoy.country,
            title=envoy.title,
            published=article.published,
        )


def channel_records(article_id: str, article: Article) -> Iterator[ChannelRecord]:
    """The channels of a parsed article, in its order."""
    for index, channel in enumerate(article.channels):
        yield ChannelRecord(
            article=article_id,
            index=index,
            name=channel.name,
            parties=tuple(sorted(set(channel.parties))),
            status=channel.status,
            date=channel.date,
            published=article.published,
            evidence=channel.evidence.text,
        )


@dataclass(frozen=True, slots=True)
class ArticleRecords:
    """The light records of one article: all that a fold keeps of it."""

    article: str
    meetings: tuple[MeetingRecord, ...] = ()
    envoys: tuple[EnvoyRecord, ...] = ()
    channels: tuple[ChannelRecord, ...] = ()


def article_records(article_id: str, article: Article) -> ArticleRecords:
    """The meetings, envoys and channels of a parsed article, under ``article_id``.

    >>> from dprk_diplomacy import parse
    >>> records = article_records("a1", parse("Kim Jong Un met Xi Jinping in Beijing."))
    >>> [(r.article, r.index, r.location) for r in records.meetings]
    [('a1', 0, 'Beijing')]
    """
    return ArticleRecords(
        article_id,
        tuple(meeting_records(article_id, article)),
        tuple(envoy_records(article_id, article)),
        tuple(channel_records(article_id, article)),
    )
