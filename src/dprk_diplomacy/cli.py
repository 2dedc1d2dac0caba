"""The ``dprk-diplomacy`` command: parse articles from files, directories, stdin or JSON Lines.

::

    dprk-diplomacy parse seeds/ --format table
    dprk-diplomacy parse corpus.jsonl --workers 0 -o parsed.jsonl --errors errors.jsonl
    dprk-diplomacy schema
    dprk-diplomacy corpus seeds/ parsed.jsonl --format html -o corpus.html
    dprk-diplomacy schema --corpus

Every input that can be parsed is written, whatever happens to the others; a
bad input is named on stderr (and in the ``--errors`` log).  Exit status: 0
when every input was parsed, 1 when any failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import ExitStack, closing
from itertools import chain
from typing import Any, TextIO

from ._version import __version__
from .batch import BatchItem, iter_parse, resolve_workers
from .corpus.models import Failure
from .io import DEFAULT_MAX_BYTES, JsonFields, atomic_write, iter_sources
from .models import Article, Channel, Envoy, Meeting
from .pipeline import DEFAULT_MAX_CHARS, Parser

PROG = "dprk-diplomacy"
EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE = 0, 1, 2

Pair = tuple[str, Article]
Writer = Callable[[Iterable[Pair], TextIO], None]


class UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


# -- output formats ------------------------------------------------------------


def write_jsonl(pairs: Iterable[Pair], out: TextIO) -> None:
    """One ``{"id": ..., "article": {...}}`` object per line, written as parsed."""
    for article_id, article in pairs:
        out.write(_record_json(article_id, article))
        out.write("\n")


def write_json(pairs: Iterable[Pair], out: TextIO) -> None:
    """A JSON array of ``{"id": ..., "article": {...}}`` objects, written as parsed."""
    separator = "[\n"
    for article_id, article in pairs:
        out.write(separator)
        out.write(_record_json(article_id, article))
        separator = ",\n"
    out.write("[]\n" if separator == "[\n" else "\n]\n")


def _record_json(article_id: str, article: Article) -> str:
    return f'{{"id":{json.dumps(article_id, ensure_ascii=False)},"article":{article.model_dump_json()}}}'


def write_table(pairs: Iterable[Pair], out: TextIO) -> None:
    """A readable summary per article: its metadata, envoys, meetings and channels."""
    for article_id, article in pairs:
        out.write(f"== {article_id}\n")
        metadata = {
            "title": article.title,
            "published": article.published,
            "dateline": article.dateline,
            "source": article.source,
        }
        shown = "  ".join(f"{key}: {value}" for key, value in metadata.items() if value is not None)
        if shown:
            out.write(f"   {shown}\n")
        _write_section(out, "envoys", article.envoys, _envoy_line)
        _write_section(out, "meetings", article.meetings, _meeting_line)
        _write_section(out, "channels", article.channels, _channel_line)
        out.write("\n")


def _write_section(
    out: TextIO, name: str, records: Sequence[Any], line: Callable[[Any], str]
) -> None:
    out.write(f"   {name} ({len(records)})\n")
    for record in records:
        out.write(f"     - {line(record)}\n")


def _envoy_line(envoy: Envoy) -> str:
    details = ", ".join(part for part in (envoy.country, envoy.title) if part)
    return f"{envoy.name} ({details})" if details else envoy.name


def _meeting_line(meeting: Meeting) -> str:
    who = ", ".join(meeting.participants) or "-"
    sides = "/".join(meeting.parties) or "-"
    where = f" in {meeting.location}" if meeting.location else ""
    when = f" on {meeting.date}" if meeting.date else ""
    return f"{meeting.status} {meeting.kind}{where}{when}: {who} [{sides}]"


def _channel_line(channel: Channel) -> str:
    sides = "/".join(channel.parties) or "-"
    status = f" {channel.status}" if channel.status else ""
    since = f" since {channel.date}" if channel.date else ""
    return f"{channel.name} [{sides}]{status}{since}"


def _optional_export(module_name: str, function: str, fmt: str) -> Callable[..., Any]:
    # Export formats live in modules another part of the package provides;
    # import them only when asked for so the rest of the command works without.
    try:
        module = importlib.import_module(module_name)
        found: Callable[..., Any] = getattr(module, function)
    except (ImportError, AttributeError) as exc:
        raise UsageError(
            f"--format {fmt} needs {module_name}.{function}, which this installation lacks ({exc})"
        ) from None
    return found


def _csv_writer(table: str) -> Writer:
    write_csv = _optional_export("dprk_diplomacy.export.tables", "write_csv", "csv")

    def write(pairs: Iterable[Pair], out: TextIO) -> None:
        write_csv(pairs, table, out)

    return write


def _plover_writer() -> Writer:
    article_events = _optional_export("dprk_diplomacy.export.plover", "article_events", "plover")

    def write(pairs: Iterable[Pair], out: TextIO) -> None:
        for article_id, article in pairs:
            for event in article_events(article, article_id):
                out.write(_event_json(event))
                out.write("\n")

    return write


def _event_json(event: object) -> str:
    dump_json = getattr(event, "model_dump_json", None)
    if callable(dump_json):
        text: str = dump_json()
        return text
    return json.dumps(event, ensure_ascii=False, sort_keys=True, default=str)


def _writer(fmt: str, table: str) -> Writer:
    if fmt == "csv":
        return _csv_writer(table)
    if fmt == "plover":
        return _plover_writer()
    return {"json": write_json, "jsonl": write_jsonl, "table": write_table}[fmt]


# -- failures and progress -----------------------------------------------------


class FailureReport:
    """Names each failed input on stderr and, if asked, in a JSON Lines error log."""

    def __init__(self, stderr: TextIO, log: TextIO | None) -> None:
        self.stderr = stderr
        self.log = log
        self.count = 0

    def __call__(self, item: BatchItem) -> None:
        """Report one failed item."""
        self.count += 1
        origin = item.origin or item.id
        reason = " ".join(str(item.error).split())  # one line per failed input
        self.stderr.write(f"{PROG}: {origin}: {reason} ({item.error_type})\n")
        if self.log is not None:
            path, line = _split_origin(origin)
            entry = {
                "input": path,
                "line": line,
                "id": item.id,
                "index": item.index,
                "error_type": item.error_type,
                "message": item.error,
            }
            self.log.write(json.dumps(entry, ensure_ascii=False) + "\n")


def _split_origin(origin: str) -> tuple[str, int | None]:
    path, _, line = origin.rpartition(":")
    return (path, int(line)) if path and line.isdigit() else (origin, None)


def _parse_inputs(
    paths: Sequence[str], args: argparse.Namespace
) -> Generator[BatchItem, None, None]:
    """``paths`` parsed lazily, in order, as the input options of parse and corpus say."""
    workers = resolve_workers(args.workers)
    sources = iter_sources(
        paths,
        fields=JsonFields(args.text_field, args.date_field, args.source_field, args.id_field),
        input_format=args.input_format,
        max_bytes=args.max_bytes,
    )
    return iter_parse(
        sources, workers=workers, parser=Parser(max_chars=args.max_chars), published=args.published
    )


def _successes(items: Iterable[BatchItem], report: Callable[[BatchItem], None]) -> Iterator[Pair]:
    for item in items:
        if item.article is None:
            report(item)
        else:
            yield item.id, item.article


def _with_progress(items: Iterator[BatchItem], enabled: bool) -> Iterator[BatchItem]:
    if not (enabled and sys.stderr.isatty()):
        return items
    try:
        tqdm = importlib.import_module("tqdm").tqdm
    except ImportError:  # the bar is optional (the "progress" extra)
        return items
    bar: Iterator[BatchItem] = iter(
        tqdm(items, unit=" articles", file=sys.stderr, dynamic_ncols=True)
    )
    return bar


# -- commands ------------------------------------------------------------------


def _iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def _workers(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (one per CPU) or more, got {number}")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar."""
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser("parse", help="parse articles into records")
    _add_inputs(parse)
    parse.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv", "plover"),
        help="output format (default: table on a terminal, else jsonl)",
    )
    parse.add_argument(
        "--table",
        choices=("envoys", "meetings", "channels"),
        default="meetings",
        help="which records --format csv writes (default: meetings)",
    )

    corpus = commands.add_parser(
        "corpus", help="fold articles into events, persons and channel histories"
    )
    _add_inputs(corpus, parsed=True)
    corpus.add_argument(
        "--format",
        choices=("json", "jsonl", "csv", "html"),
        default="json",
        help="output format (default: json)",
    )
    corpus.add_argument(
        "--table",
        choices=("events", "persons", "channels"),
        default="events",
        help="which records --format csv writes (default: events)",
    )

    schema = commands.add_parser("schema", help="print the JSON Schema of an article")
    schema.add_argument(
        "--corpus", action="store_true", help="print the schema of the corpus command's JSON"
    )
    return parser


def _add_inputs(command: argparse.ArgumentParser, parsed: bool = False) -> None:
    """The input and output options that parse and corpus share."""
    more = ", or JSON Lines that parse wrote" if parsed else ""
    command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=f"file, directory (its *.txt and *.html), *.jsonl file, or - for stdin{more}",
    )
    command.add_argument(
        "-o", "--output", metavar="FILE", help="write here (atomically), not stdout"
    )
    command.add_argument(
        "--errors", metavar="FILE", help="JSON Lines log of the inputs that failed"
    )
    command.add_argument(
        "--published",
        type=_iso_date,
        metavar="DATE",
        help="publication date for inputs that bring none",
    )
    command.add_argument(
        "--workers",
        type=_workers,
        default=1,
        metavar="N",
        help="parallel processes (0: one per CPU; default 1)",
    )
    command.add_argument(
        "--input-format",
        choices=("auto", "text", "html", "jsonl"),
        default="auto",
        help="how to read inputs (default: by suffix; stdin is text)",
    )
    command.add_argument("--text-field", default="text", help="JSON Lines field of the text")
    command.add_argument("--date-field", default="date", help="JSON Lines field of the date")
    command.add_argument("--source-field", default=None, help="JSON Lines field of the source")
    command.add_argument(
        "--id-field", default="id", help="JSON Lines field of the id (else url, else path:line)"
    )
    command.add_argument(
        "--max-chars",
        type=_positive,
        default=DEFAULT_MAX_CHARS,
        metavar="N",
        help="longest article parsed, in characters",
    )
    command.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help="largest input file read, in bytes",
    )
    command.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def run_parse(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Parse every input and write the successes; the exit status says whether any failed."""
    fmt = args.format or ("table" if args.output is None and stdout.isatty() else "jsonl")
    writer = _writer(fmt, args.table)
    items = _parse_inputs(args.paths, args)
    with ExitStack() as stack:
        stack.enter_context(closing(items))
        out = stdout if args.output is None else stack.enter_context(atomic_write(args.output))
        log = None if args.errors is None else stack.enter_context(atomic_write(args.errors))
        report = FailureReport(stderr, log)
        writer(_successes(_with_progress(items, not args.no_progress), report), out)
        out.flush()
    return EXIT_INPUT_FAILED if report.count else EXIT_OK


def run_corpus(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Fold every input into a corpus view and write it; the exit status says whether any failed.

    Already-parsed JSON Lines are read as they are; every other input is
    parsed as ``parse`` would.  A failed input is named on stderr (and in
    ``--errors``) and listed in the view's ``failures``; the rest are folded.
    """
    from .corpus import CorpusFold
    from .corpus.inputs import is_parsed_jsonl, read_parsed_jsonl
    from .corpus.output import write_csv, write_json, write_jsonl
    from .corpus.report import write_html

    parsed = [p for p in args.paths if is_parsed_jsonl(p, args.input_format)]
    raw = [p for p in args.paths if p not in parsed]
    builder = CorpusFold()
    with ExitStack() as stack:
        log = None if args.errors is None else stack.enter_context(atomic_write(args.errors))
        report = FailureReport(stderr, log)

        def fail(item: BatchItem) -> None:
            report(item)
            builder.add_failure(_failure(item))

        batches: list[Iterable[BatchItem]] = [read_parsed_jsonl(path) for path in parsed]
        if raw:
            items = stack.enter_context(closing(_parse_inputs(raw, args)))
            batches.append(_with_progress(items, not args.no_progress))
        builder.add_all(_successes(chain.from_iterable(batches), fail))
        view = builder.view()
        out = stdout if args.output is None else stack.enter_context(atomic_write(args.output))
        if args.format == "csv":
            write_csv(view, out, args.table)
        else:
            {"json": write_json, "jsonl": write_jsonl, "html": write_html}[args.format](view, out)
        out.flush()
    return EXIT_INPUT_FAILED if report.count else EXIT_OK


def _failure(item: BatchItem) -> Failure:
    return Failure(input=item.origin or item.id, error_type=item.error_type, message=item.error)


def run_schema(stdout: TextIO, corpus: bool = False) -> int:
    """Print the JSON Schema of :class:`~dprk_diplomacy.models.Article` (or of the corpus view)."""
    if corpus:
        from .corpus.output import corpus_schema

        schema = corpus_schema()
    else:
        schema = Article.model_json_schema()
    stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "schema":
            return run_schema(sys.stdout, corpus=args.corpus)
        if args.command == "corpus":
            return run_corpus(args, sys.stdout, sys.stderr)
        return run_parse(args, sys.stdout, sys.stderr)
    except UsageError as exc:
        parser.error(str(exc))
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as other filters do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_INPUT_FAILED
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
