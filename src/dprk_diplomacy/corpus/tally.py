"""Choosing one value among those that reports give: the commonest.

Reports of one person, event or channel often give different countries,
kinds or names; the view shows the one most reports give, and breaks ties
by order so that the result never depends on the order of the reports.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TypeVar

_S = TypeVar("_S", bound=str)


def commonest(values: Iterable[_S]) -> _S | None:
    """The value given most often, the first in order among ties; None when none is given.

    >>> commonest(["USA", "PRK", "PRK", "KOR", "USA"]), commonest([])
    ('PRK', None)
    """
    counts = Counter(values)
    return min(counts, key=lambda value: (-counts[value], value)) if counts else None
