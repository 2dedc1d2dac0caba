"""Meeting rules from reading the round-3 held-out probes and the round-4 probes: each test
is a sentence written for the rule it checks, not a probe passage."""

from __future__ import annotations

import dprk_diplomacy
from lookup import by_parties

HEADER = " date 2024-05-17\nSEOUL (Newswire) -- "  # a Friday


def meetings(body: str, header: str = HEADER) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(header + body).meetings)


def test_the_two_after_a_conjunction_are_the_people_the_sentence_named() -> None:
    found = meetings(
        "President Lee Jae-myung greeted Prime Minister Shigeru Ishiba at the airport on "
        "Tuesday, and the two held talks at a hotel in Busan."
    )
    talks = by_parties(found, "JPN", "KOR")
    assert set(talks.participants) == {"Lee Jae-myung", "Shigeru Ishiba"}


def test_talks_that_carry_on_a_scene_take_the_day_of_its_verb() -> None:
    found = meetings(
        "Foreign Minister Cho Tae-yul welcomed his Chinese counterpart Wang Yi in Seoul on "
        "Monday, shaking hands in the lobby before the two held talks on trade."
    )
    talks = by_parties(found, "CHN", "KOR")
    assert str(talks.date) == "2024-05-13"


def test_an_occasion_counted_back_from_the_one_just_told() -> None:
    found = meetings(
        "President Yoon Suk Yeol met Prime Minister Fumio Kishida in Tokyo on March 16. "
        "The visit came three months after a summit between Yoon and Chinese President "
        "Xi Jinping in Bali."
    )
    summit = by_parties(found, "CHN", "KOR")
    assert str(summit.date) == "2023-12"


def test_an_occasion_counted_forward_in_days_keeps_the_day() -> None:
    found = meetings(
        "Envoys of the two Koreas met in Kaesong on April 2. It came two days before a "
        "meeting of Red Cross officials from both sides."
    )
    assert "2024-04-04" in {str(m.date) for m in found}


def test_a_meeting_postponed_by_a_span_is_still_planned() -> None:
    (visit,) = meetings(
        "Foreign Minister Cho Tae-yul's visit to Tokyo for talks with his Japanese "
        "counterpart has been postponed by a week at Japan's request."
    )
    assert visit.status == "planned"


def test_a_postponement_with_no_span_or_day_is_a_cancellation() -> None:
    (talks,) = meetings("The inter-Korean talks set for Friday in Panmunjom have been postponed.")
    assert talks.status == "cancelled"


def test_the_new_day_wins_over_the_one_originally_set() -> None:
    (summit,) = meetings(
        "The summit between Lee Jae-myung and Kim Jong Un, originally scheduled for "
        "Monday, will now open on Wednesday in Pyongyang."
    )
    assert str(summit.date) == "2024-05-22"


def test_a_first_meeting_is_not_a_superseded_plan() -> None:
    found = meetings(
        "Kim Jong Un and Donald Trump first met in Singapore in June 2018 and again in "
        "Hanoi in February 2019."
    )
    assert "2018-06" in {str(m.date) for m in found}


def test_talks_and_a_summit_on_one_trip_are_two_occasions() -> None:
    found = meetings(
        "Australian Prime Minister Anthony Albanese will fly to Seoul on Sunday for talks with "
        "President Lee Jae-myung and a summit with the leaders of South Korea and Japan on "
        "Wednesday."
    )
    talks = by_parties(found, "AUS", "KOR")
    summit = by_parties(found, "AUS", "JPN", "KOR")
    assert str(talks.date) == "2024-05-19"
    assert (summit.location, str(summit.date), summit.status) == ("Seoul", "2024-05-22", "planned")
    assert summit.participants == ("Anthony Albanese",)


def test_talks_that_follow_an_earlier_round_keep_their_own_time() -> None:
    found = meetings(
        "The talks, which will last until Sunday, follow four-party talks held in Geneva in "
        "March among China, North Korea, South Korea and the United States."
    )
    assert "2024-03" in {str(m.date) for m in found}


def test_the_end_of_a_span_does_not_date_an_occasion() -> None:
    (talks,) = meetings(
        "Red Cross officials of the two Koreas held talks in Kaesong, which will run until "
        "Thursday."
    )
    assert talks.date is None


def test_the_six_delegations_as_the_object_are_the_six_sides() -> None:
    found = meetings("Chinese Foreign Minister Wang Yi will meet the heads of all six delegations.")
    assert found[0].parties == ("CHN", "JPN", "KOR", "PRK", "RUS", "USA")


def test_the_dateline_city_says_more_than_the_country_of_a_visit() -> None:
    (talks,) = meetings(
        "Indonesian Foreign Minister Sugiono held talks on Friday with Choe Son Hui, "
        "foreign minister of North Korea, who is on an official visit to Indonesia.",
        header=" date 2024-05-17\nJAKARTA, May 17 (Newswire) -- ",
    )
    assert talks.location == "Jakarta"


def test_spoke_with_a_time_word_between_is_a_meeting() -> None:
    found = meetings(
        "Foreign Minister Cho Tae-yul spoke Tuesday with Japanese Foreign Minister "
        "Yoko Kamikawa about the missile launch."
    )
    talks = by_parties(found, "JPN", "KOR")
    assert str(talks.date) == "2024-05-14"


def test_a_readout_headlined_as_a_call_makes_spoke_with_a_call() -> None:
    (call,) = meetings(
        "Secretary of State Antony Blinken spoke today with Foreign Minister Cho Tae-yul "
        "of the Republic of Korea.",
        header=" date 2024-05-17\nSecretary Blinken's Call with Foreign Minister Cho\n\n",
    )
    assert call.kind == "call"
    assert call.location is None


def test_a_purpose_of_condemning_names_no_side() -> None:
    (call,) = meetings(
        "Japanese Foreign Minister Yoko Kamikawa spoke by phone with Foreign Minister "
        "Cho Tae-yul to condemn North Korea's launch of a ballistic missile."
    )
    assert call.parties == ("JPN", "KOR")


def test_the_two_ministers_as_subject_are_the_pair_just_told() -> None:
    found = meetings(
        "Foreign Minister Cho Tae-yul spoke with Secretary of State Antony Blinken on "
        "Thursday. They noted the close ties since the two ministers met with Japanese "
        "Foreign Minister Yoko Kamikawa in Tokyo in March."
    )
    trilateral = by_parties(found, "JPN", "KOR", "USA")
    assert set(trilateral.participants) == {"Cho Tae-yul", "Antony Blinken", "Yoko Kamikawa"}


def test_those_preparing_a_meeting_of_their_presidents_are_not_its_people() -> None:
    found = meetings(
        "Foreign Minister Cho Tae-yul and Secretary of State Antony Blinken discussed "
        "preparations for the meeting of their two presidents in Lima next month."
    )
    summit = by_parties(found, "KOR", "USA")
    assert (summit.participants, summit.kind, summit.status) == ((), "summit", "planned")


def test_the_sidelines_of_that_meeting_is_still_an_occasion() -> None:
    found = meetings(
        "Red Cross officials of Japan and North Korea met in Shenyang in March. Envoys "
        "Junichi Ihara and Song Il Ho held an informal exchange on the sidelines of that "
        "meeting."
    )
    exchange = next(m for m in found if m.participants == ("Junichi Ihara", "Song Il Ho"))
    assert (exchange.location, str(exchange.date)) == ("Shenyang", "2024-03")
    assert any(m.location == "Shenyang" and not m.participants for m in found)


def test_a_relative_clause_that_sets_the_schedule_makes_it_planned() -> None:
    found = meetings(
        "Kim said the North was ready to make the summit with President Lee Jae-myung, "
        "which is set for late June at Panmunjom, a success."
    )
    summit = by_parties(found, "KOR", "PRK")
    assert summit.status == "planned"


def test_someones_visit_talked_of_after_to_brief_is_a_topic() -> None:
    found = meetings(
        "Chinese envoy Wang Yi will travel to Seoul on Monday and meet with President "
        "Lee Jae-myung to brief him on Chairman Kim Jong Un's visit to China."
    )
    talks = by_parties(found, "CHN", "KOR")
    assert set(talks.participants) == {"Wang Yi", "Lee Jae-myung"}
    assert talks.kind == "talks"


def test_the_start_of_a_span_does_not_date_its_occasions() -> None:
    found = meetings("Kim Jong Un has travelled to China four times since March 2018.")
    assert all(m.date is None for m in found)


def test_a_visit_told_as_a_record_it_sets_is_held() -> None:
    found = meetings(
        "President Lee Jae-myung is the first South Korean president to visit Mongolia in 12 years."
    )
    assert found and all(m.status == "held" for m in found)


def test_an_occasion_counted_from_the_storys_own() -> None:
    found = meetings(
        "President Lee Jae-myung met Chinese President Xi Jinping in Beijing on Monday. "
        "Lee met Japanese Prime Minister Shigeru Ishiba in Tokyo in March. The visit came "
        "two months after Lee's summit with Russian President Vladimir Putin."
    )
    summit = by_parties(found, "KOR", "RUS")
    assert str(summit.date) == "2024-03"


def test_meeting_someone_halfway_is_no_meeting() -> None:
    assert meetings("Kim said he hoped Washington would meet Pyongyang halfway.") == []


def test_since_someones_visit_is_an_earlier_occasion_of_its_own_people() -> None:
    found = meetings(
        "Lee's trip was the first by a South Korean leader to Mongolia in 12 years, since "
        "Roh Moo-hyun's visit to Ulaanbaatar in May 2006."
    )
    earlier = next(m for m in found if str(m.date) == "2006-05")
    assert earlier.participants == ("Roh Moo-hyun",)
    assert earlier.status == "held"


def test_officials_from_both_countries_are_the_sides_just_told() -> None:
    found = meetings(
        "Japanese and North Korean diplomats opened talks in Hanoi on Monday. Earlier, Red "
        "Cross officials from both countries met in Dalian in March."
    )
    assert ("JPN", "PRK") in {m.parties for m in found if m.location == "Dalian"}


def test_a_round_held_takes_the_sides_of_the_rounds_just_told() -> None:
    found = meetings(
        "Japanese and North Korean diplomats opened talks in Hanoi on Monday. The talks "
        "follow a round held in Beijing in late March."
    )
    assert ("JPN", "PRK") in {m.parties for m in found if m.location == "Beijing"}


def test_a_time_after_before_is_a_bound_not_a_clause() -> None:
    found = meetings(
        "Japanese and North Korean diplomats opened talks in Hanoi on Monday. The two sides "
        "last held talks before this year in Ulan Bator in November 2022."
    )
    assert "2022-11" in {str(m.date) for m in found}


def test_this_city_in_datelined_copy_is_the_dateline_city() -> None:
    (talks,) = meetings(
        "American and North Korean negotiators sat down again on Friday at the North "
        "Korean mission in this Swiss city.",
        header=" date 2024-05-17\nGENEVA (Newswire) -- ",
    )
    assert talks.location == "Geneva"
    assert str(talks.date) == "2024-05-17"


def test_a_bare_surname_told_far_back_is_the_bearer_introduced_first() -> None:
    found = meetings(
        "South Korean President Lee Jae-myung arrived in Pyongyang on Tuesday for talks with "
        "North Korean leader Kim Jong Un. Kim Yong Nam, the North's nominal head of state, "
        "was among those at the airport. Lee hopes to use the trip to revive stalled "
        "negotiations between Pyongyang and Washington, officials said. He will carry a "
        "message from President Donald Trump and try to bring one back. Analysts expect "
        "the visit to produce a joint declaration on military tension along the border and "
        "a plan for family reunions. Lee and Kim first met in April at Panmunjom."
    )
    april = next(m for m in found if m.location == "Panmunjom")
    assert april.participants == ("Lee Jae-myung", "Kim Jong Un")


def test_a_bare_surname_after_its_bearer_in_the_same_sentence_is_that_bearer() -> None:
    found = meetings(
        "General Kim Do-gyun led the South Korean team at the military talks. "
        "The talks follow the April summit at which Lee Jae-myung and North Korean leader "
        "Kim Jong Un agreed to hold them, and Kim's summit with U.S. President Donald "
        "Trump in Singapore on Tuesday."
    )
    summit = by_parties(found, "PRK", "USA")
    assert set(summit.participants) == {"Kim Jong Un", "Donald Trump"}


def test_someones_visit_as_a_noun_is_not_a_plan() -> None:
    found = meetings(
        "Lavrov's visit to Pyongyang in October, during which he was received by Kim Jong "
        "Un, deepened the ties."
    )
    assert {(m.status, str(m.date)) for m in found} == {("held", "2023-10")}


def test_the_visit_follows_someones_trip_keeps_the_trip_apart() -> None:
    found = meetings(
        "Foreign Minister Choe Son Hui met Russian President Vladimir Putin in Moscow on "
        "Tuesday. The visit follows Kim Jong Un's trip to Russia's far east in September, "
        "when he and Putin held talks at the Vostochny cosmodrome."
    )
    assert "2023-09" in {str(m.date) for m in found}


def test_a_spokesperson_named_in_an_aside_is_the_source_not_a_side() -> None:
    found = meetings(
        "Russian President Vladimir Putin met North Korean Foreign Minister Choe Son Hui in "
        "Moscow. The Kremlin spokesperson, Dmitry Peskov, said on Wednesday that the meeting "
        "had taken place on Tuesday evening."
    )
    (meeting,) = found
    assert str(meeting.date) == "2024-05-14"
    assert "Dmitry Peskov" not in meeting.participants


def test_calling_on_a_leader_is_a_meeting_calling_on_a_state_to_act_is_not() -> None:
    found = meetings(
        "Vietnamese President Luong Cuong called on Prime Minister Lawrence Wong at the Istana on "
        "Sunday. He also called on North Korea to return to talks."
    )
    assert [m.participants for m in found] == [("Luong Cuong", "Lawrence Wong")]


def test_a_working_lunch_is_a_meeting() -> None:
    (lunch,) = meetings(
        "U.S. President Donald Trump had a working lunch with Prime Minister Lawrence Wong "
        "on Monday."
    )
    assert lunch.participants == ("Donald Trump", "Lawrence Wong")


def test_a_name_before_a_venue_word_is_a_place_not_a_person() -> None:
    (talks,) = meetings(
        "Sung Kim and Choe Son Hui met at the Ritz-Carlton Millenia hotel on Monday."
    )
    assert talks.participants == ("Sung Kim", "Choe Son Hui")


def test_the_teller_of_an_agreement_to_meet_is_not_its_side() -> None:
    found = meetings(
        "Former President Jimmy Carter crossed back into South Korea on Saturday and said "
        "North Korean leader Kim Jong Un had agreed to meet South Korean President Lee "
        "Jae-myung without conditions."
    )
    summit = by_parties(found, "KOR", "PRK")
    assert "Jimmy Carter" not in summit.participants
    assert summit.date is None


def test_the_owner_of_an_offer_carried_is_not_at_the_briefing() -> None:
    found = meetings(
        "Shortly after arriving in Seoul, Carter briefed President Lee Jae-myung and passed "
        "on North Korean leader Kim Jong Un's offer."
    )
    assert all("Kim Jong Un" not in m.participants for m in found)


def test_a_head_described_as_the_object_is_the_head_named_before() -> None:
    found = meetings(
        "South Korean President Lee Jae-myung met reporters on Friday. North Korean leader "
        "Kim Jong Un has agreed to meet South Korea's leader without conditions."
    )
    summit = by_parties(found, "KOR", "PRK")
    assert (summit.participants, summit.kind) == (("Kim Jong Un", "Lee Jae-myung"), "summit")


def test_a_call_told_as_called_someone() -> None:
    found = meetings(
        "U.S. President Donald Trump called South Korean President Lee Jae-myung from Air "
        "Force One on Thursday and asked him to talk to Kim Jong Un."
    )
    call = next(m for m in found if m.kind == "call")
    assert set(call.participants) == {"Donald Trump", "Lee Jae-myung"}
    assert str(call.date) == "2024-05-16"


def test_called_for_or_called_off_is_no_call() -> None:
    assert meetings("The ministry called for calm and called the report groundless.") == []


def test_the_summit_between_two_names_only_those_two() -> None:
    found = meetings(
        "The collapse of the summit between U.S. President Donald Trump and North Korean "
        "leader Kim Jong Un in Hanoi on Thursday has left President Lee Jae-myung facing "
        "an awkward question."
    )
    summit = by_parties(found, "PRK", "USA")
    assert set(summit.participants) == {"Donald Trump", "Kim Jong Un"}


def test_left_for_without_a_place_is_no_trip() -> None:
    assert meetings("Little is left for a go-between when both sides walk away.") == []


def test_a_relative_clause_opened_by_which_the_holds_another_occasion() -> None:
    found = meetings(
        "President Lee Jae-myung met North Korean leader Kim Jong Un at Panmunjom in April. "
        "Lee had hoped for a visit to Seoul by Kim, which the two leaders discussed at their "
        "September summit in Pyongyang."
    )
    assert "Pyongyang" in {m.location for m in found}


def test_welcomed_in_a_capital_and_brought_together_are_meetings() -> None:
    found = meetings(
        "South Korean President Lee Jae-myung crossed the border on Tuesday. He was welcomed "
        "in the North Korean capital by Kim Jong Un himself, a gesture officials in Seoul "
        "described as courteous. The first summit, in June 2000, brought together Kim Jong "
        "Il and then-President Kim Dae-jung in Pyongyang."
    )
    assert {m.location for m in found} == {"Pyongyang"}
    assert "2000-06" in {str(m.date) for m in found}


def test_the_month_of_another_event_does_not_date_the_cue() -> None:
    found = meetings(
        "Critics accused President Lee Jae-myung of using the summit with Kim Jong Un to "
        "boost his party before December's election."
    )
    assert all(m.date is None for m in found)


def test_six_countries_before_a_comma_and_the_cue_are_the_six_sides() -> None:
    found = meetings(
        "The meeting comes after negotiators from six countries, meeting in Beijing last "
        "week, agreed on a plan."
    )
    assert ("CHN", "JPN", "KOR", "PRK", "RUS", "USA") in {m.parties for m in found}


def test_the_sender_of_a_letter_carried_is_not_at_the_meeting() -> None:
    found = meetings(
        "North Korean envoy Kim Yong Chol will travel to Washington on Friday to hand a "
        "personal letter from leader Kim Jong Un to President Donald Trump."
    )
    assert all("Kim Jong Un" not in m.participants for m in found)


def test_a_trip_that_was_to_have_been_flown_and_called_off_is_cancelled() -> None:
    found = meetings(
        "Special envoy Glyn Davies was to have flown to Pyongyang in late August, but the "
        "North withdrew its invitation and the visit was called off."
    )
    assert [(m.location, m.status) for m in found] == [("Pyongyang", "cancelled")]


def test_the_state_that_leaves_an_offer_unanswered_is_its_other_side() -> None:
    (talks,) = meetings(
        "Seoul had proposed a meeting of military officers at the truce village of Panmunjom, "
        "but the North did not respond."
    )
    assert (talks.parties, talks.status) == (("KOR", "PRK"), "proposed")


def test_and_the_next_day_opens_another_occasion() -> None:
    found = meetings(
        "North Korean envoy Kim Yong Chol held talks with Secretary of State Mike Pompeo in "
        "New York on May 31 and the next day delivered a letter from Kim Jong Un to "
        "President Donald Trump."
    )
    talks = next(m for m in found if m.location == "New York")
    assert set(talks.participants) == {"Kim Yong Chol", "Mike Pompeo"}


def test_calling_on_a_leader_at_a_venue_is_a_meeting() -> None:
    found = meetings(
        "Kim Jong Un was driven to his hotel before calling on Prime Minister Lawrence Wong "
        "at the Istana in the evening."
    )
    assert any(set(m.participants) == {"Kim Jong Un", "Lawrence Wong"} for m in found)


def test_days_ahead_of_an_occasion_count_from_the_arrival() -> None:
    found = meetings(
        "North Korean leader Kim Jong Un arrived in Singapore on Sunday, two days ahead of his "
        "summit with U.S. President Donald Trump."
    )
    summit = by_parties(found, "PRK", "USA")
    assert str(summit.date) == "2024-05-14"
