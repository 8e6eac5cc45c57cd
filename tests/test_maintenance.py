"""casefile.store.maintenance and the ``backup``, ``check`` and ``migrate`` commands (fictional parties only)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from casefile.cli import app
from casefile.errors import InputError, StoreError
from casefile.store import Store, head_revision
from casefile.store.maintenance import backup, check

if TYPE_CHECKING:
    from conftest import Ledger

runner = CliRunner()


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def tamper(db: Path, *statements: str) -> None:
    connection = sqlite3.connect(db)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


# --- check -------------------------------------------------------------------------


def test_check_a_whole_ledger_finds_nothing(ledger: Ledger) -> None:
    assert check(url(ledger.db)) == []
    result = runner.invoke(app, ["check", "--db", str(ledger.db)])
    assert result.exit_code == 0, result.output
    assert "no problems" in result.stdout


def test_check_finds_a_span_that_no_longer_slices(ledger: Ledger) -> None:
    tamper(ledger.db, "UPDATE figures SET evidence_text = 'At least 999 people were killed'")
    [problem] = check(url(ledger.db))
    assert "figure" in problem.where and "999" in problem.what and "re-ingest" in problem.what


def test_check_finds_a_span_outside_the_text(ledger: Ledger) -> None:
    tamper(ledger.db, "UPDATE limitations SET start_offset = 100000, end_offset = 100010")
    [problem] = check(url(ledger.db))
    assert "limitation" in problem.where and "outside the text" in problem.what


def test_check_finds_records_without_their_document(ledger: Ledger) -> None:
    tamper(ledger.db, f"UPDATE allegations SET document_id = '{'f' * 64}' WHERE seq = 0")
    problems = [str(p) for p in check(url(ledger.db))]
    assert any("allegation of document ffffffffffff, which is not stored" in p for p in problems), problems


def test_check_finds_a_changed_text_and_an_old_revision(ledger: Ledger) -> None:
    tamper(ledger.db, "UPDATE documents SET text = text || ' (edited)'",
           "UPDATE alembic_version SET version_num = '0001'")
    problems = [str(p) for p in check(url(ledger.db))]
    assert any("does not hash to its id" in p for p in problems), problems
    assert any(f"revision 0001, expected {head_revision()}" in p and "casefile migrate" in p for p in problems)


def test_check_command_lists_problems_and_exits_1(ledger: Ledger) -> None:
    tamper(ledger.db, "UPDATE figures SET evidence_text = 'nothing like it'", "DELETE FROM alembic_version")
    result = subprocess.run([sys.executable, "-m", "casefile", "check", "--db", str(ledger.db)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count("problem ") == 2 and "2 problems found" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_of_a_missing_database_is_a_clean_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database at"):
        check(url(tmp_path / "nowhere.db"))
    assert not (tmp_path / "nowhere.db").exists()  # checking does not create it


# --- migrate -----------------------------------------------------------------------


def test_migrate_command_brings_a_new_database_to_head(db_path: Path) -> None:
    result = runner.invoke(app, ["migrate", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert head_revision() in result.stdout
    assert check(url(db_path)) == []


# --- backup ------------------------------------------------------------------------


def test_backup_copies_the_ledger(ledger: Ledger, tmp_path: Path) -> None:
    copy = tmp_path / "copies" / "ledger-copy.db"
    copy.parent.mkdir()
    result = runner.invoke(app, ["backup", str(copy), "--db", str(ledger.db)])
    assert result.exit_code == 0, result.output
    assert check(url(copy)) == []
    assert not list(copy.parent.glob("*.partial"))
    with Store.open(url(copy)) as store, Store.open(url(ledger.db)) as original:
        assert store.counts() == original.counts()
        assert store.extraction(ledger.source.id) == original.extraction(ledger.source.id)


def test_backup_refuses_an_existing_file(ledger: Ledger, tmp_path: Path) -> None:
    existing = tmp_path / "taken.db"
    existing.write_bytes(b"keep me")
    with pytest.raises(InputError, match="already exists"):
        backup(url(ledger.db), existing)
    assert existing.read_bytes() == b"keep me"


def test_backup_of_postgresql_points_to_pg_dump(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "casefile", "backup", str(tmp_path / "x.db"), "--db", "postgresql://clerk@localhost/ledger"],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode != 0
    assert "pg_dump" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.db").exists()


WRITER = textwrap.dedent('''
    import sys
    from casefile.records import Evidence, Extraction, Figure, SourceDocument
    from casefile.store import Store

    with Store.open(sys.argv[1]) as store:
        for n in range(int(sys.argv[2])):
            text = (f"Bulletin {n} of the Tessin Health Office. At least {n + 3} people were killed in Dalvik. "
                    f"About {n + 40} people were injured near Medra.")
            source = SourceDocument(origin=f"bulletin-{n}.txt", media_type="text/plain", text=text, raw=text.encode())
            figures = []
            for phrase in (f"At least {n + 3} people were killed", f"About {n + 40} people were injured"):
                start = text.index(phrase)
                figures.append(Figure(n + 3, "people", "killed", Evidence(source.id, start, start + len(phrase), phrase)))
            store.save(source, Extraction(source.id, figures=tuple(figures)))
            print(n, flush=True)
''')


def test_backup_while_another_process_writes_is_consistent(db_path: Path, tmp_path: Path) -> None:
    with Store.open(url(db_path)):
        pass
    writer = subprocess.Popen([sys.executable, "-c", WRITER, url(db_path), "150"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    copies: list[Path] = []
    try:
        assert writer.stdout is not None
        writer.stdout.readline()  # the first document is in
        while writer.poll() is None and len(copies) < 8:
            copies.append(backup(url(db_path), tmp_path / f"copy-{len(copies)}.db"))
            time.sleep(0.05)
    finally:
        _, stderr = writer.communicate(timeout=120)
    assert writer.returncode == 0, stderr
    assert copies
    for copy in copies:
        assert check(url(copy)) == [], copy
        connection = sqlite3.connect(copy)
        try:
            documents = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
            per_document = connection.execute(
                "SELECT count(*) FROM figures GROUP BY document_id").fetchall()
        finally:
            connection.close()
        assert documents >= 1
        assert per_document == [(2,)] * documents  # each document whole: both figures or none
