"""Shared test configuration: hypothesis profiles and the paths of the sample data.

``HYPOTHESIS_PROFILE=nightly`` runs the properties on 100k+ examples; the
default ``ci`` profile keeps the suite fast.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,  # speed is measured by benchmarks/, never by tests
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "nightly",
    max_examples=120_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("dev", max_examples=300, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    """The texts of the seed articles, sorted by file name."""
    return [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
