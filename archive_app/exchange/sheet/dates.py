"""Days as people write them in a spreadsheet, read as the catalogue's ``YYYY[-MM[-DD]]``.

Accepted: ``2024-02-10``, ``2024/2/10``, ``2024.2.10``, ``2024年2月10日`` (with or without
spaces, full-width digits too), the same without the day or month (``2024年2月``, ``2024``),
and a spreadsheet's own date cells. Lunar dates (农历, 正月初三) are out of scope and refused.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

_NUMERIC = re.compile(r"^(\d{4})(?:\s*([-/.])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?)?$")
_CHINESE = re.compile(r"^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?$")


class BadDate(ValueError):
    """Not a day this reader knows how to read."""


def _checked(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        raise BadDate(f"no month {month}")
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise BadDate(f"no day {year}-{month:02d}-{day:02d}")
    return f"{year:04d}-{month:02d}-{day:02d}"


def read_date(value: object) -> str | None:
    """The day ``value`` names as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; None when empty.

    Raises :class:`BadDate` for anything else.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = unicodedata.normalize("NFKC", str(value)).strip()
    if not text:
        return None
    if "农历" in text or "陰曆" in text or "阴历" in text or "初" in text:
        raise BadDate("lunar dates are not read")
    text = re.sub(r"[T\s]\d{1,2}:\d{2}(:\d{2})?$", "", text)  # a time after the day
    match = _NUMERIC.match(text)
    if match:
        year, _, month, day = match.groups()
        return _checked(int(year), int(month) if month else None, int(day) if day else None)
    match = _CHINESE.match(text)
    if match:
        year, month, day = match.groups()
        return _checked(int(year), int(month) if month else None, int(day) if day else None)
    raise BadDate(f"not a day: {text}")
