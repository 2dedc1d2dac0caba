"""Flat tables across a corpus: one row per envoy, meeting or channel.

Each row carries the caller's ``article_id`` and the article's source and
publication date, so rows from many articles can sit in one CSV file or data
frame.  Lists (participants, parties, aliases) are joined with ``";"`` and
dates are ISO strings of their precision (``2019-02``), so every cell is a
string, an integer or empty.

>>> from dprk_diplomacy.models import Article, Envoy
>>> article = Article(envoys=(Envoy(name="Stephen Biegun", country="USA"),))
>>> rows(article, "a1", "envoys")[0]["name"]
'Stephen Biegun'
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TextIO, get_args

from ..models import Article, Channel, Envoy, Meeting, Span
from ..partial_date import PartialDate

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent

Table = Literal["envoys", "meetings", "channels"]
"""The record kinds a table can hold."""

TABLES: tuple[Table, ...] = get_args(Table)
"""Every table name, in the order envoys, meetings, channels."""

Row = dict[str, Any]

JOIN = ";"

_ARTICLE_COLUMNS = ("article_id", "source", "published")
_EVIDENCE_COLUMNS = ("evidence", "evidence_start", "evidence_end")

COLUMNS: dict[Table, tuple[str, ...]] = {
    "envoys": (
        *_ARTICLE_COLUMNS,
        "name",
        "aliases",
        "country",
        "title",
        "mentions",
        "first_mention",
    ),
    "meetings": (
        *_ARTICLE_COLUMNS,
        "participants",
        "parties",
        "location",
        "date",
        "date_text",
        "status",
        "kind",
        *_EVIDENCE_COLUMNS,
    ),
    "channels": (*_ARTICLE_COLUMNS, "name", "parties", "status", "date", *_EVIDENCE_COLUMNS),
}
"""The columns of each table, in order; also the CSV header."""

INTEGER_COLUMNS = frozenset({"mentions", "first_mention", "evidence_start", "evidence_end"})
"""Columns that hold integers (``first_mention`` may be empty); all others hold strings."""


def _iso(date: PartialDate | None) -> str | None:
    return date.isoformat() if date is not None else None


def _joined(values: Iterable[str]) -> str:
    """``_joined(("KOR", "USA")) == "KOR;USA"``."""
    return JOIN.join(values)


def _evidence(span: Span) -> Row:
    return {"evidence": span.text, "evidence_start": span.start, "evidence_end": span.end}


def _envoy_row(envoy: Envoy) -> Row:
    return {
        "name": envoy.name,
        "aliases": _joined(envoy.aliases),
        "country": envoy.country,
        "title": envoy.title,
        "mentions": len(envoy.mentions),
        "first_mention": min((span.start for span in envoy.mentions), default=None),
    }


def _meeting_row(meeting: Meeting) -> Row:
    return {
        "participants": _joined(meeting.participants),
        "parties": _joined(meeting.parties),
        "location": meeting.location,
        "date": _iso(meeting.date),
        "date_text": meeting.date_text,
        "status": meeting.status,
        "kind": meeting.kind,
        **_evidence(meeting.evidence),
    }


def _channel_row(channel: Channel) -> Row:
    return {
        "name": channel.name,
        "parties": _joined(channel.parties),
        "status": channel.status,
        "date": _iso(channel.date),
        **_evidence(channel.evidence),
    }


def _check_table(table: str) -> Table:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    return table


def rows(article: Article, article_id: str, table: Table) -> list[Row]:
    """One dict per record of ``table`` in ``article``, with the columns of ``COLUMNS[table]``."""
    table = _check_table(table)
    article_cells: Row = {
        "article_id": article_id,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
    }
    records: list[Row]
    if table == "envoys":
        records = [_envoy_row(envoy) for envoy in article.envoys]
    elif table == "meetings":
        records = [_meeting_row(meeting) for meeting in article.meetings]
    else:
        records = [_channel_row(channel) for channel in article.channels]
    return [{**article_cells, **record} for record in records]


def iter_rows(items: Iterable[tuple[str, Article]], table: Table) -> Iterator[Row]:
    """The rows of ``table`` for every ``(article_id, article)`` pair, in order."""
    table = _check_table(table)
    for article_id, article in items:
        yield from rows(article, article_id, table)


def write_csv(items: Iterable[tuple[str, Article]], table: Table, fh: TextIO) -> int:
    """Write ``table`` for every ``(article_id, article)`` as CSV to ``fh``; return the row count.

    The header is written even when there are no rows.  Rows end in ``"\\n"``,
    so a text-mode file (or stdout) gets the platform's line ending; a file
    opened with ``newline=""`` gets ``"\\n"`` exactly.  Empty cells are nulls.
    """
    table = _check_table(table)
    writer = csv.DictWriter(fh, fieldnames=COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in iter_rows(items, table):
        writer.writerow(row)
        count += 1
    return count


def to_dataframe(items: Iterable[tuple[str, Article]], table: Table) -> pd.DataFrame:
    """A pandas DataFrame of ``table`` for every ``(article_id, article)``.

    Needs the ``pandas`` extra: ``pip install 'dprk-diplomacy[pandas]'``.
    Columns are those of ``COLUMNS[table]`` even when there are no rows.
    """
    table = _check_table(table)
    try:
        import pandas as pd  # type: ignore[import-not-found, import-untyped, unused-ignore]  # an extra, maybe absent
    except ImportError as exc:
        raise ImportError(
            "to_dataframe needs pandas, which comes with the 'pandas' extra: "
            "pip install 'dprk-diplomacy[pandas]'"
        ) from exc
    frame: pd.DataFrame = pd.DataFrame.from_records(
        list(iter_rows(items, table)), columns=list(COLUMNS[table])
    )
    return frame


__all__ = [
    "COLUMNS",
    "INTEGER_COLUMNS",
    "TABLES",
    "Row",
    "Table",
    "iter_rows",
    "rows",
    "to_dataframe",
    "write_csv",
]
