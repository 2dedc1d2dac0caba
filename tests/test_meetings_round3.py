"""Meeting rules from the round-3 full-article probes (evaluation/probes/articles3):
each test is a sentence written for the rule it checks, not a probe passage."""

from __future__ import annotations

import dprk_diplomacy

HEADER = " date 2024-05-17\nSEOUL (Newswire) -- "  # a Friday


def meetings(body: str, header: str = HEADER) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(header + body).meetings)


def test_the_day_of_an_announcement_does_not_date_the_meeting() -> None:
    (summit,) = meetings(
        "The prime minister will fly to Hanoi on June 3 for talks with President "
        "Nguyen Van Anh, the first such summit in a decade, the cabinet office announced Thursday."
    )
    assert str(summit.date) == "2024-06-03"
    assert summit.status == "planned"


def test_officials_of_a_national_society_act_for_its_state() -> None:
    (talks,) = meetings(
        "South Korean Red Cross officials held talks with North Korean officials "
        "in Kaesong on Tuesday."
    )
    assert talks.parties == ("KOR", "PRK")
    assert talks.location == "Kaesong"


def test_the_koreas_names_both_states() -> None:
    (talks,) = meetings("Officials of the Koreas met at Panmunjom in March 2019.")
    assert talks.parties == ("KOR", "PRK")
    assert str(talks.date) == "2019-03"


def test_a_scheduled_round_with_a_vague_time_is_a_meeting() -> None:
    (talks,) = meetings("The two Koreas will hold fisheries talks at an early date.")
    assert talks.parties == ("KOR", "PRK")
    assert talks.status == "planned"
    assert talks.date is None


def test_a_hedged_process_with_a_vague_time_is_no_meeting() -> None:
    assert meetings("Nuclear talks could resume soon, analysts said.") == []


def test_a_venue_placed_in_a_named_village_is_held_in_the_village() -> None:
    (summit,) = meetings(
        "President Moon Jae-in met leader Kim Jong-un at Tongilgak, a hall on the northern "
        "side of the truce village of Panmunjom, on Tuesday."
    )
    assert summit.location == "Panmunjom"


def test_a_venue_with_no_place_named_stays_the_venue() -> None:
    (summit,) = meetings(
        "President Xi Jinping held talks with leader Kim Jong-un at the Great Hall of the "
        "People on Tuesday."
    )
    assert summit.location == "Great Hall of the People"


def test_a_stay_told_by_its_country_is_in_the_city_the_trip_went_to() -> None:
    found = meetings(
        "Prime Minister Anwar Ibrahim flew to Hanoi on Wednesday and will stay in Vietnam "
        "until Sunday, including talks with President Luong Cuong on Friday."
    )
    assert [m.location for m in found] == ["Hanoi"]


def test_a_city_of_a_gathering_is_not_the_city_of_the_visit() -> None:
    found = meetings(
        "U.S. President Donald Trump hopes to meet North Korean leader Kim Jong-un during "
        "his visit to South Korea ahead of the forum in Busan."
    )
    assert found
    assert all(m.location != "Busan" for m in found)


def test_a_coordinated_place_with_its_own_time_is_a_second_occasion() -> None:
    found = meetings(
        "Xi Jinping and Kim Jong-un met in Dalian in August 2019, and in Beijing in early January."
    )
    assert [(m.location, str(m.date)) for m in found] == [
        ("Dalian", "2019-08"),
        ("Beijing", "2024-01"),
    ]


def test_talks_ended_by_the_clause_verb_are_its_occasion() -> None:
    (talks,) = meetings(
        "South and North Korean military officers failed on Wednesday to narrow their "
        "differences over the sea border, after two days of talks in the North's border "
        "city of Kaesong."
    )
    assert talks.parties == ("KOR", "PRK")
    assert talks.location == "Kaesong"
    assert str(talks.date) == "2024-05-15"


def test_after_talks_without_a_duration_is_another_occasion() -> None:
    found = meetings(
        "President Yoon Suk Yeol met Prime Minister Fumio Kishida in Tokyo on Thursday, "
        "after talks with Chinese Premier Li Qiang in Seoul."
    )
    assert "Seoul" not in [m.location for m in found if "Fumio Kishida" in m.participants]


def test_the_same_place_is_the_place_just_told() -> None:
    _held, planned = meetings(
        "Military officers of the two Koreas held talks in Kaesong on Monday. "
        "The two sides agreed to meet again at the same venue on June 4."
    )
    assert planned.location == "Kaesong"
    assert str(planned.date) == "2024-06-04"


def test_there_is_the_place_just_told() -> None:
    _, planned = meetings(
        "Foreign Minister Cho Tae-yul met Wang Yi in Beijing in April. "
        "Cho Tae-yul will go back there in July for talks with Wang Yi."
    )
    assert planned.location == "Beijing"


def test_a_plan_told_in_the_pluperfect_takes_the_nearer_year() -> None:
    (talks,) = meetings(
        "Tokyo had proposed fisheries talks with Seoul for the end of April, but got no reply."
    )
    assert talks.status == "proposed"
    assert str(talks.date) == "2024-04"


def test_guests_arriving_in_the_host_city_are_the_hosted_meeting() -> None:
    (talks,) = meetings(
        "Foreign Minister Cho Tae-yul hosted his Chinese and Japanese counterparts in "
        "Gyeongju on Wednesday. Chinese Foreign Minister Wang Yi and Japanese Foreign "
        "Minister Takeshi Iwaya arrived in the historic city on Tuesday."
    )
    assert set(talks.participants) == {"Cho Tae-yul", "Wang Yi", "Takeshi Iwaya"}
    assert talks.location == "Gyeongju"
    assert str(talks.date) == "2024-05-15"


def test_a_state_word_city_is_no_unnamed_city() -> None:
    from dprk_diplomacy.extract.meetings import _UNNAMED_CITY

    assert _UNNAMED_CITY.search("arrived in the historic port city on Tuesday")
    assert _UNNAMED_CITY.search("arrived in the Japanese port city on Tuesday") is None
    assert _UNNAMED_CITY.search("arrived in the city of Osaka") is None
    assert _UNNAMED_CITY.search("on the northern side of the border village")


AGENCY_HEADER = " date 2024-05-17\nPYONGYANG, May 17 (Newswire) -- "


def test_the_talks_attended_by_others_is_the_occasion_just_told() -> None:
    (summit,) = meetings(
        "Kim Jong-un held talks with Vladimir Putin at the Vostochny cosmodrome on May 16. "
        "The talks were attended by Choe Son-hui and Sergei Lavrov.",
        AGENCY_HEADER,
    )
    assert set(summit.participants) == {
        "Kim Jong-un",
        "Vladimir Putin",
        "Choe Son-hui",
        "Sergei Lavrov",
    }


def test_an_arrival_of_people_placed_already_is_not_at_the_dateline() -> None:
    found = meetings(
        "Kim Jong-un held talks with Vladimir Putin at the Vostochny cosmodrome on May 16. "
        "Kim Jong-un arrived at the site by train on the same day.",
        AGENCY_HEADER,
    )
    assert "Pyongyang" not in [m.location for m in found]


def test_an_acceptance_with_an_adverb_agrees_the_invitation() -> None:
    found = meetings(
        "Kim Jong-un invited Vladimir Putin to visit Pyongyang at a convenient time. "
        "Vladimir Putin readily accepted the invitation."
    )
    assert [m.status for m in found] == ["planned"]


def test_a_date_naming_the_occasion_dates_it() -> None:
    (talks,) = meetings(
        "Negotiator Kim Gunn recalled the March 4 talks with Sung Kim in Jakarta, a day "
        "before the forum closed on March 5."
    )
    assert str(talks.date) == "2024-03-04"


def test_a_counted_summit_is_not_the_visit_agreed_before_it() -> None:
    found = meetings(
        "President Yoon Suk Yeol held talks with Prime Minister Fumio Kishida in Tokyo on "
        "Thursday. Fumio Kishida agreed to visit Seoul in the near future. It was Yoon Suk "
        "Yeol's second summit with Fumio Kishida this year."
    )
    seoul = [m for m in found if m.location == "Seoul"]
    assert [m.status for m in seoul] == ["planned"]


def test_a_trip_to_a_region_and_the_talks_in_its_city_are_one_occasion() -> None:
    found = meetings(
        "Vladimir Putin and Kim Jong-un will hold talks in Vladivostok on May 25. "
        "Kim Jong-un is travelling to the Russian Far East by train."
    )
    assert [m.location for m in found] == ["Vladivostok"]


def test_a_when_clause_without_a_comma_sets_the_time_and_place() -> None:
    (talks,) = meetings(
        "Foreign Minister Sergei Lavrov discussed the plan with Choe Son-hui when he "
        "visited Pyongyang in November 2023."
    )
    assert talks.location == "Pyongyang"
    assert str(talks.date) == "2023-11"


def test_a_meeting_near_a_city_is_placed_at_the_city() -> None:
    (summit,) = meetings(
        "Vladimir Putin met Kim Jong-un at an air base near Vladivostok in April 2019."
    )
    assert summit.location == "Vladivostok"


def test_counted_rounds_on_named_days_are_one_occasion() -> None:
    (talks,) = meetings(
        "Envoy Sung Kim held two rounds of talks with Choe Son-hui in Pyongyang on Monday "
        "and Tuesday."
    )
    assert talks.location == "Pyongyang"
    assert str(talks.date) == "2024-05-13"


def test_rounds_over_years_stay_a_series() -> None:
    assert (
        meetings("Sung Kim held several rounds of talks with Choe Son-hui between 2018 and 2020.")
        == []
    )


def test_an_acceptance_later_in_the_sentence_agrees_the_offer() -> None:
    (summit,) = meetings(
        "Kim Jong-un offered to hold a summit with President Lee Jae-myung, and Lee "
        "Jae-myung accepted the offer on Thursday."
    )
    assert summit.status == "planned"
    assert summit.date is None


def test_a_hedged_predicate_of_beginning_is_a_proposal() -> None:
    (talks,) = meetings(
        "Negotiators of North Korea and the United States met in Geneva in March. "
        "A second round could begin next month, an official said."
    )[1:]
    assert talks.status == "proposed"


def test_an_offer_in_the_sentence_before_does_not_govern_the_next() -> None:
    (talks,) = meetings(
        "Seoul rejected the offer. Japanese and Chinese negotiators met in Geneva in March."
    )
    assert talks.status == "held"


def test_meeting_again_is_between_the_sides_just_told() -> None:
    found = meetings(
        "North Korean and U.S. negotiators held talks in Geneva on Monday. The talks lasted "
        "six hours. Sung Kim led the American delegation. The U.S. side accepted an "
        "invitation from Switzerland to meet again in Geneva."
    )
    assert [(m.parties, m.status) for m in found] == [
        (("PRK", "USA"), "held"),
        (("PRK", "USA"), "planned"),
    ]


def test_an_offer_refused_in_the_next_sentence_stays_proposed() -> None:
    found = meetings(
        "North Korean and U.S. negotiators held talks in Geneva on Monday. The U.S. side "
        "accepted an invitation to meet again in Geneva. Pyongyang turned down the offer."
    )
    assert [m.status for m in found] == ["held", "proposed"]


def test_a_background_as_clause_is_not_the_occasion_told() -> None:
    found = meetings(
        "Japanese and North Korean officials held secret talks in Ulaanbaatar last month, "
        "as Tokyo seeks a summit with Kim Jong-un."
    )
    talks = [m for m in found if m.location == "Ulaanbaatar"]
    assert len(talks) == 1
    assert talks[0].kind == "talks"
    assert talks[0].participants == ()


def test_a_one_on_one_on_the_sidelines_is_its_own_occasion_at_the_gathering() -> None:
    found = meetings(
        "Six-party talks opened in Beijing on Monday. On the sidelines, Sung Kim held a "
        "one-on-one meeting with Choe Son-hui on Wednesday at the North Korean Embassy."
    )
    bilateral = [m for m in found if m.parties == ("PRK", "USA")]
    assert len(bilateral) == 1
    assert bilateral[0].location == "Beijing"
    assert str(bilateral[0].date) == "2024-05-15"


SEOUL_AGENCY = " date 2024-05-17\nSEOUL (Newswire) -- "


def test_sitting_across_the_table_names_the_delegates_of_the_talks_just_told() -> None:
    found = meetings(
        "North and South Korea ended marathon talks at Panmunjom that began on Tuesday. "
        "Seoul's security adviser Wi Sung-lac sat across the table from Kim Yong-chol.",
        SEOUL_AGENCY,
    )
    assert len(found) == 1
    assert found[0].location == "Panmunjom"
    assert set(found[0].participants) == {"Wi Sung-lac", "Kim Yong-chol"}


def test_the_state_that_leaves_an_offer_unanswered_is_its_other_side() -> None:
    (talks,) = meetings("Tokyo proposed fisheries talks in Busan in July, but Seoul did not reply.")
    assert talks.parties == ("JPN", "KOR")
    assert talks.status == "proposed"


def test_a_summit_of_the_three_countries_is_between_the_three_just_told() -> None:
    found = meetings(
        "Cho Tae-yul hosted Wang Yi and Takeshi Iwaya in Seoul on Tuesday. The last summit "
        "of the three countries' leaders was held in Tokyo in May 2018."
    )
    tokyo = [m for m in found if m.location == "Tokyo"]
    assert [m.parties for m in tokyo] == [("CHN", "JPN", "KOR")]


def test_a_meeting_at_an_embassy_in_a_city_is_in_that_city() -> None:
    (talks,) = meetings(
        "Kim Kye-gwan met Christopher Hill at the North Korean Embassy in Berlin on Tuesday."
    )
    assert talks.location == "Berlin"


def test_an_ambassador_in_a_city_is_a_post_not_a_venue() -> None:
    (talks,) = meetings(
        "Kim Kye-gwan, a former ambassador in Berlin, met Christopher Hill on Tuesday."
    )
    assert talks.location is None


def test_the_last_visitor_told_as_a_rank_went_there() -> None:
    (visit,) = meetings(
        "The last Russian leader to visit was Vladimir Putin, who travelled to Pyongyang "
        "in July 2000."
    )
    assert visit.status == "held"


def test_the_first_visitor_still_to_go_is_a_plan() -> None:
    (visit,) = meetings(
        "Yoon Suk Yeol will be the first South Korean president to visit Tokyo in a decade."
    )
    assert visit.status == "planned"


def test_an_occasion_that_has_just_ended_is_the_current_news() -> None:
    (summit,) = meetings(
        "The summit between President Lee Jae-myung and Prime Minister Shigeru Ishiba has "
        "ended in Tokyo with a joint statement."
    )
    assert str(summit.date) == "2024-05"


def test_the_two_countries_are_sides_not_people() -> None:
    found = meetings(
        "Takeshi Iwaya met Cho Tae-yul in Seoul on Monday. The two countries last held "
        "fisheries talks in Busan in October 2000."
    )
    busan = [m for m in found if m.location == "Busan"]
    assert [(m.participants, m.parties) for m in busan] == [((), ("JPN", "KOR"))]
