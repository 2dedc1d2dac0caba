"""The events fold: meeting records of one occasion become one event.

Two records report the same occasion when (``docs/corpus.md``):

* the same sides meet: the same parties, and participants that do not
  contradict (both name some, and none in common, is a contradiction);
* at the same time as far as both dates tell: their spans overlap, a day
  being widened by :data:`DAY_TOLERANCE` days for time zones, two-day talks
  and "yesterday" read from another day;
* at the same place as far as both tell: a city agrees with its country and
  with no place; equivalent places (Panmunjom, the DMZ) agree;
* neither is a call where the other is a meeting in person, neither groups
  several occasions ("met three times"), and they come from two articles.

Status never separates reports.  Records are blocked by party set and month
(a day or month span is looked up in the months it covers, a year in its
twelve months), so each record is compared with the few events of its block,
never with all others.  Records are taken finest date first, so coarse
records ("in 2018") meet events already dated to the day and join one only
when it is the single best fit; a record without a date joins an event only
when its place or participants and the article's publication date single one
out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations
from typing import TypeVar

from ..gazetteer import Gazetteer, lookup_key
from ..partial_date import PartialDate
from ..resources import load_json
from .records import MeetingRecord

DAY_TOLERANCE = 1
"""Days by which two day-precise reports of one occasion may differ."""

WINDOW_MONTHS_BACK = 6
"""Months before publication in which a date-less report of a held meeting looks for it."""

WINDOW_MONTHS_AHEAD = 6
"""Months after publication in which a date-less report of a planned meeting looks for it."""

PLACE_POOL_LIMIT = 32
"""Past this many events of the same sides at one place, a place alone singles none out."""

PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
"""The grains of a date, finest first."""


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    # Literal alternatives, longest first, between word boundaries: linear time.
    alternatives = "|".join(re.escape(p) for p in sorted(set(phrases), key=lambda p: (-len(p), p)))
    return re.compile(
        rf"""
        \b (?:{alternatives}) \b   # one of the listed phrases, as whole words
        """,
        re.VERBOSE | re.IGNORECASE,
    )


_CORPUS_DATA = load_json("corpus.json")
_GROUPING = _phrase_pattern(_CORPUS_DATA["grouping"])

_COUNTED = re.compile(
    rf"""
    (?<! \bof \s )                 # not "the first of three summits": one of them
    (?<! \bof\ the \s )
    (?<! \bof\ their \s )
    \b (?:{"|".join(map(re.escape, _CORPUS_DATA["grouping_counts"]))}) \s   # a count of two or more
    (?:{"|".join(map(re.escape, _CORPUS_DATA["grouping_occasions"]))}) \b    # ... of occasions
    """,
    re.VERBOSE | re.IGNORECASE,
)
"""A count of occasions ("three summits", "two meetings"), unless one "of" them is meant."""


def is_grouped(record: MeetingRecord) -> bool:
    """Whether a record stands for several occasions ("met three times").

    >>> is_grouped(MeetingRecord("a", 0, evidence="The two leaders met three times in 2018."))
    True
    >>> is_grouped(MeetingRecord("a", 0, evidence="The two leaders met in Hanoi."))
    False
    >>> is_grouped(MeetingRecord("a", 0, evidence="It led to their three summits."))
    True
    >>> is_grouped(MeetingRecord("a", 0, evidence="At the first of their three summits, ..."))
    False
    """
    return bool(
        _GROUPING.search(record.evidence)
        or _GROUPING.search(record.date_text or "")
        or _COUNTED.search(record.evidence)
    )


@dataclass(frozen=True, slots=True)
class Place:
    """A venue as matching sees it: a key shared by its spellings, its country, its kind.

    ``city`` is the key of the city the place lies in: its own key for a city
    (or a city-state), the city of a listed venue (a palace, a hotel), else None.
    """

    key: str
    name: str
    country: str | None
    kind: str
    city: str | None = None

    def agrees(self, other: Place) -> bool:
        """Whether two venues can be the same place.

        >>> Place("hanoi", "Hanoi", "VNM", "city").agrees(Place("vietnam", "Vietnam", "VNM", "country"))
        True
        >>> hotel = Place("metropole hotel", "Metropole Hotel", "VNM", "site", "hanoi")
        >>> hotel.agrees(Place("hanoi", "Hanoi", "VNM", "city", "hanoi"))
        True
        """
        if self.key == other.key:
            return True
        if self.city is not None and self.city == other.city:
            return True  # a venue in its city, or two venues of one city
        if self.kind == "unknown" or other.kind == "unknown":
            # A name the gazetteer does not know tells little, unless both are unknown.
            if self.kind == other.kind:
                return self.key in other.key or other.key in self.key
            return True
        for wide, narrow in ((self, other), (other, self)):
            if (
                wide.kind in ("country", "region")
                and wide.country
                and wide.country == narrow.country
            ):
                return True
        return False

    def same_site(self, other: Place) -> bool:
        """Whether two places name one city or venue (not merely one country).

        >>> Place("singapore", "Singapore", "SGP", "city", "singapore").same_site(
        ...     Place("capella hotel", "Capella Hotel", "SGP", "site", "singapore"))
        True
        >>> Place("vietnam", "Vietnam", "VNM", "country").same_site(
        ...     Place("vietnam", "Vietnam", "VNM", "country"))
        False
        """
        if self.kind == "country" or other.kind == "country":
            return False
        return self.key == other.key or (self.city is not None and self.city == other.city)


class PlaceReader:
    """Reads a meeting's location into a :class:`Place` through the gazetteer, once per spelling.

    Equivalent places (Panmunjom, the DMZ) share a key; a city-state is read
    as a city; a listed venue knows its city (``data/corpus.json``).
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._equivalent: dict[str, str] = {}
        for group in _CORPUS_DATA["equivalent_places"]:
            keys = [lookup_key(name) for name in group]
            for key in keys:
                self._equivalent[key] = keys[0]
        self._city_states = {lookup_key(name) for name in _CORPUS_DATA["city_states"]}
        self._venue_city = {
            lookup_key(venue): self._canonical(lookup_key(city))
            for venue, city in _CORPUS_DATA["venue_cities"].items()
        }
        self._read = lru_cache(maxsize=65536)(self._uncached)

    def _canonical(self, key: str) -> str:
        return self._equivalent.get(key, key)

    def __call__(self, location: str | None) -> Place | None:
        """The place of ``location``, or None for no location."""
        if not location or not location.strip():
            return None
        return self._read(location)

    def _uncached(self, location: str) -> Place:
        entry = self.gazetteer.place(location)
        if entry is None:
            key = self._canonical(lookup_key(location))
            return Place(key, location, None, "unknown")
        key = self._canonical(lookup_key(entry.name))
        kind: str = entry.kind
        if kind == "country" and key in self._city_states:
            kind = "city"  # "Singapore" names the city where the summit was held
        city = key if kind == "city" else self._venue_city.get(lookup_key(entry.name))
        if city is None and key in self._venue_city.values():
            city = key  # a place that venues lie in (Panmunjom)
        return Place(key, entry.name, entry.country, kind, city)


def _span(date: PartialDate | None) -> tuple[int, int] | None:
    if date is None:
        return None
    return _date_span(date)


@lru_cache(maxsize=65536)
def _date_span(date: PartialDate) -> tuple[int, int]:
    # Cached: a corpus reports the same few thousand dates again and again.
    widen = DAY_TOLERANCE if date.precision == "day" else 0
    return date.start().toordinal() - widen, date.end().toordinal() + widen


def usable_date(record: MeetingRecord) -> PartialDate | None:
    """The record's date, unless it cannot be true: a meeting held after the report of it.

    >>> import datetime as dt
    >>> usable_date(MeetingRecord("a", 0, date=PartialDate(2020, 2), published=dt.date(2019, 4, 25)))
    """
    date = record.date
    if date is None or record.published is None or record.status != "held":
        return date
    return None if date.start() > record.published + dt.timedelta(days=DAY_TOLERANCE) else date


def _months(lo: int, hi: int) -> Iterator[tuple[int, int]]:
    day = dt.date.fromordinal(lo)
    end = dt.date.fromordinal(hi)
    year, month = day.year, day.month
    while (year, month) <= (end.year, end.month):
        yield year, month
        month += 1
        if month > 12:
            year, month = year + 1, 1


def party_keys(parties: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The blocks a party set is filed under: itself, or each pair of three or more sides.

    A report that adds a side ("Moon" beside Trump and Kim) still meets the
    others in the block of the pair they share.

    >>> party_keys(("KOR", "PRK", "USA"))
    [('KOR', 'PRK'), ('KOR', 'USA'), ('PRK', 'USA')]
    """
    if len(parties) <= 2:
        return [parties]
    return list(combinations(parties, 2))


class Probe:
    """What matching needs of one record, worked out once rather than per candidate."""

    __slots__ = ("date", "people", "persons", "place", "record", "span")

    def __init__(self, record: MeetingRecord, place: Place | None) -> None:
        self.record = record
        self.place = place
        self.date = usable_date(record)
        self.span = _span(self.date)
        self.persons = frozenset(record.persons)
        self.people: dict[str, set[int]] = {}
        for person, country in zip(record.persons, record.countries, strict=False):
            if country:
                self.people.setdefault(country, set()).add(person)


class Cluster:
    """An event being built: its records and the span, places and people they agree on."""

    __slots__ = (
        "articles", "call", "filed", "grouped", "hi", "kinds", "lo", "parties", "people",
        "persons", "places", "records",
    )  # fmt: skip

    def __init__(self, probe: Probe, grouped: bool) -> None:
        record = probe.record
        self.records: list[MeetingRecord] = []
        self.articles: set[str] = set()
        self.persons: set[int] = set()
        self.people: dict[str, set[int]] = defaultdict(set)
        self.places: list[Place] = []
        self.kinds: set[str] = set()
        self.parties = record.parties
        self.lo: int | None = None
        self.hi: int | None = None
        self.call = record.kind == "call"
        self.grouped = grouped
        self.filed: list[tuple[object, ...]] = []
        """The month blocks the cluster is filed under."""
        self.add(probe)

    def add(self, probe: Probe) -> None:
        """Take the probed record in, narrowing the span."""
        record, place = probe.record, probe.place
        self.records.append(record)
        self.articles.add(record.article)
        self.kinds.add(record.kind)
        self.persons.update(record.persons)
        for country, people in probe.people.items():
            self.people[country].update(people)
        if place is not None and place not in self.places:
            self.places.append(place)
        span = probe.span
        if span is not None:
            if self.lo is None or self.hi is None:
                self.lo, self.hi = span
            else:
                self.lo, self.hi = max(self.lo, span[0]), min(self.hi, span[1])

    def release(self) -> None:
        """Drop the matching state (people, articles, places, blocks), keeping records."""
        self.articles = set()
        self.persons = set()
        self.people = defaultdict(set)
        self.places = []
        self.filed = []

    def same_site(self, place: Place | None) -> bool:
        """Whether ``place`` is a city or venue this event already took place at."""
        return place is not None and any(place.same_site(other) for other in self.places)

    def _hosts(self, sides: set[str], place: Place | None) -> bool:
        """Whether the sides one report adds are only the host: the country of the place.

        A parse often counts the host ("Vietnam" at the Hanoi summit) as a side.
        """
        countries = {p.country for p in self.places if p.country}
        if place is not None and place.country:
            countries.add(place.country)
        return bool(sides) and sides <= countries

    def summit_at(self, probe: Probe) -> bool:
        """Whether the probed record and this event are both a summit, at one city or venue."""
        return (
            probe.record.kind == "summit" and "summit" in self.kinds and self.same_site(probe.place)
        )

    def _contradicts(self, probe: Probe, shared: int) -> bool:
        # Participants contradict when no one is in common, or when a side is named
        # in both with no one in common on it.
        if probe.persons and self.persons and not shared:
            return True
        if shared and self.summit_at(probe):
            # A leader in common at a summit in the very city or venue: the other side's
            # odd name is an aide or protocol officer the parse took for a principal.
            return False
        return any(
            country in self.people and self.people[country].isdisjoint(people)
            for country, people in probe.people.items()
        )

    def fit(self, probe: Probe) -> tuple[int, int] | None:
        """How well the probed record fits (higher is better), or None when it cannot be this event."""
        record, place = probe.record, probe.place
        if self.grouped or record.article in self.articles or (record.kind == "call") != self.call:
            return None
        shared = len(self.persons.intersection(probe.persons)) if probe.persons else 0
        if record.parties != self.parties:
            # One report may add or miss a side; the people must then say it is one meeting.
            wider, narrower = sorted((set(record.parties), set(self.parties)), key=len)[::-1]
            if not (narrower <= wider and (shared >= 2 or self._hosts(wider - narrower, place))):
                return None
        if len(record.parties) < 2 and not shared:
            return None  # one side alone does not say who met: the people must
        date, span = probe.date, probe.span
        distance = 0
        if span is not None and self.lo is not None and self.hi is not None:
            if span[0] > self.hi or span[1] < self.lo:
                return None
            distance = abs((span[0] + span[1]) - (self.lo + self.hi))
        elif (
            # A report cannot tell of a meeting held after it was published.
            date is None
            and record.published is not None
            and record.status == "held"
            and self.lo is not None
            and self.lo > record.published.toordinal() + DAY_TOLERANCE
        ):
            return None
        score = 0
        if place is not None:
            if not all(place.agrees(other) for other in self.places):
                return None
            if self.same_site(place):
                score += 2
        if self._contradicts(probe, shared):
            return None
        return score + shared, -distance


def _order(record: MeetingRecord) -> tuple[int, int, str, int]:
    date = usable_date(record)
    precision = PRECISION_RANK[date.precision] if date is not None else 3
    start = date.start().toordinal() if date is not None else 0
    return precision, start, record.article, record.index


def _window(record: MeetingRecord) -> range:
    """The months (counted from year 0) in which a date-less report looks for its event."""
    assert record.published is not None
    center = record.published.year * 12 + record.published.month - 1
    if record.status == "held":
        return range(center - WINDOW_MONTHS_BACK, center + 1)
    if record.status == "cancelled":
        return range(center - WINDOW_MONTHS_AHEAD, center + WINDOW_MONTHS_AHEAD + 1)
    return range(center - 1, center + WINDOW_MONTHS_AHEAD + 1)


def _place_keys(place: Place) -> list[str]:
    # A venue is filed under its city too, so "the Singapore summit" finds the hotel's.
    keys = [place.key] if place.kind in ("city", "site") else []
    if place.city is not None and place.city != place.key:
        keys.append(place.city)
    if place.country:
        keys.append(f"@{place.country}")
    return keys


_K = TypeVar("_K")


class EventFold:
    """Folds meeting records into clusters, blocking by party set and month."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.places = PlaceReader(gazetteer or Gazetteer.default())
        self.clusters: list[Cluster] = []
        self._by_month: dict[tuple[object, ...], list[Cluster]] = defaultdict(list)
        # Keyed by sides and place, and by sides, place and person; valued by id (ordered).
        self._by_place: dict[tuple[object, ...], dict[int, Cluster]] = defaultdict(dict)

    def fold(self, records: Iterable[MeetingRecord]) -> list[Cluster]:
        """Every record in exactly one cluster; the result does not depend on input order."""
        for record in sorted(records, key=_order):
            self._place_record(record)
        return self.clusters

    @staticmethod
    def _gather(
        index: dict[_K, list[Cluster]] | dict[_K, dict[int, Cluster]], keys: Iterable[_K]
    ) -> list[Cluster]:
        seen: set[int] = set()
        found: list[Cluster] = []
        for key in keys:
            found_here = index.get(key, ())
            for cluster in found_here.values() if isinstance(found_here, dict) else found_here:
                if id(cluster) not in seen:
                    seen.add(id(cluster))
                    found.append(cluster)
        return found

    def _candidates(self, probe: Probe) -> list[Cluster]:
        record = probe.record
        blocks = party_keys(record.parties)
        span = probe.span
        keys: list[tuple[object, ...]] = []
        if span is not None:
            keys = [(b, y, m) for b in blocks for y, m in _months(*span)]
            if probe.date is not None and probe.date.precision == "year":
                # Records come finest first, so only a year's record meets events of a year.
                keys += [(b, probe.date.year, 0) for b in blocks]
        elif record.published is not None:
            keys = [(b, v // 12, v % 12 + 1) for b in blocks for v in _window(record)]
        if probe.persons:
            # Named people narrow the block: events with one of them, or with nobody named.
            people = [*record.persons, None]  # persons are sorted
            keys = [(*k, p) for k in keys for p in people]
        return self._gather(self._by_month, keys)

    def _place_record(self, record: MeetingRecord) -> None:
        place = self.places(record.location)
        probe = Probe(record, place)
        grouped = is_grouped(record)
        date = probe.date
        chosen: Cluster | None = None
        if not grouped:
            coarse = date is None or date.precision != "day"
            chosen = self._best(probe, self._candidates(probe), unique=coarse)
            if chosen is None and date is None and place is not None:
                # "The Singapore summit": the only event of these sides at this place.
                pool = self._place_pool(record, place)
                chosen = self._best(probe, pool, unique=True, alone=True)
        if chosen is None:
            chosen = Cluster(probe, grouped)
            self.clusters.append(chosen)
            if grouped:
                return
            self._file_by_date(chosen, probe)
            if chosen.places:
                self._file_by_place(chosen, record)
        else:
            new_people = probe.persons - chosen.persons
            new_place = place is not None and place not in chosen.places
            chosen.add(probe)
            self._file_by_people(chosen, sorted(new_people))
            if chosen.places and (new_people or new_place):
                self._file_by_place(chosen, record)

    def _place_pool(self, record: MeetingRecord, place: Place) -> list[Cluster]:
        """The events of these sides at this place (with these people, if named)."""
        blocks = party_keys(record.parties)
        if record.persons:
            keys: list[tuple[object, ...]] = [
                (b, k, p) for b in blocks for k in _place_keys(place) for p in record.persons
            ]
            return self._gather(self._by_place, keys)
        pool = self._gather(self._by_place, [(b, k) for b in blocks for k in _place_keys(place)])
        # So many events at one place cannot make any of them unmistakable.
        return pool if len(pool) <= PLACE_POOL_LIMIT else []

    def _file_by_place(self, cluster: Cluster, record: MeetingRecord) -> None:
        keys = {k for place in cluster.places for k in _place_keys(place)}
        for block in party_keys(record.parties):
            for key in keys:
                self._by_place[(block, key)][id(cluster)] = cluster
                for person in cluster.persons:
                    self._by_place[(block, key, person)][id(cluster)] = cluster

    def _file_by_date(self, cluster: Cluster, probe: Probe) -> None:
        """File a new cluster under the month blocks of its first record's date."""
        date, span = probe.date, probe.span
        if span is None or date is None:
            return
        for block in party_keys(probe.record.parties):
            if date.precision == "year":
                cluster.filed.append((block, date.year, 0))
            else:
                cluster.filed += [(block, year, month) for year, month in _months(*span)]
        # Filed whole, by each person named, and (if none is) under None.
        for key in cluster.filed:
            self._by_month[key].append(cluster)
        self._file_by_people(cluster, [*sorted(cluster.persons)] or [None])

    def _file_by_people(self, cluster: Cluster, people: Sequence[int | None]) -> None:
        """File the cluster's month blocks under each of ``people`` too."""
        for key in cluster.filed:
            for person in people:
                by_person = (*key, person)
                self._by_month[by_person].append(cluster)

    @staticmethod
    def _best(
        probe: Probe, candidates: list[Cluster], *, unique: bool, alone: bool = False
    ) -> Cluster | None:
        record, place = probe.record, probe.place
        scored = []
        for cluster in candidates:
            fit = cluster.fit(probe)
            if fit is not None:
                scored.append((fit, cluster))
        if probe.date is None:
            # Without a date, the occasion must be unmistakable: a summit at the very city
            # or venue of a summit ("the Singapore summit", not the talks held there
            # eighteen years before), or people in common where the report names a place
            # or tells of a meeting held or planned (one decided on); a
            # proposal with neither date nor place names no occasion yet.
            scored = [
                (fit, c)
                for fit, c in scored
                if c.summit_at(probe)
                or (
                    (place is not None or record.status != "proposed")
                    and not c.persons.isdisjoint(probe.persons)
                )
            ]
        if not scored:
            return None
        scored.sort(key=lambda pair: pair[0], reverse=True)
        best_fit, best = scored[0]
        # An event told only by articles the best one has already is their second record
        # of the same occasion (one article may report it twice), not a rival occasion.
        rivals = [fit for fit, c in scored[1:] if not c.articles <= best.articles]
        if alone and rivals:
            return None
        if unique and rivals and rivals[0][0] == best_fit[0]:
            return None  # two events fit as well: the record does not say which
        return best
