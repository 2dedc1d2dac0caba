"""Meeting rules of the fifth round: each test is a sentence written for the rule it
checks, not a probe passage."""

from __future__ import annotations

import dprk_diplomacy
from lookup import by_parties

HEADER = " date 2024-05-17\nSEOUL (Newswire) -- "  # a Friday


def meetings(body: str, header: str = HEADER) -> list[dprk_diplomacy.Meeting]:
    return list(dprk_diplomacy.parse(header + body).meetings)


def test_those_who_are_leading_the_delegations_sit_at_the_talks_just_told() -> None:
    found = meetings(
        "Diplomats of Japan and North Korea opened talks in Hanoi on Wednesday. Kenji "
        "Morita, a deputy director general at Japan's Foreign Ministry, and Ri Chol Min, a "
        "North Korean ambassador-at-large, are leading the delegations."
    )
    talks = by_parties(found, "JPN", "PRK")
    assert set(talks.participants) == {"Kenji Morita", "Ri Chol Min"}


def test_a_side_that_is_headed_by_someone_names_a_participant() -> None:
    found = meetings(
        "The two Koreas began working-level talks at the border on Tuesday. The South's "
        "team is headed by Park Sun-woo, a unification ministry official, while Jang "
        "Myong Su heads the North Korean side."
    )
    talks = by_parties(found, "KOR", "PRK")
    assert set(talks.participants) == {"Park Sun-woo", "Jang Myong Su"}


def test_a_second_meeting_in_the_same_sentence_is_another_occasion() -> None:
    found = meetings(
        "Japanese Prime Minister Fumio Kishida flew to Seoul in May 2023 to meet President "
        "Yoon Suk Yeol, and went back for a second meeting with him in September 2024."
    )
    assert sorted(str(m.date) for m in found) == ["2023-05", "2024-09"]
    assert all(m.location == "Seoul" and m.parties == ("JPN", "KOR") for m in found)


def test_a_second_meeting_there_keeps_the_place_of_the_first() -> None:
    found = meetings(
        "The two Koreas' defence chiefs first met in March at the truce village of "
        "Panmunjom, and held a second, shorter meeting there in April."
    )
    assert [(m.location, str(m.date)) for m in found] == [
        ("Panmunjom", "2024-03"),
        ("Panmunjom", "2024-04"),
    ]


def test_a_leader_who_wished_to_meet_proposes_a_summit() -> None:
    (summit,) = meetings(
        "She said Prime Minister Shigeru Ishiba had told Pyongyang that he wished to meet "
        "Kim Jong Un soon."
    )
    assert summit.status == "proposed"


def test_the_one_whose_death_is_told_is_no_participant() -> None:
    (talks,) = meetings(
        "Envoys of Japan and North Korea met in Beijing on Tuesday, a year after their "
        "last round was put off by the funeral of leader Kim Jong Il."
    )
    assert talks.participants == ()


def test_who_spoke_after_the_session_and_his_counterpart_sat_at_it() -> None:
    (talks,) = meetings(
        "American and North Korean negotiators met again in Geneva on Thursday. The chief "
        "U.S. negotiator, Sung Kim, said after the three-hour session that progress had "
        "been made. His counterpart, Ri Yong Ho, North Korea's vice foreign minister, "
        "left without comment."
    )
    assert set(talks.participants) == {"Sung Kim", "Ri Yong Ho"}


def test_a_counterpart_of_a_third_state_is_not_added() -> None:
    found = meetings(
        "Kim Jong Un was greeted in Vladivostok on Wednesday by Russian officials led by "
        "Deputy Prime Minister Yuri Trutnev. For weeks, North Korean diplomat Choe Son Hui "
        "had been haggling with his American counterpart, Sung Kim, over a statement."
    )
    assert all("Sung Kim" not in m.participants for m in found)


def test_a_village_named_after_a_part_of_it_is_the_place() -> None:
    (talks,) = meetings(
        "A U.S. team led by Sung Kim crossed into the southern side of the border village "
        "of Panmunjom for talks with North Korean Vice Foreign Minister Choe Son Hui on "
        "Sunday."
    )
    assert talks.location == "Panmunjom"


def test_where_after_a_place_and_a_time_takes_both() -> None:
    (talks,) = meetings(
        "The deal was prepared in Geneva last month, where U.S. envoy Sung Kim and North "
        "Korean Vice Foreign Minister Choe Son Hui spent two days in talks."
    )
    assert (talks.location, str(talks.date)) == ("Geneva", "2024-04")


STORY = (
    "Japan and North Korea ended talks in Hanoi on Thursday. Japan wants answers, and North "
    "Korea wants aid, officials of Japan and North Korea said. "
)


def test_a_placed_dated_round_with_no_side_named_is_between_the_story_pair() -> None:
    found = meetings(
        STORY + "Officials had met in Ulaanbaatar in November 2019, but little came of it."
    )
    (earlier,) = [m for m in found if m.location == "Ulaanbaatar"]
    assert (earlier.parties, str(earlier.date)) == (("JPN", "PRK"), "2019-11")


def test_the_last_talks_opening_a_sentence_are_an_earlier_round() -> None:
    found = meetings(STORY + "The last talks took place in Geneva in March 2021.")
    (earlier,) = [m for m in found if m.location == "Geneva"]
    assert (earlier.parties, earlier.status) == (("JPN", "PRK"), "held")


def test_a_definite_mention_of_the_same_occasion_is_not_a_new_round() -> None:
    found = meetings(STORY + "The two-day meeting took place at a hotel in Hanoi.")
    assert len(found) == 1


def test_a_timeline_entry_in_the_present_tells_what_happened() -> None:
    found = meetings(
        "Key dates:\n\nMarch 3-4 - Foreign Minister Cho Tae-yul visits Tokyo and meets "
        "Foreign Minister Yoko Kamikawa.\n\nApril 2 - North Korea calls off talks with "
        "South Korea set for that day."
    )
    visit = by_parties(found, "JPN", "KOR")
    assert (visit.status, str(visit.date)) == ("held", "2024-03-03")
    assert by_parties(found, "KOR", "PRK").status == "cancelled"


def test_a_background_clause_of_speculation_is_another_occasion() -> None:
    found = meetings(
        "Foreign Minister Choe Son Hui held talks with Russian Foreign Minister Sergei "
        "Lavrov in Moscow on Thursday, as speculation grows that leader Kim Jong Un could "
        "travel to Russia this year."
    )
    talks = by_parties(found, "PRK", "RUS")
    assert (talks.kind, talks.participants) == ("talks", ("Choe Son Hui", "Sergei Lavrov"))
    assert any(m.status == "proposed" and "Kim Jong Un" in m.participants for m in found)


def test_the_day_someone_told_reporters_does_not_date_what_they_told() -> None:
    (visit,) = meetings(
        "A Kremlin spokesman told reporters on Wednesday that a visit by Kim Jong Un to "
        "Moscow remained possible."
    )
    assert (visit.status, visit.date) == ("proposed", None)


def test_the_end_of_the_month_for_talks_dates_them() -> None:
    (talks,) = meetings(
        "Prime Minister Shigeru Ishiba is expected in Seoul at the end of the month for talks "
        "with President Lee Jae-myung."
    )
    assert (talks.status, str(talks.date)) == ("planned", "2024-05")


def test_the_last_leader_to_go_to_a_place_was_someone_in_a_year() -> None:
    (visit,) = meetings(
        "The last Chinese head of state to go to North Korea was Hu Jintao, in 2005."
    )
    assert (visit.status, str(visit.date), visit.parties) == ("held", "2005", ("CHN", "PRK"))


def test_his_journey_after_someones_envoy_is_the_envoys() -> None:
    found = meetings(
        "President Joe Biden's envoy to North Korea said Thursday that his journey to "
        "Pyongyang produced no commitment."
    )
    assert all("Joe Biden" not in m.participants for m in found)


def test_the_days_of_a_two_day_summit_are_one_occasion_dated_by_its_first() -> None:
    found = meetings(
        "President Lee Jae-myung ended his summit with Prime Minister Shigeru Ishiba in "
        "Tokyo on Thursday. The two-day summit had opened with a dinner on Wednesday "
        "evening."
    )
    (summit,) = found
    assert str(summit.date) == "2024-05-15"


def test_a_telephone_talk_is_a_call() -> None:
    (call,) = meetings(
        "Takeshi Iwaya, Minister for Foreign Affairs of Japan, held a telephone talk with "
        "Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea, on Monday."
    )
    assert (call.kind, call.location) == ("call", None)


def test_a_resort_named_after_its_place_is_that_place() -> None:
    (talks,) = meetings(
        "Red Cross officials of the two Koreas met at the Mount Kumgang resort on Tuesday."
    )
    assert talks.location == "Mount Kumgang"


def test_a_named_cosmodrome_outside_any_city_is_the_place() -> None:
    (summit,) = meetings(
        "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East "
        "in September."
    )
    assert summit.location == "Vostochny Cosmodrome"


def test_an_air_base_in_a_named_place_is_in_that_place() -> None:
    (summit,) = meetings(
        "President Trump landed at Paya Lebar Air Base in Singapore on Sunday and met Prime "
        "Minister Lee Hsien Loong."
    )
    assert summit.location == "Singapore"


def test_a_pact_signed_after_summit_talks_names_their_people() -> None:
    (summit,) = meetings(
        "Chinese President Xi Jinping and North Korean leader Kim Jong Un signed a treaty "
        "after summit talks in Beijing."
    )
    assert (set(summit.participants), summit.location) == (
        {"Xi Jinping", "Kim Jong Un"},
        "Beijing",
    )


def test_the_two_are_the_two_people_the_sentence_before_named() -> None:
    found = meetings(
        "Sung Kim, the U.S. envoy, will again face Vice Foreign Minister Choe Son Hui of "
        "North Korea on June 8. The two last sat down together in Geneva in July last year."
    )
    talks = by_parties(found, "PRK", "USA")
    assert (set(talks.participants), talks.location, str(talks.date)) == (
        {"Sung Kim", "Choe Son Hui"},
        "Geneva",
        "2023-07",
    )


def test_a_briefing_given_to_a_foreign_leader_is_a_meeting() -> None:
    (talks,) = meetings(
        "Former U.S. envoy Robert Gallucci briefed President Yoon Suk Yeol at Chong Wa Dae "
        "in Seoul on Monday."
    )
    assert (talks.parties, talks.location) == (("KOR", "USA"), "Seoul")


def test_talks_that_set_the_timing_of_that_summit_are_talks() -> None:
    (talks,) = meetings(
        "The previous round of high-level talks between the two Koreas, on April 13, was "
        "held at Panmunjom and set the timing of that summit."
    )
    assert talks.kind == "talks"


def test_an_invitation_accepted_without_an_article_is_a_plan() -> None:
    (visit,) = meetings(
        "Chairman Kim Jong Un invited President Vladimir Putin to visit Pyongyang at a "
        "convenient time, and President Putin accepted invitation with pleasure."
    )
    assert visit.status == "planned"


def test_an_invitation_said_to_have_been_accepted_is_a_plan() -> None:
    (visit,) = meetings(
        "North Korean leader Kim Jong Un invited Russian President Vladimir Putin to visit "
        "North Korea, and the Kremlin said the invitation had been accepted."
    )
    assert visit.status == "planned"


def test_a_state_before_met_is_a_side_not_the_place() -> None:
    (talks,) = meetings(
        "Delegates of North Korea and the United States met in the Swedish capital on Saturday."
    )
    assert talks.location == "Stockholm"


def test_a_preliminary_contact_is_a_round_of_talks() -> None:
    (talks,) = meetings(
        "Negotiators of North Korea and the United States held a preliminary contact in "
        "Stockholm on Friday."
    )
    assert (talks.kind, talks.location) == ("talks", "Stockholm")


def test_one_who_led_a_delegation_sat_at_the_talks_just_told() -> None:
    found = meetings(
        "The two Koreas held military talks at Panmunjom on Thursday. Maj. Gen. Park "
        "Sung-ho, a defence ministry official, led a five-member delegation from the South."
    )
    assert by_parties(found, "KOR", "PRK").participants == ("Park Sung-ho",)


def test_the_day_of_a_telling_hours_after_the_talks_is_their_day() -> None:
    (talks,) = meetings(
        "North Korea's negotiator said Saturday that talks with the United States in "
        "Stockholm had broken down, hours after the delegations sat down on an island."
    )
    assert str(talks.date) == "2024-05-11"


def test_the_one_told_is_not_at_the_meeting_the_teller_will_hold() -> None:
    (summit,) = meetings(
        "President Lee Jae-myung said Xi Jinping had told him he remained committed to "
        "meeting Kim Jong Un in Beijing in June."
    )
    assert set(summit.participants) == {"Xi Jinping", "Kim Jong Un"}


def test_the_carrier_of_an_offer_to_meet_is_not_at_the_meeting() -> None:
    found = meetings(
        "Former President Jimmy Carter returned to Seoul on Saturday carrying what he "
        "described as an offer from President Kim Il Sung to meet President Kim Young Sam "
        "anywhere. President Kim Young Sam accepted the offer within hours, aides said."
    )
    summit = by_parties(found, "KOR", "PRK")
    assert (set(summit.participants), summit.status) == (
        {"Kim Il Sung", "Kim Young Sam"},
        "planned",
    )


def test_where_clause_with_its_own_people_keeps_them_and_the_time_before() -> None:
    found = meetings(
        "Foreign Minister Sergei Lavrov landed on Wednesday evening, according to the "
        "Russian foreign ministry, flying in from Beijing, where President Vladimir Putin had "
        "held talks with Chinese President Xi Jinping."
    )
    summit = by_parties(found, "CHN", "RUS")
    assert (set(summit.participants), str(summit.date)) == (
        {"Vladimir Putin", "Xi Jinping"},
        "2024-05-15",
    )


def test_a_named_venue_the_gazetteer_does_not_know_is_in_the_city_state_told() -> None:
    found = meetings(
        "Singapore will host the summit. Prime Minister Lee Hsien Loong hosted President "
        "Moon Jae-in at the Istana on Sunday, officials in Singapore said.",
        header=" date 2024-05-17\n",
    )
    assert by_parties(found, "KOR", "SGP").location == "Singapore"


def test_a_named_venue_is_in_the_dateline_city() -> None:
    (talks,) = meetings(
        "Envoys of Japan and North Korea met at the Grand Lotus hotel on Tuesday.",
        header=" date 2024-05-17\nHANOI (Newswire) -- ",
    )
    assert talks.location == "Hanoi"


def test_one_driven_to_a_place_to_meet_someone_met_them() -> None:
    found = meetings(
        "Kim Yong Chol, a North Korean vice chairman, met Secretary of State Mike Pompeo in "
        "Washington and was then driven to the White House to meet President Donald Trump "
        "on Friday."
    )
    assert all(m.status == "held" for m in found)
    assert str(found[-1].date) == "2024-05-17"


def test_the_talks_began_a_few_sentences_on_dates_them_by_the_first_day() -> None:
    (talks,) = meetings(
        "Three days of talks between North Korean and American diplomats ended in Stockholm "
        "on Monday. The North's team was led by Choe Son Hui. The American one was led by "
        "Sung Kim. The talks began on Saturday, the ministry said."
    )
    assert str(talks.date) == "2024-05-11"


def test_a_town_a_venue_stands_in_is_the_place() -> None:
    (talks,) = meetings(
        "Diplomats of Japan and North Korea met at a conference centre in Saltsjobaden, "
        "south of Stockholm, on Monday."
    )
    assert talks.location == "Saltsjobaden"


def test_months_coordinated_with_their_places_that_year_are_each_an_occasion() -> None:
    found = meetings(
        "President Lee Jae-myung and Prime Minister Shigeru Ishiba first met in April 2021. "
        "The two leaders went on to meet twice more that year, in May at Busan and in "
        "September in Tokyo."
    )
    assert sorted((str(m.date), m.location) for m in found) == [
        ("2021-04", None),
        ("2021-05", "Busan"),
        ("2021-09", "Tokyo"),
    ]


def test_the_following_year_counts_from_the_year_told_before() -> None:
    found = meetings(
        "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang in May 2018. "
        "That visit led to the first summit between Kim Jong Un and Vladimir Putin in "
        "Vladivostok the following year."
    )
    (summit,) = [m for m in found if m.location == "Vladivostok"]
    assert str(summit.date) == "2019"


def test_an_occasion_something_came_ahead_of_long_ago_was_held() -> None:
    (summit,) = meetings(
        "The leaders' hotline was installed in April 2018, ahead of the first summit between "
        "President Moon Jae-in and Kim Jong-un at Panmunjom later that month."
    )
    assert (summit.status, str(summit.date)) == ("held", "2018-04")


def test_and_a_new_subject_that_will_hold_talks_is_another_occasion() -> None:
    found = meetings(
        "The two Koreas agreed on follow-up meetings. Red Cross officials from both Koreas "
        "will meet at the Mount Kumgang resort on June 22, and sports officials are "
        "scheduled to hold talks at Panmunjom on Monday."
    )
    assert sorted(m.location or "" for m in found) == ["Mount Kumgang", "Panmunjom"]


def test_officials_who_failed_to_turn_up_cancelled_the_meeting() -> None:
    (talks,) = meetings(
        "North Korean officials failed to turn up for a preparatory meeting in Singapore "
        "last week with a U.S. team led by Joe Hagin, the deputy chief of staff."
    )
    assert talks.status == "cancelled"


def test_the_states_of_a_cited_reason_are_no_sides() -> None:
    (talks,) = meetings(
        "North Korea called off high-level talks with South Korea set for Wednesday, citing "
        "U.S.-South Korean air drills."
    )
    assert talks.parties == ("KOR", "PRK")


def test_the_place_of_an_aside_on_the_journey_is_not_the_venue() -> None:
    found = meetings(
        "U.N. envoy Jeffrey Feltman arrived in Pyongyang on Tuesday. Feltman, who arrived "
        "after a stop in Beijing, held talks with Foreign Minister Ri Yong Ho of North Korea."
    )
    assert all(m.location != "Beijing" for m in found)


def test_trips_to_a_capital_are_visits() -> None:
    (visit,) = meetings("U.N. envoy Maurice Strong made two trips to Pyongyang in 2003.")
    assert (visit.location, str(visit.date), visit.parties) == ("Pyongyang", "2003", ("PRK",))


def test_the_carrier_of_a_summit_offer_held_talks_not_the_summit() -> None:
    found = meetings(
        "The summit offer was first conveyed by former U.S. President Jimmy Carter, who met "
        "Kim Il Sung in Pyongyang earlier this month."
    )
    talks = by_parties(found, "PRK", "USA")
    assert (talks.kind, set(talks.participants)) == ("talks", {"Jimmy Carter", "Kim Il Sung"})


def test_a_later_head_of_government_meeting_before_his_term_holds_talks() -> None:
    (talks,) = meetings(
        "Japanese Foreign Minister Fumio Kishida met South Korean Foreign Minister Yun "
        "Byung-se in Seoul on June 11, 2014."
    )
    assert talks.kind == "talks"


def test_two_coordinated_weekdays_date_an_occasion_by_the_first() -> None:
    (talks,) = meetings(
        "Former U.S. envoy Robert Gallucci spent Thursday and Friday in long sessions with "
        "North Korean Vice Foreign Minister Kang Sok Ju in Geneva."
    )
    assert str(talks.date) == "2024-05-16"


def test_a_planned_round_placed_and_dated_with_no_side_named_is_the_story_pair() -> None:
    found = meetings(
        STORY + "Sports officials will meet on Monday at the truce village of Panmunjom."
    )
    (round_,) = [m for m in found if m.location == "Panmunjom"]
    assert (round_.parties, round_.status) == (("JPN", "PRK"), "planned")


def test_the_occasion_a_visit_comes_a_week_before_is_still_to_come() -> None:
    found = meetings(
        "The visit comes a week before the G20 summit in the Japanese city of Osaka, where "
        "Chinese President Xi Jinping is expected to meet U.S. President Donald Trump."
    )
    assert by_parties(found, "CHN", "USA").status == "planned"


def test_planned_to_call_two_leaders_is_a_planned_call() -> None:
    (call,) = meetings(
        "Trump planned to call South Korean President Moon Jae-in and Japanese Prime "
        "Minister Shinzo Abe from the plane on Saturday, an official said."
    )
    assert (call.kind, call.status, call.parties) == ("call", "planned", ("JPN", "KOR", "USA"))


def test_days_spent_with_a_counterpart_are_talks() -> None:
    (talks,) = meetings(
        "Stephen Biegun, the U.S. special representative, spent several days last week in "
        "Hanoi with his North Korean counterpart Kim Hyok Chol."
    )
    assert (talks.location, set(talks.participants)) == (
        "Hanoi",
        {"Stephen Biegun", "Kim Hyok Chol"},
    )


def test_one_who_faced_another_across_the_table_met_them() -> None:
    found = meetings(
        "The second round was held in Geneva last July, when U.S. envoy Robert Gallucci "
        "faced North Korea's First Deputy Foreign Minister, Kang Sok Ju, across the table."
    )
    talks = by_parties(found, "PRK", "USA")
    assert (talks.location, str(talks.date)) == ("Geneva", "2023-07")


def test_a_summit_called_off_by_a_leaders_death_was_still_a_summit() -> None:
    found = meetings(
        "That meeting of North Korean leader Kim Il Sung and South Korean President Kim "
        "Young Sam, set for July 25 in Pyongyang, was called off after Kim Il Sung's death.",
        header=" date 1994-08-06\nSEOUL (Newswire) -- ",
    )
    summit = by_parties(found, "KOR", "PRK")
    assert (summit.status, summit.kind) == ("cancelled", "summit")


def test_a_second_meeting_in_the_village_a_month_later() -> None:
    found = meetings(
        "Seoul's envoy Ahn Min-ho and North Korea's Ri Son Gwon first met in April at the "
        "border village of Panmunjom, and held a second, hastily arranged meeting on the "
        "northern side of the village a month later."
    )
    assert sorted((str(m.date), m.location) for m in found) == [
        ("2024-04", "Panmunjom"),
        ("2024-05", "Panmunjom"),
    ]


def test_a_summit_believed_important_is_only_proposed() -> None:
    (summit,) = meetings(
        "Prime Minister Shigeru Ishiba said on Tuesday that he still believes a summit with "
        "Kim Jong Un is important."
    )
    assert summit.status == "proposed"


def test_he_in_the_next_sentence_is_the_teller_not_an_object_of_his_clause() -> None:
    found = meetings(
        "North Korean leader Kim Jong Un said the North is ready to make the summit between "
        "himself and President Lee Jae-myung a success. He also said he is willing to hold "
        "a summit with U.S. President Donald Trump."
    )
    assert set(by_parties(found, "KOR", "PRK").participants) == {"Kim Jong Un", "Lee Jae-myung"}
    assert set(by_parties(found, "PRK", "USA").participants) == {"Kim Jong Un", "Donald Trump"}


def test_summits_talked_about_are_a_topic() -> None:
    found = meetings(
        "The press release says North Korean leader Kim Jong Un talked about summits with "
        "South Korea and the United States."
    )
    assert found == []


def test_times_coordinated_in_a_when_clause_are_more_occasions() -> None:
    found = meetings(
        "Japan and North Korea have held only two summits, both in Pyongyang, when Prime "
        "Minister Junichiro Koizumi met Kim Jong Il in September 2002 and again in May 2004."
    )
    assert sorted(str(m.date) for m in found) == ["2002-09", "2004-05"]


def test_an_undated_meeting_joined_by_and_then_to_a_dated_one_shares_its_day() -> None:
    found = meetings(
        "Kim Yong Chol, a North Korean vice chairman, met Secretary of State Antony Blinken "
        "at a hotel in Washington and was then driven to the White House to meet President "
        "Joe Biden on Friday."
    )
    assert [str(m.date) for m in found] == ["2024-05-17", "2024-05-17"]


def test_a_reported_would_take_place_after_the_cue_is_a_plan() -> None:
    (summit,) = meetings(
        "The White House said that a second summit between Trump and Kim Jong Un would take "
        "place near the end of June."
    )
    assert summit.status == "planned"
    (hedged,) = meetings(
        "Officials said a summit between Trump and Kim Jong Un could take place in June."
    )
    assert hedged.status == "proposed"
