"""Reconciling the reports of one occasion into an :class:`~dprk_diplomacy.corpus.models.Event`.

The events fold says which reports are one occasion; this module says what
the occasion was: the finest date the reports agree on, the most specific
place, the status of the latest report, the kind most reports give.  The
reports that contradict the rest are kept as disagreements, not dropped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from ..models import MeetingStatus
from ..partial_date import PartialDate
from .events import PRECISION_RANK, Cluster, Place, PlaceReader, usable_date
from .models import Disagreement, Event, EventReport, trusted
from .records import MeetingRecord
from .tally import commonest

_STATUS_RANK: dict[MeetingStatus, int] = {"proposed": 0, "planned": 1, "cancelled": 2, "held": 3}
"""Among reports published the same day, the one that went furthest gives the status."""

_SPECIFICITY = {"site": 4, "city": 3, "region": 2, "unknown": 1, "country": 0}


def build_events(clusters: Sequence[Cluster], places: PlaceReader) -> list[Event]:
    """Events from clusters, sorted by date (undated last), parties and first report.

    Consumes the clusters: their matching state is freed as each is read.
    """
    drafts = [_event_draft(cluster, places) for cluster in clusters]
    drafts.sort(key=lambda d: d[0])
    return [
        make(f"E{n}")
        for n, (_, make) in enumerate(drafts, 1)  # ids follow the sorted order
    ]


def _event_draft(cluster: Cluster, places: PlaceReader) -> tuple[tuple[object, ...], _EventMaker]:
    records = sorted(
        cluster.records, key=lambda r: (r.published or dt.date.min, r.article, r.index)
    )
    if len(records) == 1:
        date = usable_date(records[0])  # most events have one report: skip the agreement
    else:
        date = agreed_date(d for d in map(usable_date, records) if d is not None)
    order_key = (
        date is None,
        date.start() if date is not None else dt.date.min,
        records[0].parties,
        min((r.article, r.index) for r in records),
    )
    cluster.release()  # the matching state is no longer needed: free it for the models
    return order_key, _EventMaker(records, cluster.grouped, places, date)


class _EventMaker:
    """Builds one Event once its id is known."""

    __slots__ = ("date", "grouped", "places", "records")

    def __init__(
        self,
        records: list[MeetingRecord],
        grouped: bool,
        places: PlaceReader,
        date: PartialDate | None,
    ) -> None:
        self.records = records
        self.grouped = grouped
        self.places = places
        self.date = date

    def __call__(self, ident: str) -> Event:
        records = self.records
        place_of = [self.places(r.location) for r in records]
        place_counts = Counter(p.key for p in place_of if p is not None)
        place = most_specific((p for p in place_of if p is not None), place_counts)
        latest = max(records, key=lambda r: (r.published or dt.date.min, _STATUS_RANK[r.status]))
        kind = commonest(r.kind for r in records)
        assert kind is not None  # an event has reports
        persons = sorted({p for r in records for p in r.persons})
        parties = records[0].parties
        location = place.name if place is not None else None
        date = self.date
        label = "-".join(parties) or "?"
        label += f" {kind}"
        if location:
            label += f", {location}"
        if date is not None:
            label += f", {date}"
        return trusted(
            Event,
            id=ident,
            label=label,
            parties=parties,
            participants=tuple(f"P{p}" for p in persons),
            other_participants=_unlinked(records),
            location=location,
            date=date,
            status=latest.status,
            kind=kind,
            grouped=self.grouped,
            reports=tuple(_report(r) for r in records),
            disagreements=_disagreements(records, place_of) if len(records) > 1 else (),
        )


def _unlinked(records: Sequence[MeetingRecord]) -> tuple[str, ...]:
    return tuple(sorted({name for record in records for name in record.unlinked}))


def _report(record: MeetingRecord) -> EventReport:
    return trusted(
        EventReport,
        article=record.article,
        meeting=record.index,
        published=record.published,
        status=record.status,
        date=record.date,
        location=record.location,
        evidence=record.evidence,
    )


def _disagreements(
    records: Sequence[MeetingRecord], place_of: Sequence[Place | None]
) -> tuple[Disagreement, ...]:
    found: list[Disagreement] = []
    by_date = _reports_by(r.date.isoformat() if r.date is not None else None for r in records)
    dates = sorted(by_date)
    # Dates disagree when neither contains the other ("2019-02-27" and "2019-02-28").
    clashing = {
        a for a in dates for b in dates if a != b and not (b.startswith(a) or a.startswith(b))
    }
    found += [
        trusted(Disagreement, field="date", value=d, reports=by_date[d]) for d in sorted(clashing)
    ]
    kinds = _reports_by(r.kind for r in records)
    if len(kinds) > 1:
        found += [
            trusted(Disagreement, field="kind", value=k, reports=v)
            for k, v in sorted(kinds.items())
        ]
    # Places disagree when two of them cannot be one place (two unknown venues).
    by_place = _reports_by(
        r.location if p is not None else None for r, p in zip(records, place_of, strict=True)
    )
    places = {p for p in place_of if p is not None}
    if any(not a.agrees(b) for a in places for b in places):
        found += [
            trusted(Disagreement, field="location", value=n, reports=v)
            for n, v in sorted(by_place.items())
        ]
    return tuple(found)


def _reports_by(values: Iterable[str | None]) -> dict[str, tuple[int, ...]]:
    """The indexes of the reports that give each value (one per report; None gives none).

    >>> _reports_by(["2019-02", None, "2019-02", "2019"])
    {'2019-02': (0, 2), '2019': (3,)}
    """
    indexes: dict[str, list[int]] = defaultdict(list)
    for i, value in enumerate(values):
        if value is not None:
            indexes[value].append(i)
    return {value: tuple(found) for value, found in indexes.items()}


def agreed_date(dates: Iterable[PartialDate]) -> PartialDate | None:
    """The finest date all ``dates`` agree on.

    >>> agreed_date([PartialDate(2019, 2, 27), PartialDate(2019, 2)])
    PartialDate('2019-02-27')
    >>> agreed_date([PartialDate(2019, 2, 27), PartialDate(2019, 2, 28)])
    PartialDate('2019-02')
    """
    known = list(dates)
    if not known:
        return None
    for precision in ("day", "month", "year"):
        rank = PRECISION_RANK[precision]
        fine = {_cut(d, precision) for d in known if PRECISION_RANK[d.precision] <= rank}
        if len(fine) == 1:
            (candidate,) = fine
            if all(d.contains(candidate) or candidate.contains(d) for d in known):
                return candidate
    return None


def _cut(date: PartialDate, precision: str) -> PartialDate:
    if precision == "day":
        return date
    if precision == "month":
        return PartialDate(date.year, date.month)
    return PartialDate(date.year)


def most_specific(places: Iterable[Place], counts: Counter[str]) -> Place | None:
    """The most specific place, the most reported among equals."""
    best: Place | None = None
    for place in places:
        rank = (_SPECIFICITY.get(place.kind, 1), counts[place.key], place.key)
        if best is None or rank > (_SPECIFICITY.get(best.kind, 1), counts[best.key], best.key):
            best = place
    return best
