"""What the distribution promises: metadata, extras, typed package data, docs files.

Building and installing the wheel is done by ``.ci/ecosystem.sh``; with
``DPRK_DIPLOMACY_ECOSYSTEM=1`` (or ``-m slow``) the wheel test here runs too.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import zipfile
from importlib.metadata import metadata
from pathlib import Path

import pytest

import dprk_diplomacy

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "src" / "dprk_diplomacy"
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_matches_installed_metadata() -> None:
    assert metadata("dprk-diplomacy")["Version"] == dprk_diplomacy.__version__


def test_core_dependencies_are_the_three_documented() -> None:
    names = {re.split(r"[<>=\[ ]", dep)[0] for dep in PYPROJECT["project"]["dependencies"]}
    assert names == {"pydantic", "regex", "python-dateutil"}


@pytest.mark.parametrize("extra", ["html", "pandas", "dask", "dev", "test"])
def test_extras_are_declared(extra: str) -> None:
    assert extra in PYPROJECT["project"]["optional-dependencies"]


def test_console_script_is_declared() -> None:
    assert PYPROJECT["project"]["scripts"]["dprk-diplomacy"] == "dprk_diplomacy.cli:main"


def test_package_is_typed() -> None:
    assert (PACKAGE / "py.typed").exists()


def test_package_data_is_valid_json() -> None:
    files = sorted((PACKAGE / "data").glob("*.json"))
    assert files, "src/dprk_diplomacy/data/ holds no gazetteer files"
    for path in files:
        json.loads(path.read_text(encoding="utf-8"))


def test_license_is_mit() -> None:
    assert (REPO / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert PYPROJECT["project"]["license"] == "MIT"


def test_readme_quick_start_is_the_two_make_targets() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme


def test_changelog_follows_keep_a_changelog() -> None:
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "keepachangelog.com" in changelog
    # The installed version has its own dated section.
    version = re.escape(dprk_diplomacy.__version__)
    assert re.search(rf"^## \[{version}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.MULTILINE)


@pytest.mark.parametrize(
    "page",
    [
        "index",
        "quickstart",
        "models",
        "cli",
        "extending",
        "accuracy",
        "performance",
        "scaling",
        "plover",
        "dependencies",
    ],
)
def test_docs_page_exists(page: str) -> None:
    assert (REPO / "docs" / f"{page}.md").read_text(encoding="utf-8").startswith("# ")


def test_docs_links_resolve() -> None:
    pages = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    for page in pages:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", page.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            assert (page.parent / target).exists(), f"{page.name} links to missing {target}"


def _selected(config: pytest.Config) -> bool:
    return (
        os.environ.get("DPRK_DIPLOMACY_ECOSYSTEM") == "1" or config.getoption("markexpr") == "slow"
    )


@pytest.mark.slow
def test_wheel_contains_data_and_marker(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    if not _selected(request.config):
        pytest.skip("builds a wheel; set DPRK_DIPLOMACY_ECOSYSTEM=1 or -m slow")
    pytest.importorskip("build")
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "dprk_diplomacy/py.typed" in names
    assert any(re.fullmatch(r"dprk_diplomacy/data/[^/]+\.json", name) for name in names)
    assert not any(name.startswith("tests/") for name in names)
