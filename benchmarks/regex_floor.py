#!/usr/bin/env python3
"""Measure how much of a parse is the regular-expression engine alone.

Every call that parsing makes to a compiled pattern (and to the ``re``
module's functions) is recorded while the articles of ``seeds/`` and of any
directories given are parsed once; the recorded calls are then replayed with
no rule code between them.  The replay's time per article is the floor that
the rules' patterns set on the parse, whatever the Python around them costs.
Prints that floor beside the full parse and the patterns that cost most.

    python benchmarks/regex_floor.py [DIR...] [--top 15] [--repeat 7]
"""

from __future__ import annotations

import argparse
import collections
import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

# One recorded call: the bound method, its arguments, and whether it returns an iterator.
Call = tuple[Callable[..., Any], tuple[Any, ...], dict[str, Any], bool]


class _Recorder:
    """Collects calls while ``recording`` is set."""

    def __init__(self) -> None:
        self.recording = False
        self.calls: list[Call] = []

    def call(
        self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Any:
        iterates = method.__name__ == "finditer"
        if self.recording:
            self.calls.append((method, args, kwargs, iterates))
        return method(*args, **kwargs)


class _RecordedPattern:
    """Stands in for a compiled pattern and records the calls made to it."""

    def __init__(self, pattern: re.Pattern[str], recorder: _Recorder) -> None:
        self._pattern = pattern
        self._recorder = recorder

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._pattern, name)
        if name not in _METHODS:
            return attribute
        return lambda *args, **kwargs: self._recorder.call(attribute, args, kwargs)


class _RecordedModule:
    """Stands in for the ``re`` module inside one of the package's modules."""

    def __init__(self, recorder: _Recorder) -> None:
        self._recorder = recorder

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(re, name)
        if name not in _METHODS:
            return attribute

        def module_call(pattern: str | re.Pattern[str], *args: Any, **kwargs: Any) -> Any:
            flags = kwargs.pop("flags", 0)
            compiled = re.compile(pattern, flags)  # what re.search() looks up in its cache
            return self._recorder.call(getattr(compiled, name), args, kwargs)

        return module_call


def _instrument(objects: Iterable[Any], recorder: _Recorder, depth: int = 0) -> int:
    """Replace the patterns held by ``objects`` (and the objects they hold) with recorders."""
    replaced = 0
    for owner in objects:
        namespace = getattr(owner, "__dict__", None)
        if not isinstance(namespace, dict):
            continue
        for name, value in list(namespace.items()):
            if isinstance(value, re.Pattern):
                setattr(owner, name, _RecordedPattern(value, recorder))
                replaced += 1
            elif value is re and isinstance(owner, ModuleType):
                setattr(owner, name, _RecordedModule(recorder))
            elif (
                depth < 3
                and type(value).__module__.startswith("dprk_diplomacy")
                and not isinstance(value, type)
            ):
                replaced += _instrument([value], recorder, depth + 1)
    return replaced


def _replay(calls: list[Call]) -> float:
    started = time.perf_counter()
    for method, args, kwargs, iterates in calls:
        result = method(*args, **kwargs)
        if iterates:
            for _ in result:
                pass
    return time.perf_counter() - started


def _key(method: Callable[..., Any]) -> str:
    pattern = getattr(method, "__self__", None)
    source = pattern.pattern if isinstance(pattern, re.Pattern) else "?"
    return f"{method.__name__:9s} {' '.join(source.split())[:64]!r}"


def main(argv: list[str] | None = None) -> int:
    """Record, replay and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directories", nargs="*", type=Path, metavar="DIR")
    parser.add_argument("--top", type=int, default=15, help="patterns to list")
    parser.add_argument("--repeat", type=int, default=7, help="timings to take the best of")
    args = parser.parse_args(argv)

    import dprk_diplomacy
    from dprk_diplomacy import Parser

    texts = [
        path.read_text(encoding="utf-8")
        for directory in [SEEDS, *args.directories]
        for path in sorted(directory.glob("*.txt"))
    ]
    if not texts:
        raise SystemExit("no *.txt articles found")

    engine = Parser()
    parse_time = min(_time_parses(engine, texts) for _ in range(args.repeat))

    recorder = _Recorder()
    modules = [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(dprk_diplomacy.__path__, "dprk_diplomacy.")
        if not info.name.startswith("dprk_diplomacy.scale")  # optional extras
    ]
    replaced = _instrument(modules, recorder)
    recorded_engine = Parser()
    replaced += _instrument([recorded_engine], recorder)
    for text in texts:  # caches warm, as in the timed parses
        recorded_engine.parse(text)
    recorder.recording = True
    for text in texts:
        recorded_engine.parse(text)
    recorder.recording = False
    calls = recorder.calls

    floor = min(_replay(calls) for _ in range(args.repeat))
    by_pattern: dict[str, list[Call]] = collections.defaultdict(list)
    for call in calls:
        by_pattern[_key(call[0])].append(call)
    per_pattern = collections.Counter(
        {key: min(_replay(group) for _ in range(args.repeat)) for key, group in by_pattern.items()}
    )

    articles = len(texts)
    print(f"articles        {articles}")
    print(f"patterns        {replaced} compiled patterns instrumented")
    print(f"regex calls     {len(calls) / articles:.0f} per article")
    print(
        f"full parse      {parse_time / articles * 1e3:.3f} ms per article (best of {args.repeat})"
    )
    print(
        f"regex floor     {floor / articles * 1e3:.3f} ms per article "
        f"({floor / parse_time:.0%} of the parse)"
    )
    print(f"\nthe {args.top} costliest patterns (ms per article, calls per article):")
    for key, seconds in per_pattern.most_common(args.top):
        print(f"{seconds / articles * 1e3:7.4f} {len(by_pattern[key]) / articles:6.1f}  {key}")
    return 0


def _time_parses(engine: Any, texts: list[str]) -> float:
    started = time.perf_counter()
    for text in texts:
        engine.parse(text)
    return time.perf_counter() - started


if __name__ == "__main__":
    raise SystemExit(main())
