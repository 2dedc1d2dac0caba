"""Meeting rules from the held-out probe failures (issue 14): each test is a new
sentence written for the rule it checks, not a probe passage."""

from __future__ import annotations

import dprk_diplomacy
from lookup import by_parties

HEADER = " date 2024-05-15\nSEOUL, May 15 (Newswire) -- "


def meetings(body: str, header: str = HEADER) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(header + body).meetings)


def test_descriptive_alias_gives_the_place_name() -> None:
    (talks,) = meetings("Military officials of the two Koreas met at the border village on Monday.")
    assert talks.location == "Panmunjom"
    assert talks.parties == ("KOR", "PRK")
    assert str(talks.date) == "2024-05-13"


def test_envoys_of_a_pair_are_its_sides() -> None:
    (talks,) = meetings("Representatives of the two Koreas met in Kaesong on Thursday.")
    assert talks.parties == ("KOR", "PRK")
    assert talks.location == "Kaesong"


def test_the_demonym_city_is_the_dateline_city_of_that_state() -> None:
    header = " date 2024-05-15\nGENEVA (Newswire) -- "
    (talks,) = meetings(
        "Iranian and North Korean diplomats held talks in the Swiss city on Tuesday.", header
    )
    assert talks.location == "Geneva"
    assert talks.parties == ("IRN", "PRK")


def test_the_demonym_city_of_another_state_is_not_the_dateline() -> None:
    header = " date 2024-05-15\nGENEVA (Newswire) -- "
    found = meetings(
        "Iranian and North Korean diplomats held talks in the Chinese port city on Tuesday.",
        header,
    )
    assert all(m.location != "Geneva" for m in found)


NO_DATE_HEADER = " date 2024-05-15\nTOKYO (Newswire) -- "


def test_agreed_to_meet_is_a_plan_not_a_held_meeting() -> None:
    (summit,) = meetings(
        "President Lee Jae-myung and Prime Minister Ishiba Shigeru decided to meet "
        "in Osaka in August.",
        NO_DATE_HEADER,
    )
    assert summit.status == "planned"
    assert str(summit.date) == "2024-08"


def test_an_accepted_invitation_is_planned() -> None:
    found = meetings(
        "Brazilian President Lula da Silva accepted Kim Jong-un's invitation to visit Pyongyang.",
        NO_DATE_HEADER,
    )
    assert by_parties(found, "BRA", "PRK").status == "planned"


def test_spoke_by_telephone_and_phone_conversation_are_calls() -> None:
    (call,) = meetings("Ishiba and Trump spoke by telephone on Friday.", NO_DATE_HEADER)
    assert call.kind == "call"
    assert call.parties == ("JPN", "USA")
    (call,) = meetings(
        "Australian Prime Minister Anthony Albanese held a short phone conversation with "
        "South Korean President Lee Jae-myung on Monday.",
        NO_DATE_HEADER,
    )
    assert call.kind == "call"
    assert str(call.date) == "2024-05-13"


def test_the_two_agreeing_to_meet_are_the_people_just_told() -> None:
    found = meetings(
        "Envoy Sung Kim held a video call with Japanese envoy Funakoshi Takehiro last week. "
        "The two agreed to meet in Seoul next month.",
        NO_DATE_HEADER,
    )
    assert len(found) == 2
    visit = next(m for m in found if m.kind == "talks")
    assert visit.status == "planned"
    assert visit.location == "Seoul"
    assert set(visit.participants) == {"Sung Kim", "Funakoshi Takehiro"}


def test_a_called_off_meeting_keeps_the_date_it_was_still_to_come() -> None:
    found = meetings(
        "Prime Minister Ishiba on Monday cancelled his planned June 3 summit with "
        "Chinese President Xi Jinping.",
        NO_DATE_HEADER,
    )
    summit = by_parties(found, "CHN", "JPN")
    assert summit.status == "cancelled"
    assert str(summit.date) == "2024-06-03"


def test_postponed_to_a_new_date_is_planned_on_it() -> None:
    (talks,) = meetings(
        "Military talks between the two Koreas, first set for June 2, were rescheduled for June 9.",
        NO_DATE_HEADER,
    )
    assert talks.status == "planned"
    assert str(talks.date) == "2024-06-09"


def test_a_span_of_days_is_dated_by_its_first_day() -> None:
    (visit,) = meetings(
        "Chinese Premier Li Qiang paid a visit to Seoul from Sunday to Tuesday and met "
        "South Korean President Lee Jae-myung.",
        NO_DATE_HEADER,
    )
    assert str(visit.date) == "2024-05-12"


def test_a_meeting_dated_ahead_has_not_happened() -> None:
    (summit,) = meetings(
        "Russian President Vladimir Putin is flying to Pyongyang for a meeting with "
        "Kim Jong-un next week.",
        NO_DATE_HEADER,
    )
    assert summit.status == "planned"


def test_an_offer_does_not_govern_what_came_before_it() -> None:
    found = meetings(
        "The proposal came days after U.S. envoy Sung Kim visited Tokyo for consultations.",
        NO_DATE_HEADER,
    )
    assert by_parties(found, "JPN", "USA").status == "held"


def test_coordinated_demonyms_with_abbreviation_are_both_sides() -> None:
    (talks,) = meetings(
        "Japanese and U.S. negotiators held talks in Manila on Thursday.", NO_DATE_HEADER
    )
    assert talks.parties == ("JPN", "USA")
    assert talks.location == "Manila"


def test_demonyms_sharing_their_head_are_both_sides() -> None:
    (talks,) = meetings(
        "North and South Korean military officers held talks in Kaesong on Thursday.",
        NO_DATE_HEADER,
    )
    assert talks.parties == ("KOR", "PRK")


def test_would_with_its_speaker_after_is_a_reported_plan_of_the_same_trip() -> None:
    found = meetings(
        "Chinese President Xi Jinping is travelling to Russia for talks with Vladimir Putin "
        "next week. The two would meet in Moscow, a Kremlin aide said.",
        NO_DATE_HEADER,
    )
    assert len(found) == 1
    assert found[0].status == "planned"


def test_the_meeting_told_next_dates_the_occasion_just_told() -> None:
    (talks,) = meetings(
        "Negotiators of Iran and North Korea met quietly in Beijing. "
        "The meeting took place on Tuesday.",
        NO_DATE_HEADER,
    )
    assert talks.location == "Beijing"
    assert str(talks.date) == "2024-05-14"


def test_the_talks_opened_on_gives_their_first_day() -> None:
    (talks,) = meetings(
        "Military officials of the two Koreas ended their talks in Kaesong on Friday. "
        "The talks opened on Thursday.",
        NO_DATE_HEADER,
    )
    assert str(talks.date) == "2024-05-09"


def test_who_led_each_side_are_participants() -> None:
    (talks,) = meetings(
        "Chinese and Japanese diplomats held talks in Dalian on Monday. "
        "The Chinese side was headed by Liu Jinsong. Japan was represented by Kanai Masaaki.",
        NO_DATE_HEADER,
    )
    assert set(talks.participants) == {"Liu Jinsong", "Kanai Masaaki"}


def test_talks_going_on_take_the_month_of_publication() -> None:
    (talks,) = meetings(
        "Iranian and North Korean officials are holding talks in Tehran.", NO_DATE_HEADER
    )
    assert str(talks.date) == "2024-05"


def test_a_denied_report_of_a_meeting_is_no_meeting() -> None:
    found = meetings(
        "The foreign ministry on Monday dismissed media reports that Japanese and North "
        "Korean diplomats had met in Dalian in April.",
        NO_DATE_HEADER,
    )
    assert found == []


def test_six_party_talks_have_the_six_states_as_sides() -> None:
    (talks,) = meetings(
        "Envoys Sung Kim and Kim Kye-gwan joined the opening of a fresh round of six-party "
        "talks in Beijing on Tuesday.",
        NO_DATE_HEADER,
    )
    assert talks.parties == ("CHN", "JPN", "KOR", "PRK", "RUS", "USA")


def test_an_envoy_to_the_six_party_talks_keeps_his_own_sides() -> None:
    found = meetings(
        "U.S. envoy Sung Kim met North Korean envoy Ri Gun in New York on Tuesday to discuss "
        "the next phase of the six-party talks.",
        NO_DATE_HEADER,
    )
    assert by_parties(found, "PRK", "USA").location == "New York"


def test_the_talks_led_by_named_people_are_the_placed_talks_just_told() -> None:
    (talks,) = meetings(
        "Iran has agreed to free two sailors after two days of talks between envoys of the "
        "two countries in the Omani capital. The talks, which ended Monday, were led by "
        "Iranian envoy Ali Bagheri and North Korean envoy Ri Gun.",
        NO_DATE_HEADER,
    )
    assert talks.location == "Muscat"
    assert set(talks.participants) == {"Ali Bagheri", "Ri Gun"}


def test_an_international_officials_talks_with_one_state_are_a_meeting() -> None:
    (talks,) = meetings(
        "U.N. envoy Tom Ojea held talks with North Korean Vice Foreign Minister Pak Myong-ho "
        "in Pyongyang on Monday.",
        NO_DATE_HEADER,
    )
    assert talks.parties == ("PRK",)
    assert talks.location == "Pyongyang"


def test_an_agreed_round_counts_without_people_or_place() -> None:
    found = meetings(
        "Officials of the two Koreas met in Kaesong on Monday. "
        "They also agreed to hold Red Cross talks soon.",
        NO_DATE_HEADER,
    )
    assert len(found) == 2
    assert {m.status for m in found} == {"held", "planned"}


def test_an_agreed_resumption_with_its_time_is_a_planned_round_of_officials() -> None:
    found = meetings(
        "Chinese Premier Li Qiang met Japanese Prime Minister Ishiba Shigeru in Beijing on "
        "Sunday. The two leaders agreed to resume economic talks in August.",
        NO_DATE_HEADER,
    )
    talks = next(m for m in found if m.status == "planned")
    assert talks.parties == ("CHN", "JPN")
    assert talks.participants == ()
    assert str(talks.date) == "2024-08"


def test_a_day_after_dates_the_earlier_meeting_from_the_main_one() -> None:
    found = meetings(
        "Blinken met Lee Jae-myung in Seoul on Thursday, a day after holding talks with "
        "Japanese Foreign Minister Iwaya Takeshi in Tokyo.",
        NO_DATE_HEADER,
    )
    assert str(by_parties(found, "JPN", "USA").date) == "2024-05-08"


def test_the_demonym_leader_as_subject_is_that_states_head_just_named() -> None:
    found = meetings(
        "Chinese President Xi Jinping held talks with Kim Jong-un in Beijing on Monday. "
        "The Chinese leader accepted an invitation to visit Pyongyang.",
        NO_DATE_HEADER,
    )
    visit = next(m for m in found if m.location == "Pyongyang")
    assert "Xi Jinping" in visit.participants
    assert visit.status == "planned"
    assert visit.kind == "summit"


def test_and_again_in_another_place_is_a_second_occasion() -> None:
    found = meetings(
        "Xi Jinping and Vladimir Putin first met in Moscow in March 2023, and again in "
        "Beijing in October 2023.",
        NO_DATE_HEADER,
    )
    assert {(m.location, str(m.date)) for m in found} == {
        ("Moscow", "2023-03"),
        ("Beijing", "2023-10"),
    }


def test_separate_talks_with_two_counterparts_are_two_meetings() -> None:
    found = meetings(
        "U.S. Secretary of State Antony Blinken held separate talks with Japan's Yoko "
        "Kamikawa and South Korea's Cho Tae-yul in Tokyo on Monday.",
        NO_DATE_HEADER,
    )
    assert sorted(m.parties for m in found) == [("JPN", "USA"), ("KOR", "USA")]
    assert all(m.location == "Tokyo" for m in found)


def test_a_numbered_round_is_a_meeting_of_the_rounds_sides() -> None:
    found = meetings(
        "Officials of the two Koreas ended their third round of Red Cross talks in Seoul on "
        "Friday. The second round was held at the North's Kaesong complex on May 2.",
        NO_DATE_HEADER,
    )
    second = next(m for m in found if str(m.date) == "2024-05-02")
    assert second.parties == ("KOR", "PRK")
    assert second.location is not None and second.location.startswith("Kaesong")


def test_the_next_round_alone_is_a_meeting() -> None:
    (talks,) = meetings(
        "The two Koreas will hold the next round in Pyongyang in July.", NO_DATE_HEADER
    )
    assert talks.status == "planned"
    assert talks.location == "Pyongyang"
    assert str(talks.date) == "2024-07"


def test_an_acceptance_in_the_next_sentence_plans_the_offered_meeting() -> None:
    (summit,) = meetings(
        "Japanese Prime Minister Ishiba Shigeru invited Chinese President Xi Jinping to "
        "visit Tokyo. Xi Jinping accepted the invitation.",
        NO_DATE_HEADER,
    )
    assert summit.status == "planned"


def test_the_three_are_the_sides_of_the_last_three_sided_occasion() -> None:
    found = meetings(
        "Ministers of Japan, Australia and India held talks in Delhi on Monday. "
        "The three agreed to hold a leaders' summit next year.",
        NO_DATE_HEADER,
    )
    summit = next(m for m in found if m.kind == "summit")
    assert summit.parties == ("AUS", "IND", "JPN")
    assert summit.status == "planned"


def test_told_not_to_make_a_planned_trip_cancels_it() -> None:
    found = meetings(
        "President Lee on Monday told his envoy Wi Sung-lac not to make a planned trip to "
        "Tokyo. Wi had been due to travel to Tokyo with his deputy. Wi last visited Tokyo "
        "in early March.",
        NO_DATE_HEADER,
    )
    statuses = sorted(m.status for m in found)
    assert statuses == ["cancelled", "held"]
    cancelled = next(m for m in found if m.status == "cancelled")
    assert cancelled.date is None
    assert "Wi Sung-lac" in cancelled.participants


def test_what_talks_follow_up_on_is_a_held_occasion_of_its_own() -> None:
    found = meetings(
        "The talks, to be held in Kaesong, are meant to follow up on last month's summit "
        "between Lee Jae-myung and Kim Jong-un.",
        NO_DATE_HEADER,
    )
    summit = next(m for m in found if m.kind == "summit")
    assert summit.status == "held"
    assert summit.location is None
    assert str(summit.date) == "2024-04"


def test_leaving_for_after_before_is_the_next_trip() -> None:
    found = meetings(
        "Blinken will meet Chinese Foreign Minister Wang Yi in Beijing on Friday before "
        "leaving for Seoul.",
        NO_DATE_HEADER,
    )
    seoul = next(m for m in found if m.location == "Seoul")
    assert "Wang Yi" not in seoul.participants
    assert seoul.status == "planned"
    assert seoul.date is None


def test_on_the_sidelines_takes_the_gatherings_place_and_day() -> None:
    found = meetings(
        "Foreign ministers of Asian nations gathered for a regional forum in Vientiane on "
        "Saturday. Japan's Iwaya Takeshi met China's Wang Yi on the sidelines.",
        NO_DATE_HEADER,
    )
    talks = by_parties(found, "CHN", "JPN")
    assert talks.location == "Vientiane"
    assert str(talks.date) == "2024-05-11"


def test_who_led_the_delegation_is_a_participant() -> None:
    (talks,) = meetings(
        "Chinese and Japanese diplomats held talks in Dalian on Monday. "
        "Vice Minister Liu Jinsong led the Chinese delegation.",
        NO_DATE_HEADER,
    )
    assert "Liu Jinsong" in talks.participants


def test_a_visit_over_days_is_dated_by_its_talks_and_a_venue_lies_in_its_city() -> None:
    found = meetings(
        "Russian President Vladimir Putin paid a state visit to Beijing from Monday to "
        "Wednesday and met Chinese President Xi Jinping. Xi hosted a banquet for Putin at the "
        "Great Hall of the People, and the two leaders held talks on Tuesday.",
        NO_DATE_HEADER,
    )
    assert len(found) == 1
    (summit,) = found
    assert summit.location == "Beijing"
    assert str(summit.date) == "2024-05-14"


def test_a_venue_told_first_gives_way_to_its_city() -> None:
    found = meetings(
        "Xi Jinping hosted Vladimir Putin at the Great Hall of the People on Tuesday. "
        "The two presidents held talks in Beijing on Tuesday.",
        NO_DATE_HEADER,
    )
    assert [m.location for m in found] == ["Beijing"]


def test_separate_talks_name_the_ministers_of_the_group_meeting_just_told() -> None:
    found = meetings(
        "The foreign ministers of the United States, Japan and South Korea met in Tokyo on "
        "Monday. U.S. Secretary of State Antony Blinken held separate talks with Japan's Yoko "
        "Kamikawa and South Korea's Cho Tae-yul on the same day.",
        NO_DATE_HEADER,
    )
    group = by_parties(found, "JPN", "KOR", "USA")
    assert set(group.participants) == {"Antony Blinken", "Yoko Kamikawa", "Cho Tae-yul"}
    assert len(found) == 3
