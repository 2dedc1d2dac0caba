#!/usr/bin/env python3
"""Time ``parse`` on adversarial inputs of 10 KB, 100 KB and 1 MB of each kind.

Prints seconds per size and the growth between the two largest sizes timed
(10 for linear time, 100 for quadratic).  Exits 1 if any 1 MB input takes
over ``--limit`` seconds (2 by default); a kind already over the limit at a
smaller size is not timed at the larger ones and fails too.

    python benchmarks/adversarial.py [--sizes 10000 100000 1000000] [--limit 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable

SIZES = (10_000, 100_000, 1_000_000)
LIMIT_SECONDS = 2.0


def _repeat(fragment: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (fragment * (size // len(fragment) + 1))[:size]

    return make


def _capitalised_words(size: int) -> str:
    rng = random.Random(1)
    words = ("Kim", "Moon", "Seoul", "Pyongyang", "Minister", "Special", "Envoy", "North", "Korea")
    out: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(words)
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def _one_line(size: int) -> str:
    sentence = "the envoy said talks with Pyongyang were possible and "
    return _repeat(sentence)(size).replace("\n", " ")


def _nested_brackets(size: int) -> str:
    depth = size // 2
    return "(" * depth + ")" * (size - depth)


def _nested_tags(size: int) -> str:
    opening, closing, inner = "<div><span><b>", "</b></span></div>", "Kim met Moon in Seoul."
    depth = max(0, size - len(inner)) // (len(opening) + len(closing))
    text = opening * depth + inner + closing * depth
    return (text + " " * (size - len(text)))[:size]


def _random_names(size: int) -> str:
    """Capitalised words that are all different: thousands of distinct people."""
    rng = random.Random(4)
    syllables = ("ka", "ki", "mo", "su", "ri", "jo", "an", "de", "lo", "ne", "pa", "to")
    out: list[str] = []
    length = 0
    while length < size:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()
        out.append(word)
        length += len(word) + 1
    return " ".join(out)[:size]


def _tag_soup(size: int) -> str:
    rng = random.Random(2)
    pieces = ("<div>", "</div>", "<p class='x'>", "<a href='/k'>", "</a>", "<br/>", "&amp;",
              "<script>var a=1;</script>", "Kim ", "met ", "Seoul. ", "<!-- c -->", "<td>")  # fmt: skip
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces)
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def _random_unicode(size: int) -> str:
    rng = random.Random(3)
    # Printable code points from several scripts, spaces and punctuation.
    ranges = ((0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x3FF), (0x400, 0x4FF), (0x3000, 0x303F),
              (0xAC00, 0xD7A3), (0x4E00, 0x9FFF), (0x1F300, 0x1F5FF), (0x2000, 0x206F))  # fmt: skip
    return "".join(chr(rng.randint(*rng.choice(ranges))) for _ in range(size))


KINDS: dict[str, Callable[[int], str]] = {
    "capitalised words": _capitalised_words,
    '"Kim " run': _repeat("Kim "),
    "dots": _repeat("."),
    "spaces": _repeat(" "),
    "one long line": _one_line,
    "nested brackets": _nested_brackets,
    "nested tags": _nested_tags,
    "random names": _random_names,
    "titles, no names": _repeat("Vice Foreign Minister "),
    "meeting cues": _repeat("met for talks at the summit during a visit "),
    '"U.S. " run': _repeat("U.S. "),
    '"Mr. " run': _repeat("Mr. "),
    "HTML tag soup": _tag_soup,
    "random unicode": _random_unicode,
}
"""Each kind of adversarial input, as a function of its size in characters."""


def make_input(kind: str, size: int) -> str:
    """The adversarial input of ``kind`` with ``size`` characters."""
    return KINDS[kind](size)


def time_parse(text: str) -> float:
    """Seconds one parse of ``text`` takes."""
    from dprk_diplomacy import Parser

    parser = Parser(max_chars=max(len(text), 1))
    started = time.perf_counter()
    parser.parse(text)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    """Print the table; exit 1 if a largest input is over the limit."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--limit", type=float, default=LIMIT_SECONDS,
                        help="seconds allowed for the largest size")  # fmt: skip
    parser.add_argument("--kind", action="append", choices=sorted(KINDS), help="only these kinds")
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)

    time_parse("warm up: load the gazetteers before timing")
    header = "".join(f"{_label(size):>11s}" for size in sizes)
    print(f"{'kind':20s}{header}   growth")
    too_slow: list[str] = []
    for kind in args.kind or list(KINDS):
        seconds: list[float] = []
        for size in sizes:
            # Past the limit at a smaller size, a larger one would only take longer.
            if seconds and seconds[-1] > args.limit:
                break
            seconds.append(time_parse(make_input(kind, size)))
        cells = "".join(f"{s:10.3f}s" for s in seconds) + "    skipped" * (
            len(sizes) - len(seconds)
        )
        growth = seconds[-1] / seconds[-2] if len(seconds) > 1 and seconds[-2] > 0 else float("nan")
        print(f"{kind:20s}{cells}   x{growth:.1f}", flush=True)
        if seconds[-1] > args.limit:
            too_slow.append(f"{kind} ({seconds[-1]:.2f}s at {_label(sizes[len(seconds) - 1])})")
    if too_slow:
        print(f"over {args.limit}s: {', '.join(too_slow)}", file=sys.stderr)
        return 1
    return 0


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


if __name__ == "__main__":
    sys.exit(main())
