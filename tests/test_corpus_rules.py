"""Events-fold rules that keep the fold robust to parse noise (dates, places, participants)."""

from __future__ import annotations

import datetime as dt

from dprk_diplomacy import Article, Envoy, Meeting, Span
from dprk_diplomacy.corpus import CorpusView, fold
from dprk_diplomacy.corpus.events import PlaceReader, is_grouped
from dprk_diplomacy.corpus.records import MeetingRecord
from dprk_diplomacy.gazetteer import Gazetteer

GREY = Envoy(name="Alan Grey", country="USA")
PAK = Envoy(name="Pak Song-chol", country="PRK")
RI = Envoy(name="Ri Chol-ho", country="PRK")  # an aide the parse may take for a principal


def meeting(
    date: str | None = None,
    location: str | None = None,
    *,
    kind: str = "summit",
    status: str = "held",
    participants: tuple[str, ...] = ("Alan Grey", "Pak Song-chol"),
    parties: tuple[str, ...] = ("PRK", "USA"),
    evidence: str = "The leaders met.",
) -> Meeting:
    return Meeting(
        parties=parties,
        date=date,
        location=location,
        status=status,  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        participants=participants,
        evidence=Span(start=0, end=len(evidence), text=evidence),
    )


def article(
    *meetings: Meeting, published: str | None = None, envoys: tuple[Envoy, ...] = (GREY, PAK, RI)
) -> Article:
    return Article(
        published=dt.date.fromisoformat(published) if published else None,
        envoys=envoys,
        meetings=meetings,
    )


def groups(view: CorpusView) -> list[list[tuple[str, int]]]:
    return sorted(sorted((r.article, r.meeting) for r in e.reports) for e in view.events)


def test_a_summit_with_a_leader_in_common_at_one_city_ignores_the_odd_aide() -> None:
    # One report names the aide with the leader; the summit, city and month are one.
    aide = ("Alan Grey", "Ri Chol-ho")
    view = fold(
        [
            ("a", article(meeting("2019-02", "Hanoi"))),
            ("b", article(meeting("2019-02", "Hanoi", participants=aide))),
        ]
    )
    assert groups(view) == [[("a", 0), ("b", 0)]]
    # Talks are not summits: another envoy on one side is another meeting.
    talks = fold(
        [
            ("a", article(meeting("2019-02", "Hanoi", kind="talks"))),
            ("b", article(meeting("2019-02", "Hanoi", kind="talks", participants=aide))),
        ]
    )
    assert len(talks.events) == 2
    # Nor does a leader in common join summits in two cities of one country.
    apart = fold(
        [
            ("a", article(meeting("2019-02", "Hanoi"))),
            ("b", article(meeting("2019-02", "Vietnam", participants=aide))),
        ]
    )
    assert len(apart.events) == 2


def test_a_city_state_is_its_city_and_a_venue_agrees_with_its_city() -> None:
    places = PlaceReader(Gazetteer.default())
    singapore, hotel = places("Singapore"), places("Capella Hotel")
    assert singapore is not None and hotel is not None
    assert singapore.kind == "city" and singapore.same_site(hotel)
    metropole, hanoi, beijing = places("Metropole Hotel"), places("Hanoi"), places("Beijing")
    assert metropole is not None and hanoi is not None and beijing is not None
    assert metropole.agrees(hanoi) and metropole.same_site(hanoi)
    assert not metropole.agrees(beijing)
    view = fold(
        [
            ("a", article(meeting("2018-06-12", "Sentosa"))),
            ("b", article(meeting(None, "Singapore"))),  # "the Singapore summit"
            ("c", article(meeting("2019-02-27", "Metropole Hotel"))),
            ("d", article(meeting("2019-02", "Hanoi"))),
        ]
    )
    assert groups(view) == [[("a", 0), ("b", 0)], [("c", 0), ("d", 0)]]


def test_the_truce_village_buildings_and_the_jsa_are_panmunjom() -> None:
    view = fold(
        [
            ("a", article(meeting("2018-04-27", "Peace House", parties=("KOR", "PRK")))),
            ("b", article(meeting("2018-04", "Joint Security Area", parties=("KOR", "PRK")))),
            ("c", article(meeting("2018-04", "Panmunjom", parties=("KOR", "PRK")))),
        ]
    )
    assert len(view.events) == 1


def test_a_dateless_report_by_place_alone_joins_only_a_summit_there() -> None:
    nobody: tuple[str, ...] = ()
    view = fold(
        [
            ("a", article(meeting("2001-03-02", "Geneva", kind="talks", participants=nobody))),
            ("b", article(meeting(None, "Geneva", participants=nobody), published="2015-05-01")),
        ]
    )
    # A summit reported without a date is not the talks held in that city years before.
    assert len(view.events) == 2
    summits = fold(
        [
            ("a", article(meeting("2001-03-02", "Geneva", participants=nobody))),
            ("b", article(meeting(None, "Geneva", participants=nobody), published="2001-05-01")),
        ]
    )
    assert len(summits.events) == 1


def test_a_dateless_placeless_proposal_names_no_occasion_yet() -> None:
    dated = ("a", article(meeting("2018-06-12", "Singapore")))
    proposal = ("b", article(meeting(status="proposed"), published="2018-03-20"))
    recalled = ("c", article(meeting(), published="2018-07-02"))  # "their latest summit"
    view = fold([dated, proposal, recalled])
    assert groups(view) == [[("a", 0), ("c", 0)], [("b", 0)]]


def test_a_count_of_occasions_groups_them() -> None:
    assert is_grouped(MeetingRecord("a", 0, evidence="The thaw led to their three summits."))
    assert is_grouped(MeetingRecord("a", 0, evidence="After two meetings with the envoy, ..."))
    assert not is_grouped(MeetingRecord("a", 0, evidence="At the first of their two summits."))
    assert not is_grouped(MeetingRecord("a", 0, evidence="The two leaders met in Hanoi."))
    view = fold(
        [
            ("a", article(meeting("2018", evidence="It led to three meetings of the leaders."))),
            ("b", article(meeting("2018-06-12", "Singapore"))),
        ]
    )
    assert len(view.events) == 2


def test_an_articles_second_record_of_one_occasion_is_no_rival() -> None:
    # Article "a" tells the summit twice; its second record cannot join the event its
    # first is in, but must not make a later dateless report of the summit ambiguous.
    twice = article(
        meeting("2019-02-27", "Hanoi"), meeting(None, "Hanoi", evidence="Before the summit, ...")
    )
    view = fold(
        [
            ("a", twice),
            ("b", article(meeting("2019-02", "Hanoi"))),
            ("c", article(meeting(None, "Hanoi", status="planned"))),
        ]
    )
    event = next(e for e in view.events if ("a", 0) in {(r.article, r.meeting) for r in e.reports})
    assert {(r.article, r.meeting) for r in event.reports} == {("a", 0), ("b", 0), ("c", 0)}
    # Two events of two articles each are rivals: a dateless report joins neither.
    rivals = fold(
        [
            ("a", article(meeting("2019-02-27", "Hanoi"))),
            ("b", article(meeting("2019-02-27", "Hanoi"))),
            ("d", article(meeting("2020-05-02", "Hanoi"))),
            ("c", article(meeting(None, "Hanoi"))),
        ]
    )
    assert [("c", 0)] in groups(rivals)


def test_a_report_that_counts_the_host_as_a_side_joins() -> None:
    nobody: tuple[str, ...] = ()
    host = ("PRK", "USA", "VNM")
    view = fold(
        [
            ("a", article(meeting("2019-02-27", "Hanoi", participants=nobody))),
            ("b", article(meeting("2019-02", "Hanoi", participants=nobody, parties=host))),
            # A third side that is not the host is another meeting without people to say so.
            (
                "c",
                article(
                    meeting("2019-02", "Hanoi", participants=nobody, parties=("CHN", "PRK", "USA"))
                ),
            ),
        ]
    )
    assert groups(view) == [[("a", 0), ("b", 0)], [("c", 0)]]


def test_a_dateless_placeless_planned_meeting_is_decided_and_joins() -> None:
    dated = ("a", article(meeting("2018-06-12", "Singapore")))
    planned = ("b", article(meeting(status="planned"), published="2018-05-20"))
    assert groups(fold([dated, planned])) == [[("a", 0), ("b", 0)]]
