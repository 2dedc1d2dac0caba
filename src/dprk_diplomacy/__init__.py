"""dprk_diplomacy: typed records of diplomacy on the Korean Peninsula from news text.

>>> import dprk_diplomacy
>>> article = dprk_diplomacy.parse("Seoul, Nov 6 (IANS): The envoys met on Friday.")
>>> article.dateline
'Seoul'
"""

from ._version import __version__
from .batch import BatchError, BatchItem, iter_parse, parse_many
from .errors import (
    DiplomacyError,
    ExtractionWarning,
    GazetteerError,
    InputTooLargeError,
    InputTypeError,
    InvalidDateError,
)
from .models import (
    Article,
    Channel,
    ChannelStatus,
    CountryCode,
    Envoy,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Span,
)
from .partial_date import PartialDate
from .pipeline import Document, Extractor, Parser, parse

__all__ = [
    "Article",
    "BatchError",
    "BatchItem",
    "Channel",
    "ChannelStatus",
    "CountryCode",
    "DiplomacyError",
    "Document",
    "Envoy",
    "ExtractionWarning",
    "Extractor",
    "GazetteerError",
    "InputTooLargeError",
    "InputTypeError",
    "InvalidDateError",
    "Meeting",
    "MeetingKind",
    "MeetingStatus",
    "Parser",
    "PartialDate",
    "Span",
    "__version__",
    "iter_parse",
    "parse",
    "parse_many",
]
