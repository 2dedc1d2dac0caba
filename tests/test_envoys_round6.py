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
