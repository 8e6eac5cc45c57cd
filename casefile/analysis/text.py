"""Plain splitting of stored text into sentences and clauses, good enough for cue words.

The analysis reads stored text without the spaCy pipeline (it must stay fast and work on
any store), so sentence ends are found by punctuation and line breaks alone.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_BOUNDARY = re.compile(r"(?<=[.!?])[\"”’)\]]?\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")
_CLAUSE_MARKS = ",;:()\"“”"


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence or line of ``text``."""
    spans, start = [], 0
    for match in _BOUNDARY.finditer(text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentence_at(spans: list[tuple[int, int]], offset: int) -> int:
    """The index in ``spans`` (from :func:`sentences`) of the sentence holding ``offset``."""
    starts = [s for s, _ in spans]
    return max(bisect_right(starts, offset) - 1, 0)


def clause_around(text: str, start: int, end: int, bounds: tuple[int, int]) -> tuple[int, int]:
    """The clause of ``text`` holding ``text[start:end]``: up to the nearest punctuation within ``bounds``."""
    low, high = bounds
    left = max((text.rfind(mark, low, start) for mark in _CLAUSE_MARKS), default=-1)
    rights = [i for i in (text.find(mark, end, high) for mark in _CLAUSE_MARKS) if i >= 0]
    return (left + 1 if left >= low else low), (min(rights) if rights else high)
