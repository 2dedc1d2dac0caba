"""Print envoy misses, spurious envoys, country and title errors (score.py matching) per probe.

    python _dump_errors.py evaluation/probes/envoys
"""
import json, sys, importlib.util
from pathlib import Path
import dprk_diplomacy
spec = importlib.util.spec_from_file_location("score", "/work/shared/tools/score.py"); sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
for t in sorted(p for p in Path(sys.argv[1]).glob("*.txt") if p.with_suffix(".gold.json").exists()):
    gold = json.loads(t.with_suffix(".gold.json").read_text())
    pred = json.loads(dprk_diplomacy.parse(t.read_text()).model_dump_json())["envoys"]
    pairs = sc.match_envoys(gold["envoys"], pred)
    mg = {id(g) for g, p in pairs}; mp = {id(p) for g, p in pairs}
    out = []
    for g in gold["envoys"]:
        if id(g) not in mg: out.append(f"  MISS {g['name']} {g['country']} | {g['title']}")
    for p in pred:
        if id(p) not in mp: out.append(f"  FP   {p['name']} {p.get('country')} | {p.get('title')} aliases={p.get('aliases')}")
    for g, p in pairs:
        if g['country'] != p.get('country'): out.append(f"  CTRY {g['name']}: gold {g['country']} pred {p.get('country')}")
        gw, pw = sc.title_words(g["title"]), sc.title_words(p.get("title"))
        if g['title'] and (not pw or len(gw & pw)/len(gw | pw) < 0.5): out.append(f"  TITL {g['name']}: gold {g['title']!r} pred {p.get('title')!r}")
    if out: print(t.stem); print("\n".join(out))
