"""Folding parsed articles into a :class:`~dprk_diplomacy.corpus.models.CorpusView`.

>>> from dprk_diplomacy import parse
>>> a = parse("Seoul, Feb 28, 2019 (Yonhap) -- Donald Trump and Kim Jong-un met in Hanoi on Wednesday.")
>>> b = parse("Hanoi, March 1, 2019 (AP) -- Kim Jong Un met Donald Trump in Hanoi on Feb. 27.")
>>> view = fold([("a", a), ("b", b)])
>>> [[(r.article, r.meeting) for r in e.reports] for e in view.events]
[[('a', 0), ('b', 0)]]
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from ..gazetteer import Gazetteer, lookup_key
from ..models import Article, MeetingStatus
from ..partial_date import PartialDate
from .channels import fold_channels
from .events import (
    Cluster,
    EventFold,
    Place,
    PlaceReader,
    agreed_date,
    most_specific,
    usable_date,
)
from .models import (
    ChannelHistory,
    CorpusView,
    Disagreement,
    EnvoyMention,
    Event,
    EventReport,
    Failure,
    Person,
    Post,
    trusted,
)
from .persons import fold_persons
from .records import (
    ChannelRecord,
    EnvoyRecord,
    MeetingRecord,
    channel_records,
    envoy_records,
    meeting_records,
)

_STATUS_RANK: dict[MeetingStatus, int] = {"proposed": 0, "planned": 1, "cancelled": 2, "held": 3}


class CorpusFold:
    """A corpus view built up article by article.

    ``add`` keeps only light records of each article; ``view`` folds them (and
    caches the result until the next ``add``).  Folding is near-linear, so a
    view after each added batch costs about as much as one at the end, and it
    is the same whatever the order the articles came in.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()
        self._meetings: dict[str, list[MeetingRecord]] = {}
        self._envoys: dict[str, list[EnvoyRecord]] = {}
        self._channels: dict[str, list[ChannelRecord]] = {}
        self._failures: list[Failure] = []
        self._view: CorpusView | None = None

    def add(self, article_id: str, article: Article) -> None:
        """Fold in one article; an id seen before replaces that article."""
        self._meetings[article_id] = list(meeting_records(article_id, article))
        self._envoys[article_id] = list(envoy_records(article_id, article))
        self._channels[article_id] = list(channel_records(article_id, article))
        self._view = None

    def add_all(self, pairs: Iterable[tuple[str, Article]]) -> None:
        """Fold in many ``(article_id, article)`` pairs."""
        for article_id, article in pairs:
            self.add(article_id, article)

    def add_failure(self, failure: Failure) -> None:
        """Record an input that could not be parsed, to report with the view."""
        self._failures.append(failure)
        self._view = None

    def view(self) -> CorpusView:
        """The events, persons and channel histories of everything added so far."""
        if self._view is None:
            self._view = build_view(
                [r for rs in self._meetings.values() for r in rs],
                [r for rs in self._envoys.values() for r in rs],
                [r for rs in self._channels.values() for r in rs],
                articles=len(self._meetings),
                failures=self._failures,
                gazetteer=self.gazetteer,
            )
        return self._view


def fold(pairs: Iterable[tuple[str, Article]], gazetteer: Gazetteer | None = None) -> CorpusView:
    """Fold ``(article_id, article)`` pairs, in any order, into a corpus view."""
    builder = CorpusFold(gazetteer)
    builder.add_all(pairs)
    return builder.view()


def build_view(
    meetings: Sequence[MeetingRecord],
    envoys: Sequence[EnvoyRecord],
    channels: Sequence[ChannelRecord],
    *,
    articles: int = 0,
    failures: Sequence[Failure] = (),
    gazetteer: Gazetteer | None = None,
) -> CorpusView:
    """The corpus view of flat records (what :class:`CorpusFold` and the dask fold call)."""
    with paused_gc():
        return _build_view(meetings, envoys, channels, articles, failures, gazetteer)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while the fold allocates millions of acyclic objects.

    Its full passes over every live object would otherwise cost a third of
    the time of a large fold; reference counting still frees everything.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_view(
    meetings: Sequence[MeetingRecord],
    envoys: Sequence[EnvoyRecord],
    channels: Sequence[ChannelRecord],
    articles: int,
    failures: Sequence[Failure],
    gazetteer: Gazetteer | None,
) -> CorpusView:
    gazetteer = gazetteer or Gazetteer.default()
    person_groups = fold_persons(envoys, gazetteer)
    persons = [_person(f"P{n}", group) for n, group in enumerate(person_groups, 1)]
    _link_participants(meetings, envoys, person_groups)
    clusters = EventFold(gazetteer).fold(meetings)
    events = build_events(clusters, PlaceReader(gazetteer))
    histories: list[ChannelHistory] = fold_channels(channels, gazetteer)
    return trusted(
        CorpusView,
        articles=articles,
        events=tuple(events),
        persons=tuple(persons),
        channels=tuple(histories),
        failures=tuple(sorted(failures, key=lambda f: f.input)),
    )


def _link_participants(
    meetings: Sequence[MeetingRecord],
    envoys: Sequence[EnvoyRecord],
    groups: Sequence[Sequence[EnvoyRecord]],
) -> None:
    """Give each meeting record the person numbers of its participants."""
    person_of: dict[tuple[str, int], int] = {}
    country_of: dict[int, str] = {}
    for number, group in enumerate(groups, 1):
        countries = Counter(r.country for r in group if r.country)
        country_of[number] = min(countries, key=lambda c: (-countries[c], c)) if countries else ""
        for record in group:
            person_of[(record.article, record.index)] = number
    by_name: dict[tuple[str, str], int] = {}
    for envoy in envoys:
        for name in (envoy.name, *envoy.aliases):
            by_name.setdefault(
                (envoy.article, lookup_key(name)), person_of[(envoy.article, envoy.index)]
            )
    for meeting in meetings:
        found = [by_name.get((meeting.article, lookup_key(name))) for name in meeting.participants]
        meeting.persons = tuple(sorted({n for n in found if n is not None}))
        meeting.unlinked = tuple(
            name for name, n in zip(meeting.participants, found, strict=True) if n is None
        )
        meeting.countries = tuple(country_of[n] for n in meeting.persons)


def _person(ident: str, group: Sequence[EnvoyRecord]) -> Person:
    full = [r.name for r in group if len(r.name.split()) > 1] or [r.name for r in group]
    counts = Counter(full)
    # Most used; a name in capitals (a headline's) only when there is no other.
    name = min(counts, key=lambda n: (-counts[n], n.isupper(), -len(n), n))
    countries = Counter(r.country for r in group if r.country)
    country = min(countries, key=lambda c: (-countries[c], c)) if countries else None
    posts: dict[str, list[EnvoyRecord]] = defaultdict(list)
    for record in group:
        if record.title:
            posts[record.title].append(record)
    return trusted(
        Person,
        id=ident,
        name=name,
        spellings=tuple(sorted({r.name for r in group} | {a for r in group for a in r.aliases})),
        country=country,
        posts=tuple(sorted((_post(t, rs) for t, rs in posts.items()), key=_post_order)),
        articles=tuple(sorted({r.article for r in group})),
        mentions=tuple(
            trusted(EnvoyMention, article=r.article, envoy=r.index, name=r.name) for r in group
        ),
    )


def _post(title: str, records: Sequence[EnvoyRecord]) -> Post:
    dates = sorted(r.published for r in records if r.published is not None)
    return trusted(
        Post,
        title=title,
        first_reported=dates[0] if dates else None,
        last_reported=dates[-1] if dates else None,
        articles=tuple(sorted({r.article for r in records})),
    )


def _post_order(post: Post) -> tuple[dt.date, str]:
    return post.first_reported or dt.date.max, post.title


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
        date = usable_date(records[0])
    else:
        date = agreed_date(d for d in map(usable_date, records) if d is not None)
    order_key = (
        date is None,
        date.start() if date is not None else dt.date.min,
        records[0].parties,
        min((r.article, r.index) for r in records),
    )
    cluster.release()  # the matching state is no longer needed: free it for the models
    return order_key, _EventMaker(records, cluster, places, date)


class _EventMaker:
    """Builds one Event once its id is known."""

    __slots__ = ("cluster", "date", "places", "records")

    def __init__(
        self,
        records: list[MeetingRecord],
        cluster: Cluster,
        places: PlaceReader,
        date: PartialDate | None,
    ) -> None:
        self.records = records
        self.cluster = cluster
        self.places = places
        self.date = date

    def __call__(self, ident: str) -> Event:
        records = self.records
        place_of = [self.places(r.location) for r in records]
        place_counts = Counter(p.key for p in place_of if p is not None)
        place = most_specific((p for p in place_of if p is not None), place_counts)
        latest = max(records, key=lambda r: (r.published or dt.date.min, _STATUS_RANK[r.status]))
        kinds = Counter(r.kind for r in records)
        kind = min(kinds, key=lambda k: (-kinds[k], k))
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
            grouped=self.cluster.grouped,
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
    by_date: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        if record.date is not None:
            by_date[record.date.isoformat()].append(i)
    dates = sorted(by_date)
    # Dates disagree when neither contains the other ("2019-02-27" and "2019-02-28").
    clashing = {
        a for a in dates for b in dates if a != b and not (b.startswith(a) or a.startswith(b))
    }
    found += [
        trusted(Disagreement, field="date", value=d, reports=tuple(by_date[d]))
        for d in sorted(clashing)
    ]
    kinds: dict[str, list[int]] = defaultdict(list)
    for i, record in enumerate(records):
        kinds[record.kind].append(i)
    if len(kinds) > 1:
        found += [
            trusted(Disagreement, field="kind", value=k, reports=tuple(v))
            for k, v in sorted(kinds.items())
        ]
    # Places disagree when two of them cannot be one place (two unknown venues).
    by_place: dict[str, list[int]] = defaultdict(list)
    distinct: dict[str, Place] = {}
    for i, (record, place) in enumerate(zip(records, place_of, strict=True)):
        if record.location and place is not None:
            by_place[record.location].append(i)
            distinct[record.location] = place
    values = list(distinct.values())
    if any(not a.agrees(b) for a in values for b in values):
        found += [
            trusted(Disagreement, field="location", value=n, reports=tuple(v))
            for n, v in sorted(by_place.items())
        ]
    return tuple(found)
