"""Channel rules of issue 14: channels told by their route, letters by their fate,
statuses under modals, lists of two channels, and the mentions that are no channel."""

from __future__ import annotations

import dprk_diplomacy


def channels(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.status) for c in dprk_diplomacy.parse(text).channels]


# -- routes: a message sent through an embassy, a UN mission, a go-between -----------
def test_protest_through_an_embassy_in_a_third_capital_is_an_open_channel() -> None:
    text = "Tokyo lodged a protest with Pyongyang through its embassy in Bangkok on Monday."
    (channel,) = dprk_diplomacy.parse(text).channels
    assert channel.name == "embassy in Bangkok"
    assert channel.status == "open"
    assert channel.parties == ("JPN", "PRK")  # Bangkok only hosts the embassy


def test_route_through_un_diplomats_refused_after_an_attempt_is_severed() -> None:
    text = (
        "Washington tried to hand the note to Pyongyang via North Korean diplomats at the "
        "United Nations, but they refused."
    )
    (channel,) = dprk_diplomacy.parse(text).channels
    assert channel.status == "severed"
    assert "diplomats" in channel.name


def test_un_delegation_is_a_route_but_a_plain_delegation_is_not() -> None:
    assert channels("Seoul passed the offer to the North via its UN delegation.") == [
        ("UN delegation", "open")
    ]
    assert channels("Seoul passed the offer to the North through its delegation.") == []


def test_route_under_a_modal_is_proposed() -> None:
    assert channels(
        "Japan could relay its concerns to North Korea through its embassy in Hanoi."
    ) == [("embassy in Hanoi", "proposed")]


def test_denied_or_conditional_route_is_no_channel() -> None:
    assert channels("Seoul did not send the message to the North through the embassy.") == []
    assert channels("If Tokyo writes to Pyongyang via its embassy, talks may follow.") == []


def test_state_named_as_the_route_is_not_a_side() -> None:
    text = "Pyongyang signalled to Washington through Sweden and other diplomatic channels."
    (channel,) = dprk_diplomacy.parse(text).channels
    assert channel.name == "diplomatic channels"
    assert channel.parties == ("PRK", "USA")
    assert channel.status == "open"


# -- letters: one letter is a channel when it is refused or answered ------------------
def test_refused_letter_is_a_severed_channel() -> None:
    assert channels("North Korea refused to accept the U.S. president's letter.") == [
        ("letter", "severed")
    ]


def test_answered_letter_is_an_open_channel() -> None:
    text = "Pyongyang has replied to a letter from the Mongolian president, an aide said."
    assert channels(text) == [("letter", "open")]


def test_letter_handed_over_without_its_fate_is_no_channel() -> None:
    assert channels("The envoy handed a personal letter from Xi Jinping to Kim Jong Un.") == []


# -- statuses and names --------------------------------------------------------------
def test_restoration_on_an_agenda_is_proposed_and_two_listed_lines_stay_two() -> None:
    text = (
        "The agenda could include the restoration of the military communications channel "
        "and a hotline between the defense ministers of the two Koreas."
    )
    found = channels(text)
    assert len(found) == 2
    assert {status for _, status in found} == {"proposed"}
    assert any(name.startswith("hotline between") for name, _ in found)


def test_a_channel_inside_an_if_clause_is_only_supposed() -> None:
    assert channels("If the two Koreas set up a hotline, tension will ease.") == []
    text = "If talks fail, the North will close the liaison office, it warned."
    assert channels(text) == [("liaison office", None)]


def test_sea_communication_line_keeps_its_distinguishing_word() -> None:
    (channel,) = dprk_diplomacy.parse(
        "North Korea cut the military sea communication line with South Korea in 2016."
    ).channels
    assert channel.name == "military sea communication line"
    assert channel.status == "severed"


# -- precision: relations, negations and talk about channels are no channel -----------
def test_relations_and_negated_channels_are_no_channel() -> None:
    assert channels("Japan and North Korea have no diplomatic relations.") == []
    assert channels("The two countries have no hotline, officials said.") == []
    assert channels("Without a liaison office, Seoul relies on broadcasts.") == []
    assert channels("Talks through the Swiss mediators stalled.") == []


# -- second round: names, trips, letters' own fate, the latest turn -------------------
def test_capitalised_words_before_a_head_stay_in_its_name() -> None:
    (channel,) = dprk_diplomacy.parse(
        "The Red Cross liaison office at the border was shut in 2016."
    ).channels
    assert channel.name.startswith("Red Cross liaison office")


def test_mission_to_a_capital_is_a_trip_but_a_mission_in_one_is_a_route() -> None:
    assert channels("The sides met through a trade mission to Hanoi last week.") == []
    assert channels("Seoul relayed its view to the North via its mission in Geneva.") == [
        ("mission in Geneva", "open")
    ]


def test_refusal_about_something_else_does_not_make_a_letter_a_channel() -> None:
    assert (
        channels("Pyongyang rejected new sanctions, according to a letter seen by reporters.") == []
    )


def test_negator_one_word_before_a_head_denies_it() -> None:
    assert channels("Without a working hotline, a clash could spiral, experts said.") == []


def test_latest_dated_turn_of_a_channel_wins() -> None:
    text = (
        "The military hotline was restored in 2018. "
        "North Korea cut the military hotline in March 2023."
    )
    (channel,) = dprk_diplomacy.parse(text, published="2024-01-01").channels
    assert channel.status == "severed"
    assert str(channel.date) == "2023-03"


def test_agreed_restoration_is_proposed_and_denied_use_says_nothing() -> None:
    assert channels("The two Koreas agreed to reopen the liaison office in Kaesong.")[0][1] == (
        "proposed"
    )
    assert channels("Washington is not using the New York channel for now.") == [
        ("New York channel", None)
    ]


def test_message_via_an_embassy_then_ignored_is_severed() -> None:
    assert channels("Tokyo protested via its embassy, but Pyongyang ignored the note.") == [
        ("embassy", "severed")
    ]


def test_channel_used_then_left_unanswered_later_in_the_sentence_is_severed() -> None:
    text = (
        "Washington reached out through several routes, including the New York channel, "
        "but got no response."
    )
    assert channels(text) == [("New York channel", "severed")]


def test_letter_of_credence_is_no_channel_but_a_congratulatory_letter_is() -> None:
    assert channels("The new envoy presented his letter of credence, and Kim replied warmly.") == []
    text = "Kim Jong Un received a congratulatory letter from Vladimir Putin on Friday."
    assert channels(text) == [("congratulatory letter", "open")]


def test_crossings_carry_a_channel_only_with_a_message() -> None:
    assert channels("Seoul sent the fishermen home via the truce village of Panmunjom.") == []
    assert channels("Aid reached North Korea through the Red Cross, Seoul said.") == []
    text = "Seoul sent a notice to Pyongyang via the truce village of Panmunjom."
    assert channels(text) == [("truce village", "open")]


def test_route_possessive_is_no_route_and_a_domestic_letter_is_no_channel() -> None:
    assert channels("Readers can find it through the embassy's website in Seoul.") == []
    text = "In response to a letter from lawmakers, the State Department said it would act."
    assert channels(text) == []


def test_unanswered_calls_through_a_hotline_are_severed() -> None:
    text = "North Korea has not answered calls through the hotline with South Korea since April."
    assert channels(text) == [("hotline", "severed")]


def test_destruction_means_severed_and_use_means_open() -> None:
    assert channels("The North blew up and razed the joint liaison office in 2020.")[0][1] == (
        "severed"
    )
    assert channels("The two militaries used the hotline to defuse the incident.")[0][1] == "open"
    assert channels("Pyongyang has not used the hotline since March.")[0][1] == "severed"


def test_an_option_to_reopen_is_proposed() -> None:
    assert channels("Seoul keeps the option of reopening the liaison office.") == [
        ("liaison office", "proposed")
    ]


def test_two_lines_in_two_clauses_of_one_sentence_may_be_one() -> None:
    text = "The two Koreas restored the hotline on Tuesday, and the communication lines worked."
    assert len(dprk_diplomacy.parse(text).channels) == 1


def test_letters_between_two_leaders_are_a_channel() -> None:
    text = "The letters between Moon Jae-in and Kim Jong Un continued through the spring."
    (channel,) = dprk_diplomacy.parse(text).channels
    assert channel.name == "letters"
    assert channel.parties == ("KOR", "PRK")


def test_lines_of_communication_and_contact_channels_are_heads() -> None:
    assert channels("North Korea cut all contact channels with the South in 2023.") == [
        ("all contact channels", "severed")
    ]
    assert channels("Both sides kept lines of communication open, aides said.") == [
        ("lines of communication", "open")
    ]


def test_a_notice_through_the_truce_village_name_is_its_channel() -> None:
    assert channels("Seoul sent a notice to Pyongyang through Panmunjom on Monday.") == [
        ("Panmunjom", "open")
    ]
    assert channels("The soldiers were repatriated through Panmunjom.") == []


def test_a_verb_coordinated_onto_another_channel_is_not_this_ones() -> None:
    text = (
        "Moon Jae-in and Kim Jong Un have traded personal letters since May "
        "and agreed to reconnect the hotline."
    )
    found = dict(channels(text))
    assert found["personal letters"] == "open"
    assert found["hotline"] == "proposed"
    text = "North Korea cut the hotline and reopened the liaison office."
    assert dict(channels(text)) == {"hotline": "severed", "liaison office": "restored"}


def test_proposed_restoring_is_proposed() -> None:
    assert channels("Seoul proposed restoring the military hotline with the North.") == [
        ("military hotline", "proposed")
    ]


def test_a_restoration_talked_of_under_a_modal_is_proposed_unless_dated() -> None:
    assert channels("Experts said reopening the liaison office would build trust.") == [
        ("liaison office", "proposed")
    ]
    text = "The reopening of the hotline on Tuesday could pave the way for talks."
    assert channels(text)[0][1] == "restored"
