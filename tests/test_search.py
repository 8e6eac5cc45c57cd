"""Full-text search on SQLite (FTS5) and PostgreSQL (tsvector/GIN), through Store.search.

Every document here is invented. The PostgreSQL runs need $CASEFILE_TEST_POSTGRES (see
test_store.py, whose database fixtures are reused).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from alembic import command
from test_store import STORE_DIR, postgresql_url, sqlite_url, url  # noqa: F401  (fixtures)

from casefile.records import Extraction, SourceDocument, normalize_text
from casefile.store import Store, migrate
from casefile.store import search as store_search
from casefile.store.migrate import alembic_config
from casefile.store.terms import parse_query

GRAVES = normalize_text(
    "Investigators of the Meridel Commission said they found mass graves near Dalvik. "
    "The Commission accused the Tarsk Coastal Guard of unlawful killings in the Dalvik hills."
)
MARKET = normalize_text(
    "A mass of rubble covered the Korsa market after the shelling. "
    "Relatives visited the graves of the victims. The Republic of Varnia accuses the Ostrel Front."
)
NOTES = normalize_text(
    "Field notes from Orrinhold: no incidents were reported this week. The road to Dalvik stayed open."
)

PUNCTUATION_ONLY = ["!!!", "...", "()", '"', '""', "&|!", ":*", "-", "—", "<->", "'", "%", "_"]
HOSTILE = [
    "Dalvik'); DROP TABLE documents; --",
    "x' OR '1'='1",
    "Dalvik & !graves | (",
    "NEAR(mass graves)",
    "text: Dalvik*",
    "Dalvik\\'; SELECT pg_sleep(5); --",
    "$$ Dalvik $$",
    ":term0 Dalvik",
]


def _document(origin: str, text: str, title: str | None, published: date) -> SourceDocument:
    return SourceDocument(origin=origin, media_type="text/plain", text=text, raw=text.encode(), title=title,
                          published=published)


@pytest.fixture
def docs() -> dict[str, SourceDocument]:
    return {
        "graves": _document("commission.txt", GRAVES, "Dalvik: findings of the Meridel Commission", date(2025, 2, 1)),
        "market": _document("market.txt", MARKET, "Korsa market", date(2025, 3, 1)),
        "notes": _document("notes.txt", NOTES, None, date(2025, 4, 1)),
    }


@pytest.fixture
def searchable(url: str, docs: dict[str, SourceDocument]) -> Iterator[Store]:  # noqa: F811
    with Store.open(url) as store:
        for doc in docs.values():
            assert store.save(doc, Extraction(document=doc.id))
        yield store


def _found(store: Store, query: str) -> set[str]:
    return {hit.document for hit in store.search(query)}


def test_query_terms_are_words_and_quoted_phrases() -> None:
    assert parse_query('"mass graves" near Dalvik') == [("mass", "graves"), ("near",), ("Dalvik",)]
    assert parse_query('Korsa "market') == [("Korsa",), ("market",)]  # an unmatched quote is ignored
    assert parse_query('"Dalvik" Dalvik') == [("Dalvik",)]  # a one-word phrase is a word; no repeats
    assert all(parse_query(q) == [] for q in PUNCTUATION_ONLY)


def test_a_word_finds_its_documents_with_a_marked_snippet(searchable: Store, docs: dict[str, SourceDocument]) -> None:
    hits = searchable.search("Korsa")
    assert [(h.document, h.title) for h in hits] == [(docs["market"].id, "Korsa market")]
    assert "[Korsa]" in hits[0].snippet
    assert "\n" not in hits[0].snippet
    assert _found(searchable, "korsa MARKET") == {docs["market"].id}  # every word, any case
    assert _found(searchable, "Korsa Dalvik") == set()


def test_a_quoted_phrase_needs_its_words_together(searchable: Store, docs: dict[str, SourceDocument]) -> None:
    assert _found(searchable, "mass graves") == {docs["graves"].id, docs["market"].id}
    assert _found(searchable, '"mass graves"') == {docs["graves"].id}
    assert _found(searchable, '"graves mass"') == set()
    hits = searchable.search('"mass graves" Dalvik')
    assert [h.document for h in hits] == [docs["graves"].id]
    marked = " ".join(re.findall(r"\[([^\]]+)\]", hits[0].snippet))  # FTS5 marks "[mass graves]", PostgreSQL each word
    assert marked.split() == ["mass", "graves", "Dalvik"]


def test_words_are_stemmed(searchable: Store, docs: dict[str, SourceDocument]) -> None:
    # both backends stem English (FTS5's porter tokenizer, PostgreSQL's english dictionary)
    assert _found(searchable, "accuses") == {docs["graves"].id, docs["market"].id}  # "accused" and "accuses"
    assert _found(searchable, "killing") == {docs["graves"].id}  # "killings"
    assert _found(searchable, "shelled") == {docs["market"].id}  # "shelling"


def test_best_match_first_and_pages(searchable: Store, docs: dict[str, SourceDocument]) -> None:
    # "Dalvik" is in the title and twice in the text of one document, once in the text of another
    assert [h.document for h in searchable.search("Dalvik")] == [docs["graves"].id, docs["notes"].id]
    assert searchable.count_search("Dalvik") == 2
    assert [h.document for h in searchable.search("Dalvik", limit=1, offset=1)] == [docs["notes"].id]
    assert searchable.search("Dalvik", limit=5, offset=2) == []


def test_stop_words(searchable: Store, url: str) -> None:  # noqa: F811
    # PostgreSQL's english configuration drops them (a query of stop words alone finds nothing); FTS5 keeps them
    expected = 0 if url.startswith("postgresql") else 3
    assert len(searchable.search("the")) == searchable.count_search("the") == expected
    assert searchable.count_search("the Korsa market") == 1


@pytest.mark.parametrize("query", PUNCTUATION_ONLY + ["", "   "])
def test_a_query_without_words_finds_nothing(searchable: Store, query: str) -> None:
    assert searchable.search(query) == []
    assert searchable.count_search(query) == 0


def test_query_text_is_never_sql_or_search_syntax(searchable: Store, docs: dict[str, SourceDocument]) -> None:
    before = searchable.counts()
    for query in HOSTILE:
        hits = searchable.search(query)  # no syntax error from SQL, FTS5 or tsquery
        assert {h.document for h in hits} <= {docs["graves"].id, docs["notes"].id}, query
    assert searchable.counts() == before
    assert _found(searchable, "Dalvik & !graves | (") == {docs["graves"].id}  # operators are dropped: both words
    assert _found(searchable, "x' OR '1'='1") == set()  # not "everything"
    assert _found(searchable, "Dalvik") == {docs["graves"].id, docs["notes"].id}


def test_new_and_changed_documents_are_searchable_at_once(url: str, docs: dict[str, SourceDocument]) -> None:  # noqa: F811
    with Store.open(url) as store:
        assert store.search("Orrinhold") == []
        store.save(docs["notes"], Extraction(document=docs["notes"].id))
        assert [h.document for h in store.search("Orrinhold")] == [docs["notes"].id]
        assert store.search("incidents reported")[0].snippet.count("[") == 2


def test_upgrading_to_0004_indexes_the_documents_already_stored(url: str, docs: dict[str, SourceDocument]) -> None:  # noqa: F811
    with Store.open(url) as store:
        for doc in docs.values():
            store.save(doc, Extraction(document=doc.id))
    command.downgrade(alembic_config(url), "0003")
    assert migrate(url) == "0004"
    with Store.open(url) as store:
        assert _found(store, '"mass graves"') == {docs["graves"].id}
        assert store.count_search("Korsa") == 1


def test_postgresql_indexes_a_document_too_big_for_one_tsvector(postgresql_url: str) -> None:  # noqa: F811
    # ~40,000 distinct long words: more than PostgreSQL's 1 MB tsvector holds
    words = " ".join(f"vel{n:05d}{'x' * 24}" for n in range(40_000))
    text = normalize_text(f"Archive of the Orrinhold registry. {words} Closing note.")
    big = _document("registry.txt", text, "Orrinhold registry", date(2025, 5, 1))
    with Store.open(postgresql_url) as store:
        assert store.save(big, Extraction(document=big.id))
        assert [h.document for h in store.search("registry archive")] == [big.id]
        assert store.count_search(f"vel00001{'x' * 24}") == 1
        assert store.count_search("closing note") == 0  # the tail that did not fit is not indexed


POSTGRES_SEARCH_SQL = re.compile(r"to_tsvector|to_tsquery|ts_rank|ts_headline|plpgsql|@@", re.IGNORECASE)


def test_postgresql_search_sql_stays_in_pg_fts() -> None:
    offenders = [
        f"{path.relative_to(STORE_DIR)}:{n}"
        for path in sorted(STORE_DIR.rglob("*.py"))
        if path.name != "pg_fts.py"
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if POSTGRES_SEARCH_SQL.search(line)
    ]
    assert offenders == []


def _relevance_ladder() -> list[SourceDocument]:
    """Six documents naming Dalvik, stored in this order; the later ones name it more often (rank higher)."""
    return [
        _document(f"ladder-{n}.txt", normalize_text(f"Report {n} of the Meridel Commission. " + "Dalvik was shelled. " * n
                                                     + "Aid reached Orrinhold."), f"Field report {n}", date(2025, 1, n))
        for n in range(1, 7)
    ]


def test_a_query_matching_more_than_the_cap_ranks_the_first_found_and_says_so(url: str) -> None:  # noqa: F811
    ladder = _relevance_ladder()
    ids = [doc.id for doc in ladder]
    with Store.open(url) as store:
        for doc in ladder:
            assert store.save(doc, Extraction(document=doc.id))
        with store._read() as session:  # the module's functions, with a cap small enough to reach
            connection = session.connection()
            uncapped = [h.document for h in store_search.search(connection, "Dalvik", limit=10, cap=None)]
            capped = [h.document for h in store_search.search(connection, "Dalvik", limit=10, cap=3)]
            second_page = [h.document for h in store_search.search(connection, "Dalvik", limit=2, offset=2, cap=3)]
            assert store_search.total(connection, "Dalvik", cap=3) == store_search.SearchTotal(3, True)
            assert store_search.total(connection, "Dalvik", cap=6) == store_search.SearchTotal(6, False)
            assert store_search.total(connection, "Dalvik", cap=None) == store_search.SearchTotal(6, False)
            assert store_search.total(connection, '"Dalvik was shelled" Orrinhold', cap=10) == store_search.SearchTotal(6, False)
        # every match ranked: most mentions first; capped: the three stored first, still best first
        assert uncapped == ids[::-1]
        assert capped == [ids[2], ids[1], ids[0]]
        assert second_page == [ids[0]]
        # through the store, with the real cap: nothing here comes near it
        assert [h.document for h in store.search("Dalvik")] == ids[::-1]
        assert store.search_total("Dalvik") == store_search.SearchTotal(6, False)
        assert store.count_search("Dalvik") == 6
        assert store_search.RANK_CAP >= 1_000  # a cap is for queries found in a large share of a big ledger
