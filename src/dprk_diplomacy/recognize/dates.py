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
from dataclasses import dataclass
from typing import Literal

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta
from dateutil.relativedelta import weekday as Weekday

from ..partial_date import PartialDate

Direction = Literal["past", "future"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS: dict[str, Weekday] = {
    "mon": MO, "tue": TU, "wed": WE, "thu": TH, "fri": FR, "sat": SA, "sun": SU,
}  # fmt: skip

_MONTH = r"""(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Ju[nl]\.
              |Aug(?:ust|\.)?|Sept(?:ember|\.)?|Sep\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"""
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[4-9][0-9]|20[0-9][0-9])"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

_DATE = re.compile(
    rf"""
    (?<![\w-])
    (?:
        # "July 27", "Feb. 27-28", "June 30, 2019", "May 21 (local time)"
        (?P<md_month>{_MONTH})\s(?P<md_day>{_DAY})(?:\s?[-–]\s?{_DAY})?(?![\d:])
            (?:,?\s(?P<md_year>{_YEAR}))?
      | # "27 July 2019", "9 Jan"
        (?P<dm_day>{_DAY})\s(?P<dm_month>{_MONTH})(?:,?\s(?P<dm_year>{_YEAR}))?
      | # "February 2019", "in February", "in June last year", "since April"
        (?:(?<=in\s)|(?<=since\s)|(?<=until\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)|(?<=by\s)
           |(?<=of\s)|(?<=from\s)|(?<=In\s)|(?<=Since\s)|(?=\S{{1,12}}\s{_YEAR}))
        (?P<my_month>{_MONTH})(?:\s(?P<my_year>{_YEAR})|(?P<my_last>\slast\syear)|(?P<my_this>\sthis\syear))?
      | # "last week", "later this month", "next year", "earlier this week"
        (?P<rel>(?:(?:[Ee]arlier|[Ll]ater)\s)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)
            \s(?P<rel_unit>week|month|year))(?!\w)
      | # "Wednesday", "Wednesday's", "Tuesday evening"
        (?P<weekday>{_WEEKDAY})
      | # "yesterday", "today", "tomorrow"
        (?P<deictic>[Yy]esterday|[Tt]oday|[Tt]omorrow)
      | # a bare year: "in 2018", "the 2018 summit"
        (?P<year>{_YEAR})(?![\d:])
    )
    (?![\w])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A time expression at ``start:end`` and what it fixes before resolution."""

    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: str | None = None
    unit: str | None = None  # "day", "week", "month" or "year" for relative expressions
    offset: int = 0
    year_offset: int | None = None  # "in June last year": month known, year relative

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
            step = wd(-1) if direction == "past" else wd(+1)
            return PartialDate.from_date(anchor + relativedelta(weekday=step))
        if self.unit == "day":
            return PartialDate.from_date(anchor + dt.timedelta(days=self.offset))
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
            if direction == "past" and (self.month, self.day or 1) > (anchor.month, anchor.day):
                year -= 1
            elif direction == "future" and (self.month, self.day or 31) < (
                anchor.month,
                anchor.day,
            ):
                year += 1
            return PartialDate(year, self.month, self.day)
        return None


_RELATIVE_OFFSETS = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_DEICTIC_OFFSETS = {"yesterday": -1, "today": 0, "tomorrow": 1}


def _month_number(text: str) -> int:
    return _MONTHS[text[:3].lower()]


def _day_number(text: str) -> int:
    return int(text.rstrip("stndrh"))


def _mention(match: re.Match[str]) -> DateMention | None:
    get = match.group
    common = (match.start(), match.end(), match.group(0))
    if get("md_month"):
        year = get("md_year")
        return DateMention(
            *common,
            year=int(year) if year else None,
            month=_month_number(get("md_month")),
            day=_day_number(get("md_day")),
        )
    if get("dm_month"):
        year = get("dm_year")
        return DateMention(
            *common,
            year=int(year) if year else None,
            month=_month_number(get("dm_month")),
            day=_day_number(get("dm_day")),
        )
    if get("my_month"):
        year = get("my_year")
        if get("my_month") == "May" and not year and not get("my_last") and not get("my_this"):
            return None  # "may" as a modal is too common to read "in May" loosely... unless dated
        year_offset = -1 if get("my_last") else 0 if get("my_this") else None
        return DateMention(
            *common,
            year=int(year) if year else None,
            month=_month_number(get("my_month")),
            year_offset=year_offset,
        )
    if get("rel"):
        words = get("rel").lower().split()
        keyword = words[-2]
        return DateMention(*common, unit=get("rel_unit"), offset=_RELATIVE_OFFSETS[keyword])
    if get("weekday"):
        return DateMention(*common, weekday=get("weekday"))
    if get("deictic"):
        return DateMention(*common, unit="day", offset=_DEICTIC_OFFSETS[get("deictic").lower()])
    if get("year"):
        return DateMention(*common, year=int(get("year")))
    return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every time expression in ``text[start:end]``, offsets into ``text``.

    >>> [m.text for m in find_dates("Talks on Feb. 27-28 in Hanoi, after a meeting in 2018.")]
    ['Feb. 27-28', '2018']
    """
    found = []
    for match in _DATE.finditer(text, start, len(text) if end is None else end):
        mention = _mention(match)
        if mention is not None:
            found.append(mention)
    return found
