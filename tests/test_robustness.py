"""Robustness: no catastrophic regex, adversarial inputs finish, bad arguments fail clearly.

Times are measured by ``benchmarks/adversarial.py`` and ``scripts/check_redos.py``;
these tests only check that the work completes and what is raised.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dprk_diplomacy import Article, DiplomacyError, Parser, parse

REPO = Path(__file__).resolve().parent.parent


def load_script(relative: str) -> ModuleType:
    path = REPO / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


adversarial = load_script("benchmarks/adversarial.py")


def test_no_pattern_backtracks_catastrophically(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("regexploit")
    check_redos = load_script("scripts/check_redos.py")
    status = check_redos.main(["--static-only", "--quiet"])
    report = capsys.readouterr().out
    assert status == 0, report


@pytest.mark.parametrize("kind", sorted(adversarial.KINDS))
def test_adversarial_input_completes(kind: str) -> None:
    text = adversarial.make_input(kind, 100_000)
    assert len(text) == 100_000
    assert isinstance(parse(text), Article)


@pytest.mark.parametrize(("value", "name"), [(b"x", "bytes"), (None, "NoneType"), (123, "int")])
def test_non_str_input_is_a_type_error_naming_str(value: object, name: str) -> None:
    with pytest.raises(TypeError, match=rf"str.*{name}") as caught:
        parse(value)  # type: ignore[arg-type]
    assert isinstance(caught.value, DiplomacyError)


def test_over_limit_text_names_the_limit() -> None:
    parser = Parser(max_chars=100)
    assert isinstance(parser.parse("x" * 100), Article)
    with pytest.raises(ValueError, match="100") as caught:
        parser.parse("x" * 101)
    assert isinstance(caught.value, DiplomacyError)


@pytest.mark.parametrize("published", ["someday", "2021-13-45", 20210805])
def test_invalid_published_names_the_value(published: object) -> None:
    with pytest.raises(ValueError, match=str(published)) as caught:
        parse("Envoys met.", published=published)  # type: ignore[arg-type]
    assert isinstance(caught.value, DiplomacyError)


def test_a_failing_rule_costs_the_records_not_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    import warnings

    from dprk_diplomacy import ExtractionWarning, Parser

    engine = Parser()

    def broken(*_args: object) -> None:
        raise KeyError("a rule's bug")

    monkeypatch.setattr(engine, "_extract", broken)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ExtractionWarning)
        article = engine.parse("Envoys met in Seoul on Monday.", published="2023-05-02")
    assert article.body == "Envoys met in Seoul on Monday."
    assert article.meetings == ()
    assert any(issubclass(w.category, ExtractionWarning) for w in caught)
