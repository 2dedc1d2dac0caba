#!/usr/bin/env python3
"""Fail when extraction scores fall below the floors kept in ``evaluation/floors.json``.

Reads the JSON that ``score.py CORPUS --json`` prints (from a file or stdin)
and compares it with the floors of one corpus.  A floor names a figure: a
record figure such as ``envoys`` (its F1) or ``envoys.r``, or a field rate
such as ``fields.dateline``; ``max_parse_errors`` caps the parse errors.

    python ../shared/tools/score.py ../shared/corpus/dev --json | python evaluation/check_floors.py dev
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FLOORS = Path(__file__).resolve().parent / "floors.json"
MAX_PARSE_ERRORS = "max_parse_errors"


def figure(scores: dict[str, Any], name: str) -> float | None:
    """The figure ``name`` names in ``scores``: a record's F1, or a dotted path.

    >>> figure({"envoys": {"f1": 0.5, "r": 0.4}, "fields": {"title": 1.0}}, "envoys")
    0.5
    >>> figure({"envoys": {"f1": 0.5, "r": 0.4}}, "envoys.r")
    0.4
    """
    value: Any = scores
    for part in name.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    if isinstance(value, dict):
        value = value.get("f1")
    return float(value) if isinstance(value, (int, float)) else None


def check(scores: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One line per floor not met (a figure missing from the scores is not met)."""
    failures = []
    for name, floor in sorted(floors.items()):
        if name == MAX_PARSE_ERRORS:
            errors = int(scores.get("parse_errors", 0))
            if errors > floor:
                failures.append(f"parse_errors {errors} > {floor:g}")
            continue
        value = figure(scores, name)
        if value is None:
            failures.append(f"{name}: no such figure in the scores (floor {floor:g})")
        elif value < floor:
            failures.append(f"{name} {value:.3f} < floor {floor:.3f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    """Compare and report; exit 1 if any floor is not met."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="the corpus's key in the floors file, e.g. seeds or dev")
    parser.add_argument(
        "scores", nargs="?", type=Path, help="score.py --json output (default: stdin)"
    )
    parser.add_argument("--floors", type=Path, default=FLOORS)
    args = parser.parse_args(argv)

    text = args.scores.read_text(encoding="utf-8") if args.scores else sys.stdin.read()
    scores = json.loads(text)
    all_floors = json.loads(args.floors.read_text(encoding="utf-8"))
    if args.corpus not in all_floors:
        print(f"{args.floors}: no floors for corpus {args.corpus!r}", file=sys.stderr)
        return 2
    failures = check(scores, all_floors[args.corpus])
    for line in failures:
        print(f"{args.corpus}: below floor: {line}", file=sys.stderr)
    met = len(all_floors[args.corpus]) - len(failures)
    print(f"{args.corpus}: {met} of {len(all_floors[args.corpus])} floors met")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
