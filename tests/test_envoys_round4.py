"""Unit tests for the envoy rules of round 4 (fresh probe sets), on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy, names


# -- names -----------------------------------------------------------------------------
def test_family_name_first_finds_the_known_official() -> None:
    # The gazetteer's "Fumio Kishida", written family name first, keeps his state
    # against a sentence full of North Korea.
    article = dprk_diplomacy.parse(
        "North Korea's leader Kim Jong Un rejected the idea, a day after Pyongyang said "
        "Prime Minister Kishida Fumio had asked for a summit."
    )
    assert envoy(article, "Kishida Fumio").country == "JPN"


def test_venue_name_before_lower_case_venue_noun_is_no_person() -> None:
    article = dprk_diplomacy.parse(
        "Deputy Foreign Minister Han Mi-rae met the envoy at the Grand Solenne hotel on "
        "Friday, and later at the Aurelia Bay resort."
    )
    assert names(article) == {"Han Mi-rae"}


def test_patronymic_initial_glued_to_the_name() -> None:
    article = dprk_diplomacy.parse(
        "The President of Mongolia Ts.Ganbold held talks in Pyongyang on Tuesday. "
        "President Tserendorj Ganbold arrived there on Monday."
    )
    assert names(article) == {"Tserendorj Ganbold"}
    assert envoy(article, "Tserendorj Ganbold").country == "MNG"


def test_patronymic_initial_cut_off_by_a_sentence_break_is_no_name() -> None:
    article = dprk_diplomacy.parse("The President of Mongolia Kh. Dorjsuren met the delegation.")
    assert "Kh" not in names(article)


def test_foreign_bank_name_is_no_person() -> None:
    article = dprk_diplomacy.parse(
        "Funds frozen at Banco Orvieto Asia will be released, said Treasury Assistant "
        "Secretary Dana Whitcombe."
    )
    assert names(article) == {"Dana Whitcombe"}


def test_appositive_calling_outside_government_is_no_envoy() -> None:
    article = dprk_diplomacy.parse(
        '"Pyongyang wants Tokyo to pay for a meeting," said Hiro Tanabe, a professor at a '
        "college in Kyoto who follows Korean affairs."
    )
    assert "Hiro Tanabe" not in names(article)


def test_post_word_after_a_given_name_is_the_surname() -> None:
    article = dprk_diplomacy.parse(
        "Walter King, the U.S. special envoy for humanitarian affairs, was due in Pyongyang."
    )
    assert envoy(article, "Walter King").title == ("U.S. special envoy for humanitarian affairs")


# -- titles ----------------------------------------------------------------------------
def test_chief_of_staff_is_a_title_before_the_name() -> None:
    article = dprk_diplomacy.parse(
        "A second team, led by White House deputy chief of staff Dale Rowntree, arrived early."
    )
    assert envoy(article, "Dale Rowntree").title == "White House deputy chief of staff"


def test_under_before_a_title_is_a_preposition_unless_under_secretary() -> None:
    article = dprk_diplomacy.parse(
        "A group under deputy chief of staff Dale Rowntree met them. Under Secretary of "
        "State Mara Kettering joined later."
    )
    assert envoy(article, "Dale Rowntree").title == "deputy chief of staff"
    assert envoy(article, "Mara Kettering").title == "Under Secretary of State"


def test_then_hyphen_before_a_post_is_dropped() -> None:
    article = dprk_diplomacy.parse("Then-Prime Minister Aso Taro flew to Seoul in 2009.")
    assert envoy(article, "Aso Taro").title == "Prime Minister"


# -- officials credited by a government page's own lines ----------------------------------
_READOUT = (
    "Home > Office of the Spokesperson > Readouts\n\n"
    "Secretary Quinn's Call with Japanese Foreign Minister Sato\n"
    "READOUT\nOFFICE OF THE SPOKESPERSON\nMARCH 2, 2031\n\n"
    "The following is attributable to Spokesperson Dana Velez:\n\n"
    "Secretary of State Lara Quinn spoke today with Japanese Foreign Minister Sato Ken "
    "about the missile launch by the Democratic People's Republic of Korea.\n\n"
    "The Secretary and the Foreign Minister agreed to stay in close touch.\n"
)

_BRIEFING = (
    "Ministry of Foreign Affairs of the People's Republic of China\nHome > Press and Media Service > Spokesperson's Remarks\n\n"
    "Foreign Ministry Spokesperson Zhao Ming's Regular Press Conference on May 4, 2031\n"
    "2031/05/04\n\n"
    "Q: Will the DPRK envoy visit China this month?\n\n"
    "A: China and the DPRK keep close communication. I have no information to release.\n"
)


def test_readout_attribution_line_names_the_spokesperson() -> None:
    article = dprk_diplomacy.parse(_READOUT)
    assert "Dana Velez" not in (article.body or "")
    velez = envoy(article, "Dana Velez")
    assert velez.title == "Spokesperson"
    assert velez.country == "USA"


def test_briefing_title_names_the_spokesperson_holding_it() -> None:
    article = dprk_diplomacy.parse(_BRIEFING)
    zhao = envoy(article, "Zhao Ming")
    assert zhao.title == "Foreign Ministry Spokesperson"
    assert zhao.country == "CHN"
    assert "Remarks" not in names(article)  # the breadcrumb's "Spokesperson's Remarks"


# -- countries -------------------------------------------------------------------------
def test_bare_ministry_post_refers_back_to_the_ministry_last_named() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- South Korea's Unification Ministry said its morning call went unanswered.\n\n"
        "Talks stalled after the summit between Kim and U.S. President Dan Holt failed.\n\n"
        "A ministry spokesman, Baek Un-ho, said Seoul would keep calling the North."
    )
    assert envoy(article, "Baek Un-ho").country == "KOR"


def test_html_entity_inside_an_appositive_title() -> None:
    article = dprk_diplomacy.parse(
        "<p>The envoy dined with Ri Chol-man, head of the North&#8217;s trade bureau, "
        "on Friday.</p>"
    )
    assert envoy(article, "Ri Chol-man").title == "head of the North’s trade bureau"


def test_office_of_the_commission_title_before_the_name() -> None:
    article = dprk_diplomacy.parse(
        "BEIJING -- Director of the Office of the Central Planning Commission Hu Weiming "
        "will travel to Seoul next week."
    )
    assert envoy(article, "Hu Weiming").title == (
        "Director of the Office of the Central Planning Commission"
    )


def test_kin_relation_joined_to_a_post_gives_the_post() -> None:
    article = dprk_diplomacy.parse(
        "Pak Mi-ran, the premier's niece and a deputy director of the ruling party, "
        "greeted the guests at the airport."
    )
    assert envoy(article, "Pak Mi-ran").title == "deputy director of the ruling party"


def test_nominal_opens_an_appositive_post() -> None:
    article = dprk_diplomacy.parse(
        "The guests were met by Ri Song-gil, the country's nominal head of state, on Friday."
    )
    assert "head of state" in (envoy(article, "Ri Song-gil").title or "")


def test_talks_after_a_preposition_is_a_noun_of_the_title() -> None:
    article = dprk_diplomacy.parse(
        "Jo Hyon-su, North Korea's ambassador for talks on fisheries with Japan, led the team."
    )
    assert envoy(article, "Jo Hyon-su").title == ("ambassador for talks on fisheries with Japan")


def test_official_in_a_state_is_that_states() -> None:
    article = dprk_diplomacy.parse(
        "The talks brought together Yun Tae-ho, the South's deputy security adviser, and "
        "Ri Kwang-il, the second-ranking official in the North."
    )
    assert envoy(article, "Ri Kwang-il").country == "PRK"
    assert envoy(article, "Yun Tae-ho").country == "KOR"


def test_ambassador_in_a_capital_is_not_of_that_state() -> None:
    article = dprk_diplomacy.parse(
        "Washington's ambassador in Seoul, Mark Dorsey, said the talks would resume."
    )
    assert envoy(article, "Mark Dorsey").country == "USA"


def test_the_side_a_person_heads_gives_the_state() -> None:
    article = dprk_diplomacy.parse(
        "The South's delegation was led by Kim Ha-jun, a senior Red Cross official, while "
        "Jang Chol-su headed the North's team."
    )
    assert envoy(article, "Jang Chol-su").country == "PRK"
    assert envoy(article, "Kim Ha-jun").country == "KOR"


def test_state_represented_by_the_name() -> None:
    article = dprk_diplomacy.parse(
        "Tokyo sent its bureau chief, while the North was represented by Ri Hyon-gu, its "
        "envoy for normalization talks with Japan."
    )
    ri = envoy(article, "Ri Hyon-gu")
    assert ri.country == "PRK"
    assert ri.title == "envoy for normalization talks with Japan"


def test_ministry_named_by_its_field_before_its_state() -> None:
    article = dprk_diplomacy.parse(
        "Director General Aino Virtanen from the Ministry for Foreign Affairs of Finland "
        "read out a statement after the U.S. and North Korean delegates left."
    )
    assert envoy(article, "Aino Virtanen").country == "FIN"


def test_family_name_in_capitals_joins_the_given_name() -> None:
    article = dprk_diplomacy.parse(
        "Press Conference by Foreign Minister TANAKA Emiko\nFriday, June 6, 2031\n\n"
        "Vice Minister Hiroshi OKADA met the North Korean envoy, the RIA Novosti news "
        "agency said."
    )
    assert envoy(article, "TANAKA Emiko").title == "Foreign Minister"
    assert envoy(article, "Hiroshi OKADA").title == "Vice Minister"
    assert not any("RIA" in name for name in names(article))


def test_title_said_by_a_copula_in_a_later_sentence() -> None:
    article = dprk_diplomacy.parse(
        "HANOI -- Ri Chol-jin met Vietnamese officials on Monday. Ri is North Korea's "
        "ambassador to Vietnam."
    )
    ri = envoy(article, "Ri Chol-jin")
    assert ri.title == "ambassador to Vietnam"
    assert ri.country == "PRK"


def test_at_the_time_is_no_part_of_a_title() -> None:
    article = dprk_diplomacy.parse("Roh Hae-won was the South's president at the time.")
    assert envoy(article, "Roh Hae-won").title == "South's president"


def test_names_with_letters_beyond_ascii() -> None:
    article = dprk_diplomacy.parse(
        "HANOI -- Deputy Prime Minister Đỗ Văn Hùng welcomed the North Korean delegation, "
        "and UN envoy Joaquín Álvarez attended the talks."
    )
    assert envoy(article, "Đỗ Văn Hùng").title == "Deputy Prime Minister"
    assert envoy(article, "Joaquín Álvarez").title == "UN envoy"


def test_generation_suffix_keeps_the_surname_for_back_reference() -> None:
    article = dprk_diplomacy.parse(
        "Readout of President Joseph R. Biden Jr.'s Call with the President of the Republic "
        "of Korea\n\nPresident Biden spoke today with President Yoon Suk Yeol."
    )
    biden = [e for e in article.envoys if "Biden" in e.name or "Biden" in e.aliases]
    assert len(biden) == 1
    assert biden[0].country == "USA"


def test_vietnamese_spelling_gives_the_state_when_nothing_else_does() -> None:
    article = dprk_diplomacy.parse(
        "HANOI -- Foreign Minister Trần Quốc Hưng received the delegation on Monday."
    )
    assert envoy(article, "Trần Quốc Hưng").country == "VNM"


def test_lower_case_particle_inside_a_name() -> None:
    article = dprk_diplomacy.parse(
        "BRUSSELS -- European Commission President Greta van der Berg and Brazil's "
        "President Rui da Costa condemned the launch."
    )
    assert envoy(article, "Greta van der Berg").country is None  # an international body
    assert envoy(article, "Rui da Costa").title == "President"
