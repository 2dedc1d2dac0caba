"""Unit tests for the envoy rules of probe round 3, on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy, names


# -- names: the one-letter Korean surname O -----------------------------------------
def test_one_letter_surname_o_opens_a_name() -> None:
    article = dprk_diplomacy.parse(
        "O Su Gyong, a deputy director of the North's foreign ministry, met the envoy "
        "from Seoul. Vice Minister O Kwang Nam also attended."
    )
    assert {"O Su Gyong", "O Kwang Nam"} <= names(article)
    assert "Su Gyong" not in names(article)


def test_irish_prefix_still_reads_whole() -> None:
    article = dprk_diplomacy.parse("Ambassador Liam O'Connell met Vice Minister Ri Tae Song.")
    assert "Liam O'Connell" in names(article)


# -- names: a place noun with "of" names a place --------------------------------------
def test_town_of_names_a_place_not_a_person() -> None:
    article = dprk_diplomacy.parse(
        "The envoy crossed at the border town of Tan Phu, where Deputy Foreign Minister "
        "Le Van Minh welcomed him."
    )
    assert "Tan Phu" not in names(article)
    assert "Le Van Minh" in names(article)


# -- who is no envoy: business people --------------------------------------------------
def test_chair_of_a_business_group_is_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Min Ha-neul, chairman of the Taesan group that built the resort, praised the deal. "
        "Choe Yong Su, head of the North's working group on tourism, signed it."
    )
    assert "Min Ha-neul" not in names(article)
    assert "Choe Yong Su" in names(article)


def test_business_words_mark_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Jang Mi-rae, a shipping tycoon from Busan, joined the delegation to Pyongyang led "
        "by Unification Minister Seol Jin-ho."
    )
    assert "Jang Mi-rae" not in names(article)


# -- aliases: spelling variants stated as such -------------------------------------------
def test_variant_spelling_after_name_is_an_alias() -> None:
    article = dprk_diplomacy.parse(
        "Unification Minister Yoo Sang-myung met Ri Chol Gyu at the border. Yu Sang-myong, as "
        "his name is also spelled, said the meeting went well."
    )
    assert envoy(article, "Yoo Sang-myung").aliases == ("Yu Sang-myong",)
    assert "Yu Sang-myong" not in names(article)


def test_variant_spelling_in_brackets_is_an_alias() -> None:
    article = dprk_diplomacy.parse(
        "Vice Foreign Minister Choe Hyon Bok (also spelled Choi Hyun-bok) arrived in Moscow."
    )
    assert names(article) == {"Choe Hyon Bok"}
    assert "Choi Hyun-bok" in envoy(article, "Choe Hyon Bok").aliases


# -- titles: the post in apposition wins over a role before the name ---------------------
def test_post_in_apposition_beats_role_naming_its_state() -> None:
    article = dprk_diplomacy.parse(
        "Chief U.S. negotiator Owen Pratt, a deputy assistant secretary of state, landed in "
        "Seoul on Monday."
    )
    record = envoy(article, "Owen Pratt")
    assert record.title == "deputy assistant secretary of state"
    assert record.country == "USA"


def test_chief_before_a_role_is_its_modifier() -> None:
    article = dprk_diplomacy.parse(
        "Chief delegate Kang Sol-mi, the vice unification minister, crossed into the North."
    )
    assert envoy(article, "Kang Sol-mi").title == "vice unification minister"


def test_post_before_name_stays_against_role_in_apposition() -> None:
    article = dprk_diplomacy.parse(
        "Vice Foreign Minister Ri Kang Bom, the North's top negotiator, left for Beijing."
    )
    assert envoy(article, "Ri Kang Bom").title == "Vice Foreign Minister"


# -- countries: a delegation's own state -------------------------------------------------
def test_delegation_of_a_states_party_gives_its_head_that_state() -> None:
    article = dprk_diplomacy.parse(
        "PYONGYANG -- Choe Ryong Hae received a delegation of the Central Committee of the "
        "Lao People's Revolutionary Party of Laos headed by its vice president Bounmy Sisavath."
    )
    assert envoy(article, "Bounmy Sisavath").country == "LAO"


def test_delegation_to_a_state_is_not_its_state() -> None:
    article = dprk_diplomacy.parse(
        "A North Korean delegation to Laos led by Vice Minister Pak Sang Gil arrived on Friday."
    )
    assert envoy(article, "Pak Sang Gil").country == "PRK"


# -- countries: an unqualified post spoken in a capital ----------------------------------
def test_bare_post_said_in_capital_takes_its_state() -> None:
    article = dprk_diplomacy.parse(
        "The North's delegation read out a long statement. Interior Minister Bae Sun-ok said "
        "in Seoul on Thursday that the talks had been useful."
    )
    assert envoy(article, "Bae Sun-ok").country == "KOR"


def test_fronted_capital_gives_bare_post_its_state() -> None:
    article = dprk_diplomacy.parse(
        "Pyongyang's negotiators left on Friday. In Tokyo, Defense Minister Mori Haruto told "
        "reporters the drills would go ahead."
    )
    assert envoy(article, "Mori Haruto").country == "JPN"


def test_visitor_with_stated_state_keeps_it_in_another_capital() -> None:
    article = dprk_diplomacy.parse(
        "Chinese Foreign Minister Lu Zhiwen said in Seoul that talks should resume."
    )
    assert envoy(article, "Lu Zhiwen").country == "CHN"


# -- countries: a state's body named like an international one ---------------------------
def test_national_security_council_official_keeps_a_state() -> None:
    article = dprk_diplomacy.parse(
        "WASHINGTON -- Ruth Calder, a senior National Security Council official, said the "
        "United States would keep sanctions in place."
    )
    assert envoy(article, "Ruth Calder").country == "USA"


# -- titles: the time of a post is no part of it -----------------------------------------
def test_title_stops_before_its_time() -> None:
    article = dprk_diplomacy.parse(
        "Noh Yeon-su, who was vice unification minister until last spring, backed the plan. "
        "Baek Ji-ho, ambassador to China from 2015 to 2018, disagreed."
    )
    assert envoy(article, "Noh Yeon-su").title == "vice unification minister"
    assert envoy(article, "Baek Ji-ho").title == "ambassador to China"


# -- titles: a military rank between a post and the name ---------------------------------
def test_rank_between_post_and_name_is_left_out() -> None:
    article = dprk_diplomacy.parse(
        "Joint Chiefs of Staff spokesman Col. Han Do-yun said the North fired two missiles. "
        "Navy spokesman Lt. Col. Oh Se-ra gave no details."
    )
    assert envoy(article, "Han Do-yun").title == "Joint Chiefs of Staff spokesman"
    assert envoy(article, "Oh Se-ra").title == "Navy spokesman"


def test_rank_alone_stays_the_title() -> None:
    article = dprk_diplomacy.parse("Maj. Gen. Ri Song Ho led the North's team at Panmunjom.")
    assert envoy(article, "Ri Song Ho").title == "Maj. Gen."


# -- back-references: a surname that is also an English word -----------------------------
def test_article_an_is_no_back_reference_to_surname_an() -> None:
    article = dprk_diplomacy.parse(
        "Vice Minister An Chol Nam led the delegation. An official said the talks had stalled. "
        "An said he would return."
    )
    record = envoy(article, "An Chol Nam")
    assert len(record.mentions) == 2
    assert record.mentions[1].start > record.mentions[0].start + 60  # "An said", not "An official"


# -- titles: a possessive pronoun opening an apposition ----------------------------------
def test_pronoun_in_apposition_is_no_title_word_and_points_to_the_chief() -> None:
    article = dprk_diplomacy.parse(
        "Japanese Foreign Minister Ueda Kaori arrived in Seoul on Monday with South Korean "
        "officials. Mori Shun, her deputy, stayed behind."
    )
    record = envoy(article, "Mori Shun")
    assert record.title == "deputy"
    assert record.country == "JPN"


# -- who is no envoy: a known official given only as kin, doing nothing ------------------
def test_known_official_given_only_as_kin_is_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Kim Jong Un stepped off the train in Khasan. Kim Yo Jong, the leader's younger "
        "sister, was seen carrying his bag."
    )
    assert "Kim Yo Jong" not in names(article)


def test_known_official_given_as_kin_who_speaks_is_an_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Kim Yo Jong, the leader's sister, said in a statement that Seoul should stop the drills."
    )
    assert "Kim Yo Jong" in names(article)


def test_kin_who_hands_over_a_letter_is_an_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Kim Jong Un met the visiting envoy. His sister Kim Yo Jong handed him a letter."
    )
    assert "Kim Yo Jong" in names(article)


# -- titles: a plural post after a list of names -----------------------------------------
def test_plural_post_after_list_is_each_names_post() -> None:
    article = dprk_diplomacy.parse(
        "Attending were Ri Chang Su, Pak Hyon Ok and Jon Song Il, members of the Political "
        "Bureau of the party's Central Committee."
    )
    for name in ("Ri Chang Su", "Pak Hyon Ok", "Jon Song Il"):
        record = envoy(article, name)
        assert record.title == "member of the Political Bureau of the party's Central Committee"


def test_plural_post_in_singular_with_its_modifiers() -> None:
    article = dprk_diplomacy.parse(
        "Seoul sent Yu Hae-jin and Chae Min-ho, deputy directors general at the ministry, "
        "to the talks."
    )
    assert envoy(article, "Yu Hae-jin").title == "deputy director general at the ministry"
    assert envoy(article, "Chae Min-ho").title == "deputy director general at the ministry"


def test_counted_pair_is_no_post() -> None:
    article = dprk_diplomacy.parse(
        "Kim Jong Un and Moon Jae-in, the two leaders, planted a pine tree at Panmunjom."
    )
    assert envoy(article, "Moon Jae-in").title is None


def test_plural_post_before_list_is_each_names_post() -> None:
    article = dprk_diplomacy.parse(
        "Foreign Ministers Zhang Wei and Ivan Sokolov held talks in Harbin on Friday. "
        "Presidents Lim Jae-won and Nora Blake will meet next month."
    )
    assert envoy(article, "Zhang Wei").title == "Foreign Minister"
    assert envoy(article, "Ivan Sokolov").title == "Foreign Minister"
    assert envoy(article, "Lim Jae-won").title == "President"
    assert envoy(article, "Nora Blake").title == "President"


# -- who is an envoy: names set off after a plural role -----------------------------------
def test_names_after_plural_role_are_envoys() -> None:
    article = dprk_diplomacy.parse(
        "North Korean negotiators, Kang Il Su and Ryu Song Chol, left the room first, "
        "watched by professor Cho Min-su."
    )
    assert {"Kang Il Su", "Ryu Song Chol"} <= names(article)
    assert envoy(article, "Ryu Song Chol").country == "PRK"
    assert "Cho Min-su" not in names(article)


def test_company_chief_executive_is_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Ada Lindqvist, chief executive of Arirang Travel, said tours to Pyongyang had resumed."
    )
    assert "Ada Lindqvist" not in names(article)


# -- countries: a place named after a state ----------------------------------------------
def test_us_state_named_after_a_country_is_not_that_country() -> None:
    article = dprk_diplomacy.parse(
        "Ray Dunmore, a former governor of New Mexico, has made several trips to Pyongyang."
    )
    assert envoy(article, "Ray Dunmore").country == "USA"


def test_relation_then_role_keeps_the_role() -> None:
    article = dprk_diplomacy.parse(
        "Talks are pointless, said Kim Hye Song, the niece of the premier and a senior "
        "party official."
    )
    assert envoy(article, "Kim Hye Song").title == "senior party official"


# -- names: places named after people ------------------------------------------------------
def test_works_named_after_a_leader_are_places() -> None:
    article = dprk_diplomacy.parse(
        "The visitors toured the Kim Jong Suk Hamhung Textile Mill and the Ri Hyon Sok "
        "Farm before meeting Vice Premier Jon Kwang Ho."
    )
    assert names(article) == {"Jon Kwang Ho"}


# -- who is an envoy: a former official told by a career clause ---------------------------
def test_career_clause_in_government_makes_former_official() -> None:
    article = dprk_diplomacy.parse(
        "Dana Whitcomb, who worked on Korea at the State Department for two decades, said the "
        "offer was serious. Mark Eller, who worked on Korea at a think tank, disagreed."
    )
    assert envoy(article, "Dana Whitcomb").country == "USA"
    assert "Mark Eller" not in names(article)


# -- who is no envoy: people only remembered or shown -------------------------------------
def test_depiction_with_description_between_cue_and_name() -> None:
    article = dprk_diplomacy.parse(
        "Thousands marked the birthday of the country's founder Han Tae Ryong on Monday, "
        "watched by Vice Premier O Su Yong."
    )
    assert names(article) == {"O Su Yong"}


def test_possessive_likeness_after_name() -> None:
    article = dprk_diplomacy.parse(
        "Below Pak Song Gyu's portrait, Foreign Minister Ri Un Hui received the envoy."
    )
    assert names(article) == {"Ri Un Hui"}


def test_de_facto_opens_a_post() -> None:
    article = dprk_diplomacy.parse(
        "Kim Chol Ho, the leader's de facto chief of staff, arrived in Hanoi a week early."
    )
    assert envoy(article, "Kim Chol Ho").title == "leader's de facto chief of staff"


def test_surname_o_alone_refers_back_when_speaking() -> None:
    article = dprk_diplomacy.parse(
        "Vice Minister O Hye Ryon arrived in Beijing. O told reporters the talks would be useful."
    )
    record = envoy(article, "O Hye Ryon")
    assert "O" in record.aliases
    assert len(record.mentions) == 2


def test_ministry_domain_words_stay_in_the_post() -> None:
    article = dprk_diplomacy.parse(
        "The team included Vice Railway Minister Jang Chol Man and Land Minister Yu Ho-sik."
    )
    assert envoy(article, "Jang Chol Man").title == "Vice Railway Minister"
    assert envoy(article, "Yu Ho-sik").title == "Land Minister"


# -- countries: a role set off before a post ---------------------------------------------
def test_role_set_off_before_post_gives_the_state() -> None:
    article = dprk_diplomacy.parse(
        "Chinese Vice Foreign Minister Zhou Ming urged restraint. North Korea's chief "
        "delegate, Vice Foreign Minister Kim Tae Song, asked for a treaty."
    )
    record = envoy(article, "Kim Tae Song")
    assert record.country == "PRK"
    assert record.title == "Vice Foreign Minister"


# -- names: honorifics are no part of a name ------------------------------------------------
def test_honorifics_are_left_out_of_names() -> None:
    article = dprk_diplomacy.parse(
        "Honorable Pak Jong Hui received Madame Lena Strand, the Swedish envoy, in Pyongyang."
    )
    assert {"Pak Jong Hui", "Lena Strand"} <= names(article)


def test_initialism_keeps_its_dot_in_a_title() -> None:
    article = dprk_diplomacy.parse(
        "Ri Kum Hui, the North's deputy ambassador to the U.N., walked out of the session."
    )
    assert envoy(article, "Ri Kum Hui").title == "North's deputy ambassador to the U.N."


def test_national_outlets_own_minister_abroad_keeps_home_state() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL, Oct. 2 (Yonhap) -- North Korea fired a missile on Monday, the military said. "
        "Foreign Minister Cha Min-woo told reporters in Washington that Seoul would respond."
    )
    assert envoy(article, "Cha Min-woo").country == "KOR"
