"""The corpus view: events, persons and channel histories across many parsed articles.

``parse`` reads one article; the corpus view folds many: twenty reports of
one summit become one :class:`Event`, "Kim Jong-un" and "Kim Jong Un" one
:class:`Person`, a hotline cut in June and restored in October one
:class:`ChannelHistory`.  ``docs/corpus.md`` describes the matching rules.

>>> from dprk_diplomacy import parse
>>> view = fold([("a1", parse("Kim Jong Un met Xi Jinping in Beijing on Sept. 4, 2025."))])
>>> view.events[0].label
'CHN-PRK summit, Beijing, 2025-09-04'
"""

from .fold import CorpusFold, build_view, fold
from .models import (
    ChannelHistory,
    ChannelReport,
    CorpusView,
    Disagreement,
    EnvoyMention,
    Event,
    EventReport,
    Failure,
    Person,
    Post,
    StatusChange,
)
from .records import ArticleRecords, ChannelRecord, EnvoyRecord, MeetingRecord

__all__ = [
    "ArticleRecords",
    "ChannelHistory",
    "ChannelRecord",
    "ChannelReport",
    "CorpusFold",
    "CorpusView",
    "Disagreement",
    "EnvoyMention",
    "EnvoyRecord",
    "Event",
    "EventReport",
    "Failure",
    "MeetingRecord",
    "Person",
    "Post",
    "StatusChange",
    "build_view",
    "fold",
]
