"""The corpus view's records: immutable Pydantic v2 models.

A :class:`CorpusView` holds events, persons and channel histories across
articles.  Every record names the reports behind it by ``article`` (the id
the article was folded under, the id ``dprk-diplomacy parse`` gives it) and
the 0-based index of the meeting, envoy or channel in that article's parse,
so a reader can always go back to the evidence.  JSON field names are part
of the public contract (``dprk-diplomacy schema --corpus`` prints them).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticUndefined

from ..models import ChannelStatus, CountryCode, MeetingKind, MeetingStatus
from ..partial_date import PartialDate


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EventReport(_Record):
    """One meeting record of one article, as it reports the event."""

    article: str = Field(description="The id of the article the record comes from.")
    meeting: int = Field(ge=0, description="0-based index of the meeting in the article's parse.")
    published: dt.date | None = Field(default=None, description="The article's publication date.")
    status: MeetingStatus = Field(description="The status this report gives.")
    date: PartialDate | None = Field(default=None, description="The date this report gives.")
    location: str | None = Field(default=None, description="The place this report names.")
    evidence: str = Field(default="", description="The sentence that reports the meeting.")


class Disagreement(_Record):
    """A field on which the reports of one event differ beyond refinement."""

    field: str = Field(description="'date', 'location' or 'kind'.")
    value: str = Field(description="The value these reports give.")
    reports: tuple[int, ...] = Field(description="Indexes into the event's reports.")


class Event(_Record):
    """One real occasion, with every report of it and the fields they agree on."""

    id: str = Field(description="Stable id within this view: 'E' and a number.")
    label: str = Field(description="A short readable summary: sides, place and date.")
    parties: tuple[CountryCode, ...] = Field(default=(), description="The sides, sorted.")
    participants: tuple[str, ...] = Field(
        default=(), description="Ids of the persons taking part (see CorpusView.persons)."
    )
    other_participants: tuple[str, ...] = Field(
        default=(), description="Participant names no envoy record of the article stands for."
    )
    location: str | None = Field(default=None, description="The most specific place reported.")
    date: PartialDate | None = Field(
        default=None, description="The finest date that all dated reports agree on."
    )
    status: MeetingStatus = Field(description="The status of the latest report (publication date).")
    kind: MeetingKind = Field(description="talks, summit or call: the kind most reports give.")
    grouped: bool = Field(
        default=False, description="True when the record groups several occasions ('met 3 times')."
    )
    reports: tuple[EventReport, ...] = Field(description="Every report of the event.")
    disagreements: tuple[Disagreement, ...] = Field(
        default=(), description="Values that some reports give and others contradict."
    )


class EnvoyMention(_Record):
    """One envoy record of one article that stands for a person."""

    article: str = Field(description="The id of the article the record comes from.")
    envoy: int = Field(ge=0, description="0-based index of the envoy in the article's parse.")
    name: str = Field(description="The name as that article gives it.")


class Post(_Record):
    """A post a person was reported to hold, with when it was reported."""

    title: str = Field(description="The post as an article states it.")
    first_reported: dt.date | None = Field(default=None, description="Earliest publication date.")
    last_reported: dt.date | None = Field(default=None, description="Latest publication date.")
    articles: tuple[str, ...] = Field(default=(), description="Articles that give this post.")


class Person(_Record):
    """One human being across articles, whatever the spelling."""

    id: str = Field(description="Stable id within this view: 'P' and a number.")
    name: str = Field(description="The fullest, most frequent spelling.")
    spellings: tuple[str, ...] = Field(default=(), description="Every spelling seen, sorted.")
    country: CountryCode | None = Field(default=None, description="The state represented.")
    posts: tuple[Post, ...] = Field(default=(), description="Posts reported, earliest first.")
    articles: tuple[str, ...] = Field(default=(), description="Articles that name the person.")
    mentions: tuple[EnvoyMention, ...] = Field(description="Every envoy record of the person.")


class ChannelReport(_Record):
    """One channel record of one article."""

    article: str = Field(description="The id of the article the record comes from.")
    channel: int = Field(ge=0, description="0-based index of the channel in the article's parse.")
    name: str = Field(description="The channel's name in that article.")
    published: dt.date | None = Field(default=None, description="The article's publication date.")
    evidence: str = Field(default="", description="The sentence that reports the channel.")


class StatusChange(_Record):
    """A status of a channel, from a date, with the reports behind it."""

    status: ChannelStatus = Field(description="open, restored, severed or proposed.")
    date: PartialDate | None = Field(
        default=None, description="When the status began, else when it was reported."
    )
    reports: tuple[ChannelReport, ...] = Field(description="The reports that give it.")


class ChannelHistory(_Record):
    """One standing means of contact between the same parties, and how it changed."""

    id: str = Field(description="Stable id within this view: 'C' and a number.")
    name: str = Field(description="The name most reports use.")
    names: tuple[str, ...] = Field(default=(), description="Every name seen, sorted.")
    family: str = Field(description="The kind of channel: 'lines', 'new-york', ...")
    parties: tuple[CountryCode, ...] = Field(default=(), description="The states it links.")
    status: ChannelStatus | None = Field(default=None, description="The latest status.")
    changes: tuple[StatusChange, ...] = Field(
        default=(), description="Status changes in date order."
    )
    reports: tuple[ChannelReport, ...] = Field(description="Every report of the channel.")


class Failure(_Record):
    """An input that could not be parsed, so is not in the view."""

    input: str = Field(description="Where it came from: a path or path:line.")
    error_type: str | None = Field(default=None, description="The class name of the error.")
    message: str | None = Field(default=None, description="Why it failed.")


class CorpusView(_Record):
    """Events, persons and channel histories folded from many parsed articles."""

    articles: int = Field(default=0, ge=0, description="How many articles were folded.")
    events: tuple[Event, ...] = ()
    persons: tuple[Person, ...] = ()
    channels: tuple[ChannelHistory, ...] = ()
    failures: tuple[Failure, ...] = Field(
        default=(), description="Inputs that could not be parsed (command line only)."
    )


_M = TypeVar("_M", bound=BaseModel)


@cache
def _defaults(cls: type[BaseModel]) -> tuple[dict[str, Any], set[str]]:
    defaults = {
        name: field.default
        for name, field in cls.model_fields.items()
        if field.default is not PydanticUndefined
    }
    return defaults, set(cls.model_fields)


def trusted(cls: type[_M], **values: Any) -> _M:
    """A model instance from values the fold made itself, skipping validation.

    Three times faster than ``model_construct`` (which matters for a million
    reports); the values must already have the field types.  The instance
    equals a validated one.

    >>> trusted(Failure, input="x.txt") == Failure(input="x.txt")
    True
    """
    defaults, names = _defaults(cls)
    data = {**defaults, **values}
    instance = cls.__new__(cls)
    object.__setattr__(instance, "__dict__", data)
    # Every field counts as set (as after validation); frozen models never change the set.
    object.__setattr__(instance, "__pydantic_fields_set__", names)
    object.__setattr__(instance, "__pydantic_extra__", None)
    object.__setattr__(instance, "__pydantic_private__", None)
    return instance


__all__ = [
    "ChannelHistory",
    "ChannelReport",
    "CorpusView",
    "Disagreement",
    "EnvoyMention",
    "Event",
    "EventReport",
    "Failure",
    "Person",
    "Post",
    "StatusChange",
    "trusted",
]
