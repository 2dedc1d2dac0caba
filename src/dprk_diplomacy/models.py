"""The records a parse produces: immutable Pydantic v2 models.

Every record carries its evidence as :class:`Span` objects, character offsets
into the text given to ``parse``, so that ``text[span.start:span.end] ==
span.text`` and a reader can check each record against its source.
JSON field names are part of the public contract.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .partial_date import PartialDate

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
"""An ISO 3166-1 alpha-3 country code such as ``"PRK"``."""

NonEmptyStr = Annotated[str, StringConstraints(min_length=1)]

MeetingStatus = Literal["held", "planned", "proposed", "cancelled"]
"""Whether a meeting happened, is scheduled, is only offered or was called off."""

MeetingKind = Literal["talks", "summit", "call"]
"""A summit is between heads of state or government; a call is by phone or video."""

ChannelStatus = Literal["open", "restored", "severed", "proposed"]
"""The state of a standing channel of contact as the text reports it."""


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(_Record):
    """A stretch of the input text: ``text == source[start:end]``."""

    start: int = Field(ge=0, description="Offset of the first character in the input.")
    end: int = Field(ge=0, description="Offset one past the last character.")
    text: str = Field(description="The characters between start and end.")

    @model_validator(mode="after")
    def _check_length(self) -> Span:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError("span end - start must equal len(text)")
        return self

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        """The span of ``source[start:end]``."""
        return cls(start=start, end=end, text=source[start:end])


class Envoy(_Record):
    """A named person acting for a government or an international organisation."""

    name: NonEmptyStr = Field(description="Fullest form of the name in the text, no titles.")
    aliases: tuple[str, ...] = Field(
        default=(), description="Other forms the text uses for the person, such as the surname."
    )
    country: CountryCode | None = Field(
        default=None, description="ISO alpha-3 code of the state represented; null for IOs."
    )
    title: str | None = Field(default=None, description="The post as the text states it.")
    mentions: tuple[Span, ...] = Field(default=(), description="Each mention in the text.")


class Meeting(_Record):
    """One occasion on which two or more parties meet or talk."""

    participants: tuple[str, ...] = Field(
        default=(), description="Names of the envoys taking part, as in Article.envoys."
    )
    parties: tuple[CountryCode, ...] = Field(
        default=(), description="ISO alpha-3 codes of the sides, sorted."
    )
    location: str | None = Field(default=None, description="City or place as named.")
    date: PartialDate | None = Field(default=None, description="Day, month or year.")
    date_text: str | None = Field(default=None, description="The phrase the date came from.")
    status: MeetingStatus
    kind: MeetingKind
    evidence: Span = Field(description="The sentence that reports the meeting.")


class Channel(_Record):
    """A standing means of contact between governments."""

    name: NonEmptyStr = Field(description="Its name as in the text, short.")
    parties: tuple[CountryCode, ...] = Field(default=(), description="Codes it links, sorted.")
    status: ChannelStatus | None = Field(default=None, description="Its state, if said.")
    date: PartialDate | None = Field(default=None, description="When that state began.")
    evidence: Span = Field(description="The sentence that reports the channel.")


class Article(_Record):
    """One parsed news article: its metadata, clean body and diplomacy records."""

    title: str | None = Field(default=None, description="The headline, if the text has one.")
    source: str | None = Field(default=None, description="The credited news organisation.")
    published: dt.date | None = Field(default=None, description="Publication date.")
    dateline: str | None = Field(default=None, description="Place of the dateline.")
    body: str = Field(default="", description="The story's own text without page chrome.")
    envoys: tuple[Envoy, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    channels: tuple[Channel, ...] = ()
