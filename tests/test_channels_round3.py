"""Channel rules of probe round 3 (evaluation/probes/channels3), each on sentences
written for the test: lines of one family told apart by kind and side, a route and the
stock name of the same channel, a later turn in the next clause, an aside about the
past, the embassy acting as protecting power, and a caption left among the paragraphs.
"""

from __future__ import annotations

import dprk_diplomacy
from dprk_diplomacy.models import Channel


def _channels(body: str, published: str = "2019-05-15") -> list[Channel]:
    text = f" date {published}\nA headline about the border\n\nSEOUL (Yonhap) -- {body}\n"
    return list(dprk_diplomacy.parse(text).channels)


def _one(channels: list[Channel], word: str) -> Channel:
    found = [c for c in channels if word in c.name.lower()]
    assert len(found) == 1, [c.name for c in channels]
    return found[0]


def test_a_liaison_line_and_a_military_line_are_two_channels() -> None:
    channels = _channels(
        "North Korea ignored the morning call on the inter-Korean liaison line on Tuesday.\n\n"
        "South Korean officers said the military communication line had gone dead since "
        "Saturday as well."
    )
    assert len(channels) == 2, [c.name for c in channels]
    assert _one(channels, "liaison").status == "severed"
    assert _one(channels, "military").status == "severed"


def test_the_western_and_the_eastern_military_line_are_two_channels() -> None:
    channels = _channels(
        "The two Koreas reconnected the western military hotline on Friday.\n\n"
        "The eastern military hotline, damaged by heavy rains, is still out of service, "
        "South Korean officials said."
    )
    assert len(channels) == 2, [c.name for c in channels]
    assert _one(channels, "western").status == "restored"
    assert _one(channels, "eastern").status == "severed"


def test_a_counted_group_of_lines_gives_way_to_the_lines_it_lists() -> None:
    channels = _channels(
        "North Korea cut three border hotlines with South Korea on Monday.\n\n"
        "Pyongyang said it was severing the Red Cross line and the military line on the "
        "eastern front."
    )
    names = sorted(c.name.lower() for c in channels)
    assert len(names) == 2 and not any("three" in n for n in names), names
    assert _one(channels, "red cross").status == "severed"


def test_a_message_through_the_truce_village_went_over_the_panmunjom_line() -> None:
    channels = _channels(
        "South Korea sent a notice to North Korea through the truce village on Monday.\n\n"
        "The Panmunjom hotline had been dead since January, but it came back into "
        "service last week."
    )
    assert len(channels) == 1, [c.name for c in channels]
    assert "panmunjom" in channels[0].name.lower()


def test_the_stock_name_of_the_new_york_channel_beats_the_route_told_first() -> None:
    channels = _channels(
        "Washington passed its offer to North Korea via Pyongyang's UN mission on Monday.\n\n"
        "U.S. officials said the New York channel has carried most such messages for years."
    )
    assert [c.name for c in channels] == ["New York channel"]
    assert channels[0].status == "open"


def test_a_route_told_right_after_a_back_channel_is_its_way_not_another_channel() -> None:
    channels = _channels(
        "A back channel through North Korea's embassy in Hanoi is still working between "
        "Washington and Pyongyang, a diplomat said."
    )
    assert [c.name.lower() for c in channels] == ["back channel"]


def test_the_next_clause_about_the_line_tells_its_later_turn() -> None:
    restored = _channels(
        "The military line between North and South Korea had been silent since May, but it "
        "started working again on Thursday."
    )
    assert [c.status for c in restored] == ["restored"]
    proposed = _channels(
        "The liaison line between the two Koreas, hit by a flood in 2012, is still broken, "
        "and the two sides agreed on Monday to reopen it next month."
    )
    assert [c.status for c in proposed] == ["proposed"]


def test_an_aside_about_the_past_does_not_set_the_status() -> None:
    channels = _channels(
        "The hotline between North and South Korea, which Pyongyang reconnected in 2018, "
        "remains in use, officials in Seoul said."
    )
    assert [c.status for c in channels] == ["open"]


def test_a_line_in_use_after_its_restoration_is_still_restored() -> None:
    channels = _channels(
        "North Korea restored the inter-Korean hotline on Monday.\n\n"
        "On Wednesday the two Koreas used the hotline to arrange working-level talks."
    )
    assert [c.status for c in channels] == ["restored"]


def test_the_embassy_acting_as_protecting_power_is_the_channel() -> None:
    channels = _channels(
        "The Swiss Embassy in Pyongyang serves as the protecting power for Canadian citizens "
        "and relays messages from Ottawa to North Korea."
    )
    assert [c.name for c in channels] == ["Swiss Embassy in Pyongyang"]
    assert channels[0].status == "open"


def test_a_caption_left_among_the_paragraphs_is_no_evidence() -> None:
    channels = _channels(
        "North Korea fired two missiles on Tuesday, the military said.\n\n"
        "A file photo shows a South Korean officer on the military hotline at Paju. (Yonhap)\n\n"
        "Seoul condemned the launches."
    )
    assert channels == []


def test_severing_is_a_cut() -> None:
    channels = _channels(
        "North Korea said on Friday it was severing the Red Cross channel with South Korea."
    )
    assert [c.status for c in channels] == ["severed"]


def test_the_red_cross_liaison_office_and_the_liaison_office_are_one() -> None:
    channels = _channels(
        "North Korea shut the Red Cross liaison office at Panmunjom on Monday.\n\n"
        "The liaison office had handled family reunion notices with South Korea since 1971."
    )
    assert len(channels) == 1, [c.name for c in channels]


def test_a_clause_about_talks_is_no_later_turn_of_the_line() -> None:
    channels = _channels(
        "The military hotline between the two Koreas was cut on Monday, and the North said "
        "it would reopen talks only after the drills."
    )
    assert [c.status for c in channels] == ["severed"]


def test_the_state_of_a_closing_attribution_is_no_side() -> None:
    channels = _channels(
        "Talks between Washington and Pyongyang broke down in Hanoi in February.\n\n"
        "A back channel through North Korea's embassy in Vienna is still open, an Austrian "
        "diplomat said."
    )
    assert [c.parties for c in channels] == [("PRK", "USA")]


def test_the_embassy_acting_as_protecting_power_links_its_host_not_its_owner() -> None:
    channels = _channels(
        "The Swiss Embassy in Pyongyang acts as the protecting power for Canadian citizens "
        "and relays messages from Canada."
    )
    assert [c.parties for c in channels] == [("CAN", "PRK")]


def test_the_west_sea_line_is_a_channel() -> None:
    channels = _channels(
        "North Korea has stopped answering calls on the West Sea line with South Korea."
    )
    assert [(c.name, c.status) for c in channels] == [("West Sea line", "severed")]


def test_the_mission_a_message_went_through_is_its_owners_when_no_other_state_is_named() -> None:
    channels = _channels(
        "Washington passed the note via the North Korean mission in Geneva, an aide said."
    )
    assert [c.parties for c in channels] == [("PRK", "USA")]


def test_a_concession_is_about_another_thing() -> None:
    channels = _channels(
        "Japanese and North Korean officials have kept the embassy channel open despite the "
        "breakdown of the talks."
    )
    assert [c.status for c in channels] == ["open"]


def test_a_call_to_restore_a_line_is_a_proposal() -> None:
    channels = _channels(
        "South Korea called on North Korea on Monday to reconnect the military hotline."
    )
    assert [c.status for c in channels] == ["proposed"]


def test_an_embassy_that_passed_on_a_message_is_the_channel() -> None:
    channels = _channels(
        "The Swedish Embassy, which looks after U.S. interests in North Korea, relayed the "
        "request on Tuesday."
    )
    assert [(c.name, c.parties, c.status) for c in channels] == [
        ("Swedish Embassy", ("PRK", "USA"), "open")
    ]


def test_a_letter_sent_through_the_truce_village_still_names_the_route() -> None:
    channels = _channels(
        "North Korea sent back the letter through the truce village of Panmunjom, and "
        "South Korea said it regretted the refusal."
    )
    assert any("truce village" in c.name for c in channels), [c.name for c in channels]


def test_a_hotline_for_people_who_report_spies_is_a_service() -> None:
    assert _channels("Seoul opened a hotline for people who spot suspicious boats.") == []


def test_a_channel_never_had_is_none() -> None:
    assert _channels("Japan has never had a liaison office in North Korea.") == []


def test_a_hotline_between_two_ministries_keeps_its_sides_in_the_name() -> None:
    channels = _channels(
        "Seoul proposed on Friday setting up a hotline between the two defense ministries "
        "of South and North Korea."
    )
    assert [(c.name, c.status) for c in channels] == [
        ("hotline between the two defense ministries", "proposed")
    ]


def test_a_line_the_sides_keep_is_open() -> None:
    channels = _channels("China and North Korea keep a hotline between their militaries.")
    assert [c.status for c in channels] == ["open"]


def test_a_channel_used_to_propose_talks_that_got_no_answer_is_severed() -> None:
    channels = _channels(
        "Washington used the New York channel to propose talks in March, but Pyongyang "
        "did not respond."
    )
    assert [(c.name, c.status) for c in channels] == [("New York channel", "severed")]


def test_a_line_used_years_after_its_restoration_is_open() -> None:
    channels = _channels(
        "North Korea answered the call on the inter-Korean liaison line on Monday, officials "
        "said.\n\nThe two Koreas first restored the liaison line in 1971."
    )
    assert [c.status for c in channels] == ["open"]


def test_a_red_cross_line_that_names_one_korea_links_both() -> None:
    channels = _channels("North Korea said on Monday it would cut the Red Cross line.")
    assert [c.parties for c in channels] == [("KOR", "PRK")]


def test_a_direct_line_between_two_offices_is_a_channel() -> None:
    channels = _channels(
        "The two Koreas opened a direct line between the offices of their leaders in May."
    )
    assert [(c.name, c.status) for c in channels] == [("direct line between the offices", "open")]


def test_intermediaries_that_carried_messages_are_the_channel() -> None:
    channels = _channels(
        "Swiss intermediaries carried messages between Washington and Pyongyang last year."
    )
    assert [(c.name, c.parties) for c in channels] == [("Swiss intermediaries", ("PRK", "USA"))]


def test_an_embassy_that_delivered_goods_is_no_channel() -> None:
    assert (
        _channels("The Chinese Embassy in Pyongyang delivered rice to North Korean schools.") == []
    )


def test_a_tip_hotline_is_a_service() -> None:
    assert _channels("South Korea runs a tip hotline on North Korean spies.") == []


def test_an_expected_restoration_is_a_proposal() -> None:
    channels = _channels(
        "North Korea is expected to reconnect the liaison line with the South soon."
    )
    assert [c.status for c in channels] == ["proposed"]


def test_calls_the_other_side_does_not_pick_up_cut_the_line() -> None:
    channels = _channels(
        "Seoul's officers rang the military hotline with North Korea every morning, but the "
        "North has not picked up since Monday."
    )
    assert [c.status for c in channels] == ["severed"]


def test_the_other_side_refusing_something_else_does_not_cut_the_line() -> None:
    channels = _channels(
        "The two Koreas reconnected the liaison line on Monday, but the North rejected "
        "Seoul's offer of talks."
    )
    assert [c.status for c in channels] == ["restored"]


def test_a_reactivation_is_a_restoration() -> None:
    channels = _channels("The reactivation of the East Sea line with North Korea came on Monday.")
    assert [c.status for c in channels] == ["restored"]


def test_a_use_after_months_of_silence_is_a_restoration() -> None:
    channels = _channels(
        "North Korea answered the morning call on the liaison line with South Korea for the "
        "first time in three months on Monday."
    )
    assert [c.status for c in channels] == ["restored"]


def test_an_office_opened_for_the_first_time_in_decades_is_open() -> None:
    channels = _channels(
        "The two Koreas opened a joint liaison office for the first time in 70 years on Friday."
    )
    assert [c.status for c in channels] == ["open"]


def test_a_past_perfect_background_turn_does_not_override_the_news() -> None:
    channels = _channels(
        "North Korea cut the military hotline with South Korea on Tuesday.\n\n"
        "The hotline had been reconnected several times since it was first set up."
    )
    assert [c.status for c in channels] == ["severed"]


def test_the_news_after_a_past_perfect_background_turn_wins() -> None:
    channels = _channels(
        "The hotline between the two Koreas had been dead for months.\n\n"
        "North Korea reconnected the hotline with the South on Monday."
    )
    assert [c.status for c in channels] == ["restored"]


def test_a_refused_restoration_leaves_the_line_cut() -> None:
    channels = _channels("North Korea has refused to reconnect the liaison line with the South.")
    assert [c.status for c in channels] == ["severed"]
    channels = _channels(
        "North Korea said it would not reopen the military hotline with South Korea."
    )
    assert [c.status for c in channels] == ["severed"]


def test_a_denied_cut_is_no_cut() -> None:
    channels = _channels("South Korea has no plans to close the liaison office with North Korea.")
    assert [c.status for c in channels] == [None]
    channels = _channels("North Korea did not cut the military hotline with the South.")
    assert [c.status for c in channels] == [None]


def test_leaders_who_exchanged_messages_have_a_channel() -> None:
    channels = _channels(
        "Xi Jinping and Kim Jong Un exchanged messages on the anniversary of their treaty."
    )
    assert [(c.name, c.parties, c.status) for c in channels] == [
        ("messages", ("CHN", "PRK"), "open")
    ]


def test_messages_sent_or_exchanged_over_a_channel_are_items() -> None:
    channels = _channels(
        "The two Koreas exchanged messages through the Red Cross channel on Monday."
    )
    assert [c.name for c in channels] == ["Red Cross channel"]
    assert _channels("Seoul sent messages to Pyongyang every week.") == []


def test_captions_in_other_shapes_are_no_evidence() -> None:
    for caption in (
        "A soldier answers the military hotline with North Korea in this photo taken in 2018.",
        "This undated photo shows the liaison office in Kaesong.",
        "PHOTO: The military hotline at Panmunjom.",
        "FILE - Officers test the hotline at Panmunjom in 2018.",
    ):
        body = (
            "North Korea fired two missiles into the sea on Tuesday, the military said.\n\n"
            f"{caption}\n\nSeoul condemned the launches."
        )
        assert _channels(body) == [], caption


def test_an_embassy_relied_on_to_convey_messages_is_a_channel() -> None:
    channels = _channels(
        "Tokyo has long relied on Pyongyang's embassy in Beijing to convey messages."
    )
    assert [(c.name, c.parties, c.status) for c in channels] == [
        ("Pyongyang's embassy in Beijing", ("JPN", "PRK"), "open")
    ]


def test_the_state_of_intermediaries_is_never_a_side() -> None:
    channels = _channels("Seoul's warning was relayed to Pyongyang through Chinese intermediaries.")
    assert all("CHN" not in c.parties for c in channels), channels


def test_a_restoration_the_sides_are_set_to_make_or_offer_is_proposed() -> None:
    channels = _channels(
        "The two Koreas are set to reopen the Red Cross liaison office at Panmunjom next month."
    )
    assert [c.status for c in channels] == ["proposed"]
    channels = _channels(
        "North Korea has yet to answer Seoul's offer to reconnect the military hotline."
    )
    assert [c.status for c in channels] == ["proposed"]
