"""Full-text search over documents with SQLite FTS5 (PostgreSQL's is in :mod:`.pg_fts`).

``documents_fts`` holds each document's id, title and text; triggers on ``documents``
keep it in sync, so every writer (not just :meth:`Store.save`) updates the index.
Migrations call :func:`create` / :func:`drop` only when :func:`supported` says so;
:mod:`casefile.store.search` picks the module for the connection's dialect.
The statements below are part of migration 0001: change them only through a new
migration (add new helpers rather than editing these).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from casefile.store.terms import Term, parse_query

TABLE = "documents_fts"
HIGHLIGHT = ("[", "]")
SNIPPET_TOKENS = 16

_CREATE = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "document_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON documents BEGIN "
    f"INSERT INTO {TABLE} (document_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); "
    "END",
    f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON documents BEGIN "
    f"DELETE FROM {TABLE} WHERE document_id = old.id; "
    "END",
    f"CREATE TRIGGER {TABLE}_update AFTER UPDATE OF title, text ON documents BEGIN "
    f"UPDATE {TABLE} SET title = coalesce(new.title, ''), text = new.text WHERE document_id = old.id; "
    "END",
)

_DROP = (
    f"DROP TRIGGER IF EXISTS {TABLE}_update",
    f"DROP TRIGGER IF EXISTS {TABLE}_delete",
    f"DROP TRIGGER IF EXISTS {TABLE}_insert",
    f"DROP TABLE IF EXISTS {TABLE}",
)

_SEARCH = text(
    f"SELECT documents.id, documents.title, snippet({TABLE}, 2, :open, :close, '…', :tokens) "
    f"FROM {TABLE} JOIN documents ON documents.id = {TABLE}.document_id "
    f"WHERE {TABLE} MATCH :match ORDER BY {TABLE}.rank LIMIT :limit OFFSET :offset"
)
_COUNT = text(f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH :match")
# past ``cap`` matches: the (cap + 1)-th stored, and ranking only those stored before it
_COUNT_UP_TO = text(f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE {TABLE} MATCH :match LIMIT :most)")
_BOUNDARY = text(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :match ORDER BY rowid LIMIT 1 OFFSET :cap")
_SEARCH_NEWEST = text(
    f"SELECT documents.id, documents.title, snippet({TABLE}, 2, :open, :close, '…', :tokens) "
    f"FROM {TABLE} JOIN documents ON documents.id = {TABLE}.document_id "
    f"WHERE {TABLE} MATCH :match AND {TABLE}.rowid < :before ORDER BY {TABLE}.rank LIMIT :limit OFFSET :offset"
)


def supported(connection: Connection) -> bool:
    return connection.dialect.name == "sqlite"


def is_fts_table(name: str) -> bool:
    """The FTS table and its shadow tables, which autogenerate must not try to drop."""
    return name == TABLE or name.startswith(f"{TABLE}_")


def create(connection: Connection) -> None:
    """Create the FTS table and its triggers, indexing any documents already stored."""
    for statement in _CREATE:
        connection.execute(text(statement))
    connection.execute(
        text(f"INSERT INTO {TABLE} (document_id, title, text) SELECT id, coalesce(title, ''), text FROM documents")
    )


def drop(connection: Connection) -> None:
    for statement in _DROP:
        connection.execute(text(statement))


def match_expression(query: str | list[Term]) -> str:
    """Each term of ``query`` as a quoted FTS5 string (a phrase if it has several words),
    all required: user input containing FTS syntax (``-``, ``:``, ``NEAR``) cannot raise a
    syntax error, because only words (see :mod:`.terms`) reach the quotes."""
    terms = parse_query(query) if isinstance(query, str) else query
    return " ".join('"' + " ".join(term) + '"' for term in terms)


def search(
    connection: Connection, terms: list[Term], *, limit: int, offset: int = 0, cap: int | None = None
) -> list[tuple[str, str | None, str]]:
    """``(document_id, title, snippet)`` best first (FTS5's bm25 rank); ``[]`` without terms.

    With ``cap``, when more than ``cap`` documents match only the first ``cap`` the index
    yields are ranked -- those stored first (the index's row order) -- so the scan stops there.
    """
    match = match_expression(terms)
    if not match:
        return []
    params = {
        "open": HIGHLIGHT[0], "close": HIGHLIGHT[1], "tokens": SNIPPET_TOKENS,
        "match": match, "limit": limit, "offset": offset,
    }
    boundary = connection.execute(_BOUNDARY, {"match": match, "cap": cap}).scalar() if cap is not None else None
    if boundary is None:
        return [(row[0], row[1], row[2]) for row in connection.execute(_SEARCH, params)]
    return [(row[0], row[1], row[2]) for row in connection.execute(_SEARCH_NEWEST, {**params, "before": boundary})]


def count(connection: Connection, terms: list[Term], *, at_most: int | None = None) -> int:
    """How many documents match every term (no more than ``at_most``: the scan stops there)."""
    match = match_expression(terms)
    if not match:
        return 0
    if at_most is None:
        return int(connection.execute(_COUNT, {"match": match}).scalar_one())
    return int(connection.execute(_COUNT_UP_TO, {"match": match, "most": at_most}).scalar_one())
