"""Unit tests for the recognition and extraction rules, on sentences written for them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import dprk_diplomacy
from dprk_diplomacy import PartialDate
from dprk_diplomacy.recognize.dates import find_dates
from dprk_diplomacy.text.clean import Segment
from dprk_diplomacy.text.sentences import split_segment
from lookup import envoy

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


# -- PartialDate -----------------------------------------------------------------
def test_partial_date_precision_and_order() -> None:
    assert str(PartialDate(2015, 1)) == "2015-01"
    assert PartialDate.parse("2021-08-04").precision == "day"
    assert PartialDate(2019) < PartialDate(2019, 1) < PartialDate(2019, 1, 2)
    assert PartialDate(2019, 2).contains(dt.date(2019, 2, 27))
    with pytest.raises(ValueError):
        PartialDate(2021, 2, 30)


# -- sentences ---------------------------------------------------------------------
def test_sentences_keep_abbreviations() -> None:
    text = "The envoy flew to the U.S. on Nov. 6 for talks. Gen. Park met N. Korean officials."
    got = [text[s.start : s.end] for s in split_segment(text, Segment(0, len(text), "story"), 0)]
    assert got == [
        "The envoy flew to the U.S. on Nov. 6 for talks.",
        "Gen. Park met N. Korean officials.",
    ]


def test_sentences_split_glued_text() -> None:
    text = "Officials met in Seoul.The ministry said so."
    got = [text[s.start : s.end] for s in split_segment(text, Segment(0, len(text), "story"), 0)]
    assert got == ["Officials met in Seoul.", "The ministry said so."]


# -- dates -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("phrase", "direction", "expected"),
    [
        ("on Wednesday", "past", "2021-08-04"),
        ("on Monday", "future", "2021-08-09"),
        ("last month", "past", "2021-07"),
        ("last week", "past", "2021-07"),
        ("in June last year", "past", "2020-06"),
        ("in February", "past", "2021-02"),
        ("on July 27", "past", "2021-07-27"),
        ("in 2018", "past", "2018"),
        ("later this month", "future", "2021-08"),
    ],
)
def test_relative_dates_resolve_against_publication(
    phrase: str, direction: str, expected: str
) -> None:
    (mention,) = find_dates(f"They met {phrase}.")
    published = dt.date(2021, 8, 5)  # a Thursday
    assert str(mention.resolve(published, direction)) == expected  # type: ignore[arg-type]


def test_dates_without_year_stay_unknown_without_publication() -> None:
    (mention,) = find_dates("The summit is set for Feb. 27-28.")
    assert mention.resolve(None) is None


# -- envoys ------------------------------------------------------------------------
def test_title_before_name_and_country_from_title() -> None:
    article = dprk_diplomacy.parse("Japanese Vice Foreign Minister Hiroshi Tanabe met reporters.")
    record = envoy(article, "Hiroshi Tanabe")
    assert record.country == "JPN"
    assert record.title == "Japanese Vice Foreign Minister"


def test_appositive_title_drops_state_possessive() -> None:
    text = "Pak Chol Min, North Korea's vice foreign minister, said the talks went well."
    record = envoy(dprk_diplomacy.parse(text), "Pak Chol Min")
    assert record.title == "vice foreign minister"
    assert record.country == "PRK"


def test_surname_refers_back_and_becomes_alias() -> None:
    text = (
        "U.S. special envoy Daniel Harlow arrived in Seoul on Monday. "
        "Harlow will meet South Korean officials on Tuesday."
    )
    record = envoy(dprk_diplomacy.parse(text), "Daniel Harlow")
    assert record.aliases == ("Harlow",)
    assert len(record.mentions) == 2


def test_korean_spelling_variants_are_one_person() -> None:
    text = "Kim Jong-un spoke. Later Kim Jong Un left. The leader Kim Jong-Un returned."
    article = dprk_diplomacy.parse(text)
    assert [e.name for e in article.envoys] == ["Kim Jong-un"]


def test_analyst_is_not_an_envoy() -> None:
    text = "Mark Tennant, a senior fellow at a Washington think tank, said the talks may fail."
    assert dprk_diplomacy.parse(text).envoys == ()


def test_mentions_point_at_the_text() -> None:
    text = "Chinese Foreign Minister Wang Yi met Choe Son Hui in Beijing on Sunday."
    for record in dprk_diplomacy.parse(text).envoys:
        for span in record.mentions:
            assert text[span.start : span.end] == span.text


# -- meetings ----------------------------------------------------------------------
def parse_one_meeting(text: str, published: str | None = None) -> dprk_diplomacy.Meeting:
    article = dprk_diplomacy.parse(text, published=published)
    assert len(article.meetings) == 1, article.meetings
    return article.meetings[0]


def test_held_meeting_with_place_and_weekday() -> None:
    meeting = parse_one_meeting(
        "Chinese Foreign Minister Wang Yi met North Korean Foreign Minister Choe Son Hui "
        "in Beijing on Sunday.",
        published="2025-09-29",
    )
    assert meeting.status == "held"
    assert meeting.location == "Beijing"
    assert str(meeting.date) == "2025-09-28"
    assert meeting.parties == ("CHN", "PRK")


def test_future_tense_is_planned() -> None:
    meeting = parse_one_meeting(
        "U.S. envoy Daniel Harlow will meet his South Korean counterpart Park Min-soo in Seoul."
    )
    assert meeting.status == "planned"
    assert meeting.parties == ("KOR", "USA")
    assert set(meeting.participants) == {"Daniel Harlow", "Park Min-soo"}


def test_hedge_is_proposed() -> None:
    meeting = parse_one_meeting(
        "U.S. envoy Daniel Harlow could meet North Korean officials in Pyongyang."
    )
    assert meeting.status == "proposed"


def test_called_off_is_cancelled() -> None:
    meeting = parse_one_meeting(
        "Talks between Seoul and Pyongyang scheduled for Monday in Kaesong were called off."
    )
    assert meeting.status == "cancelled"
    assert meeting.parties == ("KOR", "PRK")


def test_negated_meeting_is_dropped() -> None:
    article = dprk_diplomacy.parse(
        "There were no phone calls between Seoul and Pyongyang on Monday."
    )
    assert article.meetings == ()


def test_phone_call_has_no_location() -> None:
    meeting = parse_one_meeting(
        "South Korean President Moon Jae-in held a phone call with U.S. President Joe Biden on Friday."
    )
    assert meeting.kind == "call"
    assert meeting.location is None


def test_two_leaders_meeting_is_a_summit() -> None:
    meeting = parse_one_meeting("Russian President Vladimir Putin met Kim Jong Un in Vladivostok.")
    assert meeting.kind == "summit"
    assert meeting.location == "Vladivostok"


def test_process_talk_is_not_a_meeting() -> None:
    article = dprk_diplomacy.parse("Analysts said denuclearization talks could resume eventually.")
    assert article.meetings == ()


def test_repeated_mentions_merge() -> None:
    text = (
        "Japanese Foreign Minister Taro Kono met Chinese Foreign Minister Wang Yi in Tokyo on Monday. "
        "Kono and Wang also met Sunday's delegation, officials said. "
        "Kono met Wang again."
    )
    article = dprk_diplomacy.parse(text, published="2019-08-21")
    assert len([m for m in article.meetings if "Taro Kono" in m.participants]) <= 2


def test_meeting_evidence_is_its_sentence() -> None:
    text = "Envoys gathered. Chinese Foreign Minister Wang Yi met Choe Son Hui in Beijing."
    meeting = parse_one_meeting(text)
    assert text[meeting.evidence.start : meeting.evidence.end] == meeting.evidence.text
    assert "Beijing" in meeting.evidence.text


# -- channels ----------------------------------------------------------------------
def test_restored_hotline_with_date() -> None:
    article = dprk_diplomacy.parse(
        "The two Koreas restored their military hotline on Tuesday.", published="2021-07-28"
    )
    (channel,) = article.channels
    assert channel.status == "restored"
    assert channel.parties == ("KOR", "PRK")
    assert str(channel.date) == "2021-07-27"


def test_cut_then_restored_is_one_restored_channel() -> None:
    text = (
        "North Korea cut off the inter-Korean communication lines last year. "
        "The communication lines were reopened on Monday."
    )
    (channel,) = dprk_diplomacy.parse(text).channels
    assert channel.status == "restored"


def test_new_york_channel_links_pyongyang_and_washington() -> None:
    (channel,) = dprk_diplomacy.parse(
        "The New York channel is always open, an official said."
    ).channels
    assert channel.parties == ("PRK", "USA")
    assert channel.status == "open"


def test_threat_leaves_channel_status_unsaid() -> None:
    text = "Pyongyang warned of a shutdown of the inter-Korean liaison office."
    (channel,) = dprk_diplomacy.parse(text).channels
    assert channel.status is None


# -- seeds end to end -------------------------------------------------------------
def test_seed_yonhap_article() -> None:
    article = dprk_diplomacy.parse((SEEDS / "001_5ce21dc562d07785.txt").read_text(encoding="utf-8"))
    assert article.source == "Yonhap"
    assert str(article.published) == "2021-08-05"
    assert {e.name for e in article.envoys} == {"Rim Kap-soo", "Jung Pak"}
    (meeting,) = article.meetings
    assert meeting.location == "Washington"
    assert str(meeting.date) == "2021-08-04"
    assert meeting.status == "held"
    (channel,) = article.channels
    assert channel.status == "restored"
    assert str(channel.date) == "2021-07-27"


def test_seed_liaison_office_article() -> None:
    article = dprk_diplomacy.parse((SEEDS / "004_8460bfcb49c952c3.txt").read_text(encoding="utf-8"))
    names = {e.name for e in article.envoys}
    assert {"Donald Trump", "Kim Jong-un", "Stephen Biegun", "Gary Samore"} <= names
    summits = [m for m in article.meetings if m.kind == "summit"]
    assert {m.location for m in summits} == {"Hanoi", "Singapore"}
    (channel,) = article.channels
    assert channel.status == "proposed"
    assert channel.parties == ("PRK", "USA")


def test_seed_virtual_session_is_a_call() -> None:
    article = dprk_diplomacy.parse((SEEDS / "002_9659c03c03a7e223.txt").read_text(encoding="utf-8"))
    assert article.dateline == "Seoul"
    assert article.source == "IANS"
    assert any(m.kind == "call" for m in article.meetings)
    assert envoy(article, "Robert O'Brien").country == "USA"
    assert envoy(article, "Shigeru Kitamura").country == "JPN"


# -- titles, home states and sides (session 2) -----------------------------------------
def test_appositive_title_keeps_state_abbreviation() -> None:
    article = dprk_diplomacy.parse(
        "Mara Quill, the U.S. special envoy for North Korea, said on Monday that talks must go on."
    )
    assert envoy(article, "Mara Quill").title == "U.S. special envoy for North Korea"
    assert envoy(article, "Mara Quill").country == "USA"


def test_title_before_name_does_not_run_over_another_name() -> None:
    article = dprk_diplomacy.parse(
        "Dana Corbell and Vice Foreign Minister Hiro Tanabe met in Tokyo on Tuesday."
    )
    assert envoy(article, "Hiro Tanabe").title == "Vice Foreign Minister"


def test_unqualified_ministry_post_takes_national_outlet_state() -> None:
    text = (
        "Envoys agree on next steps\n\nKyodo\n\n"
        "Vice Foreign Minister Hiro Tanabe met Dana Corbell, the U.S. deputy envoy, "
        "in Tokyo on Tuesday, the ministry said."
    )
    article = dprk_diplomacy.parse(text, published="2023-03-02")
    assert article.source == "Kyodo"
    assert envoy(article, "Hiro Tanabe").country == "JPN"
    assert article.meetings[0].parties == ("JPN", "USA")


def test_sentence_state_beats_outlet_home_state() -> None:
    text = (
        "Envoys meet\n\nKyodo\n\n"
        "A senior North Korean envoy, Vice Foreign Minister Ri Chol Su, arrived in Moscow on Monday."
    )
    assert envoy(dprk_diplomacy.parse(text), "Ri Chol Su").country == "PRK"


def test_parties_are_participants_states_not_topics_or_hosts() -> None:
    article = dprk_diplomacy.parse(
        "U.S. Secretary of State Ada Brill met Japanese Foreign Minister Ken Oda in Hanoi, "
        "Vietnam, on Friday to discuss North Korea.",
        published="2022-05-02",
    )
    assert article.meetings[0].parties == ("JPN", "USA")
    assert article.meetings[0].location == "Hanoi"


def test_officials_of_a_state_are_a_side() -> None:
    article = dprk_diplomacy.parse(
        "Diplomats of South Korea and Japan held talks in Seoul on Tuesday "
        "to resume dialogue with North Korea.",
        published="2022-05-05",
    )
    assert [m.parties for m in article.meetings] == [("JPN", "KOR")]


def test_capital_named_by_demonym_after_the() -> None:
    article = dprk_diplomacy.parse(
        "Envoy Mara Quill is expected to meet negotiator Ri Chol Su in the North Korean capital."
    )
    assert article.meetings[0].location == "Pyongyang"


def test_summit_after_ahead_of_is_its_own_meeting() -> None:
    article = dprk_diplomacy.parse(
        "The U.S. envoy arrived in Seoul on Monday, ahead of the planned summit between "
        "U.S. President Donald Trump and North Korean leader Kim Jong Un.",
        published="2019-02-06",
    )
    summits = [m for m in article.meetings if m.kind == "summit"]
    assert len(summits) == 1
    assert summits[0].status == "planned"
    assert summits[0].location is None


def test_plan_stated_after_the_cue() -> None:
    article = dprk_diplomacy.parse(
        "President Ana Roldan of Chile and Japanese Prime Minister Ken Oda met in May. "
        "Roldan and Oda announced the summit in Lima, to be held in June.",
        published="2023-04-01",
    )
    lima = [m for m in article.meetings if m.location == "Lima"]
    assert lima and lima[0].status == "planned"
    assert envoy(article, "Ana Roldan").country == "CHL"
    assert envoy(article, "Ken Oda").title == "Japanese Prime Minister"


def test_pronoun_after_attribution_is_the_speaker() -> None:
    article = dprk_diplomacy.parse(
        "Envoy Mara Quill held talks with Ri Chol Su in Hanoi, according to Minister Lu Wen "
        "in his briefing.",
        published="2023-04-01",
    )
    assert "Lu Wen" not in article.meetings[0].participants


def test_arrival_days_before_keeps_the_meeting_date() -> None:
    article = dprk_diplomacy.parse(
        "Envoy Mara Quill will meet her Japanese counterpart Ken Oda at a hotel in Tokyo "
        "on Monday morning after arriving in Japan on Saturday.",
        published="2021-06-18",
    )
    assert len(article.meetings) == 1
    assert str(article.meetings[0].date) == "2021-06-21"


def test_demonym_is_a_side_only_before_a_word_for_officials() -> None:
    article = dprk_diplomacy.parse(
        "Envoy Mara Quill held talks with Japanese, South Korean and Chinese officials in Tokyo "
        "last week after flying on a Russian aircraft.",
        published="2023-04-10",
    )
    assert article.meetings[0].parties == ("CHN", "JPN", "KOR", "USA") or set(
        article.meetings[0].parties
    ) >= {"CHN", "JPN", "KOR"}
    assert "RUS" not in article.meetings[0].parties


def test_channel_status_and_sides_come_from_its_own_clause() -> None:
    article = dprk_diplomacy.parse(
        "Aides may discuss a possible U.S.-North Korea liaison office; "
        "South Korea opened a liaison office with North Korea in 2018.",
        published="2019-02-06",
    )
    by_sides = {c.parties: c.status for c in article.channels}
    assert by_sides == {("PRK", "USA"): "proposed", ("KOR", "PRK"): "open"}


def test_title_case_headline_names_are_cut_to_the_story_name() -> None:
    text = (
        "Mara Quill Sent a Letter to the Japanese Premier\n\n"
        "U.S. envoy Mara Quill sent a letter to Japanese Prime Minister Ken Oda on Monday. "
        "Quill said the letter was warm."
    )
    article = dprk_diplomacy.parse(text)
    assert [e.name for e in article.envoys if "Quill" in e.name] == ["Mara Quill"]


def test_title_ending_in_a_state_name_before_the_name() -> None:
    article = dprk_diplomacy.parse(
        "The U.S. special representative for North Korea Mara Quill will visit Seoul. "
        "She will meet Won Kil-u there."
    )
    assert envoy(article, "Mara Quill").title == "U.S. special representative for North Korea"
    assert any(
        e.name == "Won Kil-u"
        for e in dprk_diplomacy.parse(
            "Ri met Won Kil-u, vice minister of sports, in Kaesong."
        ).envoys
    )


def test_meeting_place_is_the_proper_name_not_a_post() -> None:
    article = dprk_diplomacy.parse(
        "Envoy Mara Quill, a former ambassador to Malaysia, held talks with Ri Chol Su "
        "at the border city of Dandong on Tuesday.",
        published="2023-04-06",
    )
    assert article.meetings[0].location == "Dandong"


def test_a_role_in_a_negotiating_process_is_not_a_meeting() -> None:
    article = dprk_diplomacy.parse(
        "Deputy Minister Ivan Sokol criticized Japan, one of the six parties to the talks, "
        "for its stance.",
        published="2004-03-01",
    )
    assert article.meetings == ()


def test_trip_and_the_meetings_on_it_are_one_occasion() -> None:
    article = dprk_diplomacy.parse(
        "Vice Foreign Minister Ri Chol Su will travel to Moscow on Thursday for consultations. "
        "In Moscow he will meet Russian Deputy Foreign Minister Ivan Sokol.",
        published="2015-11-16",
    )
    assert len(article.meetings) == 1
    assert article.meetings[0].location == "Moscow"


def test_speaker_is_a_side_of_the_talks_in_his_own_appositive() -> None:
    article = dprk_diplomacy.parse(
        'Envoy Mara Quill, who held talks with Ri Chol Su in Oslo, said: "They went well."',
        published="2023-04-06",
    )
    assert "Mara Quill" in article.meetings[0].participants


def test_a_bystander_of_a_sanctions_sentence_stays_an_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Deputy Foreign Minister Ivan Sokol met U.S. envoy Mara Quill in Moscow on Monday. "
        "Sokol said the firms sanctioned last week had no link to Russia.",
        published="2023-04-06",
    )
    assert any(e.name == "Ivan Sokol" for e in article.envoys)


def test_place_from_an_earlier_mention_of_the_same_people() -> None:
    article = dprk_diplomacy.parse(
        "Envoy Mara Quill will meet her Japanese counterpart Ken Oda in Seoul on Monday. "
        "Officials from China will also attend a forum. "
        "Oda will also hold a separate discussion with South Korean envoy Lee Min-ho.",
        published="2021-06-18",
    )
    separate = [m for m in article.meetings if "Lee Min-ho" in m.participants]
    assert separate and separate[0].location == "Seoul"


def test_arrived_on_a_visit_is_held_and_a_trip_to_hold_talks_is_planned() -> None:
    held = dprk_diplomacy.parse(
        "Last week, Chinese President Li Wen arrived on a visit to Laos.", published="2019-06-24"
    )
    assert held.meetings[0].status == "held"
    planned = dprk_diplomacy.parse(
        "U.S. envoy Mara Quill left for Tokyo on Thursday to hold talks with the Japanese side.",
        published="2019-06-24",
    )
    assert planned.meetings[0].status == "planned"


def test_place_of_a_relative_clause_is_not_the_meeting_place() -> None:
    article = dprk_diplomacy.parse(
        "Troops blew up an office in the border city of Dandong that was set up after "
        "the 2018 summit that led to three meetings between President Ana Roldan of Chile "
        "and Japanese Prime Minister Ken Oda.",
        published="2021-06-24",
    )
    assert all(m.location != "Dandong" for m in article.meetings)


def test_reported_clause_subject_is_the_next_sentences_he() -> None:
    article = dprk_diplomacy.parse(
        "Premier Li Wen met President Ana Roldan of Chile in Lima on Thursday. "
        "Li noted that last month, Japanese Prime Minister Ken Oda came to Chile. "
        "During his meeting with Roldan, they discussed trade.",
        published="2025-10-10",
    )
    chile = [m for m in article.meetings if "Ken Oda" in m.participants]
    assert chile and "Ana Roldan" in chile[0].participants


def test_agency_dateline_places_the_days_meeting_and_a_call_has_no_place() -> None:
    text = (
        "TOKYO, Oct. 9 (Kyodo) -- Vice Foreign Minister Hiro Tanabe met U.S. envoy Mara Quill "
        "on Thursday. Tanabe had held a phone call with Quill last month."
    )
    article = dprk_diplomacy.parse(text, published="2025-10-10")
    places = {m.kind: m.location for m in article.meetings}
    assert places.get("talks") == "Tokyo"
    assert "call" in places
    assert places["call"] is None


def test_bare_surname_is_not_the_person_named_in_full_in_the_same_sentence() -> None:
    article = dprk_diplomacy.parse(
        "South Korea's envoy Kim Gunn held phone talks with U.S. envoy Sung Kim on Friday. "
        "Kim, special representative for peace affairs, and Sung Kim agreed to meet in "
        "Washington next week.",
        published="2023-03-04",
    )
    washington = [m for m in article.meetings if m.location == "Washington"]
    assert washington and set(washington[0].participants) == {"Kim Gunn", "Sung Kim"}


def test_channel_clause_after_comma_and() -> None:
    article = dprk_diplomacy.parse(
        "Pyongyang has not answered the offer of dialogue, and the inter-Korean hotline "
        "has remained unanswered since April.",
        published="2023-03-04",
    )
    assert [c.status for c in article.channels] == ["severed"]


def test_invitation_is_proposed_and_reported_would_is_planned() -> None:
    article = dprk_diplomacy.parse(
        "Chilean President Ana Roldan invited Japanese Prime Minister Ken Oda to visit Chile. "
        "The invitation comes as Tokyo and Lima said they would hold talks in Lima next month.",
        published="2025-10-29",
    )
    statuses = {m.location: m.status for m in article.meetings}
    assert statuses.get("Chile") == "proposed"
    assert statuses.get("Lima") == "planned"


@pytest.mark.parametrize(
    "sentence",
    [
        "U.S. and North Korean officials met at Panmunjom on Sunday to discuss a possible "
        "third summit.",
        "U.S. and North Korean officials met at Panmunjom on Sunday to prepare for the summit.",
        "U.S. and North Korean officials held talks at Panmunjom on Sunday on a possible summit "
        "between the two leaders.",
    ],
)
def test_summit_that_officials_discuss_is_their_topic_not_their_kind(sentence: str) -> None:
    article = dprk_diplomacy.parse(sentence, published="2019-06-05")
    assert [(m.kind, m.status, m.location) for m in article.meetings] == [
        ("talks", "held", "Panmunjom")
    ]


def test_summit_the_leaders_met_for_is_the_meeting() -> None:
    article = dprk_diplomacy.parse(
        "U.S. President Donald Trump met North Korean leader Kim Jong Un in Singapore on "
        "Tuesday for a historic summit.",
        published="2018-06-13",
    )
    assert [(m.kind, m.date) for m in article.meetings] == [("summit", PartialDate(2018, 6, 12))]


def test_occasion_another_comes_ahead_of_is_to_come_unless_dated_in_a_past_year() -> None:
    coming = dprk_diplomacy.parse(
        "Chinese Premier Li Qiang met South Korean President Yoon Suk Yeol in Seoul on Sunday, "
        "ahead of a trilateral summit with Japan.",
        published="2024-05-27",
    )
    assert [m.status for m in coming.meetings] == ["held", "planned"]
    told_after = dprk_diplomacy.parse(
        "Mike Pompeo visited Pyongyang in May 2018 ahead of the Singapore summit in June 2018.",
        published="2024-05-27",
    )
    assert [m.status for m in told_after.meetings] == ["held"]


@pytest.mark.parametrize(
    ("sentence", "name", "status"),
    [
        (
            "North Korea did not answer calls on the inter-Korean liaison line on Friday.",
            "inter-Korean liaison line",
            "severed",
        ),
        (
            "The two Koreas restored the military communication link on Tuesday.",
            "military communication link",
            "restored",
        ),
        (
            "Seoul said the North has not been answering its calls on the liaison channel.",
            "liaison channel",
            "severed",
        ),
    ],
)
def test_lines_by_other_names_and_unanswered_calls(sentence: str, name: str, status: str) -> None:
    article = dprk_diplomacy.parse(sentence, published="2024-03-14")
    assert [(c.name, c.status) for c in article.channels] == [(name, status)]


def test_host_who_greets_the_visitor_takes_part() -> None:
    article = dprk_diplomacy.parse(
        "Russian Defense Minister Sergei Shoigu arrived in Pyongyang on Tuesday and was greeted "
        "by North Korean Defense Minister Kang Sun Nam.",
        published="2023-07-27",
    )
    assert [(m.participants, m.parties, m.location) for m in article.meetings] == [
        (("Sergei Shoigu", "Kang Sun Nam"), ("PRK", "RUS"), "Pyongyang")
    ]


def test_official_of_an_international_organisation_takes_no_state_from_the_meeting() -> None:
    article = dprk_diplomacy.parse(
        "North Korea's U.N. Ambassador Kim Song met with U.N. Secretary-General Antonio Guterres "
        "on Monday.",
        published="2024-03-14",
    )
    assert envoy(article, "Kim Song").country == "PRK"
    assert envoy(article, "Antonio Guterres").country is None


def test_audience_received_is_a_meeting_and_a_letter_received_is_not() -> None:
    audience = dprk_diplomacy.parse(
        "Kim Jong Un received South Korea's special envoy Chung Eui-yong in Pyongyang on Monday.",
        published="2018-03-06",
    )
    assert [(m.participants, m.location) for m in audience.meetings] == [
        (("Kim Jong Un", "Chung Eui-yong"), "Pyongyang")
    ]
    letter = dprk_diplomacy.parse(
        "North Korean leader Kim Jong Un received a letter from U.S. President Donald Trump "
        "on Sunday.",
        published="2019-06-23",
    )
    assert letter.meetings == ()


def test_held_dialogue_is_talks() -> None:
    article = dprk_diplomacy.parse(
        "South Korea's Vice Foreign Minister Chang Ho-jin held strategic dialogue with Chinese "
        "Executive Vice Foreign Minister Ma Zhaoxu in Beijing on Tuesday.",
        published="2023-11-03",
    )
    assert [(m.parties, m.location, m.kind) for m in article.meetings] == [
        (("CHN", "KOR"), "Beijing", "talks")
    ]


def test_title_stops_at_the_dateline_dash() -> None:
    article = dprk_diplomacy.parse(
        "WASHINGTON — President Joe Biden hosted South Korean President Yoon Suk Yeol on Friday."
    )
    assert envoy(article, "Joe Biden").title == "President"


def test_trip_made_last_month_to_meet_is_held() -> None:
    article = dprk_diplomacy.parse(
        "South Korea's spy chief Kim Kyou-hyun made a secret trip to Pyongyang last month to "
        "meet Kim Yo Jong, lawmakers said.",
        published="2024-03-14",
    )
    assert [(m.status, m.date) for m in article.meetings] == [("held", PartialDate(2024, 2))]


def test_delegation_to_a_process_is_a_role_and_delegates_at_dated_talks_were_there() -> None:
    role = dprk_diplomacy.parse(
        "Christopher Hill, who led the U.S. delegation to the six-party talks, spoke at a forum "
        "in Seoul on Tuesday.",
        published="2024-03-14",
    )
    assert role.meetings == ()


def test_protecting_power_links_the_two_states_it_serves() -> None:
    article = dprk_diplomacy.parse(
        "Sweden, which acts as the protecting power for the United States in North Korea, has "
        "passed messages between the two governments through its embassy in Pyongyang.",
        published="2024-03-14",
    )
    assert [(c.name, c.parties) for c in article.channels] == [("protecting power", ("PRK", "USA"))]


def test_congratulatory_message_sent_is_an_open_channel() -> None:
    article = dprk_diplomacy.parse(
        "Chinese President Xi Jinping sent a congratulatory message to North Korean leader "
        "Kim Jong Un on Sunday.",
        published="2024-03-14",
    )
    assert [(c.name, c.parties, c.status) for c in article.channels] == [
        ("congratulatory message", ("CHN", "PRK"), "open")
    ]


def test_request_for_talks_is_a_proposal() -> None:
    article = dprk_diplomacy.parse(
        "North Korea will not hold a summit with Japan, Kim Yo Jong said on Tuesday, rejecting "
        "Prime Minister Fumio Kishida's request for talks.",
        published="2024-03-26",
    )
    assert [m.status for m in article.meetings] == ["proposed"]


def test_portfolio_words_belong_to_the_title_and_a_preposition_does_not() -> None:
    article = dprk_diplomacy.parse(
        "Kim was greeted by Russian Natural Resources Minister Alexander Kozlov, according to "
        "Kremlin spokesman Dmitry Peskov.",
        published="2023-09-12",
    )
    assert [(e.name, e.title) for e in article.envoys] == [
        ("Alexander Kozlov", "Russian Natural Resources Minister"),
        ("Dmitry Peskov", "Kremlin spokesman"),
    ]


def test_channel_dated_by_its_own_day_not_by_a_year_it_is_compared_with() -> None:
    article = dprk_diplomacy.parse(
        "The two Koreas on Friday opened a joint liaison office in Kaesong, the first of its kind "
        "since the 1953 Korean War armistice.",
        published="2018-09-14",
    )
    assert [(c.status, c.date) for c in article.channels] == [("open", PartialDate(2018, 9, 14))]


def test_occasion_since_which_another_is_counted_is_its_own_held_meeting() -> None:
    article = dprk_diplomacy.parse(
        "It would be the first summit between North Korean leader Kim Jong Un and Russian "
        "President Vladimir Putin since their meeting in Vladivostok in April 2019.",
        published="2023-09-12",
    )
    vladivostok = [m for m in article.meetings if m.location == "Vladivostok"]
    assert [(m.participants, m.date, m.status, m.kind) for m in vladivostok] == [
        (("Kim Jong Un", "Vladimir Putin"), PartialDate(2019, 4), "held", "summit")
    ]


def test_hyphenated_post_is_a_title() -> None:
    article = dprk_diplomacy.parse(
        "Kim Yong Chol, vice-chairman of the Workers' Party of Korea Central Committee, met U.S. "
        "Secretary of State Mike Pompeo in New York on Thursday.",
        published="2018-06-01",
    )
    assert envoy(article, "Kim Yong Chol").title == (
        "vice-chairman of the Workers' Party of Korea Central Committee"
    )


def test_courtesy_call_on_an_official_is_a_meeting_and_the_state_is_his() -> None:
    article = dprk_diplomacy.parse(
        "North Korea's ambassador to China, Ri Ryong Nam, paid a courtesy call on Chinese Vice "
        "Foreign Minister Sun Weidong on Tuesday.",
        published="2024-03-14",
    )
    assert (envoy(article, "Sun Weidong").country, envoy(article, "Sun Weidong").title) == (
        "CHN",
        "Chinese Vice Foreign Minister",
    )
    assert [(m.parties, m.kind) for m in article.meetings] == [(("CHN", "PRK"), "talks")]


@pytest.mark.parametrize(
    ("phrase", "direction", "expected"),
    [
        ("last Thursday", "past", PartialDate(2024, 3, 7)),  # published on a Thursday
        ("next Thursday", "future", PartialDate(2024, 3, 21)),
        ("Thursday", "past", PartialDate(2024, 3, 14)),
        ("two days ago", "past", PartialDate(2024, 3, 12)),
        ("3 weeks ago", "past", PartialDate(2024, 2)),
        ("on the 11th", "past", PartialDate(2024, 3, 11)),
        ("on the 20th", "past", PartialDate(2024, 2, 20)),
        ("on the 20th", "future", PartialDate(2024, 3, 20)),
        ("in mid-June", "future", PartialDate(2024, 6)),
    ],
)
def test_shifted_weekdays_counts_back_and_bare_days_resolve(
    phrase: str, direction: str, expected: PartialDate
) -> None:
    mentions = find_dates(f"The envoys met {phrase} in Seoul.")
    assert len(mentions) == 1
    assert mentions[0].resolve(dt.date(2024, 3, 14), direction) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text", ["on the 11th of June", "on the 11th Party Congress", "on the 11th day of talks"]
)
def test_ordinal_that_is_no_day_of_this_month(text: str) -> None:
    assert all(m.day != 11 or m.month is not None for m in find_dates(text))


def test_visit_during_which_a_pact_was_signed_was_held() -> None:
    article = dprk_diplomacy.parse(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a pact on "
        "Wednesday during Putin's first visit to North Korea in 24 years.",
        published="2024-06-20",
    )
    assert [(m.status, m.date) for m in article.meetings] == [("held", PartialDate(2024, 6, 19))]


def test_when_clause_is_the_visit_before_it_and_an_owner_is_no_participant() -> None:
    article = dprk_diplomacy.parse(
        "North Korean leader Kim Jong Un greeted Russian President Vladimir Putin on Wednesday. "
        "Putin last visited Pyongyang in July 2000, when he met Kim's father, Kim Jong Il. "
        "Kim last traveled to Russia in September 2023 for a summit with Putin.",
        published="2024-06-20",
    )
    by_date = {str(m.date): m.participants for m in article.meetings}
    assert by_date["2000-07"] == ("Vladimir Putin", "Kim Jong Il")
    assert set(by_date["2023-09"]) == {"Kim Jong Un", "Vladimir Putin"}


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea on Sunday rejected an offer by Seoul to hold military talks at Panmunjom.",
        "Japan's Prime Minister Shigeru Ishiba said Tuesday he hoped to hold a summit with "
        "North Korean leader Kim Jong Un at an early date.",
    ],
)
def test_offer_or_hope_to_hold_talks_is_a_proposal_undated_by_the_day_it_was_made(
    sentence: str,
) -> None:
    article = dprk_diplomacy.parse(sentence, published="2024-03-14")
    assert [(m.status, m.date) for m in article.meetings] == [("proposed", None)]


def test_message_through_a_channel_left_unanswered_is_severed() -> None:
    article = dprk_diplomacy.parse(
        "A senior U.S. official said Washington had sent a message to Pyongyang through the New "
        "York channel last week but had not received a reply.",
        published="2024-03-14",
    )
    assert [(c.name, c.status) for c in article.channels] == [("New York channel", "severed")]


def test_arrival_dated_in_the_past_keeps_its_day_and_an_expected_meeting_stays_planned() -> None:
    article = dprk_diplomacy.parse(
        "U.S. envoy Stephen Biegun, who arrived in Seoul on Tuesday, is expected to meet South "
        "Korean officials before heading to Tokyo.",
        published="2024-03-14",
    )
    assert [(m.status, m.date) for m in article.meetings] == [("planned", PartialDate(2024, 3, 12))]


def test_state_that_officials_discussed_is_a_topic_not_a_side() -> None:
    article = dprk_diplomacy.parse(
        "U.S. and South Korean officials discussed North Korea during a meeting in Washington "
        "on Monday.",
        published="2024-03-14",
    )
    assert [m.parties for m in article.meetings] == [("KOR", "USA")]


def test_visit_planned_after_a_held_summit_is_a_new_trip_and_regular_talks_a_series() -> None:
    article = dprk_diplomacy.parse(
        "North Korean leader Kim Jong Un and South Korean President Moon Jae-in held a historic "
        "summit on Friday. Kim crossed the military demarcation line to meet Moon. The two "
        "leaders agreed to hold regular talks. Moon will visit Pyongyang in the fall, the "
        "leaders said.",
        published="2018-04-28",
    )
    assert [(m.status, m.location) for m in article.meetings] == [
        ("held", None),
        ("planned", "Pyongyang"),
    ]


def test_would_be_willing_is_an_offer_and_annual_summits_a_series() -> None:
    article = dprk_diplomacy.parse(
        "The leaders of South Korea and Japan agreed to hold annual trilateral summits with the "
        "United States. U.S. President Joe Biden said he would be willing to meet North Korean "
        "leader Kim Jong Un without preconditions.",
        published="2023-08-19",
    )
    assert [(m.parties, m.status) for m in article.meetings] == [(("PRK", "USA"), "proposed")]
