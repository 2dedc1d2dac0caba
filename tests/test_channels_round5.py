"""Channel rules of probe round 5 (second pass), each on sentences written for the test."""

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


def test_a_serial_list_of_lines_is_several_channels_sharing_the_verb() -> None:
    channels = _channels(
        "North Korea said it had shut down the inter-Korean liaison office, the military "
        "lines along the west coast, the test line between the two capitals, and the "
        "hotline between the leaders on Tuesday."
    )
    for word in ("office", "military", "test line", "leaders"):
        assert _one(channels, word).status == "severed"


def test_a_line_of_an_office_is_the_office() -> None:
    channels = _channels(
        "The North stopped answering the liaison line of the joint liaison office on Monday."
    )
    assert [c.name for c in channels] == ["joint liaison office"]


def test_two_clauses_joined_by_and_are_not_a_list() -> None:
    channels = _channels(
        "The Koreas reopened the hotline on Monday, and the military lines were tested."
    )
    assert len(channels) == 1


def test_a_line_that_is_to_be_installed_is_proposed() -> None:
    channels = _channels(
        "Under the deal, a direct telephone line between the two defense chiefs is to be "
        "installed before the talks."
    )
    assert _one(channels, "telephone").status == "proposed"


def test_a_line_that_should_be_reopened_is_proposed() -> None:
    channels = _channels(
        "The envoy said the North should reopen the military hotline with the South, "
        "which Pyongyang stopped answering in 2016."
    )
    assert _one(channels, "hotline").status == "proposed"


def test_a_letter_received_from_a_named_sender_is_an_open_channel() -> None:
    channels = _channels(
        'Moon told aides on Monday that he had received a "warm letter" from Kim Jong Un, '
        "a sign that the leaders still talk."
    )
    assert _one(channels, "letter").status == "open"


def test_a_link_line_to_another_story_is_no_evidence() -> None:
    channels = _channels(
        "The talks ended on Friday.\n\n"
        "Read more on World News : Donald Trump says he received a 'warm letter' from "
        "Kim Jong Un\n\n"
        "Officials gave no date for the next round."
    )
    assert channels == []


def test_letters_between_private_people_are_no_channel() -> None:
    channels = _channels(
        "The Red Cross talks will take up video reunions and the regular exchange of "
        "letters between separated families, the ministry said."
    )
    assert channels == []


def test_separate_lines_are_a_channel_of_their_own() -> None:
    channels = _channels(
        "North Korea restored communication lines with South Korea on Monday. The "
        "Defense Ministry said separate military hotlines were also working again."
    )
    assert len(channels) == 2
    assert _one(channels, "military").status == "restored"


def test_answering_again_is_a_restoration() -> None:
    channels = _channels("The North began answering calls on the liaison line again on Monday.")
    assert _one(channels, "liaison").status == "restored"


def test_a_call_picked_up_for_the_first_time_in_months_is_a_restoration() -> None:
    channels = _channels(
        "The North picked up the South's call on the military hotline for the first time "
        "in three months on Friday."
    )
    assert _one(channels, "hotline").status == "restored"


def test_a_channel_that_has_been_the_conduit_is_open() -> None:
    channels = _channels(
        "The North's mission to the United Nations, known as the New York channel, has "
        "been the main conduit between the two governments."
    )
    assert _one(channels, "new york").status == "open"


def test_calls_that_went_unanswered_go_on_about_the_line_just_named() -> None:
    channels = _channels(
        "Seoul tried to reach the North on the military hotline on Friday.\n\n"
        "The calls went unanswered, the ministry said."
    )
    assert _one(channels, "hotline").status == "severed"


def test_a_refusal_of_any_letters_cuts_the_letters() -> None:
    channels = _channels(
        "Kim Yo Jong said the North would not respond to any letters from Washington."
    )
    assert _one(channels, "letters").status == "severed"


def test_calls_going_through_for_the_first_time_since_a_cut_restore_the_line() -> None:
    channels = _channels(
        "Calls on the hotline went through on Monday for the first time since June, after "
        "the North reconnected it."
    )
    assert _one(channels, "hotline").status == "restored"


def test_an_embassy_that_passes_messages_keeps_a_protecting_power_open() -> None:
    channels = _channels(
        "Norway, the protecting power for Canada in North Korea, has an embassy in "
        "Pyongyang that passes messages between the two governments."
    )
    assert _one(channels, "protecting power").status == "open"


def test_contact_resumed_through_a_channel_restores_it() -> None:
    channels = _channels(
        "North Korea has resumed contact through the New York channel, two U.S. officials "
        "said on Monday."
    )
    assert _one(channels, "new york").status == "restored"


def test_letters_left_unanswered_are_a_cut_channel() -> None:
    channels = _channels(
        "North Korea has not responded to Biden administration letters, officials said."
    )
    assert _one(channels, "letters").status == "severed"


def test_a_letter_sent_to_a_named_addressee_before_it_is_open() -> None:
    channels = _channels(
        "Kim Jong Un sent Donald Trump a letter on Monday expressing hope for a meeting."
    )
    assert _one(channels, "letter").status == "open"


def test_lines_that_came_back_to_life_are_restored() -> None:
    channels = _channels(
        "After a long break, the inter-Korean hotlines came back to life on Monday."
    )
    assert _one(channels, "hotlines").status == "restored"


def test_stopped_answering_it_is_a_later_cut_of_the_line_just_named() -> None:
    channels = _channels(
        "The hotline was restored in July 2019.\n\nThe North stopped answering it in August 2019."
    )
    assert _one(channels, "hotline").status == "severed"


def test_continued_exchange_of_letters_is_open() -> None:
    channels = _channels(
        "Donald Trump said he and Kim Jong Un continued to exchange letters after the summit."
    )
    assert _one(channels, "letters").status == "open"


def test_a_state_that_acts_as_a_protecting_power_is_no_side_of_it() -> None:
    for body in (
        "Norway, which keeps an embassy in Pyongyang, has acted as the Canadian protecting "
        "power there since 2001, passing messages between the two governments.",
        "Norway has an embassy in Pyongyang and acts as the protecting power for Canada there.",
    ):
        channels = _channels(body)
        assert _one(channels, "protecting power").parties == ("CAN", "PRK")


def test_lines_that_went_offline_or_were_shuttered_are_cut() -> None:
    assert _one(
        _channels("The inter-Korean hotlines went offline in June."), "hotlines"
    ).status == ("severed")
    assert (
        _one(
            _channels("The liaison office was shuttered in January over the pandemic."), "office"
        ).status
        == "severed"
    )


def test_lines_back_up_and_running_or_normalized_are_restored() -> None:
    assert _one(
        _channels("The hotline is back up and running, the ministry said."), "hotline"
    ).status == ("restored")
    assert (
        _one(_channels("Both Koreas normalized the communication lines on Monday."), "lines").status
        == "restored"
    )


def test_regular_calls_on_a_line_are_no_urging() -> None:
    channels = _channels(
        "The two sides have held regular phone calls on the liaison line since its "
        "restoration in July."
    )
    assert _one(channels, "liaison").status == "restored"


def test_a_route_no_longer_used_is_cut() -> None:
    channels = _channels("The North has stopped using the New York channel, officials said.")
    assert _one(channels, "new york").status == "severed"


def test_lines_of_a_side_followed_by_a_list_joint_are_their_own_channel() -> None:
    channels = _channels(
        "The North will cut all lines, including the line of the joint liaison office, the "
        "East Sea lines of the militaries and the hotline between the offices."
    )
    assert _one(channels, "east sea").status == "severed"


def test_a_letter_received_in_person_is_part_of_the_visit() -> None:
    channels = _channels(
        "Donald Trump said he received a letter from Kim Jong Un, which Kim Yong Chol "
        "delivered at the White House."
    )
    assert channels == []


def test_an_embassy_reopened_or_closed_in_another_capital_is_a_channel() -> None:
    reopened = _channels("Norway will reopen its embassy in Pyongyang, the minister said.")
    assert _one(reopened, "embassy").status == "proposed"
    assert _one(reopened, "embassy").parties == ("NOR", "PRK")
    closed = _channels("North Korea closed its embassy in Madrid in 2023.")
    assert _one(closed, "embassy").status == "severed"
    assert _one(closed, "embassy").parties == ("ESP", "PRK")


def test_the_lines_go_on_about_the_general_channel_not_a_kind_named_after_it() -> None:
    channels = _channels(
        "North Korea restored inter-Korean communication lines on Monday.\n\n"
        "The military hotlines on the east coast were also working, the ministry said.\n\n"
        "North Korea had cut off the lines in early August."
    )
    assert _one(channels, "communication").status == "restored"
    assert _one(channels, "military").status == "open"
