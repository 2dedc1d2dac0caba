#!/usr/bin/env python3
"""Check that the command line streams: peak memory must not grow with the corpus.

Writes JSON Lines corpora (1k and 200k articles by default, cycling through
``seeds/``) to a temporary directory, runs ``dprk-diplomacy parse`` on each in
a child process writing JSON Lines to ``/dev/null``, and prints the child's
peak RSS (from ``wait4``) and time.  Exits 1 if a run fails or its peak RSS
is over ``--limit-mb`` (150 MB by default).

    python benchmarks/streaming_rss.py [--sizes 1000 200000] [--workers N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
LIMIT_MB = 150.0


def write_corpus(path: Path, count: int) -> int:
    """Write ``count`` JSON Lines records cycling through the seed articles; return bytes."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    with path.open("w", encoding="utf-8") as fh:
        for number, text in zip(range(count), itertools.cycle(texts)):
            fh.write(json.dumps({"id": f"a{number}", "text": text, "date": "2021-08-05"}))
            fh.write("\n")
    return path.stat().st_size


def run_cli(corpus: Path, workers: int) -> tuple[int, float, float]:
    """Exit status, peak RSS in MB and seconds of one CLI run on ``corpus``."""
    command = [
        sys.executable, "-m", "dprk_diplomacy.cli", "parse", str(corpus),
        "--format", "jsonl", "-o", os.devnull, "--no-progress", "--workers", str(workers),
    ]  # fmt: skip
    started = time.perf_counter()
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL)
    # wait4 gives this child's own rusage; RUSAGE_CHILDREN would mix the runs.
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    # Linux folds waited-for descendants (pool workers) into the maximum.
    return child.returncode, usage.ru_maxrss / scale, seconds


def main(argv: list[str] | None = None) -> int:
    """Run the CLI on each corpus size and print peak RSS."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 200_000])
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--limit-mb", type=float, default=LIMIT_MB)
    args = parser.parse_args(argv)

    failed = False
    print(
        f"{'articles':>9s} {'corpus MB':>10s} {'peak RSS MB':>12s} {'seconds':>8s} {'articles/s':>11s}"
    )
    with tempfile.TemporaryDirectory(prefix="dprk-rss-") as tmp:
        for size in args.sizes:
            corpus = Path(tmp) / f"corpus-{size}.jsonl"
            corpus_bytes = write_corpus(corpus, size)
            status, peak_mb, seconds = run_cli(corpus, args.workers)
            corpus.unlink()
            print(
                f"{size:9d} {corpus_bytes / 1e6:10.1f} {peak_mb:12.1f} {seconds:8.1f} "
                f"{size / seconds:11,.0f}",
                flush=True,
            )
            if status != 0 or peak_mb > args.limit_mb:
                failed = True
                print(f"  FAILED: exit status {status}, peak {peak_mb:.0f} MB", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
