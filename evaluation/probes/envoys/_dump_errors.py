"""Print envoy misses, spurious envoys, country and title errors (score.py matching) per probe.

python _dump_errors.py evaluation/probes/envoys
"""

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import dprk_diplomacy


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score", "/work/shared/tools/score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _errors(sc: Any, text: Path) -> list[str]:
    gold = json.loads(text.with_suffix(".gold.json").read_text())
    pred = json.loads(dprk_diplomacy.parse(text.read_text()).model_dump_json())["envoys"]
    pairs = sc.match_envoys(gold["envoys"], pred)
    matched_gold = {id(g) for g, _ in pairs}
    matched_pred = {id(p) for _, p in pairs}
    out = [
        f"  MISS {g['name']} {g['country']} | {g['title']}"
        for g in gold["envoys"]
        if id(g) not in matched_gold
    ]
    out += [
        f"  FP   {p['name']} {p.get('country')} | {p.get('title')} aliases={p.get('aliases')}"
        for p in pred
        if id(p) not in matched_pred
    ]
    for g, p in pairs:
        if g["country"] != p.get("country"):
            out.append(f"  CTRY {g['name']}: gold {g['country']} pred {p.get('country')}")
        gw, pw = sc.title_words(g["title"]), sc.title_words(p.get("title"))
        if g["title"] and (not pw or len(gw & pw) / len(gw | pw) < 0.5):
            out.append(f"  TITL {g['name']}: gold {g['title']!r} pred {p.get('title')!r}")
    return out


def main() -> None:
    sc = _scorer()
    texts = sorted(
        p for p in Path(sys.argv[1]).glob("*.txt") if p.with_suffix(".gold.json").exists()
    )
    for text in texts:
        out = _errors(sc, text)
        if out:
            print(text.stem)
            print("\n".join(out))


if __name__ == "__main__":
    main()
