"""Unit tests for the envoy rules of the probe round of issue 14, on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy, names


# -- countries: posts only one state has ---------------------------------------------
def test_single_state_post_settles_country_over_context() -> None:
    article = dprk_diplomacy.parse(
        "Seoul's negotiator Bae Ji-hoon arrived on Sunday. His guest, Assistant Secretary "
        "of State Orla Pemberton, will join him for dinner."
    )
    assert envoy(article, "Orla Pemberton").country == "USA"


def test_single_state_office_in_possessive_post() -> None:
    article = dprk_diplomacy.parse(
        "The Pentagon said little on Monday. Ahn Bo-ra, the unification ministry's deputy "
        "spokeswoman, said the offer still stood."
    )
    assert envoy(article, "Ahn Bo-ra").country == "KOR"


def test_secretary_of_state_for_is_not_single_state() -> None:
    lexicon = dprk_diplomacy.recognize.people.Lexicon.default()
    assert lexicon.single_state("Secretary of State for Defence") is None
    assert lexicon.single_state("Chief Cabinet Secretary") == "JPN"


def test_demonym_office_after_for_is_the_holders() -> None:
    article = dprk_diplomacy.parse(
        "Seoul stayed silent. A spokeswoman for the Russian foreign ministry, Irina Volkova, "
        "said Moscow welcomed the move."
    )
    assert envoy(article, "Irina Volkova").country == "RUS"


def test_state_that_sends_an_envoy_is_theirs() -> None:
    article = dprk_diplomacy.parse(
        "The South Korean team arrived first. The North dispatched Vice Minister Ri Kwang Sok, "
        "accompanied by Han Yong Chol, to the border village."
    )
    assert envoy(article, "Ri Kwang Sok").country == "PRK"
    assert envoy(article, "Han Yong Chol").country == "PRK"


# -- countries: a visitor keeps their own state ----------------------------------------
def test_visitor_does_not_take_the_hosts_state() -> None:
    article = dprk_diplomacy.parse(
        "Tokyo had asked for the meeting. Deputy Foreign Minister Sato Kenji will visit "
        "Canberra on Thursday."
    )
    assert envoy(article, "Sato Kenji").country != "AUS"


# -- countries: officials of international organisations --------------------------------
def test_international_post_wins_over_nationality() -> None:
    article = dprk_diplomacy.parse(
        "IAEA Director General Tomas Varga said inspectors were ready. Varga, a Hungarian "
        "diplomat, took office in May."
    )
    assert envoy(article, "Tomas Varga").country is None


def test_secretary_generals_envoy_has_no_state() -> None:
    article = dprk_diplomacy.parse(
        "The secretary-general's personal envoy, Maria Ferrante, will travel to Pyongyang. "
        "Ferrante, a veteran Italian diplomat, declined to comment."
    )
    assert envoy(article, "Maria Ferrante").country is None


def test_state_envoy_at_the_un_keeps_state() -> None:
    article = dprk_diplomacy.parse("North Korea's U.N. envoy Kim Song said the talks had failed.")
    assert envoy(article, "Kim Song").country == "PRK"


# -- names: words of multi-word place names are names elsewhere ----------------------------
def test_given_name_from_a_place_name_is_a_name() -> None:
    article = dprk_diplomacy.parse(
        "Deputy Secretary of State Peter Martin said on Friday the door remained open."
    )
    assert envoy(article, "Peter Martin").country == "USA"


def test_surname_from_a_country_name_is_a_name() -> None:
    article = dprk_diplomacy.parse(
        "Lucia Costa, Portugal's ambassador to Seoul, said the embassy would reopen."
    )
    assert "Lucia Costa" in names(article)


def test_whole_multiword_place_is_still_no_name() -> None:
    article = dprk_diplomacy.parse(
        "The two leaders met at Camp David after Costa Rica's president spoke."
    )
    assert not names(article) & {"Camp David", "David", "Costa Rica", "Costa"}


def test_body_word_stays_in_the_title_before_a_name() -> None:
    article = dprk_diplomacy.parse("White House spokeswoman Dana Whitfield said talks would go on.")
    assert envoy(article, "Dana Whitfield").title == "White House spokeswoman"


# -- titles --------------------------------------------------------------------------
def test_apposition_replaces_courtesy_ambassador() -> None:
    article = dprk_diplomacy.parse(
        "Ambassador Ruth Okafor, the U.S. special envoy for Sudan, said she would fly to Seoul."
    )
    record = envoy(article, "Ruth Okafor")
    assert record.title == "U.S. special envoy for Sudan"
    assert record.country == "USA"


def test_apposition_after_junior_suffix() -> None:
    article = dprk_diplomacy.parse(
        "Martin Gale Jr., the deputy secretary of state, arrived in Tokyo on Monday."
    )
    assert envoy(article, "Martin Gale Jr").title == "deputy secretary of state"


# -- names: honorifics of peerage --------------------------------------------------------
def test_peerage_honorific_is_not_part_of_the_name() -> None:
    article = dprk_diplomacy.parse(
        "Dame Julia Fenwick, Britain's ambassador to Seoul, said the move was welcome."
    )
    assert "Julia Fenwick" in names(article)
    assert not any(n.startswith("Dame") for n in names(article))


def test_lone_named_side_is_not_given_to_unknown_participant() -> None:
    article = dprk_diplomacy.parse(
        "Director-general Aditi Rao flew to Moscow on Monday for talks with Kremlin officials."
    )
    assert envoy(article, "Aditi Rao").country != "RUS"


def test_previous_meeting_sentence_does_not_lend_its_people() -> None:
    article = dprk_diplomacy.parse(
        "Envoy Ines Duarte will meet Deputy Secretary of State Colin Ward on Friday. "
        "Duarte was earlier the ministry's spokeswoman."
    )
    assert envoy(article, "Colin Ward").country == "USA"
    assert envoy(article, "Ines Duarte").country != "USA"


def test_contrast_of_two_delegations_gives_each_its_side() -> None:
    text = (
        "The North's team was headed by Col. Pak Song Il, and the South's by "
        "Col. Lee Dong-wook, at the truce village."
    )
    article = dprk_diplomacy.parse(text)
    assert envoy(article, "Lee Dong-wook").country == "KOR"
    assert envoy(article, "Pak Song Il").country == "PRK"


# -- spurious envoys: places and bodies -------------------------------------------------
def test_name_before_modifier_and_airport_is_a_place() -> None:
    article = dprk_diplomacy.parse(
        "Vice Minister Ri Chol Su landed at Sukhbaatar International Airport on Monday and "
        "met officials there."
    )
    assert "Sukhbaatar" not in " ".join(names(article))


def test_capitalised_run_ending_in_service_is_a_body() -> None:
    article = dprk_diplomacy.parse(
        "The director of the Federal Maritime Service, Ines Kohler, met the envoy in Busan."
    )
    assert "Federal Maritime" not in names(article)


# -- missed officials: posts of international agencies ------------------------------------
def test_agency_posts_open_an_appositive() -> None:
    article = dprk_diplomacy.parse(
        "Lars Moberg, the UNHCR country director, and Aiko Tan, the resident coordinator, "
        "said aid would resume."
    )
    assert envoy(article, "Lars Moberg").title == "UNHCR country director"
    assert envoy(article, "Aiko Tan").title == "resident coordinator"


def test_international_body_possessive_before_post_means_no_state() -> None:
    article = dprk_diplomacy.parse(
        "BERLIN -- UNICEF's representative in the country, Greta Lindahl, said aid would resume."
    )
    assert envoy(article, "Greta Lindahl").country is None


def test_designate_post_is_a_post() -> None:
    article = dprk_diplomacy.parse(
        "The envoy-designate, Carla Mendes, will present her credentials in Pyongyang."
    )
    assert envoy(article, "Carla Mendes").title == "envoy-designate"


def test_person_of_a_state_body_is_its_envoy() -> None:
    article = dprk_diplomacy.parse(
        "Nora Blake of the Pentagon and Ri Yong Nam of the North's defence ministry sat down "
        "at noon."
    )
    assert envoy(article, "Nora Blake").country == "USA"


def test_long_ministry_post_before_the_name() -> None:
    article = dprk_diplomacy.parse(
        "The delegation met Vice Minister of External Economic Relations Ri Kwang Hyok on Monday."
    )
    assert envoy(article, "Ri Kwang Hyok").title == "Vice Minister of External Economic Relations"


def test_fronted_post_with_complement_before_set_off_name() -> None:
    article = dprk_diplomacy.parse(
        "Norway's special envoy for the peace process, Erik Solstad, arrived in Hanoi on Monday."
    )
    assert envoy(article, "Erik Solstad").title == "special envoy for the peace process"


def test_fronted_phrase_without_post_is_no_title() -> None:
    article = dprk_diplomacy.parse("In Seoul on Monday, Kwon Na-rae, a spokeswoman, said so.")
    assert envoy(article, "Kwon Na-rae").title == "spokeswoman"


def test_fronted_post_after_a_dateline() -> None:
    article = dprk_diplomacy.parse(
        "OSLO -- Norway's envoy for the peace process, Erik Solstad, arrived in Hanoi on Monday."
    )
    assert envoy(article, "Erik Solstad").title == "envoy for the peace process"


def test_later_apposition_states_the_post_of_a_described_role() -> None:
    article = dprk_diplomacy.parse(
        "Japan's top negotiator Sato Ken arrived on Monday. Sato, the director-general of the "
        "Asian affairs bureau, will meet his counterpart on Tuesday."
    )
    assert envoy(article, "Sato Ken").title == "director-general of the Asian affairs bureau"


def test_later_former_post_does_not_replace_a_role() -> None:
    article = dprk_diplomacy.parse(
        "Japan's top negotiator Sato Ken arrived on Monday. Sato, a former ambassador to "
        "Canada, will meet his counterpart on Tuesday."
    )
    assert envoy(article, "Sato Ken").title == "top negotiator"


def test_staff_of_the_international_body_named_before_has_no_state() -> None:
    article = dprk_diplomacy.parse(
        "GENEVA -- The World Health Organization said on Monday it would send vaccines. "
        "Lena Moritz, the organization's regional director, said the first lot would leave soon."
    )
    assert envoy(article, "Lena Moritz").country is None


def test_post_after_a_relation_joined_by_and() -> None:
    article = dprk_diplomacy.parse(
        "Ri Hye Gyong, the younger sister of leader Ri Chol and a deputy director of the "
        "party's propaganda department, visited Beijing."
    )
    assert envoy(article, "Ri Hye Gyong").title == (
        "deputy director of the party's propaganda department"
    )


def test_high_representative_is_a_post_at_a_later_mention() -> None:
    article = dprk_diplomacy.parse(
        "The bloc's foreign policy chief, Marta Lind, spoke first. Lind, the High "
        "Representative for Foreign Affairs, said new sanctions were possible."
    )
    assert envoy(article, "Marta Lind").title == "High Representative for Foreign Affairs"


def test_international_director_at_eeas_is_stateless_and_meets_host() -> None:
    article = dprk_diplomacy.parse(
        "BRUSSELS -- Jonas Weber, deputy director for Asia and the Pacific at the European "
        "External Action Service, will visit Seoul next week.",
        published="2026-03-02",
    )
    record = envoy(article, "Jonas Weber")
    assert record.country is None
    assert record.title == (
        "deputy director for Asia and the Pacific at the European External Action Service"
    )
    assert any(m.parties == ("KOR",) for m in article.meetings)


def test_staff_named_with_a_pronoun_takes_the_chiefs_state() -> None:
    article = dprk_diplomacy.parse(
        "ROME -- The secretary-general's envoy, Dana Kell, will travel to Pyongyang, "
        "her spokesman Tomas Varga said."
    )
    assert envoy(article, "Tomas Varga").country is None
    article = dprk_diplomacy.parse(
        "ROME -- Deputy Secretary of State Dana Kell will travel to Pyongyang, "
        "her spokesman Tomas Varga said."
    )
    assert envoy(article, "Tomas Varga").country == "USA"


def test_treasury_post_is_american() -> None:
    article = dprk_diplomacy.parse(
        "The network funds the regime, Deputy Secretary of the Treasury Laura Finch said in Seoul."
    )
    assert envoy(article, "Laura Finch").country == "USA"


def test_state_name_as_side_adjective() -> None:
    article = dprk_diplomacy.parse(
        "The South Korean team arrived first. The DPRK side, made up of four delegates, was "
        "headed by Col. Kim Sang-il."
    )
    assert envoy(article, "Kim Sang-il").country == "PRK"


def test_place_name_that_is_a_surname_beside_a_given_name() -> None:
    article = dprk_diplomacy.parse(
        "Lena Jordan, a State Department spokeswoman, said the offer stood. Jordan's king "
        "was not consulted."
    )
    assert envoy(article, "Lena Jordan").country == "USA"
    assert "Jordan" not in names(article)


def test_international_post_is_not_given_a_state_of_its_sentence() -> None:
    article = dprk_diplomacy.parse(
        "U.N. Secretary-General Ana Ruiz, a former Portuguese prime minister, urged restraint."
    )
    assert envoy(article, "Ana Ruiz").country is None


def test_contrast_with_side_noun_splits_the_group() -> None:
    article = dprk_diplomacy.parse(
        "The Chinese delegation was headed by Vice Minister Liu Jian, and the Japanese "
        "side's by Director-General Ono Taro."
    )
    assert envoy(article, "Liu Jian").country == "CHN"
    assert envoy(article, "Ono Taro").country == "JPN"


def test_demonym_that_is_a_surname_beside_a_given_name() -> None:
    article = dprk_diplomacy.parse("U.N. rights chief Volker Turk said the report was grim.")
    assert "Volker Turk" in names(article)
