"""Channel rules of probe round 6, each on sentences written for the test."""

from __future__ import annotations

import dprk_diplomacy
from dprk_diplomacy.models import Channel


def _channels(body: str, published: str = "2021-03-10") -> list[Channel]:
    text = f" date {published}\nA headline about the border\n\nSEOUL (Yonhap) -- {body}\n"
    return list(dprk_diplomacy.parse(text).channels)


def _one(channels: list[Channel], word: str) -> Channel:
    found = [c for c in channels if word in c.name.lower()]
    assert len(found) == 1, [c.name for c in channels]
    return found[0]


def test_a_future_arrangement_through_diplomatic_channels_is_no_channel() -> None:
    channels = _channels(
        "Kim accepted an invitation to visit Moscow, and the dates will be settled "
        "through diplomatic channels, the Kremlin said."
    )
    assert channels == []


def test_a_message_sent_through_diplomatic_channels_is_still_a_channel() -> None:
    channels = _channels(
        "Tokyo sent a protest to Pyongyang through diplomatic channels on Tuesday."
    )
    assert _one(channels, "diplomatic").status == "open"


def test_a_saying_clause_does_not_propose_the_cut_line() -> None:
    channels = _channels(
        "The North cut off the military communication lines with the South on March 4, "
        "saying it would no longer deal with Seoul."
    )
    line = _one(channels, "military")
    assert line.status == "severed"
    assert line.date is not None and str(line.date) == "2021-03-04"


def test_an_embassy_told_closed_and_another_told_open_are_two_channels() -> None:
    channels = _channels(
        "The minister said the Swedish embassy in Pyongyang has been closed since March "
        "2020. Officials still meet the DPRK embassy in Stockholm, which remains open."
    )
    closed = _one(channels, "pyongyang")
    assert closed.status == "severed"
    assert set(closed.parties) == {"PRK", "SWE"}
    assert str(closed.date) == "2020-03"
    assert _one(channels, "stockholm").status == "open"


def test_a_route_used_once_but_now_left_silent_is_severed() -> None:
    channels = _channels(
        "The deal was prepared through the New York channel, the North's mission to the "
        "United Nations, which Pyongyang has left largely silent since 2019."
    )
    channel = _one(channels, "new york")
    assert channel.status == "severed"
    assert str(channel.date) == "2019"


def test_keeping_in_touch_through_a_route_under_would_is_open() -> None:
    channels = _channels(
        "The spokesman said Tokyo would keep in touch with Pyongyang through the embassy "
        "channel in Beijing."
    )
    assert _one(channels, "embassy").status == "open"


def test_offices_that_still_exchange_messages_are_open_and_the_messages_their_items() -> None:
    channels = _channels(
        "The two sides have held no talks since their ministers met in May 2015, although "
        "their Red Cross liaison offices still exchange messages on family cases."
    )
    assert [c.name for c in channels] == ["Red Cross liaison offices"]
    assert channels[0].status == "open"
    assert channels[0].date is None


def test_a_message_borne_by_a_visitor_is_no_channel() -> None:
    channels = _channels(
        "After the talks the envoy conveyed a verbal message from the Chinese president "
        "to Kim Jong Un in Pyongyang."
    )
    assert channels == []


def test_a_message_sent_between_leaders_is_still_a_channel() -> None:
    channels = _channels("Kim Jong Un sent a congratulatory message to Vladimir Putin on Monday.")
    assert _one(channels, "message").status == "open"


def test_urged_to_open_channels_is_proposed_and_the_military_name_wins() -> None:
    channels = _channels(
        "The UN envoy urged officials in Pyongyang to open channels of communication with "
        "Seoul. He stressed the need to reopen military-to-military channels between the "
        "North and the South."
    )
    assert len(channels) == 1
    assert channels[0].name == "military-to-military channels"
    assert channels[0].status == "proposed"


def test_a_direct_line_to_a_person_is_access_not_a_channel() -> None:
    assert _channels('"Xi can tell Washington he has a direct line to Kim," an analyst said.') == []


def test_a_direct_line_to_a_capital_is_a_channel() -> None:
    channels = _channels("Seoul opened a direct line to Pyongyang on Monday.")
    assert _one(channels, "direct line").status == "open"


def test_offices_a_deal_promised_but_never_opened_are_proposed() -> None:
    channels = _channels(
        "The accord swapped a freeze for fuel oil and a path to normal ties, including "
        "liaison offices in both capitals. The offices were never opened."
    )
    assert _one(channels, "liaison").status == "proposed"


def test_an_ambassador_accredited_from_a_third_capital_is_a_channel() -> None:
    channels = _channels(
        "Sweden acts as Norway's protecting power in North Korea, and Norway's ambassador "
        "in Beijing is also accredited to Pyongyang."
    )
    envoy = _one(channels, "ambassador")
    assert envoy.status == "open"
    assert set(envoy.parties) == {"NOR", "PRK"}


def test_an_office_that_lasted_a_short_while_is_severed_without_the_opening_date() -> None:
    channels = _channels(
        "In May 2019 the two sides opened a joint liaison office at the border.\n\n"
        "The office lasted less than a year."
    )
    office = _one(channels, "office")
    assert office.status == "severed"
    assert office.date is None


def test_the_same_afternoon_takes_the_day_told_before_it() -> None:
    channels = _channels(
        "The ministry said the North stopped answering the liaison calls on Monday, and the "
        "military hotline on the east coast went silent the same afternoon."
    )
    hotline = _one(channels, "military")
    assert hotline.status == "severed"
    assert str(hotline.date) == "2021-03-08"
