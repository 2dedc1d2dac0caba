#!/usr/bin/env bash
# Checks that need the world outside the source tree: the built distribution,
# a clean install, the optional extras and the example plugin.
# Run from the repository root with .venv set up (package + `dev` extra).
# Takes a few minutes; needs PyPI for the fresh venvs and the extras.
set -euo pipefail

cd "$(dirname "$0")/.."
PY=.venv/bin/python
SEED=seeds/000_2880d58deaf93194.txt
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1

step() { printf '\n== %s\n' "$*"; }

step "build sdist and wheel"
rm -rf dist
"$PY" -m build --outdir dist . >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
ls -l dist

step "twine check"
"$PY" -m twine check --strict dist/*

step "wheel contents: package data and py.typed"
WHEEL="$(ls dist/*.whl)"
"$PY" - "$WHEEL" <<'PYEOF'
import re, sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
data = [n for n in names if re.fullmatch(r"dprk_diplomacy/data/[^/]+\.json", n)]
missing = [] if data else ["dprk_diplomacy/data/*.json"]
if "dprk_diplomacy/py.typed" not in names:
    missing.append("dprk_diplomacy/py.typed")
if missing:
    sys.exit(f"wheel lacks {', '.join(missing)}")
print(f"{len(data)} data files and py.typed in {sys.argv[1]}")
PYEOF

step "install the wheel into a fresh venv and parse a seed"
"$PY" -m venv "$WORK/clean"
"$WORK/clean/bin/pip" install --quiet "$WHEEL"
(
    cd "$WORK"  # away from src/, so the installed wheel is what gets imported
    "$WORK/clean/bin/python" -c '
import sys, dprk_diplomacy
assert "site-packages" in dprk_diplomacy.__file__, dprk_diplomacy.__file__
article = dprk_diplomacy.parse(open(sys.argv[1], encoding="utf-8").read())
print(article.model_dump_json(indent=None)[:300])
print(f"envoys={len(article.envoys)} meetings={len(article.meetings)} channels={len(article.channels)}")
' "$OLDPWD/$SEED"
    "$WORK/clean/bin/dprk-diplomacy" schema >/dev/null
)

step "extras: html, pandas, dask"
.venv/bin/pip install --quiet -e '.[html,pandas,dask]'
"$PY" -m pytest -q -p no:cacheprovider tests/test_html.py tests/test_dask.py tests/test_corpus_dask.py tests/test_export.py \
    src/dprk_diplomacy/scale/dask_bag.py src/dprk_diplomacy/html.py

step "example plugin and wheel tests (fresh venv, installs from PyPI)"
DPRK_DIPLOMACY_ECOSYSTEM=1 "$PY" -m pytest -q -p no:cacheprovider -rsx \
    tests/test_plugins.py tests/test_packaging.py

step "ecosystem checks passed"
