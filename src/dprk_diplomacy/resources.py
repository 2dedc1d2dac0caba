"""Reading the package's data files (lexicons and gazetteers), each once."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load_json(name: str) -> Any:
    """The parsed content of ``dprk_diplomacy/data/<name>``, read once per process."""
    text = (
        resources.files("dprk_diplomacy")
        .joinpath("data")
        .joinpath(name)
        .read_text(encoding="utf-8")
    )
    return json.loads(text)
