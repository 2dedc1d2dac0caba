#!/usr/bin/env python3
"""Folding speed and memory of the corpus view on synthetic meeting records.

Builds N synthetic meeting records (default sizes 10k, 100k and 1M): about
five reports per occasion, spread over 30 party sets and 26 years, each report
giving the day, the month, the year or no date, a place at city or country
grain or none, and the occasion's participants.  Each size runs in a child
process that folds the records into events (``EventFold`` and the Event
models) and prints records folded per second (on the wall clock; the CPU
time beside it is what a shared machine cannot inflate) and the child's peak
RSS, with the RSS the input records alone took.
Exits 1 when the largest size takes over ``--limit-s`` seconds (60) or
``--limit-mb`` MB (2048).

    python benchmarks/corpus_fold.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time

PARTIES = [
    ("PRK", "USA"), ("KOR", "PRK"), ("CHN", "PRK"), ("PRK", "RUS"), ("JPN", "PRK"),
    ("KOR", "USA"), ("JPN", "KOR"), ("CHN", "KOR"), ("CHN", "USA"), ("KOR", "PRK", "USA"),
]  # fmt: skip
PLACES = {
    "PRK": ("Pyongyang", "North Korea"),
    "USA": ("Washington", "United States"),
    "KOR": ("Seoul", "South Korea"),
    "CHN": ("Beijing", "China"),
    "RUS": ("Moscow", "Russia"),
    "JPN": ("Tokyo", "Japan"),
}
NEUTRAL = (("Hanoi", "Vietnam"), ("Singapore", "Singapore"), ("Geneva", "Switzerland"))


def synthetic(count: int, seed: int = 15) -> list[object]:
    """``count`` meeting records, about five per occasion."""
    from dprk_diplomacy.corpus.records import MeetingRecord
    from dprk_diplomacy.partial_date import PartialDate

    rng = random.Random(seed)
    start = dt.date(2000, 1, 1).toordinal()
    records: list[object] = []
    occasion = 0
    while len(records) < count:
        occasion += 1
        parties = PARTIES[occasion % len(PARTIES)]
        if occasion % 3 == 0:
            parties = (parties[0], f"X{occasion % 20:02d}")  # 30 party sets in all
        day = dt.date.fromordinal(start + rng.randrange(26 * 365))
        city, country = rng.choice([PLACES.get(p, NEUTRAL[0]) for p in parties] + list(NEUTRAL))
        people = (occasion % 997, 1000 + occasion % 991)
        kind = "summit" if occasion % 4 == 0 else "talks"
        for _ in range(rng.randint(1, 9)):
            grain = rng.random()
            date = (
                PartialDate(day.year, day.month, day.day)
                if grain < 0.5
                else PartialDate(day.year, day.month)
                if grain < 0.8
                else PartialDate(day.year)
                if grain < 0.9
                else None
            )
            place = rng.choice((city, city, country, None))
            records.append(
                MeetingRecord(
                    article=f"a{rng.randrange(count // 3 + 1)}",
                    index=rng.randrange(3),
                    parties=parties,
                    date=date,
                    location=place,
                    status=rng.choice(("held", "held", "planned")),
                    kind=kind,
                    persons=people,
                    countries=(parties[0], parties[1]),
                    evidence="The envoys met.",
                    published=day + dt.timedelta(days=rng.randint(0, 30)),
                )
            )
    return records[:count]


def child(count: int) -> None:
    from dprk_diplomacy.corpus.events import EventFold
    from dprk_diplomacy.corpus.fold import paused_gc
    from dprk_diplomacy.corpus.reconcile import build_events
    from dprk_diplomacy.gazetteer import Gazetteer

    records = synthetic(count)
    gazetteer = Gazetteer.default()
    input_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    begin, cpu = time.perf_counter(), time.process_time()
    with paused_gc():  # as build_view does
        event_fold = EventFold(gazetteer)
        clusters = event_fold.fold(records)  # type: ignore[arg-type]
        folded = time.perf_counter()
        events = build_events(clusters, event_fold.places)
    end, cpu = time.perf_counter(), time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "records": count,
                "events": len(events),
                "fold_s": round(folded - begin, 2),
                "models_s": round(end - folded, 2),
                "total_s": round(end - begin, 2),
                "cpu_s": round(cpu, 2),
                "records_per_s": round(count / (end - begin)),
                "peak_rss_mb": round(peak_mb),
                "input_rss_mb": round(input_mb),
            }
        )
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--limit-s", type=float, default=60.0)
    ap.add_argument("--limit-mb", type=float, default=2048.0)
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child)
        return 0
    print(
        f"{'records':>9} {'events':>8} {'fold s':>7} {'models s':>8} {'cpu s':>7}"
        f" {'rec/s':>9} {'peak MB':>8} {'input MB':>8}"
    )
    failed = False
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size)],
            capture_output=True,
            text=True,
            check=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"{r['records']:>9} {r['events']:>8} {r['fold_s']:>7} {r['models_s']:>8} "
            f"{r['cpu_s']:>7} {r['records_per_s']:>9} {r['peak_rss_mb']:>8} {r['input_rss_mb']:>8}"
        )
        if size == max(args.sizes):
            failed = r["total_s"] > args.limit_s or r["peak_rss_mb"] > args.limit_mb
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
