"""When a statement was made, as far as the text tells, and how such dates sort.

An allegation's ``statement_date`` is ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or
``before YYYY-MM-DD`` (a position the text says was held earlier); without one, the
document's publication date stands in. Partial dates sort at their first day, and a
``before`` date just ahead of anything on that day, so an earlier position stated in a
report precedes the report's own statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from casefile.analysis.constants import BEFORE_PREFIX

_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True, order=True)
class When:
    """A sortable statement date: the day it sorts at, whether it is only a bound, and as written."""

    day: date
    rank: int  # -1 for "before <day>", 0 for the day itself
    text: str

    @property
    def before(self) -> bool:
        return self.rank < 0


def parse_when(text: str | None) -> When | None:
    """``text`` as a :class:`When`, or None if it is empty or not one of the supported forms."""
    if not text:
        return None
    cleaned = text.strip()
    bound = cleaned.lower().startswith(BEFORE_PREFIX)
    core = cleaned[len(BEFORE_PREFIX):].strip() if bound else cleaned
    match = _ISO.fullmatch(core)
    if match is None:
        return None
    year, month, day = match.groups()
    try:
        first = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return When(first, -1 if bound else 0, cleaned)


def when_of(statement_date: str | None, published: date | None) -> When | None:
    """The statement's own date if it has a usable one, else the document's publication date."""
    own = parse_when(statement_date)
    if own is not None:
        return own
    return When(published, 0, published.isoformat()) if published else None
