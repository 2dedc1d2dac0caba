"""The ``dprk-diplomacy corpus`` command, its output formats and ``schema --corpus``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dprk_diplomacy import cli, parse
from dprk_diplomacy.corpus import CorpusView
from dprk_diplomacy.corpus.output import corpus_schema

TEXTS = {
    "a.txt": "SEOUL, Feb. 28, 2019 (Yonhap) -- Donald Trump and Kim Jong-un met in Hanoi on Wednesday.\n",
    "b.txt": "HANOI, March 1, 2019 (AP) -- Kim Jong Un met Donald Trump in Hanoi on Feb. 27.\n",
    "c.txt": "SEOUL, Jan. 9, 2018 (Yonhap) -- South and North Korea held talks at Panmunjom on Tuesday.\n",
}


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture()
def corpus_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_json_is_the_contract(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("corpus", str(corpus_dir), capsys=capsys)
    assert code == 0
    view = json.loads(out)
    assert set(view) >= {"events", "persons", "channels"}
    reports = sorted((r["article"], r["meeting"]) for e in view["events"] for r in e["reports"])
    expected = sorted(
        (str(corpus_dir / name), i)
        for name, text in TEXTS.items()
        for i in range(len(parse(text).meetings))
    )
    assert reports == expected
    mentions = sorted((m["article"], m["envoy"]) for p in view["persons"] for m in p["mentions"])
    assert mentions == sorted(
        (str(corpus_dir / name), i)
        for name, text in TEXTS.items()
        for i in range(len(parse(text).envoys))
    )
    CorpusView.model_validate(view)  # the JSON reads back into the models


def test_the_json_validates_against_the_printed_schema(
    corpus_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, schema_text, _ = run("schema", "--corpus", capsys=capsys)
    assert code == 0
    schema = json.loads(schema_text)
    assert schema == json.loads(json.dumps(corpus_schema()))
    assert {"events", "persons", "channels"} <= set(schema["properties"])
    _, out, _ = run("corpus", str(corpus_dir), capsys=capsys)
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(out), schema)


def test_schema_without_flag_is_still_the_article(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run("schema", capsys=capsys)
    assert "meetings" in json.loads(out)["properties"]


def test_parsed_json_lines_fold_like_the_texts(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parsed = tmp_path / "parsed.jsonl"
    assert run("parse", str(corpus_dir), "-o", str(parsed), capsys=capsys)[0] == 0
    _, from_parsed, _ = run("corpus", str(parsed), capsys=capsys)
    _, from_texts, _ = run("corpus", str(corpus_dir), capsys=capsys)
    assert json.loads(from_parsed) == json.loads(from_texts)


def test_unparseable_inputs_are_reported_and_the_rest_folded(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus_dir / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    parsed = tmp_path / "parsed.jsonl"
    parsed.write_text('{"id": "x", "article": {"body": 3}}\nnot json\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    code, out, err = run(
        "corpus",
        str(corpus_dir),
        str(parsed),
        "--errors",
        str(errors),
        "--workers",
        "2",
        capsys=capsys,
    )
    assert code == 1
    assert "broken.txt" in err and "parsed.jsonl:1" in err
    view = json.loads(out)
    assert view["articles"] == 3
    assert len(view["failures"]) == 3
    assert len(errors.read_text(encoding="utf-8").splitlines()) == 3


def test_jsonl_csv_and_html_formats(
    corpus_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run("corpus", str(corpus_dir), "--format", "jsonl", capsys=capsys)
    kinds = {json.loads(line)["type"] for line in out.splitlines()}
    assert "event" in kinds and "person" in kinds
    for table in ("events", "persons", "channels"):
        _, out, _ = run(
            "corpus", str(corpus_dir), "--format", "csv", "--table", table, capsys=capsys
        )
        rows = list(csv.DictReader(io.StringIO(out)))
        assert all("id" in row for row in rows)
    page = tmp_path / "view.html"
    code, _, _ = run("corpus", str(corpus_dir), "--format", "html", "-o", str(page), capsys=capsys)
    assert code == 0
    html = page.read_text(encoding="utf-8")
    assert html.count("data-event-id=") == len(
        json.loads(run("corpus", str(corpus_dir), capsys=capsys)[1])["events"]
    )
    assert "http://" not in html and "https://" not in html  # works offline


def test_html_timeline_draws_undated_events_in_their_own_lane() -> None:
    from dprk_diplomacy.corpus import fold
    from dprk_diplomacy.corpus.report import write_html

    view = fold(
        [
            ("dated", parse(TEXTS["a.txt"])),
            ("undated", parse("Envoys of the United States and North Korea met in Stockholm.")),
        ]
    )
    assert [e.date is None for e in view.events] == [False, True]
    out = io.StringIO()
    write_html(view, out)
    html = out.getvalue()
    assert html.count("<circle") == len(view.events)  # one dot per event, dated or not
    assert html.count(">undated</text>") == 1
