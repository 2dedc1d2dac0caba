"""Status and kind of meetings told in sentences written for these tests."""

from __future__ import annotations

import pytest

from dprk_diplomacy import parse


def _meetings(body: str, published: str = "2019-06-05") -> list[tuple[str, str, str | None]]:
    article = parse(f" date {published}\nHeadline\n\n{body}\n")
    return [(m.status, m.kind, m.location) for m in article.meetings]


@pytest.mark.parametrize(
    "body",
    [
        "Ahead of the summit, Pompeo met Kim Yong Chol in New York on Thursday.",
        "Following the summit, Pompeo met Kim Yong Chol in New York on Thursday.",
        "Prior to the summit, Pompeo met Kim Yong Chol in New York on Thursday.",
        "Ahead of the banquet, Foreign Minister Kang Kyung-wha met Wang Yi in Seoul on Monday.",
        "Two weeks before the summit, Pompeo met Kim Yong Chol in New York on Thursday.",
    ],
)
def test_a_fronted_time_phrase_keeps_the_main_clause_held(body: str) -> None:
    assert ("held", "talks", "New York" if "Pompeo" in body else "Seoul") in _meetings(body)


def test_a_visit_under_way_is_held() -> None:
    body = "Vietnamese President Nguyen Phu Trong is on a three-day state visit to Pyongyang."
    assert [status for status, _, _ in _meetings(body)] == ["held"]


def _parties(body: str) -> list[list[str]]:
    article = parse(f" date 2019-06-05\nHeadline\n\n{body}\n")
    return [sorted(m.parties) for m in article.meetings]


def test_a_dated_resumption_is_an_occasion() -> None:
    body = "Washington and Pyongyang resumed working-level talks in Geneva on Saturday."
    assert _parties(body) == [["PRK", "USA"]]


def test_talk_of_resuming_is_no_occasion() -> None:
    assert _parties("Washington wants to resume working-level talks with Pyongyang.") == []


def test_the_source_of_a_report_is_no_side() -> None:
    body = "Japanese and North Korean diplomats met in Hanoi on Monday, a Vietnamese official said."
    assert _parties(body) == [["JPN", "PRK"]]


def _records(body: str, published: str = "2019-04-26") -> list[tuple[object, ...]]:
    article = parse(f" date {published}\nHeadline\n\n{body}\n")
    return [
        (m.participants, m.parties, m.location, str(m.date), m.status, m.kind)
        for m in article.meetings
    ]


def test_two_subjects_joined_by_and_are_two_occasions() -> None:
    body = (
        "Foreign Minister Sergei Lavrov visited Pyongyang in May last year, and "
        "Kim's envoy Choe Son Hui held talks with Russian officials in Moscow in October."
    )
    places = sorted((r[2], r[3]) for r in _records(body))
    assert places == [("Moscow", "2018-10"), ("Pyongyang", "2018-05")]


def test_an_arrival_told_later_joins_the_talks_of_that_stay() -> None:
    body = (
        "President Vladimir Putin and Kim Jong Un held their first summit in Vladivostok "
        "on Thursday. The talks lasted three hours. Analysts said little was agreed. "
        "Russia offered no aid. Kim arrived in Vladivostok on Wednesday, greeted by "
        "officials with bread and salt."
    )
    assert [r[2:] for r in _records(body)] == [("Vladivostok", "2019-04-25", "held", "summit")]


def test_an_offer_in_the_sentence_before_does_not_govern() -> None:
    body = "Seoul offered food aid. Kim Yong Chol met Pompeo in New York on Thursday."
    assert [r[4] for r in _records(body)] == ["held"]


def test_a_visit_in_a_relative_clause_is_no_topic_and_keeps_the_day() -> None:
    body = (
        "PYONGYANG, May 10 (KCNA) -- Kim Jong Un met Mike Pompeo, U.S. secretary of state "
        "who is on a visit to Pyongyang, on May 9."
    )
    assert [r[2:4] for r in _records(body, "2018-05-10")] == [("Pyongyang", "2018-05-09")]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("Moon Jae-in and Kim Jong Un reached an agreement on holding a summit.", "planned"),
        ("Moon Jae-in and Kim Jong Un discussed the possibility of holding a summit.", "proposed"),
    ],
)
def test_holding_a_meeting_as_a_topic_is_not_held(body: str, status: str) -> None:
    assert [r[4] for r in _records(body)] == [status]


def test_an_invitation_accepted_in_the_same_sentence_is_planned() -> None:
    body = (
        "Kim Jong Un invited Vladimir Putin to visit Pyongyang, and Putin accepted the invitation."
    )
    assert [r[4] for r in _records(body)] == ["planned"]


def test_a_meeting_later_in_a_stay_takes_the_place_of_the_arrival() -> None:
    body = (
        "U.S. envoy Sung Kim arrived in Seoul on Saturday for a five-day trip and held talks "
        "with South Korean envoy Noh Kyu-duk. He also met Unification Minister Lee In-young "
        "on Tuesday."
    )
    assert [r[2:4] for r in _records(body, "2021-06-22")] == [
        ("Seoul", "2021-06-19"),
        ("Seoul", "2021-06-22"),
    ]


def test_as_with_a_pronoun_opens_the_clause_of_another_occasion() -> None:
    body = (
        'Sung Kim said Washington was ready to meet North Korea "anywhere, anytime," as he '
        "held talks with Japanese and South Korean envoys in Seoul on Monday."
    )
    assert [(sorted(r[1]), r[2]) for r in _records(body, "2021-06-22")] == [
        (["JPN", "KOR", "USA"], "Seoul")
    ]


def test_a_proposal_taken_up_is_the_occasion_held() -> None:
    body = (
        "Officials of the two Koreas held talks at Panmunjom. Seoul proposed on Jan. 2 that "
        "the two sides meet at Panmunjom on Tuesday."
    )
    assert [(r[1], r[2], r[3], r[4]) for r in _records(body, "2018-01-09")] == [
        (("KOR", "PRK"), "Panmunjom", "2018-01-09", "held")
    ]


def test_a_proposal_for_next_week_is_another_occasion() -> None:
    body = (
        "Officials of the two Koreas held talks at Panmunjom. Seoul proposed that the two "
        "sides meet at Panmunjom next week."
    )
    assert sorted(r[4] for r in _records(body, "2018-01-09")) == ["held", "proposed"]


def test_the_next_round_has_the_sides_of_the_last_round() -> None:
    body = (
        "The fourth round of six-party talks ended in Beijing on Monday. The chief U.S. "
        "negotiator, Christopher Hill, met his North Korean counterpart, Kim Kye-gwan, "
        "several times. The next round is scheduled to begin in early November."
    )
    plans = [r for r in _records(body, "2005-09-19") if r[4] == "planned"]
    assert [r[1] for r in plans] == [("CHN", "JPN", "KOR", "PRK", "RUS", "USA")]


def test_a_rank_among_visitors_is_no_occasion() -> None:
    body = (
        "U.N. official Jeffrey Feltman is expected to visit Pyongyang later this year. He would "
        "be the most senior U.N. official to visit the North since 2011."
    )
    assert [(r[2], r[3], r[4]) for r in _records(body, "2017-09-04")] == [
        ("Pyongyang", "2017", "planned")
    ]


@pytest.mark.parametrize(
    ("body", "dates"),
    [
        ("The two Koreas held summits in Pyongyang in 2000 and 2007.", ["2000", "2007"]),
        (
            "Leaders of the two Koreas met in 2000, 2007 and three times in 2018.",
            ["2000", "2007", "2018"],
        ),
        (
            "Officials of the two Koreas held talks in Kaesong on Monday and Tuesday.",
            ["2019-06-03"],
        ),
    ],
)
def test_coordinated_years_are_occasions_of_their_own_but_days_are_not(
    body: str, dates: list[str]
) -> None:
    assert [r[3] for r in _records(body, "2019-06-05")] == dates


def test_a_pair_of_states_naming_a_place_is_no_side() -> None:
    body = (
        "U.S. envoy Sung Kim hopes to meet North Korean officials in the inter-Korean "
        "truce village of Panmunjom."
    )
    assert [r[1] for r in _records(body)] == [("PRK", "USA")]


def test_a_leader_offering_a_summit_is_its_participant() -> None:
    body = "North Korean leader Kim Jong Un said he was willing to meet President Moon Jae-in."
    assert [r[4] for r in _records(body)] == ["proposed"]


def test_officials_of_a_states_ministry_are_its_side_and_a_passive_agent_is_he() -> None:
    body = (
        "State media said President Kim Jong Un's letter to Vladimir Putin was handed over "
        "by Ambassador Sin Hong Chol when he met officials from the Russian Foreign "
        "Ministry in Moscow."
    )
    records = _records(body)
    assert [(r[0], r[1]) for r in records] == [(("Sin Hong Chol",), ("PRK", "RUS"))]


def test_a_stopover_places_the_meeting_held_during_it() -> None:
    body = (
        "Chinese Vice Foreign Minister Wu Dawei met North Korean diplomat Ri Gun on Wednesday. "
        "The meeting came as Ri stopped over in Beijing on his way home."
    )
    assert [(r[2], r[3]) for r in _records(body, "2008-11-13")] == [("Beijing", "2008-11-12")]


def test_negotiators_who_sat_down_and_the_delegations_led_by_envoys() -> None:
    body = (
        "U.S. and North Korean negotiators sat down in Stockholm on Saturday. The North "
        "Korean delegation, led by Kim Myong Gil, walked out after a day. The U.S. "
        "delegation, headed by Special Representative Stephen Biegun, stayed on."
    )
    assert [(sorted(r[0]), r[1], r[2]) for r in _records(body, "2019-10-07")] == [
        (["Kim Myong Gil", "Stephen Biegun"], ("PRK", "USA"), "Stockholm")
    ]


def test_the_two_sides_named_earlier_in_the_sentence_are_the_sides() -> None:
    body = (
        "Pyongyang had engaged with Washington before: in 2012 the two sides reached a deal "
        "after talks in Beijing."
    )
    assert [(r[1], r[2]) for r in _records(body)] == [(("PRK", "USA"), "Beijing")]


def test_they_are_the_states_of_the_sentences_subject() -> None:
    body = (
        "The top diplomats of the United States, South Korea and Japan condemned North "
        "Korea's missile launch, as they met on the sidelines of a regional forum in Jakarta."
    )
    assert [(r[1], r[2]) for r in _records(body)] == [(("JPN", "KOR", "USA"), "Jakarta")]


def test_a_national_outlets_home_dateline_does_not_place_a_meeting() -> None:
    article = parse(
        " date 2023-05-30\nHeadline\n\nTOKYO, May 30 (Kyodo) -- Japanese and North Korean "
        "officials secretly met in a Southeast Asian country in March and May, sources said.\n"
    )
    assert [(m.location, str(m.date)) for m in article.meetings] == [
        (None, "2023-03"),
        (None, "2023-05"),
    ]


def test_a_month_after_and_is_a_month_even_may() -> None:
    from dprk_diplomacy.recognize.dates import find_dates

    text = "They met in March and May. He may visit."
    assert [d.text for d in find_dates(text, 0, len(text))] == ["March", "May"]


def test_a_later_mention_of_the_same_people_takes_no_day_from_the_dateline() -> None:
    article = parse(
        " date 2023-07-27\nHeadline\n\nPyongyang, July 27 (KCNA) -- Kim Jong Un received a "
        "Russian delegation headed by Defence Minister Sergei Shoigu in Pyongyang on July 26. "
        "Kim Jong Un had a talk with Shoigu in a friendly atmosphere.\n"
    )
    assert [(m.location, str(m.date)) for m in article.meetings] == [("Pyongyang", "2023-07-26")]


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "Japanese and North Korean diplomats met at the North Korean embassy in Beijing.",
            "Beijing",
        ),
        ("Vladimir Putin hosted Kim Jong Un at the Kremlin on Wednesday.", "Kremlin"),
        (
            "MOSCOW (AFP) -- Vladimir Putin hosted Kim Jong Un at the Kremlin on Wednesday.",
            "Moscow",
        ),
        ("Japan's former ambassador to China, Ito Ken, met Wang Yi in Tokyo.", "Tokyo"),
        ("Kim Yo Jong met President Moon Jae-in at the Blue House on Saturday.", "Blue House"),
        ("Moon Jae-in met Donald Trump at the White House on Tuesday.", "White House"),
        (
            "Donald Trump and Kim Jong Un met on Singapore's Sentosa island on Tuesday.",
            "Singapore",
        ),  # the city named (spec: a venue only when no city is named)
        (
            "Kim Jong Un received a Chinese delegation at the Paekhwawon State Guest House in "
            "Pyongyang on Wednesday.",
            "Pyongyang",
        ),
    ],
)
def test_a_venue_or_the_city_of_an_embassy_places_the_meeting(body: str, place: str) -> None:
    assert [r[2] for r in _records(body)] == [place]


@pytest.mark.parametrize(
    ("body", "statuses"),
    [
        (
            "North Korean negotiators walked out of talks with U.S. officials in Geneva on Saturday.",
            ["held"],
        ),
        (
            "Kim Jong Un refused to meet Chinese envoy Song Tao in Pyongyang last month.",
            ["proposed"],
        ),
        ("A spokesman declined to say whether Wang Yi would meet Kim Jong Un in Pyongyang.", []),
    ],
)
def test_talks_walked_out_of_were_held_and_a_refused_meeting_was_proposed(
    body: str, statuses: list[str]
) -> None:
    assert [r[4] for r in _records(body)] == statuses


def test_a_participle_naming_the_host_keeps_the_visits_status_and_day() -> None:
    body = (
        "Kim Jong Un was due to leave Hanoi on Saturday after an official visit to Vietnam "
        "hosted by President Nguyen Phu Trong on Friday."
    )
    assert [(r[3], r[4]) for r in _records(body, "2019-02-28")] == [("2019-03-01", "planned")]


@pytest.mark.parametrize(
    "body",
    [
        "President Yoon Suk Yeol met U.S. troops at Camp Humphreys on Friday.",
        "Kim Jong Un met Chinese tourists in Pyongyang on Monday.",
        "Kim Jong Un visited a fertilizer factory in Sinuiju on Monday.",
        "Kim Jong Un climbed to the summit of Mount Paektu on Tuesday.",
    ],
)
def test_people_of_a_state_who_do_not_act_for_it_are_no_side(body: str) -> None:
    assert _records(body) == []


def test_delegates_of_three_states_meeting_abroad_leave_the_host_out() -> None:
    body = (
        "Informal talks held in Norway between North Korean, South Korean and U.S. delegates "
        "ended today, the Norwegian foreign ministry said. Some 18 delegates from the three "
        "countries, including Choe Kang Il, came to Norway earlier this week."
    )
    assert [r[1] for r in _records(body, "2018-03-21")] == [("KOR", "PRK", "USA")]


def test_a_state_named_as_a_topic_is_no_side() -> None:
    body = "The U.S. official overseeing North Korea policy, Mark Lambert, arrived in Tokyo on Tuesday."
    assert [r[1] for r in _records(body)] == [("JPN", "USA")]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Kim Jong Un introduced the country's newest missiles and drones to Defence Minister "
            "Sergei Shoigu on a visit to an arms exhibition in Pyongyang.",
            "held",
        ),
        (
            "Deputy Foreign Minister Andrei Rudenko and Ambassador Sin Hong Chol discussed "
            "preparations for a visit by Foreign Minister Choe Son Hui to Moscow.",
            "planned",
        ),
    ],
)
def test_a_visit_framing_a_past_act_was_held_but_one_prepared_for_is_planned(
    body: str, status: str
) -> None:
    assert status in [r[4] for r in _records(body)]


def test_here_in_datelined_copy_is_the_datelines_city() -> None:
    article = parse(
        " date 2019-06-20\nHeadline\n\nPYONGYANG, June 20 (Xinhua) -- Chinese President Xi "
        "Jinping arrived here Thursday for a two-day state visit to North Korea.\n"
    )
    assert [m.location for m in article.meetings] == ["Pyongyang"]


def test_a_meeting_on_the_sidelines_is_its_own_occasion_at_the_gatherings_place() -> None:
    body = (
        "Envoys of the six nations reopened six-party talks in Beijing on Monday. The chief "
        "U.S. negotiator said he was hopeful. North Korea's delegation is led by Vice Foreign "
        "Minister Han Sung Gil, who met U.S. envoy Daniel Marsh on the sidelines on Monday."
    )
    records = _records(body, "2007-03-19")
    bilateral = [r for r in records if r[1] == ("PRK", "USA")]
    assert [(r[2], r[3]) for r in bilateral] == [("Beijing", "2007-03-19")]
    assert len(records) == 2


def test_talks_planned_on_the_day_of_an_arrival_are_that_visits_talks() -> None:
    article = parse(
        " date 2019-06-20\nHeadline\n\nPYONGYANG, June 20 (Xinhua) -- Chinese President Xi "
        "Jinping arrived here Thursday for a state visit. Xi was greeted at the airport by Kim "
        "Jong Un. The two leaders will hold talks later on Thursday, an aide said.\n"
    )
    assert [(m.location, str(m.date), m.status) for m in article.meetings] == [
        ("Pyongyang", "2019-06-20", "held")
    ]


def test_a_sentence_whose_cue_tells_no_occasion_still_names_the_delegates() -> None:
    body = (
        "South and North Korea held high-level talks at Panmunjom on Tuesday. The South's "
        "delegation was led by Unification Minister Cho Myoung-gyon, while the North sent "
        "Ri Son-gwon, chairman of its reunification committee."
    )
    records = _records(body, "2018-01-09")
    assert [set(r[0]) for r in records] == [{"Cho Myoung-gyon", "Ri Son-gwon"}]


def test_secret_contacts_are_talks_and_the_city_naming_an_earlier_one_is_no_side() -> None:
    body = (
        "Japanese and North Korean officials held secret contacts in Ulaanbaatar last month. "
        "North Korea has ignored repeated U.S. offers of talks since the Stockholm meeting of "
        "October 2019."
    )
    assert [(r[1], r[2]) for r in _records(body, "2024-11-08")] == [
        (("JPN", "PRK"), "Ulaanbaatar"),
        (("PRK", "USA"), "Stockholm"),
    ]


def test_the_trip_the_story_is_about_takes_the_month_of_publication() -> None:
    body = (
        "Donald Trump spoke to reporters before embarking on his tour of Malaysia, Japan "
        "and South Korea."
    )
    assert [(r[2], r[3], r[4]) for r in _records(body, "2025-10-25")] == [
        ("Malaysia", "2025-10", "planned"),
        ("Japan", "2025-10", "planned"),
        ("South Korea", "2025-10", "planned"),
    ]


def test_the_two_sides_with_no_occasion_told_are_the_storys_two_states() -> None:
    article = parse(
        "Headline\nEnglish.news.cn 2011-01-11 17:20:05\nPYONGYANG, Jan. 11 (Xinhua) -- North "
        "Korea on Tuesday proposed reopening a liaison office with South Korea. South Korea "
        "said it was studying the proposal, which North Korea sent by fax. The two sides last "
        "held Red Cross talks in the North's city of Kaesong in October.\n"
    )
    assert article.published is not None and str(article.published) == "2011-01-11"
    assert [(m.parties, m.location, str(m.date)) for m in article.meetings] == [
        (("KOR", "PRK"), "Kaesong", "2010-10")
    ]


def test_a_year_naming_another_event_does_not_date_the_talks() -> None:
    body = (
        "Red Cross talks between the two Koreas set for Thursday at Panmunjom were called "
        "off. The talks were to discuss reunions of families separated by the 1950-53 "
        "Korean War."
    )
    assert [r[3][:4] for r in _records(body)] == ["2019"]


def test_the_leaders_second_in_command_takes_part_not_the_leader() -> None:
    body = (
        "Former U.S. President Jimmy Carter waited in vain for Kim Jong Il. Instead, Kim's "
        "second in command, Kim Yong Nam, received Carter in Pyongyang on Wednesday."
    )
    assert [sorted(r[0]) for r in _records(body)] == [["Jimmy Carter", "Kim Yong Nam"]]


def test_the_heads_of_the_delegations_told_three_sentences_on_take_part() -> None:
    body = (
        "The two Koreas started general-level military talks at Panmunjom on Thursday. "
        "They are the first such talks in a decade. Officials hope for a new hotline. "
        "The South Korean delegation was led by Maj. Gen. Kim Do-gyun."
    )
    assert [r[0] for r in _records(body, "2018-06-15")] == [("Kim Do-gyun",)]


def test_headed_for_is_a_trip() -> None:
    body = "U.S. envoy Stephen Bosworth headed for Pyongyang this week for talks with North Korean officials."
    assert [(r[2], r[3], r[4]) for r in _records(body, "2009-12-11")] == [
        ("Pyongyang", "2009-12", "held")
    ]


def test_a_meeting_on_the_same_day_is_in_the_same_city() -> None:
    body = (
        "U.S. envoy Sung Kim met his South Korean counterpart Noh Kyu-duk in Seoul on Monday. "
        "Japanese envoy Funakoshi Takehiro met Noh Kyu-duk on the same day."
    )
    records = _records(body, "2021-06-22")
    assert [(r[2], r[3]) for r in records] == [("Seoul", "2021-06-21"), ("Seoul", "2021-06-21")]


def test_a_meeting_takes_the_city_of_the_stay_its_sentence_tells() -> None:
    body = (
        "Kim Yong Nam received former U.S. President Jimmy Carter on Wednesday night, after "
        "which Carter and his group spent a full day and one extra night in Pyongyang."
    )
    assert [r[2] for r in _records(body, "2010-08-27")] == ["Pyongyang"]


def test_a_pact_signed_at_the_end_of_a_summit_dates_and_holds_it() -> None:
    body = (
        "Vladimir Putin and Kim Jong Un signed a partnership treaty on Wednesday, pledging "
        "mutual assistance if either is attacked, at the end of a summit in Pyongyang. The "
        "two leaders held one-on-one talks for two hours at a state guesthouse."
    )
    assert [(r[2], r[3], r[4]) for r in _records(body, "2024-06-20")] == [
        ("Pyongyang", "2024-06-19", "held")
    ]


def test_talks_ending_a_reported_declaration_were_held_that_day_by_its_speakers() -> None:
    body = (
        "South Korean President Moon Jae-in and North Korean leader Kim Jong-un declared on "
        "Apr. 27 that they would work toward peace, after a day of talks at the Peace House "
        "on the southern side of Panmunjom. The two leaders agreed that Moon would visit "
        "Pyongyang in the fall."
    )
    records = _records(body, "2018-04-28")
    assert [(sorted(r[0]), r[2], r[3], r[4], r[5]) for r in records][:1] == [
        (["Kim Jong-un", "Moon Jae-in"], "Panmunjom", "2018-04-27", "held", "summit")
    ]
    assert [r[4] for r in records if r[2] == "Pyongyang"] == ["planned"]


def test_talks_named_in_a_post_are_no_occasion_and_its_holder_led_a_delegation() -> None:
    body = (
        "North Korean and Japanese officials ended two days of talks in Beijing on Tuesday. "
        "Song Il Ho, North Korea's ambassador for talks on normalising ties with Japan, led "
        "the North's delegation."
    )
    assert [(r[0], r[2], r[3]) for r in _records(body, "2014-07-02")] == [
        (("Song Il Ho",), "Beijing", "2014-07-01")
    ]
