"""PLOVER events and flat tables from hand-built articles."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dprk_diplomacy.export import plover
from dprk_diplomacy.export.plover import PloverEvent, article_events, meeting_event
from dprk_diplomacy.export.tables import COLUMNS, TABLES, rows, to_dataframe, write_csv
from dprk_diplomacy.models import Article, Channel, Envoy, Meeting, Span
from dprk_diplomacy.partial_date import PartialDate

TEXT = (
    "The two envoys met in Hanoi on Tuesday. "
    "The foreign minister will visit Pyongyang next month. "
    "Leaders spoke by phone. "
    "Talks set for Seoul were called off."
)
PLACES = {"Hanoi": "VNM", "Pyongyang": "PRK", "Seoul": "KOR", "Washington": "USA"}


def sentence(n: int) -> Span:
    starts = [0]
    for i, ch in enumerate(TEXT):
        if ch == "." and i + 2 <= len(TEXT):
            starts.append(i + 2)
    start, end = starts[n], starts[n + 1] - 1 if n + 1 < len(starts) else len(TEXT)
    return Span.of(TEXT, start, end)


def make_meeting(**fields: object) -> Meeting:
    base: dict[str, object] = {"status": "held", "kind": "talks", "evidence": sentence(0)}
    base.update(fields)
    return Meeting.model_validate(base)


ARTICLE = Article(
    title="Envoys meet",
    source="Example News",
    published=dt.date(2019, 2, 28),
    envoys=(
        Envoy(name="Stephen Biegun", aliases=("Biegun",), country="USA", title="special envoy"),
        Envoy(name="Kim Hyok Chol", country="PRK"),
        Envoy(name="Ban Ki-moon"),
    ),
    meetings=(
        make_meeting(
            participants=("Kim Hyok Chol", "Stephen Biegun"),
            parties=("PRK", "USA"),
            location="Hanoi",
            date=PartialDate(2019, 2, 26),
            date_text="on Tuesday",
        ),
        make_meeting(
            participants=("Stephen Biegun",),
            parties=("PRK", "USA"),
            location="Pyongyang",
            date=PartialDate(2019, 3),
            status="planned",
            evidence=sentence(1),
        ),
        make_meeting(parties=("KOR", "USA"), kind="call", evidence=sentence(2)),
        make_meeting(
            parties=("KOR", "PRK"), location="Seoul", status="cancelled", evidence=sentence(3)
        ),
    ),
    channels=(
        Channel(
            name="New York channel",
            parties=("PRK", "USA"),
            status="open",
            date=PartialDate(2019),
            evidence=sentence(0),
        ),
    ),
)


def events(**options: object) -> list[PloverEvent]:
    return article_events(ARTICLE, "a1", place_country=PLACES.get, **options)  # type: ignore[arg-type]


# -- PLOVER -----------------------------------------------------------------


def test_held_meeting_in_third_country_is_consult_third_party() -> None:
    event = events()[0]
    assert (event.event_type, event.mode) == ("CONSULT", "third-party")
    assert event.actor == ("PRK", "Kim Hyok Chol")
    assert event.recipient == ("USA", "Stephen Biegun")
    assert event.date == "2019-02-26"
    assert event.location_country == "VNM"
    assert event.source_sentence == "The two envoys met in Hanoi on Tuesday."
    assert (event.source, event.published, event.article_id) == ("Example News", "2019-02-28", "a1")


def test_planned_visit_is_agree_with_the_visitor_as_actor() -> None:
    event = events()[1]
    assert (event.event_type, event.mode, event.date) == ("AGREE", "visit", "2019-03")
    assert event.actor == ("USA", "Stephen Biegun")
    assert event.recipient == ("PRK",)


def test_proposed_meeting_is_agree() -> None:
    meeting = make_meeting(parties=("KOR", "PRK"), status="proposed")
    event = meeting_event(meeting, None, "x", place_country=PLACES.get)
    assert event is not None and event.event_type == "AGREE"


def test_call_is_phone_mode_without_location() -> None:
    event = events()[2]
    assert (event.event_type, event.mode, event.location) == ("CONSULT", "phone", None)


def test_cancelled_meeting_is_skipped_by_default_and_reject_on_request() -> None:
    assert len(events()) == 3
    rejected = events(cancelled="reject")[3]
    assert rejected.event_type == "REJECT"
    assert rejected.mode == "visit"


def test_three_parties_are_multilateral_even_in_a_party_capital() -> None:
    meeting = make_meeting(parties=("CHN", "KOR", "USA"), location="Washington")
    event = meeting_event(meeting, None, "x", place_country=PLACES.get)
    assert event is not None and event.mode == "multilateral"
    assert event.actor == ("CHN",) and event.recipient == ("KOR", "USA")


def test_unknown_place_leaves_mode_null() -> None:
    meeting = make_meeting(parties=("KOR", "USA"), location="Atlantis")
    event = meeting_event(meeting, None, "x", place_country=PLACES.get)
    assert event is not None and event.mode is None and event.location_country is None


def test_participants_without_parties_split_first_from_rest() -> None:
    meeting = make_meeting(participants=("A One", "B Two", "C Three"))
    event = meeting_event(meeting, None, "x", place_country=PLACES.get)
    assert event is not None
    assert (event.actor, event.recipient) == (("A One",), ("B Two", "C Three"))


def test_participant_of_unknown_country_goes_with_recipients() -> None:
    meeting = make_meeting(participants=("Ban Ki-moon", "Biegun"), parties=("USA",))
    event = meeting_event(meeting, ARTICLE, "x", place_country=PLACES.get)
    assert event is not None
    assert (event.actor, event.recipient) == (("USA", "Biegun"), ("Ban Ki-moon",))


def test_event_ids_are_deterministic_and_distinct() -> None:
    first, second = events(), events()
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert len({e.event_id for e in first}) == len(first)
    other = article_events(ARTICLE, "a2", place_country=PLACES.get)
    assert first[0].event_id != other[0].event_id


def test_events_serialise_to_json() -> None:
    event = events()[0]
    assert PloverEvent.model_validate_json(event.model_dump_json()) == event


def test_missing_gazetteer_degrades_to_null_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    plover._gazetteer_place_country.cache_clear()
    monkeypatch.setitem(sys.modules, "dprk_diplomacy.gazetteer", None)  # import fails
    try:
        event = meeting_event(ARTICLE.meetings[0], ARTICLE, "a1")
        assert event is not None and event.mode is None
        assert event.event_type == "CONSULT"
    finally:
        plover._gazetteer_place_country.cache_clear()


def test_default_gazetteer_is_used_when_present(monkeypatch: pytest.MonkeyPatch) -> None:
    class Entry:
        country = "VNM"

    class FakeGazetteer:
        @classmethod
        def default(cls) -> FakeGazetteer:
            return cls()

        def place(self, name: str) -> Entry | None:
            return Entry() if name == "Hanoi" else None

    module = type(sys)("dprk_diplomacy.gazetteer")
    module.Gazetteer = FakeGazetteer  # type: ignore[attr-defined]
    plover._gazetteer_place_country.cache_clear()
    monkeypatch.setitem(sys.modules, "dprk_diplomacy.gazetteer", module)
    try:
        event = meeting_event(ARTICLE.meetings[0], ARTICLE, "a1")
        assert event is not None and event.mode == "third-party"
    finally:
        plover._gazetteer_place_country.cache_clear()


# -- tables -----------------------------------------------------------------


def test_rows_flatten_each_table() -> None:
    envoys = rows(ARTICLE, "a1", "envoys")
    assert envoys[0] == {
        "article_id": "a1",
        "source": "Example News",
        "published": "2019-02-28",
        "name": "Stephen Biegun",
        "aliases": "Biegun",
        "country": "USA",
        "title": "special envoy",
        "mentions": 0,
        "first_mention": None,
    }
    meeting = rows(ARTICLE, "a1", "meetings")[0]
    assert meeting["participants"] == "Kim Hyok Chol;Stephen Biegun"
    assert meeting["parties"] == "PRK;USA"
    assert meeting["date"] == "2019-02-26"
    assert meeting["evidence"] == "The two envoys met in Hanoi on Tuesday."
    channel = rows(ARTICLE, "a1", "channels")[0]
    assert (channel["name"], channel["date"], channel["status"]) == (
        "New York channel",
        "2019",
        "open",
    )


@pytest.mark.parametrize("table", TABLES)
def test_rows_have_the_declared_columns(table: str) -> None:
    for row in rows(ARTICLE, "a1", table):  # type: ignore[arg-type]
        assert tuple(row) == COLUMNS[table]  # type: ignore[index]


def test_unknown_table_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="unknown table 'people'"):
        rows(ARTICLE, "a1", "people")  # type: ignore[arg-type]


def test_write_csv_round_trips_and_writes_header_for_empty_corpus() -> None:
    buffer = io.StringIO(newline="")
    count = write_csv([("a1", ARTICLE), ("a2", Article())], "meetings", buffer)
    assert count == 4
    read = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
    assert [r["article_id"] for r in read] == ["a1"] * 4
    assert read[2]["location"] == ""  # null becomes an empty cell
    empty = io.StringIO(newline="")
    assert write_csv([], "channels", empty) == 0
    assert empty.getvalue().strip() == ",".join(COLUMNS["channels"])


def test_to_dataframe() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe([("a1", ARTICLE), ("a2", ARTICLE)], "envoys")
    assert list(frame.columns) == list(COLUMNS["envoys"])
    assert len(frame) == 6
    assert list(frame["article_id"].unique()) == ["a1", "a2"]
    assert list(to_dataframe([], "meetings").columns) == list(COLUMNS["meetings"])


def test_to_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=r"dprk-diplomacy\[pandas\]"):
        to_dataframe([("a1", ARTICLE)], "envoys")


_codes = st.sampled_from(["CHN", "JPN", "KOR", "PRK", "RUS", "USA"])
_meetings = st.builds(
    make_meeting,
    participants=st.lists(
        st.sampled_from(["Stephen Biegun", "Kim Hyok Chol", "X Y"]), max_size=3
    ).map(tuple),
    parties=st.lists(_codes, max_size=4, unique=True).map(lambda c: tuple(sorted(c))),
    location=st.sampled_from([None, *PLACES]),
    status=st.sampled_from(["held", "planned", "proposed", "cancelled"]),
    kind=st.sampled_from(["talks", "summit", "call"]),
)


@given(st.lists(_meetings, max_size=6))
def test_every_non_cancelled_meeting_is_one_event_and_one_row(meetings: list[Meeting]) -> None:
    article = ARTICLE.model_copy(update={"meetings": tuple(meetings)})
    produced = article_events(article, "p", place_country=PLACES.get)
    assert len(produced) == sum(m.status != "cancelled" for m in meetings)
    assert len(rows(article, "p", "meetings")) == len(meetings)
    kept = [m for m in meetings if m.status != "cancelled"]
    for event, meeting in zip(produced, kept, strict=True):
        # Every party and participant lands on one side or the other.
        sides = set(event.actor + event.recipient)
        assert set(meeting.parties) | set(meeting.participants) <= sides
        assert event.mode != "multilateral" or len(meeting.parties) >= 3
