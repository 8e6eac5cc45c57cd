"""casefile.store against a real SQLite file per test (all parties and text are fictional)."""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from itertools import count
from pathlib import Path
from typing import Any, NoReturn

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, make_url
from sqlalchemy.exc import OperationalError

from casefile.config import database_url
from casefile.errors import InputError, NotFoundError, StoreError
from casefile.records import (
    ActorMention,
    Allegation,
    Evidence,
    Extraction,
    Figure,
    Limitation,
    Page,
    SourceDocument,
    normalize_text,
)
from casefile.store import Store, fts, head_revision, migrate, rows
from casefile.store.engine import make_engine
from casefile.store.migrate import alembic_config
from casefile.store.models import Base
from casefile.store.search import like_search

POSTGRES_ENV_VAR = "CASEFILE_TEST_POSTGRES"
REQUIRE_POSTGRES_ENV_VAR = "CASEFILE_REQUIRE_POSTGRES"  # CI sets it to 1: no PostgreSQL is then a failure
STORE_DIR = Path(__file__).resolve().parent.parent / "casefile" / "store"

REPORT = normalize_text(
    "Civic Watch International said on 2024-03-05 that forces of the Republic of Varnia "
    "committed war crimes in Ostrel province, including the torture of detainees.\n"
    "The Republic of Varnia accused the Ostrel Liberation Front of terrorism.\n"
    "The Varnian government denied that its army had attacked civilians.\n"
    "At least 120 people were killed and about 3,400 displaced, according to Civic Watch International.\n"
    "Civic Watch International said it could not verify reports of mass graves near Dalvik."
)

BULLETIN = normalize_text(
    "Ostrel Liberation Front spokesperson Mira Tessen said Varnian troops shelled the market "
    "at Korsa, a war crime and a crime against humanity. Eleven people were injured."
)


def span(document: SourceDocument, phrase: str, *, page: int | None = None) -> Evidence:
    """Evidence for the first occurrence of ``phrase`` in ``document``."""
    start = document.text.index(phrase)
    return Evidence(document.id, start, start + len(phrase), phrase, page)


def mention(
    document: SourceDocument, name: str, kind: str, surface: str, *, part_of: str | None = None, gazetteer: bool = True
) -> ActorMention:
    evidence = span(document, surface)
    return ActorMention(name, kind, surface, evidence, part_of=part_of, from_gazetteer=gazetteer)


@pytest.fixture
def report() -> SourceDocument:
    split = REPORT.index("The Varnian")
    return SourceDocument(
        origin="https://example.org/civic-watch/ostrel-report.pdf",
        media_type="application/pdf",
        text=REPORT,
        raw=b"%PDF-1.7 fictional bytes \x00\xff",
        title="Ostrel province: findings",
        publisher="Civic Watch International",
        published=date(2024, 3, 10),
        pages=(Page(1, 0, split), Page(2, split, len(REPORT))),
    )


@pytest.fixture
def report_extraction(report: SourceDocument) -> Extraction:
    doc = report
    return Extraction(
        document=doc.id,
        allegations=(
            Allegation(
                speaker="Civic Watch International",
                accused="Republic of Varnia",
                categories=("war_crimes", "human_rights_violations"),
                stance="asserts",
                evidence=span(doc, "forces of the Republic of Varnia committed war crimes", page=1),
                speaker_text="Civic Watch International",
                accused_text="forces of the Republic of Varnia",
                acts=("torture", "mistreatment_of_detainees"),
                certainty=0.9,
                responsibility="principal",
                statement_date="2024-03-05",
            ),
            Allegation(
                speaker="Republic of Varnia",
                accused="Ostrel Liberation Front",
                categories=("terrorism",),
                stance="asserts",
                evidence=span(doc, "accused the Ostrel Liberation Front of terrorism", page=1),
                speaker_text="The Republic of Varnia",
                accused_text="the Ostrel Liberation Front",
                hedged=True,
                certainty=0.55,
                statement_date="2023",
            ),
            Allegation(
                speaker="Republic of Varnia",
                accused="Republic of Varnia",
                categories=("war_crimes",),
                stance="denies",
                evidence=span(doc, "denied that its army had attacked civilians", page=2),
                speaker_text="The Varnian government",
                accused_text="its army",
                acts=("attacks_on_civilians",),
                statement_date="before 2024-03-01",
            ),
        ),
        figures=(
            Figure(
                value=120,
                what="people",
                category="killed",
                evidence=span(doc, "At least 120 people were killed", page=2),
                attributed_to="Civic Watch International",
                low=120,
                qualifier="at least",
            ),
            Figure(3400, "people", "displaced", span(doc, "about 3,400 displaced", page=2)),
        ),
        actors=(
            mention(doc, "Civic Watch International", "ngo", "Civic Watch International"),
            mention(doc, "Republic of Varnia", "state", "Republic of Varnia"),
            mention(doc, "Ostrel Liberation Front", "armed_group", "Ostrel Liberation Front", gazetteer=False),
            mention(doc, "Republic of Varnia", "state", "Varnian government"),
        ),
        limitations=(
            Limitation(
                speaker="Civic Watch International",
                about="mass graves",
                evidence=span(doc, "could not verify reports of mass graves", page=2),
            ),
        ),
    )


@pytest.fixture
def bulletin() -> SourceDocument:
    return SourceDocument(
        origin="https://example.org/olf/bulletin",
        media_type="text/html",
        text=BULLETIN,
        raw=BULLETIN.encode(),
        title="Bulletin 14",
        published=date(2024, 6, 2),
    )


@pytest.fixture
def bulletin_extraction(bulletin: SourceDocument) -> Extraction:
    doc = bulletin
    return Extraction(
        document=doc.id,
        allegations=(
            Allegation(
                speaker="Ostrel Liberation Front",
                accused="Republic of Varnia",
                categories=("war_crimes", "crimes_against_humanity"),
                stance="asserts",
                evidence=span(doc, "Varnian troops shelled the market at Korsa, a war crime"),
                speaker_text="Ostrel Liberation Front",
                speaker_person="Mira Tessen",
                accused_text="Varnian troops",
                acts=("attacks_on_civilians",),
            ),
        ),
        figures=(Figure(11, "people", "injured", span(doc, "Eleven people were injured")),),
        actors=(
            mention(doc, "Ostrel Liberation Front", "armed_group", "Ostrel Liberation Front"),
            mention(doc, "Mira Tessen", "person", "Mira Tessen", part_of="Ostrel Liberation Front"),
            mention(doc, "Republic of Varnia", "state", "Varnian troops"),
        ),
    )


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'casefile.db'}"


def _no_postgres(reason: str) -> NoReturn:
    """Skip with ``reason`` on a developer machine; fail when ``$CASEFILE_REQUIRE_POSTGRES=1`` (CI)."""
    if os.environ.get(REQUIRE_POSTGRES_ENV_VAR) == "1":
        pytest.fail(f"${REQUIRE_POSTGRES_ENV_VAR}=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def postgresql_url() -> Iterator[str]:
    """A fresh database on the server in $CASEFILE_TEST_POSTGRES (needs CREATEDB), dropped after."""
    server = os.environ.get(POSTGRES_ENV_VAR)
    if not server:
        _no_postgres(f"set ${POSTGRES_ENV_VAR}=postgresql://user@host/db to run against PostgreSQL")
    name = f"casefile_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = create_engine(
            database_url(server), isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": 10}
        )
        with admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}")
    except (ImportError, OperationalError) as exc:
        problem = f"{type(exc).__name__}: {exc}"
    else:
        problem = None
    if problem:  # reported outside the except block, so without the chained traceback
        where = make_url(server).render_as_string()  # password hidden
        _no_postgres(f"PostgreSQL at ${POSTGRES_ENV_VAR}={where} is unusable: {problem}")
    try:
        yield make_url(database_url(server)).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest) -> str:
    """Every dialect-neutral test runs on SQLite, and on PostgreSQL when one is configured."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def store(url: str) -> Iterator[Store]:
    with Store.open(url) as opened:
        yield opened


@pytest.fixture
def filled(
    store: Store,
    report: SourceDocument,
    report_extraction: Extraction,
    bulletin: SourceDocument,
    bulletin_extraction: Extraction,
) -> Store:
    assert store.save(report, report_extraction)
    assert store.save(bulletin, bulletin_extraction)
    return store


# --- migrations and connection settings ---------------------------------------------


TABLES = {
    "documents", "pages", "actors", "actor_mentions", "allegations", "allegation_categories", "allegation_acts",
    "figures", "limitations",
}


def _tables_and_version(url: str) -> tuple[set[str], str | None]:
    engine = make_engine(url)
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        version = MigrationContext.configure(connection).get_current_revision()
    engine.dispose()
    return tables, version


def test_open_migrates_a_fresh_database_to_head(url: str) -> None:
    Store.open(url).close()
    tables, version = _tables_and_version(url)
    expected = TABLES | ({fts.TABLE} if url.startswith("sqlite") else set())
    assert expected | {"alembic_version"} <= tables
    assert version == head_revision() == "0004"
    assert migrate(url) == "0004"  # idempotent; what `casefile migrate` reports


def test_initial_migration_downgrades_cleanly(url: str) -> None:
    migrate(url)
    command.downgrade(alembic_config(url), "base")
    tables, version = _tables_and_version(url)
    assert (tables - {"alembic_version"}, version) == (set(), None)
    assert migrate(url) == "0004"


def test_migrations_match_the_models(url: str) -> None:
    migrate(url)
    engine = make_engine(url)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": lambda name, type_, _: not (type_ == "table" and fts.is_fts_table(name))}
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def test_sqlite_connections_use_wal_busy_timeout_and_foreign_keys(sqlite_url: str, tmp_path: Path) -> None:
    Store.open(sqlite_url).close()
    engine = make_engine(sqlite_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30_000
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    engine.dispose()
    with sqlite3.connect(tmp_path / "casefile.db") as plain:  # WAL persists in the file itself
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_open_reports_an_unusable_path(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="could not be opened"):
        Store.open(f"sqlite:///{tmp_path / 'missing-dir' / 'casefile.db'}")


# --- saving -------------------------------------------------------------------------


def test_round_trip_is_exact(store: Store, report: SourceDocument, report_extraction: Extraction) -> None:
    assert store.save(report, report_extraction) is True
    assert store.has_document(report.id)
    assert store.extraction(report.id) == report_extraction
    stored = store.document(report.id)
    assert (stored.id, stored.origin, stored.media_type, stored.text) == (
        report.id, report.origin, report.media_type, report.text)
    assert (stored.title, stored.publisher, stored.published, stored.pages) == (
        report.title, report.publisher, report.published, report.pages)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", stored.ingested_at)
    assert store.raw_bytes(report.id) == report.raw
    assert store.allegations(document=report.id) == list(report_extraction.allegations)
    assert store.figures(document=report.id) == list(report_extraction.figures)
    assert store.limitations(document=report.id) == list(report_extraction.limitations)


def test_saving_twice_returns_false_and_duplicates_nothing(
    store: Store, report: SourceDocument, report_extraction: Extraction
) -> None:
    assert store.save(report, report_extraction)
    before = store.counts()
    assert store.save(report, report_extraction) is False
    assert store.counts() == before
    assert len(store.search("Dalvik")) == 1


def test_a_failure_mid_save_leaves_nothing_behind(
    store: Store, report: SourceDocument, report_extraction: Extraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = rows.figure_values

    def broken_figure_values(figure: Figure, *, seq: int) -> dict[str, Any]:
        # violates ck_figures_start_offset_nonnegative, after the document and most records are written
        return {**original(figure, seq=seq), "start_offset": -1}

    monkeypatch.setattr(rows, "figure_values", broken_figure_values)

    with pytest.raises(StoreError, match="was not saved"):
        store.save(report, report_extraction)
    assert not store.has_document(report.id)
    assert store.counts() == {"documents": 0, "allegations": 0, "figures": 0, "actors": 0, "limitations": 0}
    assert store.search("Dalvik") == []


def test_evidence_that_misquotes_the_text_is_refused(
    store: Store, report: SourceDocument, report_extraction: Extraction
) -> None:
    figure = report_extraction.figures[0]
    wrong = replace(figure, evidence=replace(figure.evidence, text="At most 120 people were killed"))
    with pytest.raises(StoreError, match="quotes"):
        store.save(report, replace(report_extraction, figures=(wrong,)))
    with pytest.raises(StoreError, match="extract from the document being saved"):
        store.save(report, replace(report_extraction, document="0" * 64))
    assert store.counts()["documents"] == 0


def test_concurrent_writers_share_actors(sqlite_url: str) -> None:
    """Two stores on one file, saving at once: busy_timeout serialises them, actors stay unique."""
    Store.open(sqlite_url).close()
    docs = [
        SourceDocument(origin=f"note-{n}", media_type="text/plain", text=f"Note {n}: Republic of Varnia.", raw=b"")
        for n in range(16)
    ]

    def save_all(batch: list[SourceDocument]) -> list[bool]:
        with Store.open(sqlite_url) as own:
            return [
                own.save(d, Extraction(d.id, actors=(mention(d, "Republic of Varnia", "state", "Republic of Varnia"),)))
                for d in batch
            ]

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(save_all, [docs, list(reversed(docs))]))
    assert sum(map(sum, results)) == len(docs)  # each document stored once; the other attempt got False
    with Store.open(sqlite_url) as check:
        assert check.counts()["actors"] == 1
        assert check.actors()[0].documents == len(docs)


# --- reading ------------------------------------------------------------------------


def test_documents_newest_first(filled: Store, report: SourceDocument, bulletin: SourceDocument) -> None:
    assert [d.id for d in filled.documents()] == [bulletin.id, report.id]


def test_allegation_filters(filled: Store, report: SourceDocument, bulletin: SourceDocument) -> None:
    def speakers(**filters: object) -> list[tuple[str, str]]:
        return [(a.speaker, a.stance) for a in filled.allegations(**filters)]  # type: ignore[arg-type]

    assert len(filled.allegations()) == 4
    assert speakers(speaker="civic watch") == [("Civic Watch International", "asserts")]
    assert speakers(speaker="varnian GOVERNMENT") == [("Republic of Varnia", "denies")]  # surface text
    assert [a.accused for a in filled.allegations(accused="liberation")] == ["Ostrel Liberation Front"]
    assert len(filled.allegations(accused="Varnia")) == 3
    assert speakers(category="terrorism") == [("Republic of Varnia", "asserts")]
    assert len(filled.allegations(category="war_crimes")) == 3
    assert speakers(category="crimes_against_humanity") == [("Ostrel Liberation Front", "asserts")]
    assert speakers(stance="denies") == [("Republic of Varnia", "denies")]
    assert speakers(category="war_crimes", stance="asserts", accused="varnia") == [
        ("Civic Watch International", "asserts"), ("Ostrel Liberation Front", "asserts")]
    assert filled.allegations(document=bulletin.id[:8])[0].speaker_person == "Mira Tessen"
    assert filled.allegations(speaker="%") == []  # LIKE wildcards are literal


def test_date_filters_use_statement_date_else_published(filled: Store) -> None:
    # dated: 2024-03-05 (statement), 2023-01-01 ("2023"), 2024-03-10 (published: "before ..." is no date),
    # 2024-06-02 (bulletin, no statement date -> published)
    def dates(**filters: object) -> list[str]:
        return [str(a.statement_date) for a in filled.allegations(**filters)]  # type: ignore[arg-type]

    assert dates(since=date(2024, 3, 6)) == ["before 2024-03-01", "None"]
    assert dates(until=date(2023, 12, 31)) == ["2023"]
    assert dates(since=date(2024, 3, 5), until=date(2024, 3, 10)) == ["2024-03-05", "before 2024-03-01"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03", date(2024, 3, 1)),
        ("2024", date(2024, 1, 1)),
        ("before 2025-12-11", None),
        ("2024-13-01", None),
        ("March 2024", None),
        (None, None),
    ],
)
def test_parse_statement_date(value: str | None, expected: date | None) -> None:
    assert rows.parse_statement_date(value) == expected


def test_unknown_filter_values_are_input_errors(filled: Store) -> None:
    with pytest.raises(InputError, match="war_crimes"):
        filled.allegations(category="warcrimes")
    with pytest.raises(InputError, match="denies"):
        filled.allegations(stance="deny")
    with pytest.raises(InputError):
        filled.figures(category="dead")


def test_figures_and_limitations(filled: Store, bulletin: SourceDocument) -> None:
    assert [f.value for f in filled.figures()] == [120, 3400, 11]
    assert [f.value for f in filled.figures(category="injured")] == [11]
    assert filled.figures(document=bulletin.id, category="killed") == []
    assert [lim.about for lim in filled.limitations()] == ["mass graves"]
    assert filled.limitations(document=bulletin.id) == []


def _colliding_documents() -> tuple[SourceDocument, SourceDocument]:
    """Two documents whose ids share their first six hex characters (found by brute force)."""
    seen: dict[str, SourceDocument] = {}
    for n in count():
        doc = SourceDocument(origin=f"memo-{n}", media_type="text/plain", text=f"Varnia memo {n}", raw=b"")
        prefix = doc.id[:6]
        if prefix in seen:
            return seen[prefix], doc
        seen[prefix] = doc
    raise AssertionError("unreachable")


def test_document_lookup_by_prefix(store: Store) -> None:
    first, second = _colliding_documents()
    for doc in (first, second):
        store.save(doc, Extraction(document=doc.id))
    assert store.document(first.id[:10].upper()).id == first.id
    assert store.raw_bytes(second.id[:12]) == b""
    with pytest.raises(StoreError, match="ambiguous"):
        store.document(first.id[:6])
    with pytest.raises(NotFoundError, match="at least 6"):
        store.document(first.id[:5])
    with pytest.raises(NotFoundError):
        store.document("ffffff" if not first.id.startswith("ffffff") else "000000")
    with pytest.raises(NotFoundError):
        store.allegations(document="not-an-id")


def test_search_finds_documents_with_snippets(filled: Store, report: SourceDocument, bulletin: SourceDocument) -> None:
    hits = filled.search("mass graves")
    assert [(h.document, h.title) for h in hits] == [(report.id, "Ostrel province: findings")]
    assert "[mass]" in hits[0].snippet  # FTS5 marks each word, the LIKE fallback the first
    assert {h.document for h in filled.search("war crime")} == {report.id, bulletin.id}
    # FTS syntax in user input is neutralised, not a syntax error
    assert [h.document for h in filled.search('"Korsa -market: (')] == [bulletin.id]
    assert filled.search("") == []
    assert len(filled.search("Varnia", limit=1)) == 1


def test_portable_like_search_matches_fts(filled: Store, report: SourceDocument, url: str) -> None:
    engine = make_engine(url)
    with engine.connect() as connection:  # the fallback other dialects use, run here on SQLite
        hits = like_search(connection, "MASS graves", limit=20)
    engine.dispose()
    assert [h.document for h in hits] == [report.id]
    assert "[mass]" in hits[0].snippet


def test_actor_summaries(filled: Store) -> None:
    actors = {a.name: a for a in filled.actors()}
    varnia = actors["Republic of Varnia"]
    assert (varnia.kind, varnia.mentions, varnia.documents) == ("state", 3, 2)
    assert varnia.surfaces == ("Republic of Varnia", "Varnian government", "Varnian troops")
    assert actors["Mira Tessen"].part_of == "Ostrel Liberation Front"
    assert actors["Ostrel Liberation Front"].documents == 2
    assert filled.actors()[0].name == "Republic of Varnia"  # most mentioned first


def test_counts(filled: Store) -> None:
    assert filled.counts() == {"documents": 2, "allegations": 4, "figures": 3, "actors": 4, "limitations": 1}


# --- portability --------------------------------------------------------------------

SQLITE_KEYWORDS = re.compile(r"PRAGMA|\bMATCH\b|INSERT OR |AUTOINCREMENT|\bGLOB\b|VIRTUAL TABLE|CREATE TRIGGER")
SQLITE_NAMES = re.compile(
    r"using fts5|\browid\b|json_extract|strftime|snippet\(|bm25\(|sqlite3|sqlite_master", re.IGNORECASE
)


def test_sqlite_specific_sql_stays_in_its_two_modules() -> None:
    # pg_fts.py: PostgreSQL's full-text trigger also reads "CREATE TRIGGER" (see test_search.py for its own check)
    allowed = {STORE_DIR / "fts.py", STORE_DIR / "sqlite.py", STORE_DIR / "pg_fts.py"}
    offenders = [
        f"{path.relative_to(STORE_DIR)}:{n}: {line.strip()}"
        for path in sorted(STORE_DIR.rglob("*.py"))
        if path not in allowed
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if SQLITE_KEYWORDS.search(line) or SQLITE_NAMES.search(line)
    ]
    assert offenders == []
