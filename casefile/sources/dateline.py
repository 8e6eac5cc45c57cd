"""The optional ``date YYYY-MM-DD`` line that opens plain-text stories.

Collected stories carry their publication date as a first line (sometimes on the
same line as the text: `` date 2025-12-11 Amnesty International has...``). It is
metadata, not prose, so it is taken out of the text.
"""

from __future__ import annotations

import re
from datetime import date

_DATELINE = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)")


def split_dateline(text: str) -> tuple[date | None, str]:
    """``(published, rest)``: the date of a leading date line and the text after it.

    Text without a date line, or with an impossible date (``2025-13-45``), comes back
    unchanged with ``None``.
    """
    match = _DATELINE.match(text)
    if match is None:
        return None, text
    try:
        published = date.fromisoformat(match.group(1))
    except ValueError:
        return None, text
    return published, text[match.end() :].lstrip()
