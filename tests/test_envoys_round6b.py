"""Unit tests for the second set of envoy rules of round 6, on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy


def test_an_honorific_between_a_post_in_apposition_and_the_name() -> None:
    article = dprk_diplomacy.parse(
        "Last week the Chinese ambassador, Mr Wang Lin, was summoned to the foreign "
        "ministry in Tokyo over the launch."
    )
    found = envoy(article, "Wang Lin")
    assert found.country == "CHN"
    assert found.title is not None and "ambassador" in found.title


def test_an_honorific_between_a_post_and_the_name() -> None:
    article = dprk_diplomacy.parse(
        "The Russian envoy Dr. Pavel Orlov told reporters in Seoul the talks were useful."
    )
    assert envoy(article, "Pavel Orlov").country == "RUS"


def test_a_month_before_a_post_is_no_word_of_it() -> None:
    article = dprk_diplomacy.parse(
        "In April the Japanese ambassador Sato Ken met officials in Pyongyang."
    )
    assert envoy(article, "Sato Ken").title == "Japanese ambassador"


def test_a_presidential_secretary_for_communication_is_a_post() -> None:
    article = dprk_diplomacy.parse(
        "Blue House secretary for public communication Han Min-ho said Seoul would "
        "keep the liaison office open."
    )
    found = envoy(article, "Han Min-ho")
    assert found.country == "KOR"
    assert found.title is not None and "communication" in found.title


def test_a_peers_style_and_place_are_one_name() -> None:
    article = dprk_diplomacy.parse(
        "Baroness Hale of Kendal, the British minister for Asia, said on Tuesday that "
        "the embassy in Pyongyang would reopen."
    )
    found = envoy(article, "Baroness Hale of Kendal")
    assert found.country == "GBR"
    assert all(e.name != "Kendal" for e in article.envoys)


def test_a_post_before_a_bracketed_name_is_its_holders() -> None:
    article = dprk_diplomacy.parse(
        "The Minister of State, Foreign and Commonwealth Office (Lord Brent of Leeds)\n"
        "The embassy in Pyongyang remains closed, and we have told the DPRK so.\n"
    )
    found = envoy(article, "Lord Brent of Leeds")
    assert found.title == "Minister of State, Foreign and Commonwealth Office"
    assert found.country == "GBR"


def test_a_bracket_after_a_clause_gives_no_post() -> None:
    article = dprk_diplomacy.parse(
        "He said the talks in Pyongyang (and Mr Tanaka Jiro's visit) had failed."
    )
    assert all(e.title != "He said the talks in Pyongyang" for e in article.envoys)


def test_a_title_case_headline_surname_is_cut_from_the_verb_phrase() -> None:
    article = dprk_diplomacy.parse(
        "IAEA Chief Marsh Ends Rare Trip To Pyongyang\n\n"
        "VIENNA -- IAEA Director General Olivia Marsh left Pyongyang on Friday after "
        "three days of talks, the agency said.\n\n"
        "Marsh told reporters the talks had been useful.\n"
    )
    names = {e.name for e in article.envoys}
    assert "Olivia Marsh" in names
    assert not any("Ends" in name for name in names)


def test_the_predecessor_of_a_un_official_serves_no_state() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- UN envoy Carl Weber arrived in Pyongyang on Monday for talks with "
        "Foreign Minister Ri Yong Ho.\n\n"
        "North Korean state media said the sides agreed to keep in touch.\n\n"
        "He is the first UN official to visit North Korea since his predecessor, "
        "Anna Berg, travelled to Pyongyang in 2012.\n"
    )
    assert envoy(article, "Anna Berg").country is None


def test_the_successor_of_a_states_envoy_serves_that_state() -> None:
    article = dprk_diplomacy.parse(
        "TOKYO -- Japanese envoy Sato Ken met Chinese officials in Beijing on Monday.\n\n"
        "His successor, Ito Jun, will visit Seoul next week for talks.\n"
    )
    assert envoy(article, "Ito Jun").country == "JPN"


def test_a_post_set_off_before_the_name_wins_over_a_clause_after_it() -> None:
    article = dprk_diplomacy.parse(
        "Japan's deputy foreign minister, Ono Taro, who led Tokyo's delegation, said "
        "the talks in Beijing had ended without a deal."
    )
    found = envoy(article, "Ono Taro")
    assert found.title is not None and "deputy foreign minister" in found.title
    assert found.country == "JPN"


def test_a_definite_post_opening_the_next_sentence_titles_an_untitled_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Helen Marsh became the first Canadian minister to visit North Korea. The "
        "foreign minister landed in Pyongyang on Monday and held talks with officials "
        "there.\n"
    )
    assert envoy(article, "Helen Marsh").title == "foreign minister"


def test_a_definite_post_told_in_the_lede_titles_the_name_below_it() -> None:
    article = dprk_diplomacy.parse(
        "Japan and China hold talks\n\n"
        "TOKYO -- The chief Japanese negotiator met Chinese officials in Beijing on "
        "Monday.\n\n"
        "Sato Ken and Vice Foreign Minister Wang Hua discussed the talks, the ministry said.\n"
    )
    assert envoy(article, "Sato Ken").title == "chief Japanese negotiator"


def test_a_definite_post_another_envoy_holds_is_theirs() -> None:
    article = dprk_diplomacy.parse(
        "South Korean President Lee Min met Tom Hale in Seoul on Monday. The president "
        "said the talks had gone well.\n"
    )
    names = {e.name: e.title for e in article.envoys}
    assert names.get("Tom Hale") != "president"


def test_a_plural_post_is_no_ones_title() -> None:
    article = dprk_diplomacy.parse(
        "Tom Hale met Kim Yong Chol in Pyongyang on Monday. The officials said the "
        "talks had gone well.\n"
    )
    assert all(e.title != "officials" for e in article.envoys)


def test_a_knights_style_stands_between_the_post_and_the_name() -> None:
    article = dprk_diplomacy.parse(
        "The British ambassador, Sir John Hale, met officials in Pyongyang on Monday."
    )
    found = envoy(article, "John Hale")
    assert found.country == "GBR"
    assert found.title is not None and "ambassador" in found.title


def test_comrade_stands_between_a_long_post_and_the_name() -> None:
    article = dprk_diplomacy.parse(
        "Vice director of the WPK Central Committee Comrade Ri Son Hui said in a "
        "statement that Seoul would regret it."
    )
    found = envoy(article, "Ri Son Hui")
    assert found.title is not None and found.title.startswith("Vice director")


def test_a_parliamentary_under_secretary_of_state_is_britains() -> None:
    article = dprk_diplomacy.parse(
        "Parliamentary Under-Secretary of State Jane Cole said on Monday that London "
        "would keep pressing Pyongyang."
    )
    assert envoy(article, "Jane Cole").country == "GBR"


def test_an_honorific_opening_a_post_is_no_part_of_it() -> None:
    article = dprk_diplomacy.parse(
        "H.E. Ambassador Pak Chol presented his credentials to the president in Hanoi on Monday."
    )
    assert envoy(article, "Pak Chol").title == "Ambassador"


def test_a_predecessor_as_a_post_serves_no_state_after_a_un_official() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- UN envoy Carl Weber arrived in Pyongyang on Monday for talks with "
        "Foreign Minister Ri Yong Ho.\n\n"
        "He is the first UN official to visit since his predecessor as envoy, Anna Berg, "
        "travelled to Pyongyang in 2012.\n"
    )
    assert envoy(article, "Anna Berg").country is None


def test_a_definite_post_after_two_untitled_names_titles_neither() -> None:
    article = dprk_diplomacy.parse(
        "TOKYO -- Sato Ken and Ito Jun spoke by phone on Monday.\n\n"
        "The Japanese envoy said the talks would go on.\n"
    )
    assert all(e.title is None for e in article.envoys)


def test_a_definite_post_of_another_state_or_an_unnamed_role_is_not_the_envoys() -> None:
    for sentence in (
        "The South Korean minister said the visit was welcome.",
        "The foreign ministry spokesman said the visit was welcome.",
    ):
        article = dprk_diplomacy.parse(
            f"SEOUL -- Mike Pompeo arrived in Seoul on Monday for talks.\n\n{sentence}\n"
        )
        assert envoy(article, "Mike Pompeo").title is None
