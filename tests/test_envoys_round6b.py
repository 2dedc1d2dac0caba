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
