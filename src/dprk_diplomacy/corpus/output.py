"""Writing a corpus view: JSON (the contract), JSON Lines, CSV tables and the JSON Schema.

>>> import io
>>> out = io.StringIO()
>>> write_json(CorpusView(), out)
>>> json.loads(out.getvalue())["events"]
[]
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import Any, Literal, TextIO

from .models import CorpusView

CorpusTable = Literal["events", "persons", "channels"]
"""The record kinds ``--format csv`` can write."""

JOIN = ";"


def write_json(view: CorpusView, out: TextIO) -> None:
    """The whole view as one JSON object: ``{"events": [...], "persons": [...], ...}``."""
    out.write(view.model_dump_json(warnings=False))
    out.write("\n")


def write_jsonl(view: CorpusView, out: TextIO) -> None:
    """One JSON object per line: each event, person and channel, tagged by ``type``."""
    for kind, records in (
        ("event", view.events),
        ("person", view.persons),
        ("channel", view.channels),
    ):
        for record in records:
            line = record.model_dump(mode="json", warnings=False)
            out.write(json.dumps({"type": kind, **line}, ensure_ascii=False))
            out.write("\n")


def corpus_schema() -> dict[str, Any]:
    """The JSON Schema that ``--format json`` output validates against."""
    return CorpusView.model_json_schema(mode="serialization")


def _event_rows(view: CorpusView) -> list[dict[str, Any]]:
    return [
        {
            "id": e.id,
            "label": e.label,
            "parties": JOIN.join(e.parties),
            "participants": JOIN.join(e.participants),
            "location": e.location or "",
            "date": e.date.isoformat() if e.date is not None else "",
            "status": e.status,
            "kind": e.kind,
            "grouped": e.grouped,
            "reports": len(e.reports),
            "articles": JOIN.join(sorted({r.article for r in e.reports})),
            "disagreements": JOIN.join(sorted({d.field for d in e.disagreements})),
        }
        for e in view.events
    ]


def _person_rows(view: CorpusView) -> list[dict[str, Any]]:
    return [
        {
            "id": p.id,
            "name": p.name,
            "spellings": JOIN.join(p.spellings),
            "country": p.country or "",
            "posts": JOIN.join(post.title for post in p.posts),
            "articles": len(p.articles),
            "mentions": len(p.mentions),
        }
        for p in view.persons
    ]


def _channel_rows(view: CorpusView) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id,
            "name": c.name,
            "family": c.family,
            "parties": JOIN.join(c.parties),
            "status": c.status or "",
            "changes": JOIN.join(
                f"{ch.status}@{ch.date.isoformat() if ch.date else '?'}" for ch in c.changes
            ),
            "reports": len(c.reports),
        }
        for c in view.channels
    ]


_ROWS: dict[CorpusTable, Callable[[CorpusView], list[dict[str, Any]]]] = {
    "events": _event_rows,
    "persons": _person_rows,
    "channels": _channel_rows,
}

COLUMNS: dict[CorpusTable, tuple[str, ...]] = {
    "events": (
        "id", "label", "parties", "participants", "location", "date", "status", "kind",
        "grouped", "reports", "articles", "disagreements",
    ),
    "persons": ("id", "name", "spellings", "country", "posts", "articles", "mentions"),
    "channels": ("id", "name", "family", "parties", "status", "changes", "reports"),
}  # fmt: skip


def write_csv(view: CorpusView, out: TextIO, table: CorpusTable = "events") -> None:
    """One CSV table of the view: a row per event, person or channel history."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS[table], lineterminator="\n")
    writer.writeheader()
    writer.writerows(_ROWS[table](view))
