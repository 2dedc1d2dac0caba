"""The channel fold: one history per standing channel between the same parties.

Articles name one channel in many ways ("the hotline", "inter-Korean
communication lines", "liaison channels"); the gazetteer's channel heads
sort each name into a family (``lines``, ``new-york``, ``liaison``...), and
the mentions of one family between the same parties are one history.  A
name with no known head is its own family.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

from ..gazetteer import Gazetteer, lookup_key
from ..partial_date import PartialDate
from .models import ChannelHistory, ChannelReport, StatusChange, trusted
from .records import ChannelRecord
from .tally import commonest

_SPACES = re.compile(
    r"""
    \s+   # any run of whitespace, read as one space
    """,
    re.VERBOSE,
)


class FamilyReader:
    """The family of a channel's name: that of the longest known head it contains."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        heads = [(entry.name, entry.family) for entry in gazetteer.channels]
        heads += [(alias, entry.family) for entry in gazetteer.channels for alias in entry.aliases]
        self._heads = sorted(
            ((_SPACES.sub(" ", phrase.lower()), family) for phrase, family in heads),
            key=lambda pair: (-len(pair[0]), pair[0]),
        )
        self._read = lru_cache(maxsize=16384)(self._uncached)

    def __call__(self, name: str) -> str:
        """The family of ``name``."""
        return self._read(name)

    def _uncached(self, name: str) -> str:
        text = f" {_SPACES.sub(' ', name.lower())} "
        for phrase, family in self._heads:
            if f" {phrase} " in text or f" {phrase}s " in text or f"-{phrase} " in text:
                return family
        return lookup_key(name) or "unnamed"


def _when(record: ChannelRecord) -> PartialDate | None:
    if record.date is not None:
        return record.date
    return PartialDate.from_date(record.published) if record.published is not None else None


def _report(record: ChannelRecord) -> ChannelReport:
    return trusted(
        ChannelReport,
        article=record.article,
        channel=record.index,
        name=record.name,
        published=record.published,
        evidence=record.evidence,
    )


def fold_channels(
    records: Iterable[ChannelRecord], gazetteer: Gazetteer | None = None
) -> list[ChannelHistory]:
    """One history per (family, parties), sorted by family and parties; ids C1, C2..."""
    families = FamilyReader(gazetteer or Gazetteer.default())
    groups: dict[tuple[str, tuple[str, ...]], list[ChannelRecord]] = defaultdict(list)
    for record in records:
        groups[(families(record.name), record.parties)].append(record)
    histories: list[ChannelHistory] = []
    for number, key in enumerate(sorted(groups), 1):
        family, parties = key
        members = sorted(groups[key], key=lambda r: (r.article, r.index))
        histories.append(_history(f"C{number}", family, parties, members))
    return histories


def _history(
    ident: str, family: str, parties: tuple[str, ...], members: list[ChannelRecord]
) -> ChannelHistory:
    name = commonest(r.name for r in members)
    assert name is not None  # a history has reports
    # Status changes in date order; reports of one status on one date are one change.
    dated = sorted(
        (r for r in members if r.status is not None and _when(r) is not None),
        key=lambda r: (_when(r), r.article, r.index),
    )
    changes: list[list[ChannelRecord]] = []
    for record in dated:
        last = changes[-1][0] if changes else None
        if last is not None and (last.status, _when(last)) == (record.status, _when(record)):
            changes[-1].append(record)
        else:
            changes.append([record])
    # An undated report backs the first change to its status, or opens the history.
    undated: list[list[ChannelRecord]] = []
    for record in members:
        if record.status is None or _when(record) is not None:
            continue
        same = next((c for c in (*changes, *undated) if c[0].status == record.status), None)
        if same is None:
            undated.append([record])
        else:
            same.append(record)
    steps = [_change(c) for c in (*undated, *changes)]
    return trusted(
        ChannelHistory,
        id=ident,
        name=name,
        names=tuple(sorted({r.name for r in members})),
        family=family,
        parties=parties,
        status=steps[-1].status if steps else None,
        changes=tuple(steps),
        reports=tuple(_report(r) for r in members),
    )


def _change(records: list[ChannelRecord]) -> StatusChange:
    return trusted(
        StatusChange,
        status=records[0].status,
        date=_when(records[0]),
        reports=tuple(map(_report, records)),
    )
