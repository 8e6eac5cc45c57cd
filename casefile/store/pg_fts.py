"""Full-text search over documents with PostgreSQL's own: ``tsvector``, a GIN index, ``ts_rank``.

The counterpart of :mod:`.fts` (SQLite FTS5), with the same table name so autogenerate
leaves both alone: ``documents_fts`` holds one ``tsvector`` per document (title weighted
above text, English stemming), kept in sync by a trigger on ``documents`` so every
writer updates it, and removed with its document by the foreign key. Queries are built
from :mod:`.terms` only: each word goes through ``plainto_tsquery`` and each quoted
phrase through ``phraseto_tsquery`` as a bound parameter, so user input is never parsed
as ``tsquery`` syntax. English stop words ("the", "of") match nothing, as in any
PostgreSQL text search; a query of stop words alone finds nothing.

PostgreSQL caps one ``tsvector`` at 1 MB: a document with more distinct words than fit
is indexed on the longest leading part of its text that does (halving until it fits).

The DDL below is part of migration 0004: change it only through a new migration.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from casefile.store.fts import HIGHLIGHT, SNIPPET_TOKENS, TABLE
from casefile.store.terms import Term

CONFIG = "english"
_VECTOR_FUNCTION = f"{TABLE}_vector"
_SYNC_FUNCTION = f"{TABLE}_sync"
HEADLINE_OPTIONS = (
    f"StartSel={HIGHLIGHT[0]}, StopSel={HIGHLIGHT[1]}, MaxWords={SNIPPET_TOKENS}, MinWords={SNIPPET_TOKENS // 2}, "
    "ShortWord=2, MaxFragments=1, FragmentDelimiter=\" … \""
)

_CREATE = (
    f"CREATE TABLE {TABLE} ("
    "document_id varchar(64) NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE, "
    "vector tsvector NOT NULL)",
    f"CREATE INDEX {TABLE}_vector_gin ON {TABLE} USING gin (vector)",
    # the vector of one document: title (weight A) and text (weight B), cut to fit the 1 MB cap
    f"CREATE FUNCTION {_VECTOR_FUNCTION}(title text, body text) RETURNS tsvector LANGUAGE plpgsql AS $$\n"
    "DECLARE kept integer := length(body);\n"
    "BEGIN\n"
    "  LOOP\n"
    "    BEGIN\n"
    f"      RETURN setweight(to_tsvector('{CONFIG}', coalesce(title, '')), 'A')"
    f" || setweight(to_tsvector('{CONFIG}', left(body, kept)), 'B');\n"
    "    EXCEPTION WHEN program_limit_exceeded THEN\n"
    "      kept := kept / 2;\n"
    "    END;\n"
    "  END LOOP;\n"
    "END $$",
    f"CREATE FUNCTION {_SYNC_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    "BEGIN\n"
    f"  INSERT INTO {TABLE} (document_id, vector) VALUES (NEW.id, {_VECTOR_FUNCTION}(NEW.title, NEW.text))\n"
    "  ON CONFLICT (document_id) DO UPDATE SET vector = EXCLUDED.vector;\n"
    "  RETURN NULL;\n"
    "END $$",
    f"CREATE TRIGGER {_SYNC_FUNCTION} AFTER INSERT OR UPDATE OF title, text ON documents "
    f"FOR EACH ROW EXECUTE FUNCTION {_SYNC_FUNCTION}()",
)

_DROP = (
    f"DROP TRIGGER IF EXISTS {_SYNC_FUNCTION} ON documents",
    f"DROP FUNCTION IF EXISTS {_SYNC_FUNCTION}()",
    f"DROP TABLE IF EXISTS {TABLE}",
    f"DROP FUNCTION IF EXISTS {_VECTOR_FUNCTION}(text, text)",
)


def supported(connection: Connection) -> bool:
    return connection.dialect.name == "postgresql"


def create(connection: Connection) -> None:
    """Create the table, its GIN index and the trigger, indexing any documents already stored."""
    for statement in _CREATE:
        connection.execute(text(statement))
    connection.execute(
        text(f"INSERT INTO {TABLE} (document_id, vector) SELECT id, {_VECTOR_FUNCTION}(title, text) FROM documents")
    )


def drop(connection: Connection) -> None:
    for statement in _DROP:
        connection.execute(text(statement))


def tsquery(terms: list[Term]) -> tuple[str, dict[str, str]]:
    """SQL for a ``tsquery`` requiring every term, and its parameters (one per term)."""
    parts, params = [], {}
    for index, term in enumerate(terms):
        function = "phraseto_tsquery" if len(term) > 1 else "plainto_tsquery"
        parts.append(f"{function}('{CONFIG}', :term{index})")
        params[f"term{index}"] = " ".join(term)
    return " && ".join(parts), params


def search(
    connection: Connection, terms: list[Term], *, limit: int, offset: int = 0, cap: int | None = None
) -> list[tuple[str, str | None, str]]:
    """``(document_id, title, snippet)`` best first (``ts_rank``, then id); ``[]`` without terms.

    Ranks and pages first, then makes headlines for the page only (``ts_headline``
    re-reads the whole text of each document it marks). With ``cap``, when more than
    ``cap`` documents match only the first ``cap`` the index yields are ranked: the scan
    stops there. They come in the table's storage order, which is the order documents
    were stored until updates and vacuum move rows (no cheap order exists: a GIN index
    hands out matches unordered, and ordering them by a column means reading them all).
    """
    if not terms:
        return []
    query, params = tsquery(terms)
    candidates = f"{TABLE} f"  # every match is ranked
    if cap is not None:  # all of them if no more than ``cap`` match
        candidates = f"(SELECT f.* FROM {TABLE} f WHERE f.vector @@ ({query}) LIMIT :cap) f"
    statement = text(
        f"WITH q AS (SELECT {query} AS query), "
        f"hits AS (SELECT f.document_id, ts_rank(f.vector, q.query) AS rank FROM {candidates}, q "
        "WHERE f.vector @@ q.query ORDER BY rank DESC, f.document_id LIMIT :limit OFFSET :offset) "
        f"SELECT d.id, d.title, ts_headline('{CONFIG}', d.text, q.query, :options) "
        "FROM hits JOIN documents d ON d.id = hits.document_id, q "
        "ORDER BY hits.rank DESC, hits.document_id"
    )
    values = {**params, "limit": limit, "offset": offset, "options": HEADLINE_OPTIONS, "cap": cap}
    rows = connection.execute(statement, values)
    return [(row[0], row[1], _oneline(row[2])) for row in rows]


def count(connection: Connection, terms: list[Term], *, at_most: int | None = None) -> int:
    """How many documents match every term (no more than ``at_most``: the scan stops there)."""
    if not terms:
        return 0
    query, params = tsquery(terms)
    if at_most is None:
        statement = text(f"SELECT count(*) FROM {TABLE} WHERE vector @@ ({query})")
        return int(connection.execute(statement, params).scalar_one())
    statement = text(f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE vector @@ ({query}) LIMIT :most) m")
    return int(connection.execute(statement, {**params, "most": at_most}).scalar_one())


def _oneline(snippet: str) -> str:
    """A headline on one line, like the LIKE excerpts (``ts_headline`` keeps the text's line breaks)."""
    return " ".join(snippet.split())
