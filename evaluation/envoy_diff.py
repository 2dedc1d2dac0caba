"""List envoy country and title disagreements with the gold files of a corpus.

score.py reports envoys+country and envoy_title as rates only; this script names
the envoys behind them, matching gold to predictions the way score.py does.

    python evaluation/envoy_diff.py ../shared/corpus/dev [--score ../shared/tools/score.py]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType

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
    for text_path in sorted(args.corpus.glob("*.txt")):
        gold = json.loads(text_path.with_suffix(".gold.json").read_text(encoding="utf-8"))
        article = dprk_diplomacy.parse(text_path.read_text(encoding="utf-8"))
        pred = json.loads(article.model_dump_json())["envoys"]
        for g, p in scorer.match_envoys(gold.get("envoys", []), pred):
            wrong_country = g.get("country") != p.get("country")
            gold_title = g.get("title")
            title_words, pred_words = scorer.words(gold_title), scorer.words(p.get("title"))
            wrong_title = bool(gold_title) and (
                not pred_words
                or len(title_words & pred_words) / len(title_words | pred_words) < 0.5
            )
            if wrong_country or wrong_title:
                print(
                    f"{text_path.stem[:12]} {g['name']!r}: "
                    f"country {g.get('country')} / {p.get('country')}; "
                    f"title {gold_title!r} / {p.get('title')!r}"
                )


if __name__ == "__main__":
    main()
