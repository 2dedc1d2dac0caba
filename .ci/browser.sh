#!/usr/bin/env bash
# The optional browser test of the corpus HTML report: installs chromium and
# chromium-driver from the system packages if missing (needs root and apt-get),
# the browser extra (selenium) into .venv, then runs tests/test_corpus_browser.py in headless Chromium.
# Run from the repository root with .venv set up.
set -euo pipefail

cd "$(dirname "$0")/.."
PY=.venv/bin/python

if ! command -v chromedriver >/dev/null || ! { command -v chromium >/dev/null || command -v chromium-browser >/dev/null; }; then
    if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null; then
        echo "chromium and chromium-driver are missing and cannot be installed here (needs root and apt-get)" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi
chromium --version 2>/dev/null || chromium-browser --version
"$PY" -m pip install --quiet --disable-pip-version-check -e '.[browser]'

# -rs names a skip: here it would mean the browser was not found after all.
"$PY" -m pytest -p no:cacheprovider -rs tests/test_corpus_browser.py | tee "${TMPDIR:-/tmp}/browser-test.log"
if grep -q "skipped" "${TMPDIR:-/tmp}/browser-test.log"; then
    echo "the browser test was skipped although chromium was installed" >&2
    exit 1
fi
