"""Statement dates, normalized against the publication date.

Returns ISO strings at the precision the text gives: ``2025-12-11``, ``2025-11``, ``2023``,
or ``before 2025-12-11`` for statements the text places earlier without a date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
DAY_MONTH = re.compile(rf"\b(\d{{1,2}}) {_MONTH}(?:,? (\d{{4}}))?", re.IGNORECASE)
MONTH_DAY = re.compile(rf"\b{_MONTH} (\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (\d{{4}}))?", re.IGNORECASE)  # not "March 2024"
MONTH_YEAR = re.compile(rf"\b(?:in |since )?{_MONTH},? (\d{{4}})\b", re.IGNORECASE)
IN_MONTH = re.compile(rf"\bin {_MONTH}\b", re.IGNORECASE)
YEAR = re.compile(r"\bin (\d{4})\b")
WEEKDAY = re.compile(r"\b(?:on |last )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
RELATIVE = {
    "today": 0, "yesterday": 1, "this week": None, "last week": 7, "last month": "month", "last year": "year",
}
EARLIER = re.compile(r"\b(?:earlier|previously|had (?:\w+ )?(?:accused|said|called|described|found|charged))\b", re.IGNORECASE)


def statement_date(phrase: str, published: date | None) -> str | None:
    """The date a statement was made, from the words around its verb and the publication date."""
    text = phrase.strip()
    for resolve in (_explicit, _relative):
        found = resolve(text, published)
        if found:
            return found
    if published and EARLIER.search(text):
        return f"before {published.isoformat()}"
    return published.isoformat() if published else None


def _year_for(month: int, published: date | None, year: str | None) -> int | None:
    if year:
        return int(year)
    if published is None:
        return None
    return published.year if month <= published.month else published.year - 1


def _explicit(text: str, published: date | None) -> str | None:
    for pattern, day_first in ((DAY_MONTH, True), (MONTH_DAY, False)):
        m = pattern.search(text)
        if m:
            day, month_name = (m.group(1), m.group(2)) if day_first else (m.group(2), m.group(1))
            month = MONTHS[_month_key(month_name)]
            year = _year_for(month, published, m.group(3))
            try:
                return date(year, month, int(day)).isoformat() if year else None
            except ValueError:
                return None
    m = MONTH_YEAR.search(text)
    if m:
        return f"{int(m.group(2)):04d}-{MONTHS[_month_key(m.group(1))]:02d}"
    m = IN_MONTH.search(text)
    if m and published:
        month = MONTHS[_month_key(m.group(1))]
        return f"{_year_for(month, published, None):04d}-{month:02d}"
    m = YEAR.search(text)
    if m and 1900 <= int(m.group(1)) <= 2100:
        return m.group(1)
    return None


def _month_key(name: str) -> str:
    key = name.lower().rstrip(".")
    return "sep" if key.startswith("sept") else key


def _relative(text: str, published: date | None) -> str | None:
    if published is None:
        return None
    lower = text.lower()
    if "last month" in lower:
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if "last year" in lower:
        return str(published.year - 1)
    if "yesterday" in lower:
        return (published - timedelta(days=1)).isoformat()
    if "today" in lower:
        return published.isoformat()
    m = WEEKDAY.search(text)
    if m:
        back = (published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7
        if m.group(0).lower().startswith("last") and back == 0:
            back = 7
        return (published - timedelta(days=back)).isoformat()
    return None
