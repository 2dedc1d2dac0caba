"""Ordered decision tables kept as data: the first row whose named test holds decides.

The meeting stage keeps two (status and kind, in ``data/meetings.json``); each
module names its tests and builds its rows, and this module loads and reads them
the same way for both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol, TypeVar


class Row(Protocol):
    """A table row: the name of the test that decides it."""

    @property
    def rule(self) -> str:
        """The test's name."""
        ...


R = TypeVar("R", bound=Row)
C = TypeVar("C")


def load_rows(
    key: str,
    rows: list[dict[str, Any]],
    tests: Mapping[str, Callable[[C], bool]],
    make: Callable[[dict[str, Any]], R],
) -> tuple[R, ...]:
    """The rows of table ``key``, refused when one names no test or the last is not the
    catch-all ``otherwise`` row.

    >>> from collections import namedtuple
    >>> Pick = namedtuple("Pick", "rule value")
    >>> tests = {"big": lambda n: n > 9, "otherwise": lambda n: True}
    >>> rows = [{"rule": "big", "value": "many"}, {"rule": "otherwise", "value": "few"}]
    >>> load_rows("picks", rows, tests, lambda r: Pick(r["rule"], r["value"]))[0].value
    'many'
    """
    table = tuple(make(row) for row in rows)
    unknown = [row.rule for row in table if row.rule not in tests]
    if unknown:
        raise ValueError(f"meetings.json {key}: no test named {unknown}")
    if not table or table[-1].rule != "otherwise":
        raise ValueError(f"meetings.json {key} must end with the 'otherwise' row")
    return table


def first_row(rows: Sequence[R], tests: Mapping[str, Callable[[C], bool]], clause: C) -> R:
    """The first of ``rows`` whose test holds for ``clause`` (the last always does).

    A loop rather than next() over a generator: every meeting cue reads both tables.
    """
    for row in rows:
        if tests[row.rule](clause):
            return row
    raise StopIteration  # as next() would: load_rows makes the last row hold always
