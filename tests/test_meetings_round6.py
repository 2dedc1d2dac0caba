"""Meeting rules of the sixth round: each test is a sentence written for the rule it
checks, not a probe passage."""

from __future__ import annotations

import dprk_diplomacy
from dprk_diplomacy.recognize.dates import find_dates

HEADER = " date 2024-05-17\nSEOUL (Newswire) -- "  # a Friday


def meetings(body: str, header: str = HEADER) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(header + body).meetings)


def dated(found: list[dprk_diplomacy.Meeting]) -> list[tuple[str | None, str]]:
    return sorted((m.location or "", str(m.date)) for m in found)


def test_months_coordinated_before_a_year_share_it() -> None:
    assert [m.year for m in find_dates("talks in March and October 2011")] == [2011, 2011]
    assert [m.year for m in find_dates("on May 3, June 9 and July 1, 2009")] == [2009] * 3


def test_a_span_of_months_into_a_new_year_starts_the_year_before() -> None:
    assert [m.year for m in find_dates("from November to January 1998")] == [1997, 1998]


def test_a_month_in_another_clause_keeps_its_own_year() -> None:
    mentions = find_dates("They met in April, and then talks stalled in June 2012.")
    assert [m.year for m in mentions] == [None, 2012]


def test_months_sharing_a_year_date_two_occasions() -> None:
    found = meetings(
        "Envoys of the two Koreas met at Kaesong in March and October 2011 to discuss the "
        "factory park."
    )
    assert dated(found) == [("Kaesong", "2011-03"), ("Kaesong", "2011-10")]


def test_more_rounds_that_followed_are_occasions_of_their_own() -> None:
    found = meetings(
        "South Korean and Japanese diplomats held talks in Tokyo on Tuesday. The first "
        "round had taken place in Seoul in 2019, and two more rounds followed in April and "
        "August 2020."
    )
    assert ("Tokyo", "2024-05-14") in dated(found)
    assert {str(m.date) for m in found} >= {"2020-04", "2020-08"}
    assert all(m.parties == ("JPN", "KOR") for m in found)


def test_another_round_in_a_second_clause_is_a_second_occasion() -> None:
    found = meetings(
        "Red Cross officials of the two Koreas met in Seoul in February 2001, and another "
        "round followed in Pyongyang in April 2001."
    )
    assert dated(found) == [("Pyongyang", "2001-04"), ("Seoul", "2001-02")]
    assert all(m.parties == ("KOR", "PRK") and m.status == "held" for m in found)


def test_another_session_goes_on_with_the_same_occasion() -> None:
    found = meetings(
        "Chinese Foreign Minister Wang Yi and North Korean Foreign Minister Choe Son Hui "
        "talked for two hours in Beijing on Thursday, then met for another session after "
        "lunch."
    )
    assert len(found) == 1


def test_one_place_told_for_all_the_occasions_of_a_sentence() -> None:
    found = meetings(
        "The six-party talks opened in August 2003, and three more rounds were held in "
        "February 2004, June 2004 and July 2005, all in the Chinese capital."
    )
    assert dated(found) == [
        ("Beijing", "2003-08"),
        ("Beijing", "2004-02"),
        ("Beijing", "2004-06"),
        ("Beijing", "2005-07"),
    ]


def test_the_sides_refers_back_to_the_occasion_just_told() -> None:
    found = meetings(
        "North Korean and American diplomats met in New York on Monday. The sides had last "
        "sat down together in Kuala Lumpur in March 2017."
    )
    assert dated(found) == [("Kuala Lumpur", "2017-03"), ("New York", "2024-05-13")]
    assert all(m.parties == ("PRK", "USA") for m in found)


def test_conferring_is_talks_and_consulting_is_coordination() -> None:
    (talks,) = meetings(
        "Japanese Foreign Minister Yoko Kamikawa conferred with South Korean Foreign "
        "Minister Cho Tae-yul in Seoul on Monday."
    )
    assert talks.parties == ("JPN", "KOR")
    assert str(talks.date) == "2024-05-13"
    # "consult" tells coordination in general more often than an occasion
    assert meetings("The United States will consult closely with South Korea and Japan.") == []


def test_a_fronted_place_places_the_clause() -> None:
    (talks,) = meetings(
        "In Beijing on Tuesday, South Korean nuclear envoy Kim Gunn met Chinese officials."
    )
    assert (talks.parties, talks.location) == (("CHN", "KOR"), "Beijing")


def test_the_envoy_of_an_organisations_official_serves_the_organisation() -> None:
    parsed = dprk_diplomacy.parse(
        HEADER + "Maurice Strong, Kofi Annan's personal envoy, made two trips to Pyongyang in 2003."
    )
    (envoy,) = [e for e in parsed.envoys if e.name == "Maurice Strong"]
    assert envoy.country is None
    (trip,) = parsed.meetings
    assert (trip.parties, trip.location, str(trip.date)) == (("PRK",), "Pyongyang", "2003")


def test_a_heads_special_envoy_holds_talks_not_a_summit() -> None:
    (trip,) = meetings(
        "Hitoshi Sato, Prime Minister Taro Ono's special envoy, flew to Pyongyang in "
        "March for talks."
    )
    assert trip.kind == "talks"


def test_a_visit_after_which_someone_returned_was_held() -> None:
    (visit,) = meetings(
        "Vietnamese Foreign Minister Bui Thanh Son returned to Hanoi on Thursday after a three-day visit to "
        "North Korea."
    )
    assert visit.status == "held"
    (ahead,) = meetings(
        "Vietnamese Foreign Minister Bui Thanh Son is to return to Hanoi on Thursday after a three-day "
        "visit to North Korea."
    )
    assert ahead.status == "planned"


def test_then_and_a_past_verb_open_the_next_occasion_in_the_same_month() -> None:
    found = meetings(
        "In late April 2019 South Korea's national security adviser Chung Eui-yong dined "
        "with Kim Jong Un in Pyongyang, then flew to Washington with a message."
    )
    assert sorted((m.location, m.parties, str(m.date)) for m in found) == [
        ("Pyongyang", ("KOR", "PRK"), "2019-04"),
        ("Washington", ("KOR", "USA"), "2019-04"),
    ]


def test_an_absolute_phrase_cancels_its_own_noun_not_the_occasion() -> None:
    (summit,) = meetings(
        "The summit between President Joe Biden and President Yoon Suk Yeol opened in "
        "Washington on Wednesday and ended a day early, the joint lunch cancelled."
    )
    assert summit.status == "held"


def test_a_when_clause_hung_on_a_time_is_at_that_time() -> None:
    found = meetings(
        "Chinese Premier Li Peng's only earlier trip was in May 1991, when he flew to "
        "Pyongyang to meet Kim Il Sung."
    )
    assert [(m.location, str(m.date), m.status) for m in found] == [
        ("Pyongyang", "1991-05", "held")
    ]


def test_the_following_month_name_is_of_the_year_after_the_one_told() -> None:
    assert [m.text for m in find_dates("met again the following March")] == ["March"]
    found = meetings(
        "Chinese President Hu Jintao received Kim Jong Il in Beijing in 2010, and the two "
        "men met again in Changchun the following August."
    )
    assert ("Changchun", "2011-08") in dated(found)


def test_the_first_was_held_tells_an_earlier_round_of_the_story() -> None:
    found = meetings(
        "Japanese and North Korean diplomats ended two days of talks in Hanoi on Thursday, "
        "Tokyo and Pyongyang said. It was their third round since Kishida took office. The first was held in "
        "Bangkok in January. Before that, the last formal round had been held in Manila in "
        "October 2023, and a follow-up was called off."
    )
    assert ("Bangkok", "2024-01") in dated(found)
    manila = next(m for m in found if m.location == "Manila")
    assert (str(manila.date), manila.status, manila.parties) == ("2023-10", "held", ("JPN", "PRK"))
    assert all(m.participants == () for m in found)


def test_a_history_paragraph_dates_its_days_in_the_year_it_tells() -> None:
    found = meetings(
        "The crisis of 1998 began with a missile launch in August 1998. Envoys of the two "
        "Koreas met at Panmunjom on October 2 to calm tensions."
    )
    (talks,) = [m for m in found if m.location == "Panmunjom"]
    assert str(talks.date) == "1998-10-02"


def test_a_recent_year_does_not_move_a_days_date() -> None:
    found = meetings(
        "The two Koreas last talked in 2023. Envoys of the two Koreas met at Panmunjom on "
        "March 2 to restart the dialogue."
    )
    (talks,) = [m for m in found if m.location == "Panmunjom"]
    assert str(talks.date) == "2024-03-02"


def test_a_fronted_time_with_a_long_aside_still_dates_the_clause() -> None:
    (trip,) = meetings(
        "In mid-May 1999, with the missile talks stalled and sanctions biting, former U.S. "
        "Defense Secretary William Perry held talks with North Korean officials in Pyongyang."
    )
    assert str(trip.date) == "1999-05"


def test_a_summit_set_in_its_own_clause_is_another_occasion() -> None:
    found = meetings(
        "Officials of the two Koreas met at Panmunjom on Tuesday to settle the details, and "
        "the first summit was set for June 20 in Pyongyang."
    )
    assert sorted((m.location, m.status) for m in found) == [
        ("Panmunjom", "held"),
        ("Pyongyang", "planned"),
    ]


def test_a_meeting_that_never_took_place_was_cancelled() -> None:
    found = meetings(
        "Officials of the two Koreas met at Panmunjom on Tuesday to settle the details, and "
        "the first summit was set for June 20 in Pyongyang. It never took place."
    )
    (summit,) = [m for m in found if m.location == "Pyongyang"]
    assert summit.status == "cancelled"


def test_a_timeline_entrys_date_dates_every_occasion_in_it() -> None:
    found = meetings(
        "Japan and South Korea have met often.\n\nMarch 3, 2009 - Prime Minister Taro Aso "
        "flies to Seoul and holds a summit with President Lee Myung-bak."
    )
    assert {(m.location, str(m.date), m.status) for m in found} == {("Seoul", "2009-03-03", "held")}


def test_a_trip_for_a_second_summit_is_that_summit() -> None:
    found = meetings(
        "President Lee Myung-bak travels to Tokyo for a second summit with Prime Minister "
        "Taro Aso next week."
    )
    assert len(found) == 1


def test_the_wire_present_of_todays_arrival_is_held() -> None:
    (visit,) = meetings(
        "Chinese Premier Li Qiang arrives in Pyongyang on Friday for talks with Kim Jong Un."
    )
    assert (visit.status, str(visit.date)) == ("held", "2024-05-17")
    (plan,) = meetings(
        "Chinese Premier Li Qiang arrives in Pyongyang on Tuesday for talks with Kim Jong Un."
    )
    assert plan.status == "planned"


def test_the_possessor_of_a_trip_in_a_since_clause_made_it() -> None:
    found = meetings(
        "The talks have stalled since U.S. Secretary of State Antony Blinken's trip to Seoul "
        "in March."
    )
    assert [(m.participants, m.location) for m in found] == [(("Antony Blinken",), "Seoul")]


def test_a_title_case_phrase_of_the_headline_is_no_person() -> None:
    parsed = dprk_diplomacy.parse(
        " date 2009-08-05\nCarter Meets Kim, Wins Freedom of American Teacher\n\n"
        "SEOUL (Newswire) -- Former U.S. President Jimmy Carter met North Korea's Kim "
        "Jong Il in Pyongyang on Tuesday."
    )
    assert sorted(e.name for e in parsed.envoys) == ["Jimmy Carter", "Kim Jong Il"]


def test_a_definite_post_refers_to_its_holder_named_before() -> None:
    found = meetings(
        "U.S. Secretary of State Antony Blinken arrived in Asia on Monday. The secretary of "
        "state landed in Seoul on Tuesday and held talks with Foreign Minister Cho Tae-yul."
    )
    (talks,) = [m for m in found if m.location == "Seoul"]
    assert set(talks.participants) == {"Antony Blinken", "Cho Tae-yul"}


def test_earlier_that_month_dates_a_day_in_the_month_told() -> None:
    found = meetings(
        "Albright flew to Pyongyang on October 23, 2000.\\n\\nThat visit was a reply. Earlier "
        "that month, North Korean envoy Jo Myong Rok met U.S. President Bill Clinton in "
        "Washington on October 10."
    )
    (talks,) = [m for m in found if m.location == "Washington"]
    assert str(talks.date) == "2000-10-10"


def test_the_place_left_after_a_visit_is_the_place_of_the_visit() -> None:
    (visit,) = meetings(
        "Russian President Vladimir Putin left Hanoi on Thursday after a two-day state visit "
        "to Vietnam, during which he met Vietnamese President To Lam."
    )
    assert (visit.location, visit.status) == ("Hanoi", "held")


def test_south_koreas_prime_minister_is_no_head_of_government() -> None:
    (talks,) = meetings(
        "South Korean Prime Minister Kim Boo-kyum met North Korean Premier Kim Tok Hun at "
        "Panmunjom on Thursday."
    )
    assert talks.kind == "talks"
    (summit,) = meetings(
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol in "
        "Tokyo on Thursday."
    )
    assert summit.kind == "summit"


def test_the_most_senior_official_to_visit_made_the_visit() -> None:
    (visit,) = meetings(
        "Chinese Premier Li Qiang became the most senior Chinese official to visit North "
        "Korea since Xi Jinping in 2019."
    )
    assert (visit.participants, visit.status) == (("Li Qiang",), "held")


def test_troops_sent_abroad_are_no_visit() -> None:
    assert meetings("North Korean leader Kim Jong Un decided to send troops to Russia.") == []


def test_his_minister_goes_without_him() -> None:
    found = meetings(
        "North Korean leader Kim Jong Un stayed home in May. His foreign minister, Choe Son "
        "Hui, spent four days in Beijing, meeting her counterpart Wang Yi."
    )
    (talks,) = [m for m in found if m.location == "Beijing"]
    assert set(talks.participants) == {"Choe Son Hui", "Wang Yi"}


def test_a_visit_with_which_a_courtesy_was_returned_was_held() -> None:
    (visit,) = meetings(
        "Chinese President Xi Jinping returned the courtesy in June 2019 with a two-day state "
        "visit to Pyongyang."
    )
    assert (visit.status, str(visit.date)) == ("held", "2019-06")


def test_talks_on_the_sidelines_are_at_the_gathering_held_not_the_one_offered() -> None:
    found = meetings(
        "Russian President Vladimir Putin held talks with North Korean leader Kim Jong Un in "
        "Pyongyang on Wednesday. Putin invited Kim to visit Moscow. Russian Foreign Minister "
        "Sergey Lavrov held separate talks with Choe Son Hui on the sidelines."
    )
    (talks,) = [m for m in found if "Sergey Lavrov" in m.participants]
    assert (talks.location, str(talks.date)) == ("Pyongyang", "2024-05-15")


def test_the_time_of_a_first_since_phrase_is_the_earlier_ones() -> None:
    found = meetings(
        "Chinese President Xi Jinping will fly to Hanoi for a state visit, his first since "
        "2017, and is expected to hold talks with Vietnamese President To Lam on Tuesday."
    )
    assert {(m.location, str(m.date)) for m in found} == {("Hanoi", "2024-05-21")}


def test_a_place_owned_by_a_city_is_in_that_city() -> None:
    (summit,) = meetings(
        "President Donald Trump met North Korean leader Kim Jong Un at a hotel on "
        "Singapore's Sentosa island in June 2018."
    )
    assert summit.location == "Singapore"


def test_the_first_summit_is_of_the_leaders_whose_summit_was_told() -> None:
    found = meetings(
        "President Donald Trump and North Korean leader Kim Jong Un held a summit in Hanoi on "
        "Wednesday. The first summit, at a hotel in Singapore in June 2018, produced a vague "
        "statement."
    )
    (first,) = [m for m in found if m.location == "Singapore"]
    assert (first.parties, str(first.date), first.kind) == (("PRK", "USA"), "2018-06", "summit")
    assert set(first.participants) == {"Donald Trump", "Kim Jong Un"}


def test_an_encounter_on_the_sidelines_of_the_session_is_at_the_session() -> None:
    found = meetings(
        "Envoys of six nations opened talks in Beijing on Wednesday. U.S. envoy Christopher "
        "Hill and North Korean Vice Foreign Minister Kim Kye-gwan met on the sidelines of the "
        "opening session, in a gesture to Pyongyang."
    )
    (pair,) = [m for m in found if m.parties == ("PRK", "USA")]
    assert (pair.location, str(pair.date)) == ("Beijing", "2024-05-15")


def test_going_on_to_a_capital_is_the_next_leg_and_going_on_to_say_is_not() -> None:
    found = meetings(
        "In mid-July, Chinese Vice Foreign Minister Dai Bingguo flew to Pyongyang, and then "
        "went on to Washington to brief U.S. officials."
    )
    assert {m.location for m in found} == {"Pyongyang", "Washington"}
    assert (
        meetings(
            "South Korean President Lee Myung-bak went on to say that Seoul would work with "
            "Washington."
        )
        == []
    )


def test_a_visit_a_signing_capped_is_dated_by_the_signing_and_a_war_is_no_venue() -> None:
    (visit,) = meetings(
        "Vladimir Putin and Kim Jong Un signed a pact on Wednesday, capping a state visit "
        "that saw Kim back Moscow's war in Ukraine. Putin had touched down in Pyongyang "
        "before dawn."
    )
    assert (visit.location, str(visit.date)) == ("Pyongyang", "2024-05-15")


def test_a_posts_emoji_does_not_hide_the_fronted_date() -> None:
    (talks,) = meetings(
        "🇷🇺🇻🇳 On May 15, Foreign Minister of the Russian Federation Sergey Lavrov, who is on "
        "an official visit to Vietnam, held talks in Hanoi with Vietnamese Foreign Minister "
        "Bui Thanh Son."
    )
    assert str(talks.date) == "2024-05-15"


def test_an_arrival_the_day_before_does_not_date_the_talks_of_the_stay() -> None:
    found = meetings(
        "On Thursday, Russian Foreign Minister Sergey Lavrov held talks in Hanoi with "
        "Vietnamese Foreign Minister Bui Thanh Son. The Russian minister arrived in Hanoi on "
        "Wednesday."
    )
    assert [str(m.date) for m in found] == ["2024-05-16"]


def test_the_same_day_is_the_last_day_told_not_a_month() -> None:
    found = meetings(
        "Russian Foreign Minister Sergey Lavrov held talks in Wonsan on Thursday with "
        "Choe Son Hui. The first round of their dialogue took place in Moscow in November "
        "2023. Later the same day Lavrov was received by Kim Jong Un."
    )
    (audience,) = [m for m in found if "Kim Jong Un" in m.participants]
    assert (audience.location, str(audience.date)) == ("Wonsan", "2024-05-16")


def test_a_count_of_meetings_is_a_series_of_its_own() -> None:
    found = meetings(
        "Envoys of the two Koreas met at Panmunjom in October 2018. President Moon Jae-in "
        "met Kim Jong Un three times that year."
    )
    assert len(found) == 2
    (series,) = [m for m in found if m.participants]
    assert (series.location, str(series.date)) == (None, "2018")


def test_the_years_of_a_war_named_do_not_date_the_talks() -> None:
    (talks,) = meetings(
        "The two Koreas sit down with the United States and China in Geneva on Tuesday for "
        "talks meant to replace the armistice that halted the 1950-53 Korean War."
    )
    assert (talks.location, str(talks.date)) == ("Geneva", "2024-05-14")


def test_the_place_a_traveller_came_from_is_not_the_venue() -> None:
    (talks,) = meetings(
        "U.S. Secretary of State Antony Blinken, who flew in from a NATO meeting in Brussels, "
        "held talks with South Korean Foreign Minister Cho Tae-yul on Tuesday."
    )
    assert talks.location != "Brussels"
