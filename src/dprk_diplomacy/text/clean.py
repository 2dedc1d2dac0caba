"""Cleaning: from the scraped page to title, source, dates, dateline and story lines.

(Placeholder until the cleaning stage lands: the whole input is one story segment.)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

SegmentKind = Literal["story", "caption", "headline"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A kept stretch of the input (usually a line), by offsets into the raw text."""

    start: int
    end: int
    kind: SegmentKind


@dataclass(frozen=True, slots=True)
class CleanText:
    """What cleaning found: article fields and the kept segments of the input."""

    title: str | None
    source: str | None
    published: dt.date | None
    dateline: str | None
    segments: tuple[Segment, ...]
    body: str


def clean(text: str, *, places: Collection[str] = ()) -> CleanText:
    """Split ``text`` into article fields and kept segments."""
    stripped = text.strip()
    start = text.find(stripped) if stripped else 0
    segments = (Segment(start, start + len(stripped), "story"),) if stripped else ()
    return CleanText(None, None, None, None, segments, stripped)
