"""Unit tests for the envoy rules of round 5 (second pass), on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy


def test_honorific_marks_a_family_name_in_capitals() -> None:
    article = dprk_diplomacy.parse(
        "On May 3, Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a "
        "telephone talk with H.E. Mr. PARK Min-soo, Minister of Foreign Affairs of the "
        "Republic of Korea."
    )
    sato = envoy(article, "SATO Kenji")
    assert sato.country == "JPN"
    assert sato.title == "Minister for Foreign Affairs of Japan"
    assert envoy(article, "PARK Min-soo").country == "KOR"


def test_both_before_a_plural_post_gives_it_to_each() -> None:
    article = dprk_diplomacy.parse(
        "The envoy arrived in Seoul with Ri Chol-su and Kang Myong-il, both vice "
        "chairmen of the North's ruling party, for talks on Monday."
    )
    assert envoy(article, "Kang Myong-il").title == "vice chairman of the North's ruling party"
    assert envoy(article, "Ri Chol-su").title == "vice chairman of the North's ruling party"


def test_bare_ministry_refers_back_to_a_lower_case_ministry_of_a_state() -> None:
    article = dprk_diplomacy.parse(
        "North Korean officials held talks with South Korean officials on Friday, "
        "Seoul&#039;s unification ministry said. The talks ended at noon, ministry "
        "spokesman Jang Min-ho told reporters."
    )
    assert envoy(article, "Jang Min-ho").country == "KOR"


def test_words_before_of_with_no_post_are_no_title() -> None:
    article = dprk_diplomacy.parse(
        "Rumours grew about the health of leader Kim Jong Un, who met President "
        "Moon Jae-in in Pyongyang on Monday."
    )
    assert envoy(article, "Kim Jong Un").title == "leader"


def test_demonyms_in_a_list_tie_no_one_state() -> None:
    article = dprk_diplomacy.parse(
        "Talks between Japanese, Chinese and American diplomats ended on Monday near "
        "Oslo, Norway's foreign ministry said.\n\n"
        '"We were glad to host them," Foreign Minister Anna Berg told reporters.'
    )
    assert envoy(article, "Anna Berg").country == "NOR"


def test_bare_post_of_a_correspondent_is_the_dateline_capital_state() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL, May 2 -- Officials here said talks with the North could resume soon.\n\n"
        "Foreign Minister Ko Song Jin said he would fly to Washington next week."
    )
    assert envoy(article, "Ko Song Jin").country == "KOR"


def test_known_official_named_by_surname_takes_the_full_name_on_the_page() -> None:
    article = dprk_diplomacy.parse(
        "Lavrov visits Pyongyang\n\n"
        "The visit comes weeks after Kim Jong Un met Vladimir Putin in the Far East.\n\n"
        "By Ann Roe\n\n"
        "PYONGYANG -- Mr. Lavrov landed on Wednesday. He carried a message from Mr. Putin, "
        "officials said."
    )
    assert envoy(article, "Putin").name == "Vladimir Putin"


def test_known_official_of_an_organisation_has_no_state() -> None:
    article = dprk_diplomacy.parse(
        "The envoy met Secretary-General Antonio Guterres in New York, where U.S. "
        "officials also spoke on Monday."
    )
    assert envoy(article, "Antonio Guterres").country is None


def test_a_listed_post_takes_the_state_of_the_official_before_it() -> None:
    article = dprk_diplomacy.parse(
        "The U.N. envoy, who stopped in Beijing on his way, held talks with Foreign "
        "Minister Ri Yong Ho and Vice Foreign Minister Kang Chol Su, aides said."
    )
    assert envoy(article, "Kang Chol Su").country == "PRK"


def test_a_counterpart_holds_the_post_of_the_one_met() -> None:
    article = dprk_diplomacy.parse(
        "South Korean Defense Minister Han Min-gu met his Japanese counterpart Sato Jiro "
        "in Tokyo on Friday."
    )
    sato = envoy(article, "Sato Jiro")
    assert sato.title == "Defense Minister"
    assert sato.country == "JPN"


def test_a_syllable_spelt_like_a_word_after_a_post_opens_a_name() -> None:
    article = dprk_diplomacy.parse(
        "The Russian leader will hold talks with President To Lam in Hanoi on Thursday."
    )
    assert envoy(article, "To Lam").title == "President"


def test_a_personal_envoy_set_off_after_a_name_is_a_post() -> None:
    article = dprk_diplomacy.parse(
        "Anna Lind, the secretary-general's personal envoy, made two trips to Pyongyang in 2003."
    )
    assert envoy(article, "Anna Lind").title == "secretary-general's personal envoy"


def test_an_initial_opening_a_name_is_part_of_it() -> None:
    article = dprk_diplomacy.parse(
        "The U.N. has tried before. J. Ronald Marsh, then under-secretary-general for "
        "political affairs, went there in February 2010."
    )
    assert envoy(article, "J. Ronald Marsh").country is None


def test_an_office_of_several_words_in_an_appositive_is_no_next_name() -> None:
    article = dprk_diplomacy.parse(
        "The U.S. team was led by Tom Reed, the deputy White House chief of staff."
    )
    assert envoy(article, "Tom Reed").title == "deputy White House chief of staff"


def test_who_represents_a_state_states_the_post_and_the_state() -> None:
    article = dprk_diplomacy.parse(
        "Park Ji-won, who represents South Korea at the forum, said progress was made."
    )
    park = envoy(article, "Park Ji-won")
    assert park.country == "KOR"
    assert park.title is not None and park.title.startswith("representative")


def test_a_correspondents_bare_post_is_the_dateline_capitals_before_a_cited_ministry() -> None:
    article = dprk_diplomacy.parse(
        "OSLO (AP) -- The Norwegian envoy raised the cases with North Korean Foreign "
        "Ministry officials in Pyongyang on Monday.\n\n"
        "Foreign Minister Eva Dahl said Norway would keep helping both sides."
    )
    assert envoy(article, "Eva Dahl").country == "NOR"
