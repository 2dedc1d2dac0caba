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
