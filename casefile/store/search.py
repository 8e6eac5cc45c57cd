"""Document search: SQLite FTS5 or PostgreSQL ``tsvector`` by dialect, a portable LIKE scan elsewhere.

Both full-text paths read the query through :func:`casefile.store.terms.parse_query`
(words and ``"quoted phrases"``, all required) and return the same :class:`SearchHit`
rows, best match first, matched words marked ``[...]`` in the snippet. They differ
where the engines do: PostgreSQL drops English stop words and stems with its own
English dictionary, FTS5 uses the Porter stemmer and keeps every word.

**Capped ranking.** Ranking best-first scores every match (FTS5's bm25, PostgreSQL's
rank function), and neither engine can stop early: a query found in most documents (tens of
thousands) would take hundreds of milliseconds for a first page of twenty. When more than
:data:`RANK_CAP` documents match, only the first :data:`RANK_CAP` the index yields are ranked
and listed (best first) -- on SQLite the ones stored first, on PostgreSQL the first in the
table's storage order (mostly the same) -- and :func:`total` says the list was capped; a
query that matches fewer is ranked whole, as before. Counting stops past the cap too, so no
call reads every match, except that FTS5's bm25 counts each phrase's documents in the whole
index for its IDF (~20 ms for a phrase in most of 100,000 documents). Such a query names
something in most documents: narrow it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Select, and_, false, func, or_, select

from casefile.store import fts, pg_fts
from casefile.store.models import DocumentRow
from casefile.store.terms import parse_query

SNIPPET_CONTEXT = 60
RANK_CAP = 1_000  # matches ranked at most (see the module docstring)


@dataclass(frozen=True)
class SearchHit:
    """A document matching a search, with a short excerpt; matched words are in ``[...]``."""

    document: str
    title: str | None
    snippet: str


@dataclass(frozen=True)
class SearchTotal:
    """How many documents :func:`search` lists in all, and whether more matched (see :data:`RANK_CAP`)."""

    total: int
    capped: bool


def search(
    connection: Connection, query: str, *, limit: int, offset: int = 0, cap: int | None = RANK_CAP
) -> list[SearchHit]:
    """Documents matching every term of ``query``, best first: ``limit`` of them after ``offset``.

    Past ``cap`` matches, only the first ``cap`` the index yields are ranked (None: all are).
    """
    terms = parse_query(query)
    for engine in (fts, pg_fts):
        if engine.supported(connection):
            found = engine.search(connection, terms, limit=limit, offset=offset, cap=cap)
            return [SearchHit(*row) for row in found]
    return like_search(connection, query, limit=limit, offset=offset)


def total(connection: Connection, query: str, *, cap: int | None = RANK_CAP) -> SearchTotal:
    """How many documents :func:`search` lists for ``query`` (at most ``cap``), and whether more match."""
    terms = parse_query(query)
    for engine in (fts, pg_fts):
        if engine.supported(connection):
            found = engine.count(connection, terms, at_most=None if cap is None else cap + 1)
            return SearchTotal(found if cap is None else min(found, cap), cap is not None and found > cap)
    matches = _like_matches(_like_words(query)).subquery()
    return SearchTotal(int(connection.execute(select(func.count()).select_from(matches)).scalar_one()), False)


def count(connection: Connection, query: str) -> int:
    """How many documents :func:`search` lists for ``query`` in all (no more than :data:`RANK_CAP`)."""
    return total(connection, query).total


def like_search(connection: Connection, query: str, *, limit: int, offset: int = 0) -> list[SearchHit]:
    """Documents containing every word of ``query`` (case-insensitive), newest first."""
    words = _like_words(query)
    if not words:
        return []
    rows = connection.execute(
        _like_matches(words)
        .add_columns(DocumentRow.title, DocumentRow.text)
        .order_by(DocumentRow.ingested_at.desc(), DocumentRow.id)
        .limit(limit)
        .offset(offset)
    )
    return [SearchHit(doc_id, title, excerpt(text, words)) for doc_id, title, text in rows]


def _like_words(query: str) -> list[str]:
    return [word.lower() for term in parse_query(query) for word in term]


def _like_matches(words: list[str]) -> Select[tuple[str]]:
    """``SELECT documents.id`` of the documents holding every word (none if there is no word)."""
    if not words:
        return select(DocumentRow.id).where(false())
    matches_all = and_(
        *(
            or_(
                func.lower(DocumentRow.text).contains(w, autoescape=True),
                func.lower(DocumentRow.title).contains(w, autoescape=True),
            )
            for w in words
        )
    )
    return select(DocumentRow.id).where(matches_all)


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
