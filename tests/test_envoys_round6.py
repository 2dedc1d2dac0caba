"""Unit tests for the envoy rules of round 6, on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy


def test_a_state_intelligence_service_gives_its_director_the_state() -> None:
    article = dprk_diplomacy.parse(
        "Alexei Petrov, director of the Foreign Intelligence Service, visited Pyongyang "
        "last week for talks with Kim Jong Un."
    )
    assert envoy(article, "Alexei Petrov").country == "RUS"


def test_a_states_possessive_on_a_role_before_the_name_gives_the_state() -> None:
    article = dprk_diplomacy.parse(
        "BEIJING -- The Chinese foreign ministry hosted the talks on Monday. Japan's "
        "delegate, Sato Kenji, director-general of the foreign ministry's Asian affairs "
        "bureau, said the talks went well."
    )
    assert envoy(article, "Sato Kenji").country == "JPN"


def test_a_titled_list_states_its_state_over_the_datelines_ministry() -> None:
    article = dprk_diplomacy.parse(
        "SEOUL -- The UN envoy arrived in Pyongyang on Tuesday and held talks with "
        "Foreign Minister Ri Yong Ho and Vice Foreign Minister Han Song-chol, a UN "
        "spokesman said."
    )
    assert envoy(article, "Han Song-chol").country == "PRK"
