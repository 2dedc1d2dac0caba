"""Channel rules of probe round 4 (evaluation/probes/wire4, layout4, papers4), each on
sentences written for the test: a group of lines and the members it lists.
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


def test_a_group_with_one_listed_member_is_one_channel_named_by_the_group() -> None:
    channels = _channels(
        "Pyongyang said on Wednesday it would cut all communication lines with Seoul, "
        "including a hotline between the two presidents.\n\n"
        "The move came after weeks of angry statements."
    )
    assert [c.name for c in channels] == ["all communication lines"]
    assert channels[0].status == "severed"


def test_a_member_told_again_later_is_its_own_channel() -> None:
    channels = _channels(
        "Pyongyang said on Wednesday it would cut all communication lines with Seoul, "
        "including a hotline between the two presidents.\n\n"
        "The hotline between their offices was set up in 2018 and was rarely used."
    )
    assert len(channels) == 2, [c.name for c in channels]
    assert _one(channels, "hotline").status == "severed"


def test_a_group_that_lists_several_members_gives_way_to_them() -> None:
    channels = _channels(
        "The North will sever all lines of communication with Seoul from Thursday, "
        "including the line kept through the joint liaison office, the naval communication lines "
        "and the hotline between the leaders' offices."
    )
    names = sorted(c.name for c in channels)
    assert len(channels) == 3, names
    assert all(c.status == "severed" for c in channels), [(c.name, c.status) for c in channels]
    assert not any("lines of communication" in n for n in names)


def test_what_happened_where_a_channel_sits_neither_dates_it_nor_adds_a_side() -> None:
    channels = _channels(
        "Tokyo and Pyongyang have long talked through their embassies in Beijing, where "
        "the Geneva agreement was drafted in 2016."
    )
    channel = _one(channels, "embass")
    assert channel.status == "open"
    assert channel.date is None
    assert channel.parties == ("JPN", "PRK")


def test_lines_named_as_what_a_channel_does_not_depend_on_are_no_channel() -> None:
    channels = _channels(
        "The two Koreas opened a joint office in the border town on Friday, a channel "
        "that does not depend on phone lines across the frontier."
    )
    assert not [c for c in channels if "phone" in c.name], [c.name for c in channels]


def test_a_decision_told_in_a_letter_to_the_other_leader_is_a_letter_channel() -> None:
    channels = _channels(
        "The U.S. president cancelled the planned meeting on May 3 in a letter to the North "
        "Korean leader Kim Jong Un."
    )
    letter = _one(channels, "letter")
    assert letter.status == "open"
    assert str(letter.date) == "2019-05-03"


def test_a_letter_handed_over_in_person_is_part_of_the_visit() -> None:
    channels = _channels(
        "The envoy handed over the invitation in a letter to Kim Jong Un during his "
        "visit to Pyongyang on May 3."
    )
    assert not [c for c in channels if "letter" in c.name], [c.name for c in channels]


def test_a_side_that_rejects_any_contact_cuts_the_route_a_message_took() -> None:
    channels = _channels(
        "Tokyo had sounded out Pyongyang through its embassy in Beijing last month.\n\n"
        "North Korea will reject any contact or talks with Japan, a senior official said on "
        "Monday."
    )
    route = _one(channels, "embass")
    assert route.status == "severed"
    assert str(route.date) == "2019-05-13"


def test_a_present_tense_refusal_is_dated_by_the_day_of_the_story() -> None:
    channels = _channels(
        "North Korea says it will reject any contact with Japan.\n\n"
        "Tokyo had recently approached Pyongyang through a separate channel."
    )
    route = _one(channels, "channel")
    assert route.status == "severed"
    assert str(route.date) == "2019-05-15"


def test_cutting_all_communication_lines_is_no_refusal_of_other_channels() -> None:
    channels = _channels(
        "The leaders have exchanged personal letters since March.\n\n"
        "In 2016 the North cut off all communication lines with the South."
    )
    assert _one(channels, "letters").status == "open"


def test_lines_that_stay_dead_or_a_pickup_that_fails_are_cut() -> None:
    assert _channels("The inter-Korean hotline has remained dead since March.")[0].status == (
        "severed"
    )
    channels = _channels("The North again failed to pick up on the military line on Friday.")
    assert channels[0].status == "severed"


def test_staff_pulled_out_of_an_office_leave_it_cut() -> None:
    channels = _channels("Seoul pulled its staff out of the joint liaison office on Monday.")
    assert channels[0].status == "severed"


def test_a_regular_call_over_a_line_shows_it_open() -> None:
    channels = _channels("The two sides held a regular call over the inter-Korean liaison line.")
    assert channels[0].status == "open"


def test_a_route_tried_without_success_is_cut() -> None:
    channels = _channels(
        "Washington tried to reach Pyongyang through the New York channel to no avail."
    )
    assert channels[0].status == "severed"


def test_whose_line_it_is_stays_in_its_name() -> None:
    assert _channels("The North cut the leaders' hotline with Seoul on Monday.")[0].name == (
        "leaders' hotline"
    )
    channels = _channels("Pyongyang reconnected the inter-Korean liaison hotline on Monday.")
    assert channels[0].name == "inter-Korean liaison hotline"


def test_two_lines_told_in_contrast_are_two_channels() -> None:
    channels = _channels(
        "The North reconnected the liaison hotline on Monday but the military lines "
        "remain cut, South Korean officials said."
    )
    assert len(channels) == 2, [c.name for c in channels]
    assert _one(channels, "hotline").status == "restored"
    assert _one(channels, "military").status == "severed"


def test_a_state_that_names_an_event_is_no_side_of_a_channel() -> None:
    channels = _channels(
        "U.S. President Donald Trump and North Korean leader Kim Jong Un have exchanged "
        "letters since the Vietnam summit."
    )
    assert _one(channels, "letters").parties == ("PRK", "USA")


def test_a_call_no_one_answered_leaves_the_line_cut() -> None:
    channels = _channels(
        "Seoul tried to call the North on the inter-Korean hotline on Monday, but no one picked up."
    )
    assert channels[0].status == "severed"


def test_the_lines_in_the_next_sentence_go_on_about_the_channel_just_named() -> None:
    channels = _channels(
        "North Korea severed the inter-Korean hotline in August 2020.\n\n"
        "In October 2021 Pyongyang reconnected the lines, the ministry said."
    )
    assert len(channels) == 1, [c.name for c in channels]
    assert channels[0].status == "restored"
    assert str(channels[0].date) == "2021-10"


def test_a_channel_named_in_a_time_clause_takes_no_date_from_the_main_verb() -> None:
    channels = _channels(
        "The North demolished the joint liaison office on Monday, days after cutting all "
        "communication lines with Seoul."
    )
    assert _one(channels, "office").date is not None
    assert _one(channels, "communication").date is None


def test_a_line_that_is_not_working_is_cut() -> None:
    assert _channels("The inter-Korean hotline is not functioning.")[0].status == "severed"
    assert _channels("The joint liaison office is no longer operating.")[0].status == "severed"


def test_an_office_that_sits_empty_or_a_line_switched_off_is_cut() -> None:
    assert _channels("The joint liaison office has sat empty since 2020.")[0].status == "severed"
    assert _channels("Pyongyang switched off the inter-Korean hotline.")[0].status == "severed"


def test_a_call_not_yet_answered_on_a_line_leaves_it_cut() -> None:
    channels = _channels("The North has yet to respond to calls on the inter-Korean liaison line.")
    assert channels[0].status == "severed"


def test_pushing_or_hoping_to_reopen_is_a_proposal() -> None:
    channels = _channels("Seoul is pushing to reopen the joint liaison office.")
    assert channels[0].status == "proposed"


def test_a_request_made_on_a_day_is_dated_in_the_past() -> None:
    channels = _channels(
        "South Korea asked the North on Monday to reconnect the inter-Korean communication lines."
    )
    assert str(channels[0].date) == "2019-05-13"


def test_a_name_after_a_copula_is_the_channel_just_named() -> None:
    channels = _channels(
        "The New York channel remains the only line of communication between the two "
        "governments, U.S. officials said."
    )
    assert [c.name for c in channels] == ["New York channel"]
    assert channels[0].status == "open"


def test_a_state_that_acts_as_protecting_power_is_an_open_channel() -> None:
    channels = _channels(
        "The United States has no embassy in North Korea, and Sweden acts as its "
        "protecting power there."
    )
    power = _one(channels, "protecting")
    assert power.status == "open"
    assert power.parties == ("PRK", "USA")


def test_a_third_state_embassy_used_as_a_route_is_no_side() -> None:
    channels = _channels(
        "Washington relies on the Swedish embassy in Pyongyang to reach North Korean officials."
    )
    assert _one(channels, "embassy").parties == ("PRK", "USA")


def test_a_letter_sent_to_the_other_leader_is_a_letter_channel() -> None:
    channels = _channels(
        "North Korean leader Kim Jong Un sent a personal letter to South Korean President "
        "Moon Jae-in on Monday."
    )
    letter = _one(channels, "letter")
    assert letter.status == "open"
    assert letter.parties == ("KOR", "PRK")


def test_a_letter_handed_over_later_in_the_story_is_part_of_that_visit() -> None:
    channels = _channels(
        "U.S. President Donald Trump sent a letter to North Korean leader Kim Jong Un.\n\n"
        "The secretary of state delivered the letter in Pyongyang on Monday."
    )
    assert channels == []


def test_an_exchange_named_after_one_letter_names_the_channel() -> None:
    channels = _channels(
        "North Korean leader Kim Jong Un sent a letter to U.S. President Donald Trump in "
        "April.\n\nThe correspondence between the two leaders continues, officials said."
    )
    assert [c.name for c in channels] == ["correspondence between the two leaders"]


def test_a_letter_to_ones_own_officials_or_sent_over_a_route_is_no_letter_channel() -> None:
    channels = _channels(
        "Senators in Washington sent a letter to the secretary of state about Pyongyang."
    )
    assert channels == []
    channels = _channels(
        "Seoul sent a letter to Pyongyang through the truce village of Panmunjom on Monday."
    )
    assert not [c for c in channels if "letter" in c.name], [c.name for c in channels]


def test_a_proposal_made_without_a_day_is_dated_by_the_occasion_the_lead_reports() -> None:
    channels = _channels(
        "The two Koreas held military talks at the border on Monday, the ministry said.\n\n"
        "The North's chief delegate proposed restoring the military hotline, which the North "
        "cut in March 2017."
    )
    hotline = _one(channels, "hotline")
    assert hotline.status == "proposed"
    assert str(hotline.date) == "2019-05-13"


def test_a_suggestion_that_has_been_made_is_not_dated_by_the_lead() -> None:
    channels = _channels(
        "The two Koreas held military talks at the border on Monday.\n\n"
        "Former officials have suggested a military hotline between the two armies."
    )
    assert _one(channels, "hotline").date is None


def test_urging_over_a_route_uses_it() -> None:
    channels = _channels(
        "Japan on Monday urged North Korea through its embassy in Beijing to release the "
        "detained fishermen."
    )
    assert _one(channels, "embassy").status == "open"


def test_the_day_a_message_went_through_a_route_does_not_date_the_channel() -> None:
    channels = _channels(
        "Tokyo protested on Monday through diplomatic channels in Beijing, a spokesman said."
    )
    route = _one(channels, "channels")
    assert route.status == "open"
    assert route.date is None


def test_a_route_used_since_a_year_is_dated_by_that_year() -> None:
    channels = _channels(
        "Washington has relayed most of its messages to North Korea through the New York "
        "channel since 1993."
    )
    assert str(_one(channels, "new york").date) == "1993"


def test_a_television_channel_is_no_channel() -> None:
    channels = _channels("The speech was aired on North Korea's official channel on Monday.")
    assert channels == []


def test_an_agencys_own_office_is_no_channel() -> None:
    channels = _channels("The World Food Programme keeps a liaison office in Pyongyang.")
    assert channels == []


def test_a_hotline_its_users_call_is_a_service() -> None:
    channels = _channels("Defectors can call a free hotline run by the unification ministry.")
    assert channels == []


def test_lines_of_both_coasts_listed_together_are_one_channel_named_by_both() -> None:
    channels = _channels("Pyongyang restored the eastern and western military lines on Monday.")
    assert [c.name for c in channels] == ["eastern and western military lines"]


def test_the_day_an_exchange_started_from_dates_it() -> None:
    channels = _channels(
        "The two leaders have exchanged personal letters from March 3, the anniversary of "
        "their first summit in 2018, officials said."
    )
    assert str(_one(channels, "letters").date) == "2019-03-03"


def test_an_open_exchange_since_a_month_is_dated_by_that_month() -> None:
    channels = _channels(
        "U.S. President Donald Trump and North Korean leader Kim Jong Un have exchanged "
        "letters since February."
    )
    assert str(_one(channels, "letters").date) == "2019-02"


def test_a_relative_clause_about_how_an_office_was_set_up_does_not_date_its_cut() -> None:
    channels = _channels(
        "North Korea blew up the joint liaison office on Tuesday.\n\n"
        "It destroyed a joint liaison office that was set up after the 2018 summit."
    )
    assert str(_one(channels, "office").date) == "2019-05-14"


def test_a_run_of_unanswered_days_began_on_its_first_day() -> None:
    channels = _channels(
        "North Korea did not answer calls on the inter-Korean liaison line for a third "
        "straight day on Monday."
    )
    assert str(channels[0].date) == "2019-05-11"


def test_a_line_with_no_side_named_in_a_peninsula_story_links_the_two_koreas() -> None:
    channels = _channels(
        "South Korea and North Korea held talks at the border on Monday.\n\n"
        "Officials noted the progress.\n\nOfficials added more.\n\n"
        "A hotline between the leaders' offices was installed last year and is rarely used."
    )
    assert _one(channels, "hotline").parties == ("KOR", "PRK")


def test_a_turn_told_with_the_channel_as_a_pronoun_object_is_its_turn() -> None:
    channels = _channels(
        "The two Koreas opened a joint liaison office at the border in September 2018.\n\n"
        "The North blew it up in June 2020."
    )
    office = _one(channels, "office")
    assert office.status == "severed"
    assert str(office.date) == "2020-06"


def test_a_cut_told_around_its_pronoun_is_a_cut() -> None:
    channels = _channels(
        "The joint liaison office opened in 2018, and the North shut it down in 2020."
    )
    assert _one(channels, "office").status == "severed"


def test_a_mission_at_the_un_that_was_contacted_is_a_route() -> None:
    channels = _channels(
        "U.S. officials contacted North Korea's mission to the United Nations on Monday."
    )
    mission = _one(channels, "mission")
    assert mission.status == "open"
    assert mission.parties == ("PRK", "USA")


def test_a_third_states_diplomats_who_pass_a_message_on_are_a_channel() -> None:
    channels = _channels(
        "Swedish diplomats in Pyongyang passed on the U.S. message to North Korean officials."
    )
    assert _one(channels, "diplomats").parties == ("PRK", "USA")
