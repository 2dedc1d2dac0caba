"""A calendar date known to the day, the month or only the year.

News text often fixes a date only partly ("last month", "in 2018"), and a
record must not claim more precision than the text gives.  ``PartialDate``
keeps the precision, serialises as an ISO string of that precision
(``"2021-08-04"``, ``"2015-01"``, ``"2015"``) and sorts chronologically, a
coarser date sorting before the finer dates it contains.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import total_ordering
from typing import Any, Literal

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import core_schema

Precision = Literal["year", "month", "day"]

_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


@total_ordering
class PartialDate:
    """A date at year, month or day precision.

    >>> PartialDate(2015, 1)
    PartialDate('2015-01')
    >>> PartialDate.parse("2021-08-04").precision
    'day'
    >>> PartialDate(2019, 2).contains(dt.date(2019, 2, 27))
    True
    """

    __slots__ = ("_day", "_month", "_year")

    def __init__(self, year: int, month: int | None = None, day: int | None = None) -> None:
        if day is not None and month is None:
            raise ValueError("a day needs a month")
        if not 1 <= year <= 9999:
            raise ValueError(f"year out of range: {year}")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month out of range: {month}")
        if day is not None and month is not None:
            dt.date(year, month, day)  # raises ValueError for 2021-02-30
        self._year = year
        self._month = month
        self._day = day

    # -- construction -----------------------------------------------------
    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (a longer ISO string is cut to the day)."""
        match = _ISO.match(value.strip()[:10])
        if not match:
            raise ValueError(f"not an ISO date of year, month or day precision: {value!r}")
        month, day = match["month"], match["day"]
        return cls(int(match["year"]), int(month) if month else None, int(day) if day else None)

    @classmethod
    def from_date(cls, value: dt.date) -> PartialDate:
        """The day of a :class:`datetime.date`."""
        return cls(value.year, value.month, value.day)

    @classmethod
    def coerce(cls, value: object) -> PartialDate:
        """Accept a ``PartialDate``, a ``date``/``datetime`` or an ISO string."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            return cls.from_date(value.date())
        if isinstance(value, dt.date):
            return cls.from_date(value)
        if isinstance(value, str):
            return cls.parse(value)
        raise TypeError(f"expected a date or an ISO date string, got {type(value).__name__}")

    # -- accessors --------------------------------------------------------
    @property
    def year(self) -> int:
        """The year."""
        return self._year

    @property
    def month(self) -> int | None:
        """The month, or None at year precision."""
        return self._month

    @property
    def day(self) -> int | None:
        """The day, or None above day precision."""
        return self._day

    @property
    def precision(self) -> Precision:
        """``"day"``, ``"month"`` or ``"year"``."""
        if self._day is not None:
            return "day"
        return "month" if self._month is not None else "year"

    def isoformat(self) -> str:
        """The ISO string at this precision: ``2021-08-04``, ``2015-01`` or ``2015``."""
        text = f"{self._year:04d}"
        if self._month is not None:
            text += f"-{self._month:02d}"
        if self._day is not None:
            text += f"-{self._day:02d}"
        return text

    def start(self) -> dt.date:
        """The first day this date covers."""
        return dt.date(self._year, self._month or 1, self._day or 1)

    def end(self) -> dt.date:
        """The last day this date covers."""
        if self._day is not None and self._month is not None:
            return dt.date(self._year, self._month, self._day)
        month = self._month or 12
        return dt.date(self._year, month, calendar.monthrange(self._year, month)[1])

    def contains(self, other: PartialDate | dt.date) -> bool:
        """True when ``other`` falls wholly within this date."""
        other = PartialDate.coerce(other)
        return self.start() <= other.start() and other.end() <= self.end()

    def to_date(self) -> dt.date | None:
        """The ``date`` at day precision, else None."""
        return self.start() if self._day is not None else None

    # -- protocol ---------------------------------------------------------
    def _key(self) -> tuple[int, int, int]:
        return (self._year, self._month or 0, self._day or 0)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PartialDate) and self._key() == other._key()

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"

    # -- pydantic ---------------------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _validate,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda value: value.isoformat(), when_used="always"
            ),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        return {
            "type": "string",
            "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$",
            "description": "ISO date at year, month or day precision",
        }


def _validate(value: object) -> PartialDate:
    # pydantic turns only ValueError into a ValidationError, so a wrong type is re-raised as one.
    try:
        return PartialDate.coerce(value)
    except TypeError as exc:
        raise ValueError(str(exc)) from exc
