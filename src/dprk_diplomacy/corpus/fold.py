"""Folding parsed articles into a :class:`~dprk_diplomacy.corpus.models.CorpusView`.

>>> from dprk_diplomacy import parse
>>> a = parse("Seoul, Feb 28, 2019 (Yonhap) -- Donald Trump and Kim Jong-un met in Hanoi on Wednesday.")
>>> b = parse("Hanoi, March 1, 2019 (AP) -- Kim Jong Un met Donald Trump in Hanoi on Feb. 27.")
>>> view = fold([("a", a), ("b", b)])
>>> [[(r.article, r.meeting) for r in e.reports] for e in view.events]
[[('a', 0), ('b', 0)]]
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from ..gazetteer import Gazetteer, lookup_key
from ..models import Article
from .channels import fold_channels
from .events import EventFold
from .models import CorpusView, Failure, Person, trusted
from .persons import build_person, fold_persons
from .reconcile import build_events
from .records import ArticleRecords, ChannelRecord, EnvoyRecord, MeetingRecord, article_records


class CorpusFold:
    """A corpus view built up article by article.

    ``add`` keeps only light records of each article (``add_records`` takes
    such records made elsewhere, as the dask fold does); ``view`` folds them
    (and caches the result until the next ``add``).  Folding is near-linear, so a
    view after each added batch costs about as much as one at the end, and it
    is the same whatever the order the articles came in.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.default()
        self._articles: dict[str, ArticleRecords] = {}
        self._failures: list[Failure] = []
        self._view: CorpusView | None = None

    def add(self, article_id: str, article: Article) -> None:
        """Fold in one article; an id seen before replaces that article."""
        self.add_records(article_records(article_id, article))

    def add_records(self, records: ArticleRecords) -> None:
        """Fold in the records of one article; an id seen before replaces that article."""
        self._articles[records.article] = records
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
            articles = self._articles.values()
            self._view = build_view(
                [r for a in articles for r in a.meetings],
                [r for a in articles for r in a.envoys],
                [r for a in articles for r in a.channels],
                articles=len(articles),
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
    persons = [
        build_person(f"P{n}", group) for n, group in enumerate(fold_persons(envoys, gazetteer), 1)
    ]
    _link_participants(meetings, envoys, persons)
    event_fold = EventFold(gazetteer)
    clusters = event_fold.fold(meetings)
    # The fold's place reader has read every location already: its cache serves the models.
    events = build_events(clusters, event_fold.places)
    histories = fold_channels(channels, gazetteer)
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
    persons: Sequence[Person],
) -> None:
    """Give each meeting record the person numbers (and countries) of its participants."""
    person_of: dict[tuple[str, int], int] = {}
    country_of: dict[int, str] = {}
    for number, person in enumerate(persons, 1):
        country_of[number] = person.country or ""
        for mention in person.mentions:
            person_of[(mention.article, mention.envoy)] = number
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
