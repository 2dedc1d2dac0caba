#!/usr/bin/env python3
"""Check every compiled regular expression in dprk_diplomacy for catastrophic backtracking.

Imports every module of the package, collects the compiled patterns it holds
(module globals, class attributes, and lists, tuples and dicts of them) and
checks each twice:

1. statically with regexploit, which finds runs of overlapping quantifiers
   that backtrack polynomially or exponentially (a pattern regexploit cannot
   parse, such as ``regex``-only syntax, is reported as skipped);
2. dynamically: the pattern scans strings of ~50k characters made by
   repeating fragments (its own literal words, capitalised words, dots,
   spaces, "Kim ", "U.S. ") followed by a character that makes a match fail;
   each scan runs in a child process that is killed after ``--bound`` seconds.

Exit status 1 if any pattern is found vulnerable or a module fails to import.

    python scripts/check_redos.py [--bound SECONDS] [--static-only] [--strict]
"""

from __future__ import annotations

import argparse
import importlib
import multiprocessing
import pkgutil
import re
import sys
import time
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from types import ModuleType
from typing import Any, Protocol

import regex  # type: ignore[import-untyped]

PACKAGE = "dprk_diplomacy"
ADVERSARIAL_LENGTH = 50_000
DEFAULT_BOUND_SECONDS = 2.0
CUBIC = 3  # regexploit's own threshold: it reports starriness above quadratic
GENERIC_FRAGMENTS = (
    "a", "A", "Aa ", " ", ".", ". ", "..", ",", "-", "'", "1", "1 ", "\n", "\t",
    "Kim ", "Kim", "U.S. ", "Mr. ", "Aa Bb ", "<a>", "(", "((", "a.", "é", "\u200b",
)  # fmt: skip
KILLERS = ("!", "\x00")
MAX_WORD_FRAGMENTS = 8


class Compiled(Protocol):
    """What ``re`` and ``regex`` compiled patterns have in common, as used here."""

    @property
    def pattern(self) -> str | bytes: ...

    @property
    def flags(self) -> int: ...

    def finditer(self, string: str, /) -> Iterator[Any]: ...


@dataclass
class Found:
    """A compiled pattern and every place it was found."""

    pattern: Compiled
    places: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The first place, plus how many others share the pattern."""
        more = f" (+{len(self.places) - 1})" if len(self.places) > 1 else ""
        return self.places[0] + more


@dataclass(frozen=True)
class Verdict:
    """The outcome of the checks of one pattern."""

    status: str  # "ok", "skipped-static", "redos", "slow", "warning"
    detail: str = ""

    @property
    def failed(self) -> bool:
        """Whether the pattern makes the check fail."""
        return self.status in ("redos", "slow")


def iter_modules(package: str = PACKAGE) -> Iterator[tuple[str, ModuleType | Exception]]:
    """Every module of ``package``, imported, or the exception its import raised."""
    root = importlib.import_module(package)
    yield package, root
    for info in pkgutil.walk_packages(root.__path__, prefix=f"{package}."):
        try:
            yield info.name, importlib.import_module(info.name)
        except Exception as exc:
            yield info.name, exc


def missing_extra(exc: BaseException, package: str = PACKAGE) -> str | None:
    """The third-party module whose absence caused ``exc``, if that is the cause.

    A module of an optional extra (dask, trafilatura) cannot be imported
    without it; that is not a fault of the package.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ModuleNotFoundError):
            top_level = (seen.name or package).partition(".")[0]
            if top_level != package:
                return seen.name
        seen = seen.__cause__ or seen.__context__
    return None


def _patterns_in(value: object, place: str, depth: int = 0) -> Iterator[tuple[str, Compiled]]:
    if isinstance(value, (re.Pattern, regex.Pattern)):
        yield place, value
    elif depth < 3 and isinstance(value, (list, tuple, set, frozenset)):
        for i, element in enumerate(value):
            yield from _patterns_in(element, f"{place}[{i}]", depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, element in value.items():
            yield from _patterns_in(element, f"{place}[{key!r}]", depth + 1)


def collect_patterns(modules: dict[str, ModuleType]) -> list[Found]:
    """The distinct compiled patterns held by ``modules``, by pattern text and flags."""
    found: dict[tuple[type, str, int], Found] = {}
    for module_name, module in modules.items():
        for attribute, value in vars(module).items():
            owners: list[tuple[str, object]] = [(f"{module_name}.{attribute}", value)]
            if isinstance(value, type) and value.__module__ == module_name:
                owners = [(f"{module_name}.{attribute}.{k}", v) for k, v in vars(value).items()]
            for place, owned in owners:
                for where, pattern in _patterns_in(owned, place):
                    key = (type(pattern), str(pattern.pattern), pattern.flags)
                    found.setdefault(key, Found(pattern)).places.append(where)
    return sorted(found.values(), key=lambda f: f.places[0])


# -- static check ----------------------------------------------------------------

_RE_FLAGS = {"IGNORECASE": re.I, "MULTILINE": re.M, "DOTALL": re.S, "VERBOSE": re.X, "ASCII": re.A}


def _re_flags(pattern: Compiled) -> int:
    if isinstance(pattern, re.Pattern):
        return pattern.flags & ~re.UNICODE
    # regex has its own flag values; carry over the ones re understands.
    return sum(flag for name, flag in _RE_FLAGS.items() if pattern.flags & getattr(regex, name))


def static_check(pattern: Compiled, strict: bool) -> Verdict:
    """regexploit's verdict: ``redos`` above quadratic (or at quadratic if ``strict``)."""
    with warnings.catch_warnings():  # regexploit imports the deprecated sre_parse
        warnings.simplefilter("ignore", DeprecationWarning)
        from regexploit.ast.sre import SreOpParser  # type: ignore[import-untyped]
        from regexploit.redos import find  # type: ignore[import-untyped]

    source = pattern.pattern
    if not isinstance(source, str):
        return Verdict("skipped-static", "bytes pattern")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = SreOpParser().parse_sre(source, _re_flags(pattern))
            found = find(parsed)
    except Exception as exc:  # regex-only syntax or an opcode regexploit lacks
        return Verdict("skipped-static", f"regexploit cannot parse it ({type(exc).__name__})")
    worst = max((r.starriness for r in found), default=0)
    if worst >= CUBIC or (strict and worst >= 2):
        example = next(r for r in found if r.starriness == worst).example()
        return Verdict("redos", f"starriness {worst}; example {example}")
    if worst == 2:
        return Verdict(
            "warning", f"quadratic backtracking (starriness 2), e.g. {found[0].example()}"
        )
    return Verdict("ok")


# -- dynamic check ---------------------------------------------------------------

_WORD = re.compile(r"[A-Za-z]{2,}")


def adversarial_strings(pattern: Compiled, length: int = ADVERSARIAL_LENGTH) -> list[str]:
    """Strings of ~``length`` characters that repeat a fragment, then end with a killer."""
    source = pattern.pattern if isinstance(pattern.pattern, str) else ""
    words = list(dict.fromkeys(_WORD.findall(source)))[:MAX_WORD_FRAGMENTS]
    fragments = list(GENERIC_FRAGMENTS)
    for word in words:
        fragments += [word + " ", word.capitalize() + ". "]
    return [
        fragment * (length // len(fragment)) + killer
        for fragment in fragments
        for killer in KILLERS
    ]


def _scan_all(pattern: Compiled, strings: list[str], conn: Connection) -> None:
    for text in strings:
        started = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        conn.send(time.perf_counter() - started)
    conn.close()


def dynamic_check(pattern: Compiled, bound: float) -> tuple[Verdict, float]:
    """Scan the adversarial strings in a child killed after ``bound`` seconds on any one."""
    strings = adversarial_strings(pattern)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.Process(target=_scan_all, args=(pattern, strings, sender), daemon=True)
    child.start()
    sender.close()
    worst = 0.0
    try:
        for text in strings:
            if not receiver.poll(bound):
                fragment = text[: min(12, len(text))]
                return Verdict(
                    "slow", f"over {bound}s on {fragment!r}... ({len(text):,} chars)"
                ), bound
            elapsed: float = receiver.recv()
            worst = max(worst, elapsed)
            if elapsed > bound:
                return Verdict("slow", f"{elapsed:.2f}s on {text[:12]!r}..."), elapsed
    except EOFError:
        return Verdict("slow", f"the scanning process died (exit code {child.exitcode})"), worst
    finally:
        child.kill()
        child.join()
    return Verdict("ok"), worst


# -- command ---------------------------------------------------------------------


def check(pattern: Compiled, *, bound: float, static_only: bool, strict: bool) -> Verdict:
    """Both checks of one pattern, the worse verdict first."""
    static = static_check(pattern, strict)
    if static.failed or static_only:
        return static
    dynamic, worst = dynamic_check(pattern, bound)
    if dynamic.failed:
        return dynamic
    timing = f"slowest scan {worst * 1000:.0f} ms"
    return Verdict(static.status, f"{static.detail}; {timing}" if static.detail else timing)


def main(argv: list[str] | None = None) -> int:
    """Run the checks and print one verdict per pattern."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bound", type=float, default=DEFAULT_BOUND_SECONDS,
                        help="seconds one adversarial scan may take")  # fmt: skip
    parser.add_argument("--static-only", action="store_true", help="skip the timed scans")
    parser.add_argument("--strict", action="store_true", help="fail on quadratic backtracking too")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only the problems")
    args = parser.parse_args(argv)

    modules: dict[str, ModuleType] = {}
    failures = 0
    for name, module in iter_modules():
        if isinstance(module, Exception):
            absent = missing_extra(module)
            failures += absent is None
            status = "IMPORT-FAILED" if absent is None else f"SKIPPED (needs {absent})"
            print(f"{status} {name}: {type(module).__name__}: {module}")
        else:
            modules[name] = module
    found = collect_patterns(modules)
    counts: dict[str, int] = {}
    for entry in found:
        verdict = check(
            entry.pattern, bound=args.bound, static_only=args.static_only, strict=args.strict
        )
        counts[verdict.status] = counts.get(verdict.status, 0) + 1
        failures += verdict.failed
        if not args.quiet or verdict.status != "ok":
            detail = f"  {verdict.detail}" if verdict.detail else ""
            print(f"{verdict.status.upper():14s} {entry.name}{detail}")
    summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
    print(f"{len(found)} patterns in {len(modules)} modules: {summary or 'none'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
