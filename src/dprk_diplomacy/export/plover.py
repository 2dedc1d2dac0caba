"""Meetings as PLOVER-style events.

PLOVER (Political Language Ontology for Verifiable Event Records) codes an
event as who did what to whom, when and where.  A meeting maps onto it as
follows (``docs/plover.md`` gives the reasoning):

- ``event_type``: ``CONSULT`` for a held meeting, ``AGREE`` for a planned or
  proposed one (PLOVER codes an agreement to meet in future as AGREE).  A
  cancelled meeting is skipped by default, because the record does not say
  which side called it off; ``cancelled="reject"`` codes it as ``REJECT``.
- ``mode``: ``phone`` for calls, ``multilateral`` for three or more parties,
  ``visit`` when the place lies in one party's territory (the visitors are the
  actor, the host the recipient), ``third-party`` when it lies in a state
  that is not a party, else null.
- ``actor`` / ``recipient``: country codes followed by the names of the
  participants of that side.

>>> from dprk_diplomacy.models import Meeting, Span
>>> meeting = Meeting(parties=("KOR", "USA"), location="Washington", status="held",
...                   kind="talks", evidence=Span.of("They met.", 0, 9))
>>> event = meeting_event(meeting, None, "a1", place_country={"Washington": "USA"}.get)
>>> (event.event_type, event.mode, event.actor, event.recipient)
('CONSULT', 'visit', ('KOR',), ('USA',))
"""

from __future__ import annotations

import hashlib
import importlib
import json
from collections.abc import Callable, Iterable
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models import Article, CountryCode, Envoy, Meeting, MeetingKind, MeetingStatus

PloverEventType = Literal["CONSULT", "AGREE", "REJECT"]
"""The PLOVER event types a meeting can become."""

PloverMode = Literal["phone", "visit", "third-party", "multilateral"]
"""How the parties met, in PLOVER's terms."""

CancelledPolicy = Literal["skip", "reject"]
"""What to do with a cancelled meeting: leave it out, or code it as REJECT."""

PlaceCountry = Callable[[str], "str | None"]
"""Maps a place name to the ISO alpha-3 code of its country, or None."""

_EVENT_TYPES: dict[MeetingStatus, PloverEventType] = {
    "held": "CONSULT",
    "planned": "AGREE",
    "proposed": "AGREE",
    "cancelled": "REJECT",
}


class PloverEvent(BaseModel):
    """One meeting coded as a PLOVER event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    event_id: str = Field(description="Deterministic hash of the article id and the meeting.")
    article_id: str = Field(description="The caller's id of the article the event comes from.")
    event_type: PloverEventType
    mode: PloverMode | None = Field(default=None, description="How the parties met, if known.")
    actor: tuple[str, ...] = Field(
        default=(), description="The acting side: country codes, then participant names."
    )
    recipient: tuple[str, ...] = Field(
        default=(), description="The other sides: country codes, then participant names."
    )
    date: str | None = Field(default=None, description="ISO date of the meeting's precision.")
    location: str | None = Field(default=None, description="Place of the meeting as named.")
    location_country: CountryCode | None = Field(
        default=None, description="Country of the location, from the gazetteer."
    )
    status: MeetingStatus
    kind: MeetingKind
    source_sentence: str = Field(description="The sentence that reports the meeting.")
    source: str | None = Field(default=None, description="The article's credited news source.")
    published: str | None = Field(default=None, description="The article's publication date.")


@cache
def _gazetteer_place_country() -> PlaceCountry | None:
    # The gazetteer module is optional at export time: without it, modes that
    # need a place's country stay null instead of failing the export.
    try:
        module = importlib.import_module("dprk_diplomacy.gazetteer")
    except ImportError:
        return None
    try:
        gazetteer = module.Gazetteer.default()
    except Exception:  # a broken gazetteer file must not break the export
        return None

    def place_country(name: str) -> str | None:
        entry = gazetteer.place(name)
        country = getattr(entry, "country", None) if entry is not None else None
        return country if isinstance(country, str) else None

    return place_country


def _mode(meeting: Meeting, location_country: str | None) -> PloverMode | None:
    """How the parties met.

    >>> from dprk_diplomacy.models import Span
    >>> call = Meeting(parties=("KOR", "USA"), status="held", kind="call",
    ...                evidence=Span.of("x", 0, 1))
    >>> _mode(call, None)
    'phone'
    """
    if meeting.kind == "call":
        return "phone"
    if len(meeting.parties) >= 3:
        return "multilateral"
    if location_country is None or not meeting.parties:
        return None
    return "visit" if location_country in meeting.parties else "third-party"


def _envoy_countries(envoys: Iterable[Envoy]) -> dict[str, str]:
    """Each envoy name and alias, folded, mapped to the envoy's country."""
    countries: dict[str, str] = {}
    for envoy in envoys:
        if envoy.country is None:
            continue
        for name in (envoy.name, *envoy.aliases):
            countries.setdefault(_fold(name), envoy.country)
    return countries


def _fold(name: str) -> str:
    """The form names are compared in: ``_fold("Kim Jong-un") == _fold("kim jong un")``."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def _sides(
    meeting: Meeting, envoys: Iterable[Envoy], host: str | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Split parties and participants into the actor side and the recipient side.

    The actor is the first party in alphabetical order, except in a visit,
    where the host is the recipient.  A participant whose country is unknown
    goes with the recipients, or is the actor when no party is known.
    """
    parties = list(meeting.parties)
    if host is not None and host in parties and len(parties) == 2:
        parties.remove(host)
        parties.append(host)
    countries = _envoy_countries(envoys)
    if not parties:
        names = meeting.participants
        return tuple(names[:1]), tuple(names[1:])
    actor_party = parties[0]
    actor_names = [p for p in meeting.participants if countries.get(_fold(p)) == actor_party]
    recipient_names = [p for p in meeting.participants if p not in actor_names]
    return (actor_party, *actor_names), (*parties[1:], *recipient_names)


def _event_id(article_id: str, meeting: Meeting) -> str:
    """A stable id from the article id and what identifies the meeting in it."""
    key = json.dumps(
        [
            article_id,
            meeting.evidence.start,
            meeting.evidence.end,
            list(meeting.parties),
            list(meeting.participants),
            meeting.location,
            meeting.date.isoformat() if meeting.date else None,
            meeting.status,
            meeting.kind,
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def meeting_event(
    meeting: Meeting,
    article: Article | None,
    article_id: str,
    *,
    cancelled: CancelledPolicy = "skip",
    place_country: PlaceCountry | None = None,
) -> PloverEvent | None:
    """The PLOVER event of one meeting, or None for a cancelled meeting under ``"skip"``.

    ``article`` supplies the envoys' countries (to put each participant on
    their side) and the source and publication date; it may be None.
    ``place_country`` maps a place to its country; by default the package
    gazetteer, and without one the visit and third-party modes stay null.
    """
    if meeting.status == "cancelled" and cancelled == "skip":
        return None
    resolve = place_country if place_country is not None else _gazetteer_place_country()
    location_country = resolve(meeting.location) if resolve and meeting.location else None
    mode = _mode(meeting, location_country)
    host = location_country if mode == "visit" else None
    actor, recipient = _sides(meeting, article.envoys if article else (), host)
    return PloverEvent(
        event_id=_event_id(article_id, meeting),
        article_id=article_id,
        event_type=_EVENT_TYPES[meeting.status],
        mode=mode,
        actor=actor,
        recipient=recipient,
        date=meeting.date.isoformat() if meeting.date else None,
        location=meeting.location,
        location_country=location_country,
        status=meeting.status,
        kind=meeting.kind,
        source_sentence=meeting.evidence.text,
        source=article.source if article else None,
        published=article.published.isoformat() if article and article.published else None,
    )


def article_events(
    article: Article,
    article_id: str,
    *,
    cancelled: CancelledPolicy = "skip",
    place_country: PlaceCountry | None = None,
) -> list[PloverEvent]:
    """The PLOVER events of every meeting in ``article``, in the article's order."""
    events = (
        meeting_event(
            meeting, article, article_id, cancelled=cancelled, place_country=place_country
        )
        for meeting in article.meetings
    )
    return [event for event in events if event is not None]


__all__ = [
    "CancelledPolicy",
    "PlaceCountry",
    "PloverEvent",
    "PloverEventType",
    "PloverMode",
    "article_events",
    "meeting_event",
]
