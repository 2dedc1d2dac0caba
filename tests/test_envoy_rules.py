"""Unit tests for the envoy rules of issue 14, on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy, names


# -- titles ------------------------------------------------------------------------
def test_military_rank_is_a_title() -> None:
    article = dprk_diplomacy.parse(
        "The border talks were led by Lt. Gen. Oh Tae-suk and Army Col. Baek Min-gyu on Friday."
    )
    assert envoy(article, "Oh Tae-suk").title == "Lt. Gen."
    assert envoy(article, "Baek Min-gyu").title == "Army Col."


def test_lawmaker_abbreviation_is_a_title() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- The minister met Rep. Yun Sang-hyun of the ruling party on Monday."
    )
    assert envoy(article, "Yun Sang-hyun").title == "Rep."


def test_post_in_apposition_wins_over_rank() -> None:
    article = dprk_diplomacy.parse(
        "Vice Marshal Ryom Chol Gu, first vice chairman of the State Defence Committee, "
        "arrived in Moscow on Monday."
    )
    assert envoy(article, "Ryom Chol Gu").title == (
        "first vice chairman of the State Defence Committee"
    )


def test_post_naming_a_state_keeps_its_place() -> None:
    article = dprk_diplomacy.parse(
        "Japanese envoy Haruto Sakai, a veteran of the six-party process, met Chinese officials."
    )
    assert envoy(article, "Haruto Sakai").country == "JPN"


def test_coordinated_second_post_is_dropped() -> None:
    article = dprk_diplomacy.parse(
        '"We cannot wait," said Yoo Dae-hyun, a former unification minister and one-time '
        "ambassador to Russia."
    )
    assert envoy(article, "Yoo Dae-hyun").title == "former unification minister"


def test_and_inside_one_post_is_kept() -> None:
    article = dprk_diplomacy.parse(
        "Mara Quist, minister of foreign affairs and trade, flew to Seoul on Sunday."
    )
    assert envoy(article, "Mara Quist").title == "minister of foreign affairs and trade"


def test_post_then_relation_keeps_the_post() -> None:
    article = dprk_diplomacy.parse(
        "Ri Sol Hwa, a senior party official and the sister of the leader, issued a statement."
    )
    assert envoy(article, "Ri Sol Hwa").title == "senior party official"


def test_relative_clause_ends_the_post() -> None:
    article = dprk_diplomacy.parse(
        "Cho Hyun-woo, a spokesman for the ministry that handles ties with the North, spoke."
    )
    assert envoy(article, "Cho Hyun-woo").title == "spokesman for the ministry"


def test_participle_ends_the_post() -> None:
    article = dprk_diplomacy.parse(
        "Kim met Zhou Minghua, a party politburo member heading the visiting delegation."
    )
    assert envoy(article, "Zhou Minghua").title == "party politburo member"


def test_titled_name_after_the_comma_opens_the_next_clause() -> None:
    article = dprk_diplomacy.parse(
        "After a cabinet meeting chaired by President Han Do-yoon, presidential spokesman "
        "Seo Jin-ho told reporters the test was a provocation."
    )
    assert envoy(article, "Han Do-yoon").title == "President"
    assert envoy(article, "Seo Jin-ho").title == "presidential spokesman"


def test_post_of_a_named_office_is_an_appositive() -> None:
    article = dprk_diplomacy.parse(
        '"The leaders agreed," said Baek Seung-ho, President Han Do-yoon\'s chief of staff.'
    )
    assert "chief of staff" in (envoy(article, "Baek Seung-ho").title or "")


# -- who is no envoy -----------------------------------------------------------------
def test_kin_in_an_entourage_is_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Ri Chol Min, the premier, arrived in Hanoi accompanied by his son Ri Kwang Song."
    )
    assert "Ri Chol Min" in names(article)
    assert "Ri Kwang Song" not in names(article)


def test_name_of_a_place_is_no_person() -> None:
    article = dprk_diplomacy.parse(
        "Foreign Minister Ana Roldan landed at Pak Hon-yong Airport and drove to Moon Tae-gil "
        "Square for the ceremony."
    )
    assert names(article) == {"Ana Roldan"}


def test_portraits_show_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Delegates sat beneath portraits of Kim Il Sung and Kim Jong Il as Vice Minister "
        "Pak Sung Il opened the talks."
    )
    assert names(article) == {"Pak Sung Il"}


def test_name_cut_off_at_the_end_of_the_text_is_dropped() -> None:
    article = dprk_diplomacy.parse(
        "Envoys meet in Pyongyang\n\nThe delegation was received by Foreign Minister Lara Stein "
        "on Monday.\n\nThe visit ended on Tuesday, said Deputy Minister Hong Chu"
    )
    assert names(article) == {"Lara Stein"}


def test_middle_initial_stays_in_the_name() -> None:
    article = dprk_diplomacy.parse(
        "Special envoy Jonas P. Whitfield flew to Seoul. Whitfield said talks would resume."
    )
    record = envoy(article, "Jonas P. Whitfield")
    assert "Whitfield" in record.aliases
    assert record.title == "Special envoy"


# -- countries -------------------------------------------------------------------------
def test_state_in_a_quotation_is_not_the_speakers() -> None:
    article = dprk_diplomacy.parse(
        "TOKYO -- Officials left for talks on Monday.\n\n"
        '"We will meet North Korean officials and discuss the abductions," said spokesman '
        "Taro Nishida of Japan's foreign ministry office.\n\n"
        '"They want more aid from the Chinese government," spokesman Kenji Arai said.'
    )
    assert envoy(article, "Kenji Arai").country != "CHN"


def test_state_across_a_meeting_word_is_the_other_side() -> None:
    article = dprk_diplomacy.parse(
        "Reuters reported that Emil Sandoval, deputy director general at the Foreign "
        "Ministry's policy bureau, met this week with a North Korean official in Ulaanbaatar."
    )
    assert envoy(article, "Emil Sandoval").country != "PRK"


def test_ministry_office_names_its_state() -> None:
    article = dprk_diplomacy.parse(
        "The mission will be led by Kenta Mori, director general of the Foreign Ministry's "
        "Asian and Oceanian Affairs Bureau."
    )
    assert envoy(article, "Kenta Mori").country == "JPN"


def test_ambassador_to_an_organisation_keeps_a_state() -> None:
    article = dprk_diplomacy.parse(
        "North Korea's ambassador to the United Nations, Ri Sung Chol, told the council on "
        "Monday that sanctions had failed. Agency chief Liv Haugen of the IAEA disagreed."
    )
    record = envoy(article, "Ri Sung Chol")
    assert record.country == "PRK"
    assert record.title == "ambassador to the United Nations"


def test_official_of_an_organisation_has_no_state() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- U.N. Secretary-General Ines Ferro urged restraint after meeting South "
        "Korean officials in Seoul on Monday."
    )
    assert envoy(article, "Ines Ferro").country is None


def test_post_stated_by_a_relative_clause() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Nam Gi-chul, who heads South Korea's unification ministry, visited the "
        "border on Friday."
    )
    record = envoy(article, "Nam Gi-chul")
    assert record.title == "head of South Korea's unification ministry"
    assert record.country == "KOR"


def test_relative_clause_title_ends_before_a_cut_word() -> None:
    article = dprk_diplomacy.parse(
        "Dana Whitlow, who led the American delegation to the talks, said progress was made."
    )
    assert envoy(article, "Dana Whitlow").title == "head of the American delegation"


def test_former_post_before_a_present_affiliation() -> None:
    article = dprk_diplomacy.parse(
        "Ruth Ambler, a former State Department official now at a Washington think tank, "
        "said the summit would fail."
    )
    assert envoy(article, "Ruth Ambler").title == "former State Department official"


def test_analyst_and_reporter_are_no_envoys() -> None:
    article = dprk_diplomacy.parse(
        "By Hana Cole\n\nSEOUL -- Vice Foreign Minister Yeo Seung-bae met the envoy. "
        '"It is a small step," said Oleg Marin, a professor at Dongguk University.\n\n'
        "Reporting by Hana Cole; editing by Tom Fry"
    )
    assert names(article) == {"Yeo Seung-bae"}


def test_office_subject_words_stay_in_a_long_title() -> None:
    article = dprk_diplomacy.parse(
        "GENEVA -- Assistant Secretary for Arms Control and Nonproliferation Dara Quint met "
        "Chinese diplomats on Monday."
    )
    assert envoy(article, "Dara Quint").title == (
        "Assistant Secretary for Arms Control and Nonproliferation"
    )


def test_paired_leaders_name_both() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Kim Jong Un and Moon Jae-in met again. The Moon-Kim summit was the third."
    )
    moon = envoy(article, "Moon Jae-in")
    assert any(m.text == "Moon" for m in moon.mentions)
    assert "Kim-Moon" not in {e.name for e in article.envoys}


def test_described_leader_gives_the_title() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Kim Jong Un oversaw a drill on Sunday, state media said.\n\n"
        "The North Korean leader called for readiness."
    )
    assert envoy(article, "Kim Jong Un").title == "North Korean leader"


def test_described_leader_is_ambiguous_between_two_holders() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Moon Jae-in and Yoon Suk Yeol spoke by phone on Monday.\n\n"
        "The South Korean president said talks would go on."
    )
    assert envoy(article, "Moon Jae-in").title is None
    assert envoy(article, "Yoon Suk Yeol").title is None


def test_pull_quote_credit_line_gives_the_post() -> None:
    article = dprk_diplomacy.parse(
        "Japan sends officials to Pyongyang\n\n"
        "Officials will stay in Pyongyang until Saturday, spokesman Kenji Sato said.\n\n"
        '    "We want answers"\n\n'
        "    Kenji Sato,\n"
        "    Japanese foreign ministry spokesman\n\n"
        "    Sato said talks would be hard.\n"
    )
    record = envoy(article, "Kenji Sato")
    assert record.title == "Japanese foreign ministry spokesman"
    assert record.country == "JPN"


def test_lone_titled_surname_is_an_envoy() -> None:
    article = dprk_diplomacy.parse(
        "PYONGYANG -- Kim thanked the delegation for arranging a meeting with President "
        "Clinton in Washington."
    )
    record = envoy(article, "Clinton")
    assert record.title == "President"
    assert record.country == "USA"


def test_lone_name_without_post_is_not_an_envoy() -> None:
    article = dprk_diplomacy.parse("SEOUL -- Delegates said Sorensen would not attend the talks.")
    assert "Sorensen" not in names(article)


def test_post_before_the_name_outranks_a_role_set_off() -> None:
    article = dprk_diplomacy.parse(
        "A senior North Korean envoy, Vice Foreign Minister Pak Myong Guk, left for Moscow."
    )
    assert envoy(article, "Pak Myong Guk").title == "Vice Foreign Minister"


def test_post_set_off_before_a_rank_wins() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- A spokesperson for the UN Command, Col. Owen Briggs, said the soldier crossed."
    )
    record = envoy(article, "Owen Briggs")
    assert record.title == "spokesperson for the UN Command"
    assert record.country is None


def test_rapporteur_of_an_organisation_has_no_state() -> None:
    article = dprk_diplomacy.parse(
        "GENEVA -- UN special rapporteur Ilse Marov urged North Korea to allow visits."
    )
    record = envoy(article, "Ilse Marov")
    assert record.title == "UN special rapporteur"
    assert record.country is None


def test_in_as_a_korean_syllable_stays_in_the_name() -> None:
    article = dprk_diplomacy.parse(
        "NEW YORK -- Ambassador Ri Chol Ho and Kim In Song, his deputy, left the hall. "
        "In Geneva, officials waited."
    )
    assert "Kim In Song" in names(article)
    assert not {"Song", "In"} & names(article)


def test_lone_name_with_a_post_after_it_is_not_an_envoy() -> None:
    article = dprk_diplomacy.parse("SEOUL -- Oberlin, a deputy, and the others left on Monday.")
    assert "Oberlin" not in names(article)


def test_post_at_a_news_outlet_is_no_government_post() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Mina Park, a former Reuters bureau chief in Seoul, said the envoy was wary. "
        "Vice Minister Oh Jae-sung met the envoy."
    )
    assert names(article) == {"Oh Jae-sung"}


def test_office_named_after_a_preposition_is_the_holders() -> None:
    article = dprk_diplomacy.parse(
        "PYONGYANG -- Kim Yo Jong rejected the offer on Monday.\n\n"
        "Hwang Bo-ram, spokesperson for the Ministry of Unification, said Seoul regretted it."
    )
    assert envoy(article, "Hwang Bo-ram").country == "KOR"


def test_state_as_the_subject_of_an_office_is_not_the_holders() -> None:
    article = dprk_diplomacy.parse(
        "TOKYO (Kyodo) -- Sato Hiroki, head of the ministry's North Korean affairs division, "
        "left for Beijing on Monday."
    )
    assert envoy(article, "Sato Hiroki").country != "PRK"


def test_state_before_a_subject_office_is_the_holders() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- U.S. North Korea policy chief Dan Reese arrived on Monday."
    )
    assert envoy(article, "Dan Reese").country == "USA"


def test_office_of_the_holder_is_not_the_post() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- The office of South Korean President Kang Tae-ho declined to comment."
    )
    assert envoy(article, "Kang Tae-ho").title == "South Korean President"


def test_state_possessive_before_a_name_gives_its_state() -> None:
    article = dprk_diplomacy.parse(
        "PYONGYANG -- After talks with North Korean officials, Japan's Ishida Kenzo said "
        "progress was made."
    )
    assert envoy(article, "Ishida Kenzo").country == "JPN"


def test_detainee_is_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "PYONGYANG -- American detainee Carl Hobart was freed after envoy Jim Rowan arrived."
    )
    assert names(article) == {"Jim Rowan"}


def test_post_wins_over_a_membership_it_is_joined_to() -> None:
    article = dprk_diplomacy.parse(
        "Zhao Lin, a member of the party's Political Bureau and foreign minister, met the "
        "delegation on Tuesday."
    )
    assert envoy(article, "Zhao Lin").title == "foreign minister"


def test_clause_after_a_listed_name_is_no_appositive() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- In talks with North Korean officials including Ri Kwang Sok, the envoy "
        "pressed for access."
    )
    assert envoy(article, "Ri Kwang Sok").title is None


def test_participle_after_a_post_ends_it() -> None:
    article = dprk_diplomacy.parse(
        "BEIJING -- Mun Chol Ho, a North Korean diplomat based in Beijing, declined to comment."
    )
    assert envoy(article, "Mun Chol Ho").title == "North Korean diplomat"


def test_title_read_back_stops_at_another_persons_post() -> None:
    article = dprk_diplomacy.parse(
        "WASHINGTON -- Envoy Dale Mercer met Ho Chol Su, a senior aide to North Korean leader "
        "Kim Jong Un, on Thursday."
    )
    assert envoy(article, "Kim Jong Un").title == "North Korean leader"


def test_reporting_body_gives_its_officials_state() -> None:
    article = dprk_diplomacy.parse(
        "WASHINGTON (Reuters) - The State Department said on Tuesday that Lena Ortiz, acting "
        "assistant secretary for East Asian affairs, would travel to Seoul. Department "
        "spokesperson Carl Boyd declined to give details."
    )
    assert envoy(article, "Lena Ortiz").country == "USA"
    assert envoy(article, "Carl Boyd").country == "USA"


def test_adjective_in_a_post_is_no_verb() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Pak Su Il, chief of the armed forces, and Ri Tae Sop, a retired general, "
        "attended the talks."
    )
    assert envoy(article, "Pak Su Il").title == "chief of the armed forces"
    assert envoy(article, "Ri Tae Sop").title == "retired general"


def test_title_case_headline_word_is_no_lone_name() -> None:
    article = dprk_diplomacy.parse(
        "Foreign Minister Vows Talks\n\nSEOUL -- The minister spoke on Monday about the plan."
    )
    assert names(article) == set()


def test_lone_korean_or_chinese_surname_takes_the_known_officials_state() -> None:
    article = dprk_diplomacy.parse(
        "TOKYO -- Defense Minister Nakatani agreed on Monday. President Lee and Premier Li met "
        "in Gyeongju."
    )
    assert envoy(article, "Lee").country == "KOR"
    assert envoy(article, "Li").country == "CHN"


def test_side_named_after_the_name_gives_the_state() -> None:
    article = dprk_diplomacy.parse(
        "GENEVA -- Ri Chol Su met Yang Dong-hwan from the South Korean delegation on Monday."
    )
    assert envoy(article, "Yang Dong-hwan").country == "KOR"


def test_returning_from_a_state_is_no_cue() -> None:
    article = dprk_diplomacy.parse(
        "CINCINNATI -- Student Evan Marsh, who came home from the North Korean capital, died."
    )
    assert "Evan Marsh" not in names(article)


def test_meeting_participant_takes_no_state_from_the_other_side() -> None:
    article = dprk_diplomacy.parse(
        "PANMUNJOM -- Ri Son Gwon of the North greeted the delegates. Talks between Ri Son Gwon "
        "and Chun Hae-sung lasted two hours."
    )
    assert envoy(article, "Chun Hae-sung").country == "KOR"


def test_minister_of_a_known_ministry_takes_its_state() -> None:
    article = dprk_diplomacy.parse(
        "Posted on : Jun.14,2007\n\nUnification Minister Ahn Seung-ho arrived in Pyongyang. "
        "Ahn was greeted by Kwon Chol Ung, the North's chief delegate."
    )
    assert envoy(article, "Ahn Seung-ho").country == "KOR"


def test_greeter_is_on_the_other_side() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Envoy Yeon Ji-hoon flew north on Monday.\n\n"
        "Yeon was greeted at the airport by Kwon Chol Ung, the North's chief delegate."
    )
    assert envoy(article, "Yeon Ji-hoon").country != "PRK"


def test_anniversary_of_a_dead_leader_shows_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "PYONGYANG -- Crowds marked the anniversary of Kim Il Sung's birth as Premier Pak Jong "
        "Gun met Chinese officials."
    )
    assert "Kim Il Sung" not in names(article)


def test_age_set_off_before_the_post() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL (AP) -- Paik Ji-hoon, 58, South Korea's chief negotiator, said talks would "
        "resume. Kim Chol Min, 72, a former North Korean spy chief, disagreed."
    )
    assert envoy(article, "Paik Ji-hoon").title == "chief negotiator"
    assert envoy(article, "Kim Chol Min").title == "former North Korean spy chief"


def test_common_qualifiers_open_an_appositive_post() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- Ri Su Gil, a career diplomat, met Jo Chol Ho, the highest-ranking military "
        "official, on Monday."
    )
    assert envoy(article, "Ri Su Gil").title == "career diplomat"
    assert envoy(article, "Jo Chol Ho").title == "highest-ranking military official"


def test_appositive_set_off_by_dashes() -> None:
    article = dprk_diplomacy.parse(
        "WASHINGTON -- Ri Chol Bom — the North's former spy chief — met the envoy. "
        "Pak Su Ryon -- a senior party official -- attended."
    )
    assert envoy(article, "Ri Chol Bom").title == "North's former spy chief"
    assert envoy(article, "Pak Su Ryon").title == "senior party official"
