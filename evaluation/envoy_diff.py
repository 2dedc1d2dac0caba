"""List envoy misses, inventions, and country and title disagreements with the gold files.

score.py reports envoys, envoys+country and envoy_title as rates only; this
script names the envoys behind them, matching gold to predictions and comparing
titles (country words aside) the way score.py does.

    python evaluation/envoy_diff.py ../shared/corpus/dev [--score ../shared/tools/score.py]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import dprk_diplomacy


def _load_scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer from {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("corpus", type=Path)
    cli.add_argument("--score", type=Path, default=Path("../shared/tools/score.py"))
    args = cli.parse_args()
    scorer = _load_scorer(args.score)
    for gold_path in sorted(args.corpus.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["envoys"]
        article = dprk_diplomacy.parse(text_path.read_text(encoding="utf-8"))
        pred = json.loads(article.model_dump_json())["envoys"]
        for line in _disagreements(scorer, gold, pred):
            print(f"{text_path.stem[:12]} {line}")


def _disagreements(scorer: ModuleType, gold: list[Any], pred: list[Any]) -> list[str]:
    pairs = scorer.match_envoys(gold, pred)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    lines = [
        f"missed {g['name']!r} ({g.get('country')})" for g in gold if id(g) not in matched_gold
    ]
    lines += [
        f"invented {p['name']!r} ({p.get('country')})" for p in pred if id(p) not in matched_pred
    ]
    for g, p in pairs:
        gold_title = g.get("title")
        title_words, pred_words = scorer.title_words(gold_title), scorer.title_words(p.get("title"))
        wrong_title = bool(gold_title) and (
            not pred_words or len(title_words & pred_words) / len(title_words | pred_words) < 0.5
        )
        if g.get("country") != p.get("country") or wrong_title:
            lines.append(
                f"{g['name']!r}: country {g.get('country')} / {p.get('country')}; "
                f"title {gold_title!r} / {p.get('title')!r}"
            )
    return lines


if __name__ == "__main__":
    main()
