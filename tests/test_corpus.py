"""The corpus view: events, persons and channel histories folded across articles."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from dprk_diplomacy import Article, Channel, Envoy, Meeting, PartialDate, Span
from dprk_diplomacy.corpus import CorpusFold, CorpusView, fold
from dprk_diplomacy.corpus.events import EventFold, is_grouped, party_keys
from dprk_diplomacy.corpus.reconcile import agreed_date
from dprk_diplomacy.corpus.records import MeetingRecord


def span(text: str) -> Span:
    return Span(start=0, end=len(text), text=text)


def meeting(
    parties: tuple[str, ...] = ("PRK", "USA"),
    date: str | None = None,
    location: str | None = None,
    status: str = "held",
    kind: str = "summit",
    participants: tuple[str, ...] = (),
    evidence: str = "The leaders met.",
) -> Meeting:
    return Meeting(
        parties=parties,
        date=date,
        location=location,
        status=status,  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        participants=participants,
        evidence=span(evidence),
    )


LEADERS = (Envoy(name="Alan Grey", country="USA"), Envoy(name="Pak Song-chol", country="PRK"))


def article(
    *meetings: Meeting, published: str | None = None, envoys: tuple[Envoy, ...] = LEADERS
) -> Article:
    return Article(
        published=dt.date.fromisoformat(published) if published else None,
        envoys=envoys,
        meetings=meetings,
    )


def groups(view: CorpusView) -> list[list[tuple[str, int]]]:
    return sorted(sorted((r.article, r.meeting) for r in e.reports) for e in view.events)


PEOPLE = ("Alan Grey", "Pak Song-chol")


def test_reports_of_one_summit_at_different_grains_are_one_event() -> None:
    view = fold(
        [
            ("a", article(meeting(date="2019-02-27", location="Hanoi", participants=PEOPLE))),
            ("b", article(meeting(date="2019-02", location="Vietnam", participants=PEOPLE))),
            ("c", article(meeting(date="2019-02-28", location="Hanoi", status="planned"))),
        ]
    )
    assert groups(view) == [[("a", 0), ("b", 0), ("c", 0)]]
    event = view.events[0]
    assert event.location == "Hanoi"
    assert event.date == PartialDate(2019, 2)  # 27 and 28 disagree on the day
    assert {d.field for d in event.disagreements} == {"date"}


def test_different_months_or_places_are_different_events() -> None:
    view = fold(
        [
            ("a", article(meeting(date="2019-02", location="Hanoi"))),
            ("b", article(meeting(date="2019-06", location="Hanoi"))),
            ("c", article(meeting(date="2019-02", location="Singapore"))),
        ]
    )
    assert len(view.events) == 3


def test_status_does_not_separate_and_the_latest_report_wins() -> None:
    view = fold(
        [
            ("late", article(meeting(date="2018-06-12", status="held"), published="2018-06-13")),
            (
                "early",
                article(meeting(date="2018-06-12", status="planned"), published="2018-05-01"),
            ),
        ]
    )
    assert len(view.events) == 1
    assert view.events[0].status == "held"
    assert [r.status for r in view.events[0].reports] == ["planned", "held"]


def test_contradicting_participants_separate() -> None:
    envoys = (*LEADERS, Envoy(name="Bob White", country="USA"))
    view = fold(
        [
            ("a", article(meeting(date="2019-02-27", participants=PEOPLE))),
            (
                "b",
                article(
                    meeting(date="2019-02-27", participants=("Bob White", "Pak Song-chol")),
                    envoys=envoys,
                ),
            ),
        ]
    )
    assert len(view.events) == 2


def test_a_dateless_report_joins_only_an_unmistakable_event() -> None:
    dated = ("a", article(meeting(date="2018-06-12", location="Singapore", participants=PEOPLE)))
    summit_there = ("b", article(meeting(location="Singapore", participants=PEOPLE)))
    vague = ("c", article(meeting(kind="talks")))
    view = fold([dated, summit_there, vague])
    assert groups(view) == [[("a", 0), ("b", 0)], [("c", 0)]]


def test_a_held_meeting_dated_after_its_report_loses_its_date() -> None:
    view = fold(
        [
            ("a", article(meeting(date="2019-02-27", participants=PEOPLE), published="2019-03-01")),
            ("b", article(meeting(date="2020-02", participants=PEOPLE), published="2019-04-25")),
        ]
    )
    assert len(view.events) == 1


def test_a_report_with_an_extra_side_joins_when_the_people_agree() -> None:
    view = fold(
        [
            ("a", article(meeting(date="2019-02", participants=PEOPLE))),
            ("b", article(meeting(("KOR", "PRK", "USA"), date="2019-02", participants=PEOPLE))),
            ("c", article(meeting(("KOR", "PRK", "USA"), date="2019-02"))),
        ]
    )
    assert groups(view) == [[("a", 0), ("b", 0)], [("c", 0)]]


def test_grouped_records_are_their_own_event() -> None:
    grouped = meeting(date="2018", evidence="The two leaders met three times in 2018.")
    view = fold([("a", article(grouped)), ("b", article(meeting(date="2018-06-12")))])
    assert len(view.events) == 2
    assert any(e.grouped for e in view.events)
    assert is_grouped(MeetingRecord("x", 0, evidence="They have held several rounds of talks."))


def test_panmunjom_and_the_dmz_agree() -> None:
    view = fold(
        [
            ("a", article(meeting(date="2019-06-30", location="Panmunjom"))),
            ("b", article(meeting(date="2019-06", location="the Demilitarized Zone"))),
        ]
    )
    assert len(view.events) == 1


def test_two_records_of_one_article_stay_apart() -> None:
    view = fold([("a", article(meeting(date="2019-02"), meeting(date="2019-02")))])
    assert len(view.events) == 2


def test_persons_spelling_variants_surnames_and_namesakes() -> None:
    one = Article(
        envoys=(Envoy(name="Kim Jong-un", country="PRK"), Envoy(name="Grey", country="USA"))
    )
    two = Article(
        envoys=(Envoy(name="Kim Jong Un", country="PRK"), Envoy(name="Alan Grey", country="USA"))
    )
    three = Article(envoys=(Envoy(name="KIM JONG-UN"), Envoy(name="Lee Min", country="KOR")))
    four = Article(envoys=(Envoy(name="Lee Min", country="CHN"),))
    view = fold([("1", one), ("2", two), ("3", three), ("4", four)])
    kim = next(p for p in view.persons if ("1", 0) in {(m.article, m.envoy) for m in p.mentions})
    assert {(m.article, m.envoy) for m in kim.mentions} == {("1", 0), ("2", 0), ("3", 0)}
    assert kim.name in ("Kim Jong-un", "Kim Jong Un") and kim.country == "PRK"
    grey = next(p for p in view.persons if p.name == "Alan Grey")
    assert {(m.article, m.envoy) for m in grey.mentions} == {("1", 1), ("2", 1)}
    assert len([p for p in view.persons if p.name == "Lee Min"]) == 2


def test_every_record_in_exactly_one_group() -> None:
    pairs = [
        (
            f"a{i}",
            article(
                meeting(date=f"2019-0{1 + i % 3}"), meeting(kind="call"), published="2019-05-01"
            ),
        )
        for i in range(6)
    ]
    view = fold(pairs)
    reports = [(r.article, r.meeting) for e in view.events for r in e.reports]
    assert sorted(reports) == sorted((a, i) for a, _ in pairs for i in range(2))
    mentions = [(m.article, m.envoy) for p in view.persons for m in p.mentions]
    assert sorted(mentions) == sorted((a, i) for a, _ in pairs for i in range(2))


def test_the_view_does_not_depend_on_input_order() -> None:
    pairs = [
        ("a", article(meeting(date="2019-02-27", location="Hanoi", participants=PEOPLE))),
        ("b", article(meeting(location="Hanoi", participants=PEOPLE), published="2019-03-02")),
        ("c", article(meeting(date="2019", participants=PEOPLE))),
        ("d", article(meeting(("KOR", "PRK"), date="2018-04-27"))),
    ]
    expected = fold(pairs)
    shuffled = pairs[:]
    random.Random(7).shuffle(shuffled)
    assert fold(shuffled) == expected


def test_incremental_adds_give_the_batch_view() -> None:
    pairs = [
        ("a", article(meeting(date="2019-02-27"))),
        ("b", article(meeting(date="2019-02"))),
    ]
    builder = CorpusFold()
    builder.add(*pairs[0])
    assert len(builder.view().events) == 1
    builder.add(*pairs[1])
    assert builder.view() == fold(pairs)


def test_channel_histories_follow_status_in_date_order() -> None:
    cut = Channel(
        name="hotline", parties=("KOR", "PRK"), status="severed", date="2020-06", evidence=span("x")
    )
    back = Channel(
        name="inter-Korean communication lines",
        parties=("KOR", "PRK"),
        status="restored",
        date="2020-10",
        evidence=span("y"),
    )
    other = Channel(
        name="New York channel", parties=("PRK", "USA"), status="open", evidence=span("z")
    )
    view = fold([("late", Article(channels=(back, other))), ("early", Article(channels=(cut,)))])
    lines = next(c for c in view.channels if c.family == "lines")
    assert [c.status for c in lines.changes] == ["severed", "restored"]
    assert lines.status == "restored"
    assert len(view.channels) == 2


def test_agreed_date_and_blocks() -> None:
    assert agreed_date([PartialDate(2019), PartialDate(2019, 2, 27)]) == PartialDate(2019, 2, 27)
    assert agreed_date([]) is None
    assert party_keys(("PRK", "USA")) == [("PRK", "USA")]


def test_blocking_keeps_the_fold_near_linear() -> None:
    # Many records in one party set: each is compared only with its month's events.
    records = [
        MeetingRecord(
            f"a{i}", 0, ("PRK", "USA"), PartialDate(2000 + i % 20, 1 + i % 12, 1 + i % 28)
        )
        for i in range(3000)
    ]
    clusters = EventFold().fold(records)
    assert sum(len(c.records) for c in clusters) == 3000


@pytest.mark.parametrize("bad", [Article(), Article(meetings=(meeting(parties=()),))])
def test_odd_articles_fold(bad: Article) -> None:
    assert fold([("x", bad)]).articles == 1


def test_a_long_name_one_letter_off_is_a_misspelling() -> None:
    one = Article(envoys=(Envoy(name="Pak Chol-myong", country="PRK"),))
    two = Article(envoys=(Envoy(name="Pak Chol Myoung", country="PRK"),))
    three = Article(envoys=(Envoy(name="Pak Chol-myong", country="PRK"),))
    other = Article(
        envoys=(Envoy(name="Ri Son Gil", country="PRK"), Envoy(name="Ri Son Gol", country="PRK"))
    )
    view = fold([("1", one), ("2", two), ("3", three), ("4", other)])
    pak = next(p for p in view.persons if p.name == "Pak Chol-myong")
    assert {m.article for m in pak.mentions} == {"1", "2", "3"}
    assert len(view.persons) == 3  # the short "Ri" names stay two people


def test_a_known_officials_country_overrides_a_wrong_one() -> None:
    right = Article(envoys=(Envoy(name="Stephen Biegun", country="USA"),))
    wrong = Article(envoys=(Envoy(name="Stephen Biegun", country="KOR"),))
    view = fold([("1", right), ("2", wrong)])
    assert len(view.persons) == 1


def test_an_undated_channel_report_backs_the_change_to_its_status() -> None:
    dated = Channel(
        name="hotline", parties=("KOR", "PRK"), status="severed", date="2020-06", evidence=span("x")
    )
    undated = Channel(name="hotlines", parties=("KOR", "PRK"), status="severed", evidence=span("y"))
    view = fold([("a", Article(channels=(dated,))), ("b", Article(channels=(undated,)))])
    (history,) = view.channels
    assert [(c.status, len(c.reports)) for c in history.changes] == [("severed", 2)]
