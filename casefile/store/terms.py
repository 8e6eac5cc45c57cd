"""What a search query asks for, read the same way on every database.

A query is words and ``"quoted phrases"``; every term must match. Everything that is
not a word character (operators, colons, parentheses, a stray quote) is dropped here,
so no search syntax of SQLite FTS5 or PostgreSQL ``tsquery`` ever reaches the database:
the dialect modules (:mod:`.fts`, :mod:`.pg_fts`) only see words.
"""

from __future__ import annotations

import re

Term = tuple[str, ...]
"""One word, or the words of a quoted phrase in order."""

_WORD = re.compile(r"[^\W_]+")  # letters and digits: "_" separates words, as in both tokenizers


def parse_query(query: str) -> list[Term]:
    """The terms of ``query`` in order, without repeats; ``[]`` if it holds no word.

    ``'"mass graves" Dalvik'`` → ``[("mass", "graves"), ("Dalvik",)]``. An unmatched
    quote is ignored: the words after it are plain words.
    """
    parts = query.split('"')
    if len(parts) % 2 == 0:  # an odd number of quotes: the last one opens nothing
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]
    terms: list[Term] = []
    for index, part in enumerate(parts):
        words = tuple(_WORD.findall(part))
        quoted = index % 2 == 1
        for term in [words] if quoted and len(words) > 1 else [(w,) for w in words]:
            if term not in terms:
                terms.append(term)
    return terms
