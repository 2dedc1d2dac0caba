"""The HTML report of a corpus view: one self-contained page that works offline.

The page holds a timeline of events for each pair of parties (status,
place, number of reports; events without a date in a lane of their own;
each event opens onto its reports and their evidence sentences), the channel histories drawn as status bands, and a
table of persons.  Styles, script and drawings are inline: no CDN, no
network, no files beside it.

>>> import io
>>> out = io.StringIO()
>>> write_html(CorpusView(), out)
>>> out.getvalue().startswith("<!DOCTYPE html>")
True
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from html import escape
from typing import TextIO

from .models import ChannelHistory, CorpusView, Event, Person

STATUS_COLOURS = {
    "held": "#2e7d32",
    "planned": "#1565c0",
    "proposed": "#9e9d24",
    "cancelled": "#c62828",
    "open": "#2e7d32",
    "restored": "#00897b",
    "severed": "#c62828",
    "unknown": "#9e9e9e",
}

_WIDTH = 900
_ROW = 22

_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:0 auto;max-width:1000px;padding:1em;color:#222;background:#fff}
h1{font-size:1.5em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
h3{margin:1.2em 0 .3em}
.legend span{display:inline-block;margin-right:1em}
.legend i{display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:middle}
svg{display:block;margin:.3em 0;background:#fafafa;border:1px solid #eee}
details.event{border-left:4px solid #999;margin:.3em 0;padding:.2em .6em;background:#f7f7f7}
details.event>summary{cursor:pointer}
.badge{display:inline-block;border-radius:3px;padding:0 .4em;color:#fff;font-size:.85em}
.reports{margin:.4em 0 .2em 1em;padding:0}.reports li{margin:.3em 0;list-style:square}
.evidence{display:block;color:#444;font-style:italic}
.dis{color:#b71c1c;font-size:.9em}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.2em .4em;text-align:left;vertical-align:top}
th{background:#eee}tr:nth-child(even) td{background:#fafafa}
#filter{padding:.3em;width:20em}
.failures{color:#b71c1c}
"""

_SCRIPT = """
(function () {
  var box = document.getElementById('filter');
  var events = document.querySelectorAll('details.event');
  function apply() {
    var q = box.value.toLowerCase();
    var shown = 0;
    events.forEach(function (el) {
      var hit = !q || el.textContent.toLowerCase().indexOf(q) >= 0;
      el.style.display = hit ? '' : 'none';
      if (hit) { shown += 1; }
    });
    document.getElementById('shown').textContent = String(shown);
  }
  box.addEventListener('input', apply);
  document.getElementById('expand').addEventListener('click', function () {
    var open = this.getAttribute('data-open') !== '1';
    events.forEach(function (el) { el.open = open; });
    this.setAttribute('data-open', open ? '1' : '0');
    this.textContent = open ? 'Close all' : 'Open all';
  });
  document.querySelectorAll('svg [data-ref]').forEach(function (dot) {
    dot.addEventListener('click', function () {
      var target = document.getElementById(dot.getAttribute('data-ref'));
      if (target) { target.open = true; target.scrollIntoView({block: 'center'}); }
    });
  });
  apply();
})();
"""


def _colour(status: str | None) -> str:
    return STATUS_COLOURS.get(status or "unknown", STATUS_COLOURS["unknown"])


def _badge(status: str | None) -> str:
    return (
        f'<span class="badge" style="background:{_colour(status)}">{escape(status or "?")}</span>'
    )


class _Scale:
    """Maps dates to x positions across the span of the whole view."""

    def __init__(self, dates: Iterable[dt.date]) -> None:
        known = sorted(dates)
        self.lo = (known[0] if known else dt.date(2000, 1, 1)).toordinal() - 30
        self.hi = (known[-1] if known else dt.date(2001, 1, 1)).toordinal() + 30

    def x(self, day: dt.date) -> float:
        """The x position of ``day``."""
        return 10 + (_WIDTH - 20) * (day.toordinal() - self.lo) / max(1, self.hi - self.lo)

    def axis(self, height: int) -> str:
        """SVG grid lines and labels for the years, at most about twelve."""
        first = dt.date.fromordinal(self.lo).year + 1
        last = dt.date.fromordinal(self.hi).year
        step = max(1, (last - first + 1) // 12)
        ticks = []
        for year in range(first, last + 1, step):
            x = self.x(dt.date(year, 1, 1))
            ticks.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height}" stroke="#e0e0e0"/>'
                f'<text x="{x + 2:.1f}" y="{height - 3}" font-size="10" fill="#777">{year}</text>'
            )
        return "".join(ticks)


def _event_day(event: Event) -> dt.date | None:
    return event.date.start() if event.date is not None else None


def write_html(view: CorpusView, out: TextIO) -> None:
    """Write the report of ``view`` as one self-contained HTML page."""
    days = [d for d in map(_event_day, view.events) if d is not None]
    days += [ch.date.start() for c in view.channels for ch in c.changes if ch.date is not None]
    scale = _Scale(days)
    persons = {p.id: p for p in view.persons}
    out.write('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">')
    out.write('<meta name="viewport" content="width=device-width, initial-scale=1">')
    out.write("<title>Corpus view: events, persons and channels</title>")
    out.write(f"<style>{_STYLE}</style></head><body>\n")
    out.write("<h1>Corpus view</h1>\n")
    out.write(
        f'<p id="counts">{view.articles} articles: <b id="n-events">{len(view.events)}</b> events, '
        f"{len(view.persons)} persons, {len(view.channels)} channel histories.</p>\n"
    )
    if view.failures:
        out.write(f'<p class="failures">{len(view.failures)} inputs could not be parsed: ')
        out.write(", ".join(escape(f.input) for f in view.failures[:20]))
        out.write("</p>\n")
    legend = "".join(
        f'<span><i style="background:{c}"></i>{escape(s)}</span>' for s, c in STATUS_COLOURS.items()
    )
    out.write(f'<p class="legend">{legend}</p>\n')
    _write_events(view.events, persons, scale, out)
    _write_channels(view.channels, scale, out)
    _write_persons(view.persons, out)
    out.write(f"<script>{_SCRIPT}</script>\n</body></html>\n")


def _pair(event: Event) -> str:
    return "–".join(event.parties) if event.parties else "(sides unknown)"


def _write_events(
    events: Iterable[Event], persons: dict[str, Person], scale: _Scale, out: TextIO
) -> None:
    by_pair: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_pair[_pair(event)].append(event)
    out.write("<h2>Events by pair of parties</h2>\n")
    out.write(
        '<p><input id="filter" type="search" placeholder="Filter events (name, place, year)">'
        ' <button id="expand" type="button">Open all</button>'
        ' showing <span id="shown">0</span></p>\n'
    )
    for pair in sorted(by_pair, key=lambda p: (-len(by_pair[p]), p)):
        group = by_pair[pair]
        out.write(f"<h3>{escape(pair)} <small>({len(group)} events)</small></h3>\n")
        out.write(_timeline(group, scale))
        for event in group:
            out.write(_event_html(event, persons))


_DATED_LANE = 34
"""Height of a timeline's lane of dated events, where the year axis is drawn."""

_DATED_Y = 14
"""The line of the dated events' dots, above the year labels."""

_UNDATED_LANE = 28
"""Height of the lane below it where events without a date line up."""

_UNDATED_LEFT = 70
"""Where the undated lane's dots begin, right of its label."""


def _timeline(events: list[Event], scale: _Scale) -> str:
    dated = [(event, day) for event in events if (day := _event_day(event)) is not None]
    undated = [event for event in events if event.date is None]
    parts = [scale.axis(_DATED_LANE)]
    parts += [_dot(event, scale.x(day), _DATED_Y) for event, day in dated]
    height = _DATED_LANE
    if undated:
        # An event without a date has no place on the axis; it is drawn all the
        # same, in a lane of its own, so the drawing shows every event.
        y = _DATED_LANE + _UNDATED_LANE // 2
        step = min(_UNDATED_LANE, (_WIDTH - _UNDATED_LEFT - 10) / len(undated))
        parts.append(
            f'<line x1="0" x2="{_WIDTH}" y1="{_DATED_LANE}" y2="{_DATED_LANE}" stroke="#e0e0e0"/>'
            f'<text x="6" y="{y + 4}" font-size="10" fill="#777">undated</text>'
        )
        parts += [
            _dot(event, _UNDATED_LEFT + step * (i + 0.5), y) for i, event in enumerate(undated)
        ]
        height += _UNDATED_LANE
    return (
        f'<svg width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}" role="img">'
        f"{''.join(parts)}</svg>\n"
    )


def _dot(event: Event, x: float, y: int) -> str:
    """An event on a timeline: coloured by status, as large as it has reports (up to a point)."""
    radius = min(12, 4 + 2 * len(event.reports))
    return (
        f'<circle cx="{x:.1f}" cy="{y}" r="{radius}" fill="{_colour(event.status)}" '
        f'fill-opacity="0.75" data-ref="{escape(event.id)}"><title>'
        f"{escape(event.label)} ({len(event.reports)} reports)</title></circle>"
    )


def _event_html(event: Event, persons: dict[str, Person]) -> str:
    people = [persons[p].name for p in event.participants if p in persons]
    people += list(event.other_participants)
    when = event.date.isoformat() if event.date is not None else "date unknown"
    where = event.location or "place unknown"
    parts = [
        f'<details class="event" id="{escape(event.id)}" data-event-id="{escape(event.id)}" '
        f'style="border-left-color:{_colour(event.status)}"><summary>',
        f"<b>{escape(when)}</b> {_badge(event.status)} {escape(event.kind)} in {escape(where)}",
        f" — {escape(', '.join(people)) if people else 'participants unknown'}",
        f" <small>({len(event.reports)} report{'s' if len(event.reports) != 1 else ''}",
        ", several occasions" if event.grouped else "",
        ")</small></summary>",
    ]
    if event.disagreements:
        shown = "; ".join(f"{d.field}: {d.value}" for d in event.disagreements)
        parts.append(f'<div class="dis">Reports disagree — {escape(shown)}</div>')
    parts.append('<ul class="reports">')
    for report in event.reports:
        facts: list[str] = [report.status]
        if report.date is not None:
            facts.append(report.date.isoformat())
        if report.location:
            facts.append(report.location)
        published = f", published {report.published}" if report.published else ""
        parts.append(
            f"<li><b>{escape(report.article)}</b> #{report.meeting}{escape(published)}: "
            f"{escape(' · '.join(facts))}"
            f'<span class="evidence">“{escape(report.evidence)}”</span></li>'
        )
    parts.append("</ul></details>\n")
    return "".join(parts)


def _write_channels(channels: Iterable[ChannelHistory], scale: _Scale, out: TextIO) -> None:
    histories = list(channels)
    out.write("<h2>Channel histories</h2>\n")
    if not histories:
        out.write("<p>No channels reported.</p>\n")
        return
    height = _ROW * len(histories) + 16
    rows = [scale.axis(height)]
    for row, history in enumerate(histories):
        y = row * _ROW + 2
        dated = [c for c in history.changes if c.date is not None]
        for i, change in enumerate(dated):
            assert change.date is not None
            start = scale.x(change.date.start())
            nxt = dated[i + 1].date if i + 1 < len(dated) else None
            end = scale.x(nxt.start()) if nxt is not None else _WIDTH - 10
            rows.append(
                f'<rect x="{start:.1f}" y="{y}" width="{max(3.0, end - start):.1f}" height="{_ROW - 6}" '
                f'fill="{_colour(change.status)}" fill-opacity="0.8"><title>'
                f"{escape(history.name)}: {escape(change.status)} from {change.date}"
                f" ({len(change.reports)} reports)</title></rect>"
            )
        label = f"{history.name} [{'–'.join(history.parties) or '?'}]"
        rows.append(f'<text x="12" y="{y + 12}" font-size="11" fill="#000">{escape(label)}</text>')
    out.write(
        f'<svg width="{_WIDTH}" height="{height}" viewBox="0 0 {_WIDTH} {height}" role="img">'
        f"{''.join(rows)}</svg>\n"
    )
    out.write("<table><tr><th>Channel</th><th>Parties</th><th>Changes</th><th>Reports</th></tr>\n")
    for history in histories:
        changes = ", ".join(
            f"{c.status} {c.date.isoformat() if c.date else '(undated)'}" for c in history.changes
        )
        out.write(
            f"<tr><td>{escape(history.name)}</td><td>{escape('–'.join(history.parties))}</td>"
            f"<td>{escape(changes) or '—'}</td><td>{len(history.reports)}</td></tr>\n"
        )
    out.write("</table>\n")


def _write_persons(persons: Iterable[Person], out: TextIO) -> None:
    out.write("<h2>Persons</h2>\n<table><tr><th>Name</th><th>Spellings</th><th>Country</th>")
    out.write("<th>Posts</th><th>Articles</th></tr>\n")
    for person in persons:
        posts = "; ".join(
            post.title + (f" ({post.first_reported})" if post.first_reported else "")
            for post in person.posts
        )
        out.write(
            f'<tr data-person-id="{escape(person.id)}"><td>{escape(person.name)}</td>'
            f"<td>{escape(', '.join(person.spellings))}</td><td>{escape(person.country or '')}</td>"
            f"<td>{escape(posts)}</td><td>{len(person.articles)}</td></tr>\n"
        )
    out.write("</table>\n")
