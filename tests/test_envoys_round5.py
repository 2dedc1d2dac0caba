"""Unit tests for the envoy rules of round 5, on sentences written for them."""

from __future__ import annotations

import dprk_diplomacy
from lookup import envoy


def test_a_post_at_large_is_a_title() -> None:
    article = dprk_diplomacy.parse(
        "Pak Song Il, North Korea's ambassador-at-large, flew to Jakarta on Sunday."
    )
    assert envoy(article, "Pak Song Il").title == "ambassador-at-large"
