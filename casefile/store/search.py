"""Document search: FTS5 where the database has it, a portable LIKE scan elsewhere."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, or_, select

from casefile.store import fts
from casefile.store.models import DocumentRow

SNIPPET_CONTEXT = 60


@dataclass(frozen=True)
class SearchHit:
    """A document matching a search, with a short excerpt; matched words are in ``[...]``."""

    document: str
    title: str | None
    snippet: str


def search(connection: Connection, query: str, *, limit: int) -> list[SearchHit]:
    if fts.supported(connection):
        return [SearchHit(*row) for row in fts.search(connection, query, limit=limit)]
    return like_search(connection, query, limit=limit)


def like_search(connection: Connection, query: str, *, limit: int) -> list[SearchHit]:
    """Documents containing every word of ``query`` (case-insensitive), newest first."""
    words = [w.lower() for w in re.findall(r"\w+", query)]
    if not words:
        return []
    matches_all = and_(
        *(
            or_(
                func.lower(DocumentRow.text).contains(w, autoescape=True),
                func.lower(DocumentRow.title).contains(w, autoescape=True),
            )
            for w in words
        )
    )
    rows = connection.execute(
        select(DocumentRow.id, DocumentRow.title, DocumentRow.text)
        .where(matches_all)
        .order_by(DocumentRow.ingested_at.desc(), DocumentRow.id)
        .limit(limit)
    )
    return [SearchHit(doc_id, title, excerpt(text, words)) for doc_id, title, text in rows]


def excerpt(text: str, words: list[str]) -> str:
    """The text around the first matched word, that word marked like FTS5's snippets."""
    lowered = text.lower()
    found = [(i, w) for w in words if (i := lowered.find(w)) >= 0]
    if not found:
        return text[: 2 * SNIPPET_CONTEXT].replace("\n", " ")
    at, word = min(found)
    start, end = max(0, at - SNIPPET_CONTEXT), at + len(word) + SNIPPET_CONTEXT
    open_, close = fts.HIGHLIGHT
    marked = f"{text[start:at]}{open_}{text[at:at + len(word)]}{close}{text[at + len(word):end]}"
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return (prefix + marked + suffix).replace("\n", " ")
