"""Exports of parsed articles to other shapes: PLOVER-style events and flat tables.

``plover`` turns meetings into events in the PLOVER event-data ontology;
``tables`` flattens envoys, meetings and channels into one row per record for
CSV files and data frames.
"""

from __future__ import annotations

from .plover import PloverEvent, article_events, meeting_event
from .tables import TABLES, Table, rows, to_dataframe, write_csv

__all__ = [
    "TABLES",
    "PloverEvent",
    "Table",
    "article_events",
    "meeting_event",
    "rows",
    "to_dataframe",
    "write_csv",
]
