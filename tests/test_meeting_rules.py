"""Meeting rules (issue 14): each test is a sentence written for the rule it checks."""

from __future__ import annotations

import dprk_diplomacy
from dprk_diplomacy.recognize.dates import find_dates
from lookup import by_parties

HEADER = " date 2024-05-15\nSEOUL, May 15 (Newswire) -- "


def meetings(body: str) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(HEADER + body).meetings)


def test_last_weekend_is_a_time_expression() -> None:
    (mention,) = find_dates("The ministers ended their talks last weekend.")
    assert mention.text == "last weekend"
    assert str(mention.resolve(None)) == "None"


def test_fronted_time_dates_the_clause_and_topic_meeting_is_its_own() -> None:
    found = meetings(
        "Last weekend, Japanese and Mongolian foreign ministers ended two days of talks "
        "in preparation for a potential meeting between Japanese Prime Minister Fumio "
        "Kishida and North Korean leader Kim Jong Un."
    )
    talks = by_parties(found, "JPN", "MNG")
    assert talks.participants == ()
    assert str(talks.date) == "2024-05"
    assert talks.status == "held"
    summit = by_parties(found, "JPN", "PRK")
    assert summit.status == "proposed"
    assert summit.kind == "summit"


def test_fronted_clause_keeps_its_own_occasion() -> None:
    found = meetings(
        "After Chinese President Xi Jinping met North Korean leader Kim Jong Un in Beijing "
        "in March 2018, the United States and North Korea held working-level talks "
        "in Geneva in May 2018."
    )
    talks = by_parties(found, "PRK", "USA")
    assert talks.location == "Geneva"
    assert talks.participants == ()
    summit = by_parties(found, "CHN", "PRK")
    assert summit.location == "Beijing"
    assert str(summit.date) == "2018-03"


def test_definite_envoy_and_city_in_country_are_one_occasion() -> None:
    found = meetings(
        "Australian envoy Jane Doyle will travel to Jakarta next week for talks. "
        "The Australian envoy will make a two-day visit to Indonesia from Monday for a "
        "meeting with Indonesia's special envoy Budi Santoso."
    )
    assert len(found) == 1
    (visit,) = found
    assert visit.location == "Jakarta"
    assert set(visit.participants) == {"Jane Doyle", "Budi Santoso"}
    assert str(visit.date) == "2024-05-20"


def test_future_predicate_after_the_subject_plans_the_meeting() -> None:
    (talks,) = meetings(
        "The opening session of the third round of inter-Korean economic talks will be "
        "held at a hotel in Kaesong on Friday."
    )
    assert talks.parties == ("KOR", "PRK")
    assert talks.status == "planned"
    assert talks.location == "Kaesong"
    assert str(talks.date) == "2024-05-17"


def test_fronted_ahead_of_with_a_past_verb_is_held() -> None:
    (talks,) = meetings(
        "Ahead of the banquet, South Korean Unification Minister Lee Jung-ho and North "
        "Korean delegate Ri Son-gwon held an informal meeting at their hotel in Pyongyang."
    )
    assert talks.status == "held"


def test_since_returning_from_an_earlier_summit_is_its_own_record() -> None:
    found = meetings(
        "North Korean leader Kim Jong Un's meeting with Chinese President Xi Jinping will be "
        "his first since returning from his Singapore summit with US President Donald Trump."
    )
    earlier = by_parties(found, "PRK", "USA")
    assert earlier.location == "Singapore"
    assert earlier.status == "held"


def test_a_former_president_makes_no_summit() -> None:
    (talks,) = meetings(
        "Former President Bill Clinton met North Korean leader Kim Jong Il in Pyongyang on Tuesday."
    )
    assert talks.kind == "talks"


def test_month_of_occasion_and_they_take_the_sides_told() -> None:
    found = meetings(
        "The leaders of the two Koreas agreed on the project at their March summit. "
        "Days later they met in Kaesong for their second summit."
    )
    assert len(found) == 2
    first, second = found
    assert first.parties == second.parties == ("KOR", "PRK")
    assert str(first.date) == "2024-03"
    assert first.location is None
    assert second.location == "Kaesong"


def test_month_before_a_meeting_noun_is_a_date() -> None:
    (mention,) = find_dates("Both sides recalled the June talks in Geneva.")
    assert mention.text == "June"
    assert mention.month == 6


def test_venue_noun_after_a_place_name_completes_the_venue() -> None:
    (summit,) = meetings(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un at the "
        "Vostochny cosmodrome on Tuesday."
    )
    assert summit.location == "Vostochny cosmodrome"


def test_pronoun_subject_of_the_sentence_carries_into_its_later_clause() -> None:
    found = meetings(
        "North Korean leader Kim Jong Un visited a factory on Monday. "
        "However, he has kept away from diplomacy since the collapse of a summit with "
        "US President Donald Trump in Hanoi in 2019."
    )
    summit = by_parties(found, "PRK", "USA")
    assert set(summit.participants) == {"Kim Jong Un", "Donald Trump"}
    assert summit.location == "Hanoi"


def test_reported_clause_and_relative_clause_keep_their_own_people() -> None:
    found = meetings(
        "Chinese President Xi Jinping told Russian President Vladimir Putin that he would "
        "like to meet North Korean leader Kim Jong Un."
    )
    wish = by_parties(found, "CHN", "PRK")
    assert set(wish.participants) == {"Xi Jinping", "Kim Jong Un"}
    found = meetings(
        "Ties soured after a failed summit in Hanoi in February 2019 between North Korean "
        "leader Kim Jong Un and US President Donald Trump, which South Korean President "
        "Moon Jae-in had offered to mediate."
    )
    summit = by_parties(found, "PRK", "USA")
    assert "Moon Jae-in" not in summit.participants


def test_month_that_year_takes_the_year_last_written() -> None:
    found = meetings(
        "The two leaders' talks in Hanoi collapsed in February 2019. "
        "US President Donald Trump met North Korean leader Kim Jong Un again in June "
        "that year at the Demilitarized Zone."
    )
    dmz = next(m for m in found if m.location == "Demilitarized Zone")
    assert str(dmz.date) == "2019-06"


def test_city_possessive_before_a_named_venue_places_the_meeting() -> None:
    (talks,) = meetings(
        "Vietnamese Foreign Minister Bui Thanh Son met Laotian Foreign Minister Saleumxay "
        "Kommasith at Hanoi's Metropole Hotel on Monday."
    )
    assert talks.location == "Hanoi"
    found = meetings(
        "Japanese diplomat Taro Sato met Ri Song Il, an official at Pyongyang's foreign "
        "ministry, in Ulaanbaatar on Monday."
    )
    assert found[0].location != "Pyongyang"


def test_visit_told_with_a_past_verb_or_as_under_way_is_held() -> None:
    (visit,) = meetings(
        "Chinese President Xi Jinping and North Korean leader Kim Jong Un met in Beijing "
        "on Tuesday, while the North Korean leader is in China on a rare foreign visit."
    )
    assert visit.status == "held"
    found = meetings(
        "Russian Defence Minister Andrei Belousov, to whom Kim Jong Un showed new drones "
        "on a visit to an exhibition, led the delegation to Pyongyang."
    )
    assert all(m.status == "held" for m in found)


def test_people_of_one_state_make_no_meeting() -> None:
    found = meetings(
        "North Korean leader Kim Jong Un will meet Foreign Minister Choe Son Hui "
        "on Friday to review policy."
    )
    assert found == []


def test_an_owner_is_not_the_subject_that_takes_part() -> None:
    found = meetings(
        "Officials discussed Kim Jong Un's latest statement on the talks that stalled "
        "after the US-North Korea summit in Hanoi in February 2019 broke down."
    )
    hanoi = by_parties(found, "PRK", "USA")
    assert hanoi.participants == ()


def test_would_like_to_meet_is_a_wish_even_when_reported() -> None:
    found = meetings(
        "Japanese Prime Minister Shigeru Ishiba said he would like to meet North Korean "
        "leader Kim Jong Un in Pyongyang."
    )
    assert by_parties(found, "JPN", "PRK").status == "proposed"


def test_a_tour_of_coordinated_countries_is_one_visit_each() -> None:
    found = meetings(
        "French President Emmanuel Macron spoke before embarking on his tour of Vietnam, "
        "Indonesia and Singapore."
    )
    legs = sorted((m.location, m.parties, m.status) for m in found)
    assert legs == [
        ("Indonesia", ("FRA", "IDN"), "planned"),
        ("Singapore", ("FRA", "SGP"), "planned"),
        ("Vietnam", ("FRA", "VNM"), "planned"),
    ]


def test_where_clause_places_the_talks_and_a_venue_is_no_side() -> None:
    (talks,) = meetings(
        "US envoy Mark Lippert and North Korean negotiator Ri Yong Ho announced the deal "
        "in Geneva, where the talks have taken place since Monday."
    )
    assert talks.location == "Geneva"
    assert talks.parties == ("PRK", "USA")
    found = meetings("US envoy Mark Lippert held talks in Oslo on Monday.")
    assert found == []


def test_next_sentence_with_more_of_the_same_people_is_the_same_trip() -> None:
    found = meetings(
        "Chinese Vice Foreign Minister Sun Weidong will travel to Tokyo on Thursday for "
        "consultations. He will meet Japanese Vice Foreign Minister Masataka Okano and "
        "Japanese diplomat Hiroyuki Namazu to discuss regional issues."
    )
    assert len(found) == 1
    assert found[0].location == "Tokyo"
    assert len(found[0].participants) == 3


def test_a_hedge_inside_a_quote_does_not_govern_the_trip_after_it() -> None:
    (trip,) = meetings(
        '"We want a full declaration," US envoy Sung Kim told reporters after his '
        "two-day trip to Pyongyang."
    )
    assert trip.status == "held"


def test_arrival_and_the_talks_dated_next_are_one_occasion_dated_by_the_talks() -> None:
    found = meetings(
        "Chinese President Xi Jinping said he was looking forward to his first talks with "
        "Russian President Vladimir Putin as he arrived in Russia on Monday. "
        "His train pulled into Khabarovsk, where the summit will take place on Thursday."
    )
    assert len(found) == 1
    (summit,) = found
    assert summit.status == "planned"
    assert str(summit.date) == "2024-05-16"


def test_same_day_and_separate_meeting() -> None:
    found = meetings(
        "US envoy Sung Kim will meet South Korean envoy Kim Gunn at a hotel in Seoul on "
        "Friday, a month after the summit between the two countries on April 12. "
        "There will be a trilateral meeting including Japanese envoy Hiroyuki Namazu on the "
        "same day. Kim Gunn and Namazu will also have a separate discussion."
    )
    trilateral = next(m for m in found if "Sung Kim" in m.participants)
    assert str(trilateral.date) == "2024-05-17"
    pair = next(m for m in found if set(m.participants) == {"Kim Gunn", "Hiroyuki Namazu"})
    assert pair.location == "Seoul"


def test_unplaced_meeting_of_people_just_placed_is_there_and_also_is_another() -> None:
    found = meetings(
        "US envoy Kurt Campbell and Japanese Vice Foreign Minister Masataka Okano met in "
        "Tokyo on Monday. Earlier in the day, Campbell met with Japanese diplomat Hiroyuki "
        "Namazu. He also met with Japanese adviser Akiba Takeo. "
        "Campbell is on a tour of Asia that took him to Seoul."
    )
    akiba = next(m for m in found if "Akiba Takeo" in m.participants)
    assert akiba.location == "Tokyo"
    seoul = next(m for m in found if m.location == "Seoul")
    assert seoul.participants == ("Kurt Campbell",)


def test_a_modal_after_the_subject_makes_the_meeting_proposed() -> None:
    found = meetings(
        "There is speculation that a meeting between US President Donald Trump and North "
        "Korean leader Kim Jong Un could take place at Panmunjom."
    )
    assert by_parties(found, "PRK", "USA").status == "proposed"


def test_meeting_the_presidents_of_states_is_a_summit_with_them_all() -> None:
    (grouped,) = meetings(
        "This year North Korean leader Kim Jong Un has met the presidents of China, "
        "Russia and South Korea."
    )
    assert grouped.parties == ("CHN", "KOR", "PRK", "RUS")
    assert grouped.kind == "summit"


def test_month_of_occasion_after_an_adjective() -> None:
    (mention,) = find_dates("They recalled their historic April summit.")
    assert mention.text == "April"


def test_appears_poised_to_arrange_talks_is_proposed() -> None:
    found = meetings(
        "Tokyo appears poised to arrange talks between its delegation and Ri Song Chol, "
        "a North Korean official."
    )
    assert all(m.status == "proposed" for m in found)


def test_a_body_s_own_session_is_no_meeting() -> None:
    found = meetings(
        "After an emergency meeting of the National Security Council chaired by South "
        "Korean President Yoon Suk Yeol, Seoul condemned North Korea's launch. "
        "During the NSC meeting, Yoon ordered a firm response to Pyongyang."
    )
    assert found == []


def test_date_after_a_long_appositive_still_dates_the_meeting() -> None:
    (talks,) = meetings(
        "North Korean leader Kim Jong Un met with Zhao Leji, a Chinese Communist Party "
        "politburo standing committee member who heads the visiting Chinese delegation, "
        "during a ceremony that began on Monday evening in Pyongyang."
    )
    assert str(talks.date) == "2024-05-13"


def test_capital_told_by_its_state_and_place_told_by_its_kind() -> None:
    (visit,) = meetings(
        "Russian Foreign Minister Sergei Lavrov held talks with North Korean Foreign "
        "Minister Choe Son Hui in the North's capital on Tuesday."
    )
    assert visit.location == "Pyongyang"
    (talks,) = meetings(
        "The letter proposed Mongolia's capital Ulan Bator as the venue for talks between "
        "Japanese Prime Minister Fumio Kishida and North Korean leader Kim Jong Un."
    )
    assert talks.location == "Ulan Bator"
    assert "MNG" not in talks.parties
    found = meetings(
        "The Panmunjom Declaration marked the first summit of South Korean President Moon "
        "Jae-in and North Korean leader Kim Jong Un in the cross-border village in 2018."
    )
    assert found[0].location == "Panmunjom"


def test_surname_pair_before_the_cue_names_the_two_leaders() -> None:
    found = meetings(
        "Japanese Prime Minister Fumio Kishida and North Korean leader Kim Jong Un have "
        "never met. Speculation grew that a Kishida-Kim summit could take place in Mongolia."
    )
    summit = next(m for m in found if m.location == "Mongolia")
    assert set(summit.participants) == {"Fumio Kishida", "Kim Jong Un"}
    assert summit.status == "proposed"


def test_present_progressive_trip_is_planned_and_reported_would_is_planned() -> None:
    (trip,) = meetings(
        "Chinese Foreign Minister Wang Yi is travelling to Tokyo for talks with Japanese "
        "Foreign Minister Takeshi Iwaya."
    )
    assert trip.status == "planned"
    (visit,) = meetings(
        "The ministry said Russian Foreign Minister Sergei Lavrov would visit Pyongyang on "
        "Friday to meet North Korean Foreign Minister Choe Son Hui."
    )
    assert visit.status == "planned"


def test_negation_governing_the_cue_from_further_back_drops_it() -> None:
    found = meetings(
        "Officials expected that the US special envoy Mark Lippert would not press ahead "
        "with a highly publicized visit to Tokyo without assurances."
    )
    assert found == []


def test_calls_for_the_recovery_of_talks_are_a_process() -> None:
    found = meetings(
        "South Korean President Lee Jae-myung has called for a recovery of the hotline and "
        "talks, pinning hopes on US President Donald Trump."
    )
    assert found == []


def test_go_to_is_a_visit_and_people_sent_back_make_none() -> None:
    found = meetings(
        "Japanese Prime Minister Shigeru Ishiba will travel to North Korea for talks with "
        "leader Kim Jong Un. Reports say Ishiba could go to Pyongyang next month. "
        "Five abductees were sent back to Japan in 2002."
    )
    assert len(found) == 1
    assert found[0].location == "Pyongyang"


def test_a_record_comparison_is_no_visit() -> None:
    found = meetings(
        "North Korean Marshal Ri Pyong Chol, the highest-ranking officer ever to go to "
        "Washington, spoke at the dinner."
    )
    assert found == []


def test_good_will_is_no_plan_and_a_summit_that_led_to_meetings_is_another_occasion() -> None:
    found = meetings(
        "The office was set up as a sign of good will following the 2018 inter-Korean "
        "summit that led to Kim Jong Un's three meetings with US President Donald Trump."
    )
    trump = by_parties(found, "PRK", "USA")
    assert trump.status == "held"
    assert trump.date is None
    inter_korean = by_parties(found, "KOR", "PRK")
    assert str(inter_korean.date) == "2018"


def test_and_then_before_a_name_coordinates_and_a_past_year_borrows_no_place() -> None:
    found = meetings(
        "North Korean leader Kim Jong Un arrived in Beijing on Tuesday. Kim met US "
        "President Donald Trump in 2018 and then South Korean President Moon Jae-in."
    )
    grouped = next(m for m in found if "Donald Trump" in m.participants)
    assert "Moon Jae-in" in grouped.participants
    assert grouped.location is None


def test_pronoun_after_a_described_subject_means_that_envoy() -> None:
    found = meetings(
        "The South Korean delegation was led by Maj. Gen. Park Sang-min. "
        "The North Korean side was headed by Lt. Gen. Ri Chol-ho. "
        "The chief South Korean delegate told reporters that he will discuss the "
        "schedule of inter-Korean talks with his counterpart."
    )
    talks = by_parties(found, "KOR", "PRK")
    assert talks.participants == ("Park Sang-min",)
