#!/usr/bin/env python3
"""Measure parsing throughput on a corpus built by repeating real articles.

The corpus repeats the articles of ``seeds/`` and of any directories given
(their ``*.txt``) until it has ``-n`` articles.  Prints articles/s, MB/s,
mean and p99 milliseconds per article and peak RSS for one process; with
``--workers N`` also the time with N workers and the speed-up over one.

    python benchmarks/throughput.py [DIR...] [-n 2000] [--workers N]
"""

from __future__ import annotations

import argparse
import itertools
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def load_corpus(directories: list[Path], count: int) -> list[str]:
    """``count`` articles cycling through the ``*.txt`` files of ``directories``."""
    texts = [
        path.read_text(encoding="utf-8")
        for directory in directories
        for path in sorted(directory.glob("*.txt"))
    ]
    if not texts:
        raise SystemExit(f"no *.txt articles in {', '.join(map(str, directories))}")
    return list(itertools.islice(itertools.cycle(texts), count))


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (ru_maxrss is KB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    """Run the measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directories", nargs="*", type=Path, metavar="DIR")
    parser.add_argument("-n", type=int, default=2000, help="articles in the corpus")
    parser.add_argument("--workers", type=int, default=1, help="also time a pool of N workers")
    args = parser.parse_args(argv)

    from dprk_diplomacy import Parser, parse_many

    corpus = load_corpus([SEEDS, *args.directories], args.n)
    megabytes = sum(len(text.encode("utf-8")) for text in corpus) / 1e6
    engine = Parser()
    engine.parse(corpus[0])  # load the gazetteers before timing

    latencies: list[float] = []
    started = time.perf_counter()
    for text in corpus:
        begun = time.perf_counter()
        engine.parse(text)
        latencies.append(time.perf_counter() - begun)
    serial = time.perf_counter() - started

    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"articles        {len(corpus)} ({megabytes:.1f} MB)")
    print(f"throughput      {len(corpus) / serial:,.0f} articles/s, {megabytes / serial:.2f} MB/s")
    print(
        f"per article     mean {statistics.fmean(latencies) * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms"
    )
    print(f"peak RSS        {peak_rss_mb():.0f} MB")

    if args.workers > 1:
        started = time.perf_counter()
        parse_many(corpus, workers=args.workers, parser=engine, errors="empty")
        pooled = time.perf_counter() - started
        print(
            f"{args.workers} workers       {len(corpus) / pooled:,.0f} articles/s, "
            f"speed-up x{serial / pooled:.2f} over 1 worker"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
