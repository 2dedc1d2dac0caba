"""The ``dprk-diplomacy`` command and the input readers behind it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any, TextIO

import pytest

from dprk_diplomacy import Article, cli
from dprk_diplomacy.io import (
    BinaryInputError,
    EmptyInputError,
    JsonFields,
    JsonLine,
    JsonLineError,
    NotUtf8Error,
    atomic_write,
    decode_text,
)

GOOD = {
    "a.txt": "SEOUL, Aug. 5 -- The envoys met in Seoul on Friday.\n",
    "b.txt": "Washington considers opening a liaison office in Pyongyang.\n",
    "page.html": "<html><body><p>The envoys met in Seoul.</p></body></html>\n",
}
BAD = {
    "empty.txt": b"",
    "blank.txt": b" \n\t\n",
    "binary.txt": bytes(range(256)) * 4,
    "nul.txt": b"text\x00with\x00nuls\x00",
    "latin1.txt": "Caf\u00e9 talks in S\u00e9oul".encode("latin-1"),
}


def run(*argv: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(["parse", "--no-progress", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    directory.mkdir()
    for name, text in GOOD.items():
        (directory / name).write_text(text, encoding="utf-8")
    for name, data in BAD.items():
        (directory / name).write_bytes(data)
    (directory / "notes.md").write_text("not an article")
    return directory


def test_every_good_input_is_written_and_every_bad_one_reported(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status, stdout, stderr = run(
        str(corpus), "-o", str(output), "--errors", str(errors), capsys=capsys
    )
    assert status == 1
    assert stdout == ""
    written = read_jsonl(output)
    assert [Path(r["id"]).name for r in written] == sorted(GOOD)
    for record in written:
        Article.model_validate(record["article"])
    reported = read_jsonl(errors)
    assert sorted(Path(r["input"]).name for r in reported) == sorted(BAD)
    types = {Path(r["input"]).name: r["error_type"] for r in reported}
    assert types["empty.txt"] == types["blank.txt"] == "EmptyInputError"
    assert types["binary.txt"] in ("NotUtf8Error", "BinaryInputError")
    assert types["nul.txt"] == "BinaryInputError"
    assert types["latin1.txt"] == "NotUtf8Error"
    assert all(r["message"] and r["line"] is None for r in reported)
    # one report per bad input (a warning about an optional extra may come too)
    lines = [line for line in stderr.splitlines() if line.startswith("dprk-diplomacy: ")]
    assert len(lines) == len(BAD)
    for name in BAD:
        assert sum(name in line for line in lines) == 1


def test_all_good_inputs_exit_zero(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, stdout, stderr = run(str(corpus / "a.txt"), str(corpus / "b.txt"), capsys=capsys)
    assert (status, stderr) == (0, "")
    assert len(stdout.splitlines()) == 2


def test_missing_and_oversized_inputs_are_reported(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, stdout, stderr = run(
        str(corpus / "a.txt"), str(corpus / "missing.txt"), "--max-bytes", "20", capsys=capsys
    )
    assert status == 1
    assert stdout == ""
    assert "missing.txt" in stderr and "a.txt" in stderr
    assert "limit of 20 bytes" in stderr


def test_workers_give_byte_identical_output(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outputs = []
    for workers in ("1", "2"):
        output = tmp_path / f"out{workers}.jsonl"
        status, _, _ = run(
            str(corpus), str(corpus), "--workers", workers, "-o", str(output), capsys=capsys
        )
        assert status == 1
        outputs.append(output.read_bytes())
    assert outputs[0] == outputs[1]


JSONL_LINES = [
    {"id": "first", "text": "The envoys met in Seoul on Friday.", "date": "2021-08-05"},
    {"url": "https://example.org/2", "text": "Talks ended.", "outlet": "Yonhap"},
    {"text": "Envoys will meet next week."},
    "not an object",
    {"id": "no-text", "body": "The text is under another name."},
    {"id": "bad-date", "text": "Envoys met.", "date": 20210805},
    {"id": "bad-date-text", "text": "Envoys met.", "date": "someday"},
]


@pytest.fixture
def jsonl_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    lines = [json.dumps(record) for record in JSONL_LINES]
    lines.insert(3, "")  # blank lines are skipped but still counted
    lines.append("{broken json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jsonl_input_and_output(
    jsonl_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = tmp_path / "errors.jsonl"
    status, stdout, stderr = run(
        str(jsonl_file),
        "--format",
        "jsonl",
        "--source-field",
        "outlet",
        "--errors",
        str(errors),
        capsys=capsys,
    )
    assert status == 1
    records = [json.loads(line) for line in stdout.splitlines()]
    assert [r["id"] for r in records] == ["first", "https://example.org/2", f"{jsonl_file}:3"]
    assert records[0]["article"]["published"] == "2021-08-05"
    assert records[1]["article"]["source"] == "Yonhap"
    reported = read_jsonl(errors)
    assert [(r["input"], r["line"]) for r in reported] == [
        (str(jsonl_file), n) for n in (5, 6, 7, 8, 9)
    ]
    assert [r["error_type"] for r in reported] == [
        "JsonLineError",
        "JsonLineError",
        "JsonLineError",
        "InvalidDateError",
        "JsonLineError",
    ]
    assert "'text'" in reported[1]["message"]
    assert "someday" in reported[3]["message"]
    assert len(stderr.splitlines()) == 5


def test_jsonl_field_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "custom.jsonl"
    path.write_text(json.dumps({"key": 7, "body": "Envoys met.", "when": "2019-02-27"}) + "\n")
    status, stdout, _ = run(
        str(path),
        "--text-field",
        "body",
        "--date-field",
        "when",
        "--id-field",
        "key",
        capsys=capsys,
    )
    record = json.loads(stdout)
    assert (status, record["id"], record["article"]["published"]) == (0, "7", "2019-02-27")


def test_stdin_text_and_published(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b"The envoys met on Friday."))
    monkeypatch.setattr(sys, "stdin", stdin)
    status, stdout, _ = run("-", "--published", "2021-08-06", "--format", "json", capsys=capsys)
    (record,) = json.loads(stdout)
    assert (status, record["id"], record["article"]["published"]) == (0, "<stdin>", "2021-08-06")


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    lines = "".join(
        json.dumps({"id": n, "text": f"Envoys met {n} times."}) + "\n" for n in range(3)
    )
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    status, stdout, _ = run("-", "--input-format", "jsonl", capsys=capsys)
    assert status == 0
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["0", "1", "2"]


def test_json_and_table_formats(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = [str(corpus / "a.txt"), str(corpus / "b.txt")]
    _, stdout, _ = run(*paths, "--format", "json", capsys=capsys)
    assert [Path(r["id"]).name for r in json.loads(stdout)] == ["a.txt", "b.txt"]
    _, stdout, _ = run(*paths, "--format", "table", capsys=capsys)
    assert stdout.count("== ") == 2
    for section in ("envoys (", "meetings (", "channels ("):
        assert stdout.count(section) == 2


def test_csv_format_writes_the_chosen_table(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("dprk_diplomacy.export.tables")
    status, stdout, _ = run(
        str(corpus / "a.txt"), "--format", "csv", "--table", "envoys", capsys=capsys
    )
    assert status == 0
    assert stdout.splitlines()[0].startswith("article_id")


def test_a_missing_export_module_is_a_usage_error(
    corpus: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "dprk_diplomacy.export.plover", None)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["parse", str(corpus / "a.txt"), "--format", "plover"])
    assert exit_info.value.code == 2
    assert "dprk_diplomacy.export.plover.article_events" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["parse"],
        ["parse", "x.txt", "--published", "someday"],
        ["parse", "x", "--workers", "-2"],
        ["parse", "x", "--format", "xml"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2


def test_schema_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema == Article.model_json_schema()
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.startswith("dprk-diplomacy ")


def test_interrupted_output_leaves_the_old_file_whole(
    corpus: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "out.jsonl"
    output.write_text("previous run\n")

    def write_then_break(pairs: Any, out: TextIO) -> None:
        for article_id, _ in pairs:
            out.write(article_id + "\n")
            raise KeyboardInterrupt

    monkeypatch.setattr(cli, "write_jsonl", write_then_break)
    status, _, _ = run(str(corpus), "-o", str(output), capsys=capsys)
    assert status == 130
    assert output.read_text() == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "out.jsonl"]


def test_atomic_write_replaces_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "table.csv"
    with atomic_write(target) as fh:
        fh.write("a,b\n")
        assert not target.exists()
    assert target.read_text() == "a,b\n"
    with pytest.raises(RuntimeError), atomic_write(target) as fh:
        fh.write("half")
        raise RuntimeError
    assert target.read_text() == "a,b\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_atomic_write_to_a_device_writes_through() -> None:
    with atomic_write("/dev/null") as fh:
        fh.write("discarded")
    assert Path("/dev/null").is_char_device()


def test_console_script_reports_bad_inputs(corpus: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dprk_diplomacy.cli",
            "parse",
            str(corpus / "a.txt"),
            str(corpus / "nul.txt"),
        ],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1
    assert "nul.txt" in done.stderr and "binary" in done.stderr


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", EmptyInputError),
        (b"\xff\xfeS\x00", NotUtf8Error),
        (b"a\x00b", BinaryInputError),
        (b"\x01\x02\x03 text", BinaryInputError),
    ],
)
def test_decode_text_names_the_problem(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode_text(data)


def test_decode_text_keeps_text_and_drops_a_bom() -> None:
    assert decode_text("\ufeffTalks in Pyongyang.\n".encode()) == "Talks in Pyongyang.\n"


def test_json_line_without_text_names_the_field() -> None:
    line = JsonLine("x.jsonl", 4, b'{"body": "Envoys met."}', JsonFields(text="content"))
    with pytest.raises(JsonLineError, match="'content'"):
        line.load()
