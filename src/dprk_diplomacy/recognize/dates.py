"""Time expressions and their resolution against the publication date.

A news story dates events relative to the day it is published: "on
Wednesday", "last month", "later this week", "in February".  Each expression
found is kept with what it fixes (year, month, day, weekday, or an offset in
weeks/months/years) and resolved later, when the tense of the clause tells
whether a bare weekday or month points back (reported events) or forward
(planned ones).  The result never claims more precision than the text gives:
"last week" resolves to a month, "in 2018" to a year.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, NamedTuple

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from dateutil.relativedelta import weekday as Weekday

from ..partial_date import PartialDate
from .trie import holds_any

Direction = Literal["past", "future"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, Weekday] = {
    "mon": MO, "tue": TU, "wed": WE, "thu": TH, "fri": FR, "sat": SA, "sun": SU,
}  # fmt: skip

_MONTH_NAMES = (  # those with the same initial side by side, in their order of trial
    r"Jan(?:uary|\.)?|June?|July?|Ju[nl]\.|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|May"
    r"|Apr(?:il|\.)?|Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?"
)
_DAY_NUMBER = r"[12][0-9]|3[01]|0[1-9]|[1-9]"
_YEAR_NUMBER = r"19[4-9][0-9]|20[0-9][0-9]"
_WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_RELATIVE = r"[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming"
_RELATIVE_PHRASE = rf"[Ee]arlier\s(?:{_RELATIVE})|[Ll]ater\s(?:{_RELATIVE})|{_RELATIVE}"
_DEICTIC = r"[Yy]esterday|[Tt]oday|[Tt]omorrow"

_MONTH = rf"(?:{_MONTH_NAMES})"
_DAY = rf"(?:{_DAY_NUMBER})(?:st|nd|rd|th)?"
_YEAR = rf"(?:{_YEAR_NUMBER})"

# The time expressions as written for reading; _DATE below finds exactly the same.
_DATE_AS_READ = rf"""
    (?:(?<![\w-])|(?<=mid-))   # not inside a word, but "mid-June"
    (?:
        # "July 27", "Feb. 27-28", "June 30, 2019", "May 21 (local time)"
        (?P<md_month>{_MONTH})\s(?P<md_day>{_DAY})(?:\s?[-–]\s?{_DAY})?(?![\d:])
            (?:,?\s(?P<md_year>{_YEAR})|\s(?P<md_rel>last|this|next)\syear)?  # "June 12 last year"
      | # "27 July 2019", "9 Jan", "the 11th of June" ("of" only after an ordinal's suffix)
        (?P<dm_day>{_DAY})(?:(?<=[htd])\sof)?\s(?P<dm_month>{_MONTH})(?:,?\s(?P<dm_year>{_YEAR}))?
      | # "February 2019", "in February", "in June last year", "in May next year", "since April"
        (?:(?<=in\s)|(?<=since\s)|(?<=until\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)|(?<=by\s)
           |(?<=of\s)|(?<=from\s)|(?<=In\s)|(?<=Since\s)|(?=\S{{1,12}}\s{_YEAR})
           |(?<=and\s))
        # ... "June of last year", "May of 2018"
        (?P<my_month>{_MONTH})(?:\sof)?(?:\s(?P<my_year>{_YEAR})|(?P<my_last>\slast\syear)|(?P<my_this>\sthis\syear)|(?P<my_next>\snext\syear)|(?P<my_that>\s(?:that|the\ssame)\syear))?
      | # "last week", "later this month", "next year", "earlier this week", "last weekend"
        (?P<rel>(?:{_RELATIVE_PHRASE})\s(?P<rel_unit>week(?:end)?|month|year))(?!\w)
            (?!\sof\s)  # "the last week of April" is April's
      | # "Wednesday", "Wednesday's", "Tuesday evening"
        (?P<weekday>{_WEEKDAY_NAMES})
      | # "yesterday", "today", "tomorrow"
        (?P<deictic>{_DEICTIC})
      | # a bare year: "in 2018", "the 2018 summit"; not a numbered resolution or item
        (?<!esolution\s)(?<!esolutions\s)(?<!No\.\s)(?P<year>{_YEAR})(?![\d:])
    )
    (?![\w])
"""


def _after_first(alternatives: str) -> str:
    """``Jan|June|[Yy]es`` as ``(?<=[JYy])(?:(?<=J)(?:an|une)|(?<=[Yy])es)``.

    Each alternative is read from its second character on: every one opens
    with one plain character or character class, which the caller's pattern
    has already matched.  Neighbours that open alike share one look-behind,
    and one look-behind for them all rejects any other first character at once.

    >>> _after_first("Jan(?:uary)?|June|[Mm]ay")
    '(?<=[JMm])(?:(?<=J)(?:an(?:uary)?|une)|(?<=[Mm])(?:ay))'
    """
    groups: list[tuple[str, list[str]]] = []  # (first character, the rests), in order
    depth, start, index = 0, 0, 0
    while index <= len(alternatives):
        char = alternatives[index] if index < len(alternatives) else "|"
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = alternatives.index("]", index + 1) + 1
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            branch = alternatives[start:index]
            cut = 1 if branch[0] != "[" else branch.index("]") + 1
            if groups and groups[-1][0] == branch[:cut]:
                groups[-1][1].append(branch[cut:])
            else:
                groups.append((branch[:cut], [branch[cut:]]))
            start = index + 1
        index += 1
    firsts = "".join(first.strip("[]") if first.startswith("[") else first for first, _ in groups)
    body = "|".join(f"(?<={first})(?:{'|'.join(rests)})" for first, rests in groups)
    return f"(?<=[{firsts}])(?:{body})"


# _DATE_AS_READ opens with a look-behind, which makes the regex engine try a match at
# every character.  Here the first character of every kind of expression comes first,
# so the engine skips to the few characters that can open one; each kind then reads on
# from the second character (what was "(?<=in\s)" before the first is "(?<=in\s.)" after).
_DATE = re.compile(
    rf"""
    [0-9JFMASONDELTNPCWYelntpcy]    # the first character of a month, day, year or word
    (?<!\w[\s\S])(?:(?<!-[\s\S])|(?<=mid-[\s\S]))  # not inside a word, but "mid-June"
    (?:(?<=[0-9])                   # a day or year; after a letter, the second and third
      |(?=a[nrsty]|u[nlge]|e[bpcdsx]|pr|ct|o[vnmd]|h[ui]|ri))  # letters of a month, weekday,
                                    # relative or deictic word ("Jan", "Tue", "last", "today"):
                                    # "The", "North", "talks" are turned away at once
    (?:
        (?P<md_month>{_after_first(_MONTH_NAMES)})\s(?P<md_day>{_DAY})(?:\s?[-–]\s?{_DAY})?(?![\d:])
            (?:,?\s(?P<md_year>{_YEAR})|\s(?P<md_rel>last|this|next)\syear)?  # "June 12 last year"
      |
        (?P<dm_day>{_after_first(_DAY_NUMBER)}(?:st|nd|rd|th)?)(?:(?<=[htd])\sof)?\s(?P<dm_month>{_MONTH})
            (?:,?\s(?P<dm_year>{_YEAR}))?
      |
        (?<=[JFMASOND])             # a month's initial, before the words that may precede it
        (?:(?<=in\s[\s\S])|(?<=since\s[\s\S])|(?<=until\s[\s\S])|(?<=early\s[\s\S])
           |(?<=late\s[\s\S])|(?<=mid-[\s\S])|(?<=by\s[\s\S])|(?<=of\s[\s\S])|(?<=from\s[\s\S])
           |(?<=In\s[\s\S])|(?<=Since\s[\s\S])|(?<=\S)(?=\S{{0,11}}\s{_YEAR})
           |(?<=and\s[\s\S]))         # "in March and May": the second of two months
        (?P<my_month>{_after_first(_MONTH_NAMES)})
            (?:\sof)?(?:\s(?P<my_year>{_YEAR})|(?P<my_last>\slast\syear)|(?P<my_this>\sthis\syear)|(?P<my_next>\snext\syear)|(?P<my_that>\s(?:that|the\ssame)\syear))?
      |
        (?P<rel>{_after_first(_RELATIVE_PHRASE)}\s(?P<rel_unit>week(?:end)?|month|year))(?!\w)
            (?!\sof\s)
      |
        (?P<weekday>{_after_first(_WEEKDAY_NAMES)})
      |
        (?P<deictic>{_after_first(_DEICTIC)})
      |
        (?<!esolution\s[\s\S])(?<!esolutions\s[\s\S])(?<!No\.\s[\s\S])
        (?P<year>{_after_first(_YEAR_NUMBER)})(?![\d:])
    )
    (?![\w])
    """,
    re.VERBOSE,
)
"""Like _DATE_AS_READ, except that the groups named for the expression's first part
(md_month, dm_day, my_month, rel, weekday, deictic, year) start at its second character:
:func:`_mention` reads them from the start of the match."""


class DateMention(NamedTuple):
    """A time expression at ``start:end`` and what it fixes before resolution."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    unit: str | None = None  # "day", "week", "weekend", "month" or "year" when relative
    offset: int = 0
    year_offset: int | None = None  # "in June last year": month known, year relative
    strict: Direction | None = (
        None  # "last Thursday": strictly before the anchor, whatever the tense
    )
    that_year: bool = False  # "in June that year": the year last written before it
    after_told_year: bool = False  # "the following August": the year after the last written

    @property
    def absolute(self) -> bool:
        """True when the expression fixes its own year."""
        return self.year is not None

    def resolve(self, anchor: dt.date | None, direction: Direction = "past") -> PartialDate | None:
        """The date meant, against the publication date ``anchor``.

        >>> m = find_dates("They met on Wednesday.")[0]
        >>> m.resolve(dt.date(2021, 8, 5))
        PartialDate('2021-08-04')
        >>> find_dates("the summit last week")[0].resolve(dt.date(2015, 2, 2))
        PartialDate('2015-01')
        """
        try:
            return self._resolve(anchor, direction)
        except (ValueError, OverflowError):
            return None

    def _resolve(self, anchor: dt.date | None, direction: Direction) -> PartialDate | None:
        if self.year is not None:
            return PartialDate(self.year, self.month, self.day if self.month else None)
        if anchor is None:
            return None
        if self.weekday is not None:
            wd = _WEEKDAYS[self.weekday[:3].lower()]
            if self.strict is not None:  # "last Thursday": counted from the day before
                direction = self.strict
                anchor += dt.timedelta(days=-1 if direction == "past" else 1)
            step = wd(-1) if direction == "past" else wd(+1)
            return PartialDate.from_date(anchor + relativedelta(weekday=step))
        if self.day is not None and self.month is None:
            # "on the 11th": this month's, or the month before or after that the tense points to
            month = dt.date(anchor.year, anchor.month, 1)
            if direction == "past" and self.day > anchor.day:
                month -= relativedelta(months=1)
            elif direction == "future" and self.day < anchor.day:
                month += relativedelta(months=1)
            return PartialDate(month.year, month.month, self.day)
        if self.unit == "day":
            return PartialDate.from_date(anchor + dt.timedelta(days=self.offset))
        if self.unit == "season":  # "last summer": its year, the season's three months over
            if self.strict == "past":
                return PartialDate(anchor.year - int(anchor.month <= (self.month or 0) + 2))
            if self.strict == "future":
                return PartialDate(anchor.year + int(anchor.month >= (self.month or 0)))
            return PartialDate(anchor.year)
        if self.unit == "weekend":  # "over the weekend": its Saturday's month
            saturday = anchor + relativedelta(weekday=SA(-1) if direction == "past" else SA(+1))
            return PartialDate(saturday.year, saturday.month)
        if self.unit == "week":
            moved = anchor + dt.timedelta(weeks=self.offset)
            return PartialDate(moved.year, moved.month)
        if self.unit == "month":
            moved = anchor + relativedelta(months=self.offset)
            return PartialDate(moved.year, moved.month)
        if self.unit == "year":
            return PartialDate(anchor.year + self.offset)
        if self.month is not None:
            if self.year_offset is not None:
                return PartialDate(anchor.year + self.year_offset, self.month, self.day)
            year = anchor.year
            if self.strict == "past":  # "last June": the nearest June before this month
                later = (self.month, self.day or 32) >= (anchor.month, anchor.day)
                return PartialDate(year - int(later), self.month, self.day)
            if self.strict == "future":  # "next March", "next March 3"
                earlier = (self.month, self.day or 0) <= (anchor.month, anchor.day)
                return PartialDate(year + int(earlier), self.month, self.day)
            if direction == "past" and (self.month, self.day or 1) > (anchor.month, anchor.day):
                year -= 1
            elif direction == "future" and (self.month, self.day or 31) < (
                anchor.month,
                anchor.day,
            ):
                year += 1
            return PartialDate(year, self.month, self.day)
        return None


# "last Thursday", "next Tuesday", "last June 30": the weekday or day before or after the day
# of publication.
_WEEKDAY_SHIFT = re.compile(r"(?<![\w-])([Ll]ast|[Nn]ext)\s$")

# "two days ago", "three weeks ago": counted back from the day of publication.
_AGO = re.compile(
    r"""
    (?<![\w-])
    (?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)  # how many
    \s(?P<unit>day|week|fortnight|month|year|decade)s?                  # of what
    \sago(?![\w-])
    """,
    re.VERBOSE | re.IGNORECASE,
)
# "in two weeks", "within three days": counted on from the day of publication.
_IN_COUNT = re.compile(
    r"""
    [IiWw](?<![\w-][IiWw])          # the first letter first, so the engine skips to it
    (?:(?<=[Ii])n|(?<=[Ww])ithin)\s                                           # "in", "within"
    (?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)  # how many
    \s(?P<unit>day|week|fortnight|month|year)s?  # of what ("in a decade": a span)
    (?:['’]\stime)?(?![\w-])                     # "in two weeks' time"
    (?!\s(?:of|since|after|before)\b)(?!['’])   # a span of something: "in two days of talks"
    """,
    re.VERBOSE,
)
# "the first talks in three years", "their second meeting in a month", "for the first time
# in two years", "the biggest drill in a decade": an ordinal or superlative makes it a span.
_SPAN_BEFORE = re.compile(
    r"""
    \b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)
       |time|times|ever|only|one|last)\b   # ordinals, "three times in two years", "only"
    |\b(?:no|not|never)\b|n['’]t\b         # "no talks have been held in two years"
    |\w(?:est|most)\b                     # superlatives
    """,
    re.VERBOSE | re.IGNORECASE,
)

_UNIT_MULTIPLES = {"fortnight": ("week", 2), "decade": ("year", 10)}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

# "on the 11th": a day of a month left unnamed, as Korean outlets write it.
_DAY_OF_MONTH = re.compile(
    r"""
    (?<=\bon\sthe\s)                      # "on the"
    (?P<day>[12][0-9]|3[01]|[1-9])(?:st|nd|rd|th)(?![\w-])
    (?!\s(?:of\s)?[A-Z])                   # not "the 11th of June", "the 11th Party Congress"
    (?!\s(?:day|round|anniversary|floor|time|session|straight|consecutive|century|plenary)\b)
    """,
    re.VERBOSE,
)

# "their April summit", "the June talks": a month named as the occasion's attribute.
# "the following August": a month counted from the year the story last told (the meeting
# stage reads that year; the month alone is all this finds)
_FOLLOWING_MONTH = re.compile(rf"\b[Tt]he\sfollowing\s(?P<month>{_MONTH_NAMES})\b")
_MONTH_OF_OCCASION = re.compile(
    rf"""
    \b(?:the|their|its|his|her)\s      # a determiner
    (?:[a-z]{{3,15}}\s)?                # an adjective: "their epochal June summit"
    (?P<month>{_MONTH_NAMES})           # the month, with no year (that one _DATE reads)
    (?=\s(?:[\w-]+\s)?(?:summit|talks|meeting|visit|round|trip)s?\b)  # "April (Panmunjom) summit"
    """,
    re.VERBOSE,
)
_OCCASION_WORDS = ("summit", "talks", "meeting", "visit", "round", "trip")

# "last June", "next March", "this April": a month named with a relative word, the
# nearest such month before or after the day of publication ("this": the same year).
# "last June 30" is left to _DATE, which reads the day.
_RELATIVE_MONTH = re.compile(
    rf"""
    [JFMASOND]                   # a month's initial first, so the engine skips to the few
    (?:(?<=\b[Ll]ast\s[JFMASOND])|(?<=\b[Nn]ext\s[JFMASOND])|(?<=\b[Tt]his\s[JFMASOND]))
                                 # ... preceded by the relative word
    (?P<month>{_after_first(_MONTH_NAMES)})  # the month, from its second letter
    (?![\w-])(?!\.?\s(?:{_DAY_NUMBER})\b)   # not a day of it: "last June 30"
    (?!(?<=May)\s[A-Z][a-z])                 # not a modal in a title: "This May Be the Last"
    """,
    re.VERBOSE,
)
# "last summer", "this fall", "next spring": the year of the nearest such season
# (winter, which spans two years, is left out).
_RELATIVE_SEASON = re.compile(
    r"""
    (?<![\w-])
    (?P<word>[Ll]ast|[Nn]ext|[Tt]his)\s       # the relative word
    (?P<season>spring|summer|autumn|fall)     # the season
    (?![\w-])(?!\s(?:in|of)\b)               # not a noun: "this fall in exports"
    """,
    re.VERBOSE,
)
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}

# "by the end of the year", "at the beginning of the month", "by year-end": the current
# year, month or week ("the end of this year", "end of March" are read by _DATE).  The
# pattern opens with its key words, so the engine skips to them; the word before "of"
# is checked behind it.
_PART_OF_PERIOD = re.compile(
    r"""
    of(?:(?<=\bend\sof)|(?<=\bstart\sof)|(?<=\bbeginning\sof)|(?<=\bmiddle\sof)  # "end of"
       |(?<=\bhalf\sof)|(?<=\bquarter\sof))                  # "the first half of the year"
    \sthe\s(?P<unit>week|month|year)(?![\w-])(?!\sof\b)  # not "... of the war"
    (?!\sfor\s(?!talks|(?:a|an)\s(?:[\w-]+\s)?(?:summit|meeting|visit)))  # "the end of the
                                         # month for talks", not "... of the year for firms"
  | year(?:(?<=\bby\syear)|(?<=\bbefore\syear)|(?<=\bat\syear)|(?<=\buntil\syear))
    (?:-end|['’]s\send)(?![\w-])   # "by year-end", "before year's end"; not "the year-end deadline"
    """,
    re.VERBOSE,
)
# "earlier in the week", "later in the month": the current week or month (searched only
# where "er in the " occurs).
_EARLIER_IN_PERIOD = re.compile(
    r"""
    (?<![\w-])(?:[Ee]arlier|[Ll]ater)\sin\sthe\s   # "earlier in the", "later in the"
    (?P<unit>week|month|year)(?![\w-])(?!\s(?:of|for|before|after)\b)  # not "... of talks"
    """,
    re.VERBOSE,
)
# The words before "of the year", the mention's start: "the end", "the beginning".
_PART_WORD = re.compile(
    r"(?:[Tt]he\s)?(?:(?:first|second|third|fourth|last)\s)?"
    r"(?:end|start|beginning|middle|half|quarter)\s$"
)

# "over the weekend", "at the weekend": the nearest weekend the clause's tense points to.
# The key word comes first, so the engine skips to it; the preposition is checked behind.
_THE_WEEKEND = re.compile(
    r"""
    weekend(?![\w-])(?!\s(?:of|before|after)\b)      # not "the weekend of March 3"
    (?:(?<=\b[Oo]ver\sthe\sweekend)|(?<=\b[Aa]t\sthe\sweekend)|(?<=\b[Oo]n\sthe\sweekend)
       |(?<=\b[Dd]uring\sthe\sweekend))
    """,
    re.VERBOSE,
)
_WEEKEND_PREPOSITION = re.compile(r"\b(?:[Oo]ver|[Aa]t|[Oo]n|[Dd]uring)\sthe\s$")

# "last night", "tonight", "this morning": a part of the day before or of the day of
# publication.
_PART_OF_DAY = re.compile(
    r"""
    (?<![\w-])
    (?:(?P<last>[Ll]ast\snight)                              # the day before
      | [Tt]onight | [Tt]his\s(?:morning|afternoon|evening))  # the same day
    (?![\w-])
    """,
    re.VERBOSE,
)
# "the day before yesterday", "the day after tomorrow": the words before the deictic word.
_DAY_BEYOND = re.compile(r"\b(?:[Tt]he\s)?day\s(?:before|after)\s$")

_RELATIVE_OFFSETS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_DEICTIC_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _month_number(text: str) -> int:
    return _MONTHS[text[:3].lower()]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


# "in March and May", "in March, April and May": a month list makes "May" a month.
_MONTH_BEFORE_MAY = re.compile(
    r"\b(?:January|February|March|April|June|July|August|September|October|November|December)"
    r"(?:,\s(?:[A-Z][a-z]+,\s)?|\s)and\s$"
)

# "in late May", "in mid-May", "the end of May", "in May, ...", "in May and June": the month
# (not the modal or the surname) by the word before it or what follows it.
_MAY_PART = re.compile(
    r"\b(?:[Ee]arly|[Ll]ate)\s$|\bmid-$|\b(?:end|beginning|start|middle|half|week)\sof\s$"
)
_MAY_ENDS = re.compile(
    r"""
    (?<=\b[Ii]n\sMay)(?:[,.;:)]|\s(?:and|or|to)\s[A-Z][a-z]{2}  # "in May, the", "in May and June"
      |\s(?:at|in)\s(?:the\s)?[A-Z][a-z]{2})                    # "in May at Panmunjom"
    """,
    re.VERBOSE,
)


def _may_is_month(text: str, start: int, end: int) -> bool:
    """A bare "May" read as the month by its neighbours.

    >>> _may_is_month("held in late May in Hanoi", 13, 16), _may_is_month("Theresa May met", 8, 11)
    (True, False)
    """
    return bool(
        _MONTH_BEFORE_MAY.search(text, max(0, start - 24), start)
        or _MAY_PART.search(text, max(0, start - 16), start)
        or _MAY_ENDS.match(text, end)
    )


def _mention(match: re.Match[str]) -> DateMention | None:
    get = match.group
    common = (match.start(), match.end(), match.group(0))

    def opening(name: str) -> str | None:
        """A group that opens the expression, read from the start of the match (see _DATE)."""
        end = match.end(name)
        return match.string[match.start() : end] if end >= 0 else None

    md_month = opening("md_month")
    if md_month:
        year = get("md_year")
        shift = _WEEKDAY_SHIFT.search(match.string, max(0, match.start() - 6), match.start())
        if shift and not year and not get("md_rel"):  # "last June 30": strictly before
            first = shift.start()
            return DateMention(
                first,
                match.end(),
                match.string[first : match.end()],
                month=_month_number(md_month),
                day=_day_number(get("md_day")),
                strict="past" if shift.group(1).lower() == "last" else "future",
            )
        return DateMention(
            *common,
            year=int(year) if year else None,
            month=_month_number(md_month),
            day=_day_number(get("md_day")),
            year_offset=_RELATIVE_OFFSETS[get("md_rel")] if get("md_rel") else None,
        )
    if get("dm_month"):
        year = get("dm_year")
        return DateMention(
            *common,
            year=int(year) if year else None,
            month=_month_number(get("dm_month")),
            day=_day_number(opening("dm_day") or ""),
        )
    my_month = opening("my_month")
    if my_month:
        year = get("my_year")
        if get("my_that"):
            return DateMention(*common, month=_month_number(my_month), that_year=True)
        if (
            my_month == "May"
            and not year
            and not get("my_last")
            and not get("my_this")
            and not get("my_next")
            and not _may_is_month(match.string, match.start(), match.end())
        ):
            return None  # "may" as a modal is too common to read "in May" loosely... unless dated
            # or coordinated with another month ("in March and May")
        year_offset = (
            -1 if get("my_last") else 0 if get("my_this") else 1 if get("my_next") else None
        )
        return DateMention(
            *common,
            year=int(year) if year else None,
            month=_month_number(my_month),
            year_offset=year_offset,
        )
    relative = opening("rel")
    if relative:
        words = relative.lower().split()
        keyword = words[-2]
        # "last weekend" lies in last week: like it, it fixes no more than a month;
        # "this weekend" is the nearest one, before or after as the tense says
        unit = get("rel_unit")
        if unit == "weekend":
            unit = "weekend" if keyword == "this" else "week"
        return DateMention(*common, unit=unit, offset=_RELATIVE_OFFSETS[keyword])
    weekday = opening("weekday")
    if weekday:
        shift = _WEEKDAY_SHIFT.search(match.string, max(0, match.start() - 6), match.start())
        if shift:
            start = shift.start()
            return DateMention(
                start,
                match.end(),
                match.string[start : match.end()],
                weekday=weekday,
                strict="past" if shift.group(1).lower() == "last" else "future",
            )
        return DateMention(*common, weekday=weekday)
    deictic = opening("deictic")
    if deictic:
        offset = _DEICTIC_OFFSETS[deictic.lower()]
        further = _DAY_BEYOND.search(match.string, max(0, match.start() - 15), match.start())
        if further and offset:  # "the day before yesterday": one day further
            start = further.start()
            text = match.string[start : match.end()]
            return DateMention(start, match.end(), text, unit="day", offset=2 * offset)
        return DateMention(*common, unit="day", offset=offset)
    year = opening("year")
    if year:
        return DateMention(*common, year=int(year))
    return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every time expression in ``text[start:end]``, offsets into ``text``.

    >>> [m.text for m in find_dates("Talks on Feb. 27-28 in Hanoi, after a meeting in 2018.")]
    ['Feb. 27-28', '2018']
    >>> [m.text for m in find_dates("They agreed on it at their April summit.")]
    ['April']
    """
    end = len(text) if end is None else end
    found = []
    for match in _DATE.finditer(text, start, end):
        mention = _mention(match)
        if mention is not None:
            found.append(mention)
    extra = _rarer_shapes(text, start, end)
    if extra:
        found = sorted([*found, *(m for m in extra if not _overlaps(m, found))])
    return _with_shared_years(text, found)


# Between dates that share the year written after the last: "February and June 2004",
# "May 3, June 5 and July 1, 2004", "from March to June 2019".
_YEAR_SHARING_LINK = re.compile(
    r"""
    ,?\s?                          # "February, June" or "February and"
    (?:and|or|to|through|until)?   # the coordinator or the end of a span
    \s?
    (?:(?:in|on)\s)?               # "in February and in June 2004"
    """,
    re.VERBOSE,
)


def _with_shared_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """Give a month written without a year the year of the coordinated date after it.

    >>> [str(m.year) for m in find_dates("rounds in February and June 2004")]
    ['2004', '2004']
    >>> [str(m.year) for m in find_dates("in February, and then talks in June 2004")]
    ['None', '2004']
    >>> [str(m.year) for m in find_dates("from December to February 2004")]
    ['2003', '2004']
    """
    for index in range(len(found) - 2, -1, -1):
        mention, following = found[index], found[index + 1]
        if (
            mention.year is None
            and mention.month is not None
            and mention.year_offset is None
            and not mention.that_year
            and mention.strict is None
            and following.year is not None
            and following.month is not None
            and following.start > mention.end
            and (link := _YEAR_SHARING_LINK.fullmatch(text, mention.end, following.start))
        ):
            # a span runs forward: "from December to February 2004" starts the year before
            spans_new_year = mention.month > following.month and "and" not in link[0]
            found[index] = mention._replace(year=following.year - spans_new_year)
    return found


def _rarer_shapes(text: str, start: int, end: int) -> list[DateMention]:
    """The rarer shapes, each searched only where its key words occur (tested on one copy
    of the span: a test of a substring is much cheaper than a regex search).

    >>> [m.text for m in _rarer_shapes("They met two weeks ago, not last June.", 0, 38)]
    ['two weeks ago', 'last June']
    """
    chunk = text[start:end]
    extra = []
    if "following " in chunk:  # "the following August": the month; its year is the story's
        extra += [
            DateMention(
                m.start("month"),
                m.end(),
                m["month"],
                month=_month_number(m["month"]),
                after_told_year=True,
            )
            for m in _FOLLOWING_MONTH.finditer(text, start, end)
        ]
    if "ago" in chunk:
        extra += [_ago(match) for match in _AGO.finditer(text, start, end)]
    if "ast " in chunk or "ext " in chunk or "his " in chunk:
        extra += [_relative_month(m) for m in _RELATIVE_MONTH.finditer(text, start, end)]
        if "spring" in chunk or "summer" in chunk or "autumn" in chunk or "fall" in chunk:
            extra += [_relative_season(m) for m in _RELATIVE_SEASON.finditer(text, start, end)]
        if "night" in chunk or "morning" in chunk or "afternoon" in chunk or "evening" in chunk:
            extra += [
                DateMention(m.start(), m.end(), m[0], unit="day", offset=-1 if m["last"] else 0)
                for m in _PART_OF_DAY.finditer(text, start, end)
            ]
    elif "onight" in chunk:
        extra += [
            DateMention(m.start(), m.end(), m[0], unit="day")
            for m in _PART_OF_DAY.finditer(text, start, end)
        ]
    if ("in " in chunk or "In " in chunk) and (
        "day" in chunk
        or "week" in chunk
        or "month" in chunk
        or "year" in chunk
        or "fortnight" in chunk
    ):
        extra += [
            _counted(match, +1)
            for match in _IN_COUNT.finditer(text, start, end)
            if not _SPAN_BEFORE.search(text, max(start, match.start() - 50), match.start())
        ]
    if "er in the " in chunk:
        extra += [
            DateMention(m.start(), m.end(), m.group(0), unit=m.group("unit"))
            for m in _EARLIER_IN_PERIOD.finditer(text, start, end)
        ]
    if "of the " in chunk or "year-" in chunk or "year's" in chunk or "year’s" in chunk:
        extra += [_part_of_period(m, start) for m in _PART_OF_PERIOD.finditer(text, start, end)]
    if "weekend" in chunk:
        extra += [_the_weekend(m, start) for m in _THE_WEEKEND.finditer(text, start, end)]
    if "on the " in chunk:
        extra += [
            DateMention(m.start(), m.end(), m.group(0), day=int(m.group("day")))
            for m in _DAY_OF_MONTH.finditer(text, start, end)
        ]
    if holds_any(
        chunk, _OCCASION_WORDS, 0, len(chunk)
    ):  # a loop: any() over a generator costs more
        extra += [
            DateMention(
                m.start("month"), m.end("month"), m.group("month"), month=_month_number(m["month"])
            )
            for m in _MONTH_OF_OCCASION.finditer(text, start, end)
        ]
    return extra


def _overlaps(mention: DateMention, others: list[DateMention]) -> bool:
    return any(o.start < mention.end and mention.start < o.end for o in others)


def _ago(match: re.Match[str]) -> DateMention:
    return _counted(match, -1)


def counted_number(count: str) -> int:
    """The number a count is written as: digits or a small number word.

    >>> counted_number("four"), counted_number("12"), counted_number("a")
    (4, 12, 1)
    """
    word = count.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word, 1)


def _counted(match: re.Match[str], sign: int) -> DateMention:
    """A counted offset: counted days fix the day; weeks, like "next week", no more than the
    month (a round figure: "in two weeks" is seldom fourteen days); months the month; years
    the year.

    >>> find_dates("They will meet in two weeks.")[0].resolve(dt.date(2019, 7, 20))
    PartialDate('2019-08')
    >>> find_dates("They met three months ago.")[0].resolve(dt.date(2019, 7, 10))
    PartialDate('2019-04')
    """
    number = counted_number(match.group("count"))
    unit = match.group("unit").lower()
    if unit in _UNIT_MULTIPLES:  # "a fortnight ago": two weeks; "a decade ago": ten years
        unit, factor = _UNIT_MULTIPLES[unit]
        number *= factor
    return DateMention(match.start(), match.end(), match.group(0), unit=unit, offset=sign * number)


def _relative_month(match: re.Match[str]) -> DateMention:
    """A month fixed by a relative word, whatever the tense of its clause.

    >>> find_dates("They met last June.")[0].resolve(dt.date(2019, 6, 10), "future")
    PartialDate('2018-06')
    >>> find_dates("They meet next March.")[0].resolve(dt.date(2019, 6, 10))
    PartialDate('2020-03')
    """
    first = match.start() - 5  # the relative word and its space
    common = (first, match.end(), match.string[first : match.end()])
    word = match.string[first : first + 4].lower()
    month = _month_number(match.string[match.start() : match.end("month")])
    if word == "this":
        return DateMention(*common, month=month, year_offset=0)
    direction: Direction = "past" if word == "last" else "future"
    return DateMention(*common, month=month, strict=direction)


def _relative_season(match: re.Match[str]) -> DateMention:
    """A season fixed by a relative word, which fixes the year.

    >>> find_dates("They met last summer.")[0].resolve(dt.date(2019, 7, 10))
    PartialDate('2018')
    """
    word = match.group("word").lower()
    start_month = _SEASON_START[match.group("season")]
    strict: Direction | None = "past" if word == "last" else "future" if word == "next" else None
    return DateMention(  # the season's first month, with which its year is reckoned
        match.start(), match.end(), match.group(0), month=start_month, unit="season", strict=strict
    )


def _part_of_period(match: re.Match[str], start: int) -> DateMention:
    """The current year, month or week, from "the end of the year" or "year-end".

    >>> find_dates("Talks should resume by the end of the year.")[0].resolve(dt.date(2019, 7, 10))
    PartialDate('2019')
    """
    text = match.string
    first = match.start()
    word = _PART_WORD.search(text, max(start, first - 15), first)
    if word:
        first = word.start()
    return DateMention(first, match.end(), text[first : match.end()], unit=match["unit"] or "year")


def _the_weekend(match: re.Match[str], start: int) -> DateMention:
    """ "over the weekend": the nearest weekend, which fixes no more than its month.

    >>> find_dates("The ministers met over the weekend.")[0].resolve(dt.date(2019, 7, 1))
    PartialDate('2019-06')
    """
    text = match.string
    before = _WEEKEND_PREPOSITION.search(text, max(start, match.start() - 12), match.start())
    first = before.start() if before else match.start()
    return DateMention(first, match.end(), text[first : match.end()], unit="weekend")
