"""Review: accept / reject / correct, the audit log, and re-extraction that keeps human decisions.

Store tests run on SQLite and, when configured, PostgreSQL (the fixtures of test_store.py);
the ingest and CLI tests use the real extractor on fictional text.
"""
# ruff: noqa: F811  (pytest fixtures imported from test_store.py are redefined as arguments)

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect
from test_store import (  # noqa: F401  (fixtures: each store test runs on SQLite and PostgreSQL)
    bulletin,
    bulletin_extraction,
    postgresql_url,
    report,
    report_extraction,
    span,
    sqlite_url,
    store,
    url,
)
from typer.testing import CliRunner

from casefile import service
from casefile.cli import app
from casefile.errors import InputError, NotFoundError
from casefile.records import Extraction, SourceDocument
from casefile.store import Reextraction, Store
from casefile.store.engine import make_engine
from casefile.store.migrate import alembic_config
from casefile.store.review import EDITABLE, KINDS

ZEMARYN_NOTE = (
    "date 2025-05-02\n"
    "The Veridane Rights Initiative accused the Kingdom of Zemaryn of torture in Korvel.\n"
    "The Kingdom of Zemaryn denied committing torture.\n"
    "At least 17 people were killed in Korvel, according to Salvance Medical.\n"
    "The Veridane Rights Initiative said it could not verify who ordered the raids.\n"
)


def machine_values(kind: str, record: object) -> dict[str, object]:
    """What the store should keep of a record before a correction: its editable fields, lists as lists."""
    return {
        name: list(value) if isinstance(value := getattr(record, name), tuple) else value
        for name in EDITABLE[kind]
    }


def statuses(store: Store, document: str) -> dict[str, list[str]]:
    found = store.reviewed_records(document)
    return {kind: [r.status for r in found[kind]] for kind in KINDS}


# --- deciding -----------------------------------------------------------------------


def test_each_record_can_be_accepted_rejected_or_corrected(
    store: Store, report: SourceDocument, report_extraction: Extraction
) -> None:
    assert store.save(report, report_extraction)
    records = store.reviewed_records(report.id[:10])
    assert statuses(store, report.id) == {"allegation": ["machine"] * 3, "figure": ["machine"] * 2,
                                          "limitation": ["machine"]}
    assert [r.record for r in records["allegation"]] == list(report_extraction.allegations)
    a0, a1, a2 = records["allegation"]
    f0, _ = records["figure"]

    accepted = store.review("allegation", a0.id, "accept", by="analyst-1")
    assert (accepted.status, accepted.reviewed_by, accepted.record, accepted.machine) == (
        "accepted", "analyst-1", a0.record, None)
    assert accepted.reviewed_at and accepted.reviewed_at.endswith("+00:00")

    store.review("allegation", a1.id, "reject", by="analyst-2", note="a quote of a quote")
    assert store.allegations() == [a0.record, a2.record]  # a rejected record leaves the ledger...
    assert store.extraction(report.id).allegations == (a0.record, a2.record)
    assert store.counts()["allegations"] == 2
    assert store.record("allegation", a1.id).status == "rejected"  # ...but stays stored and reviewable
    assert [r.status for r in store.reviewed_records(report.id)["allegation"]] == ["accepted", "rejected", "machine"]

    corrected = store.review("figure", f0.id, "correct", by="analyst-1", fields={"value": 121, "qualifier": None})
    assert corrected.status == "corrected"
    assert corrected.record == replace(f0.record, value=121, qualifier=None)
    assert corrected.machine == machine_values("figure", f0.record)  # the extractor's values stay recoverable
    assert [f.value for f in store.figures(category="killed")] == [121]
    assert corrected.record.evidence == f0.record.evidence  # a correction never moves the evidence


def test_every_decision_is_in_the_audit_log(store: Store, report: SourceDocument, report_extraction: Extraction) -> None:
    store.save(report, report_extraction)
    records = store.reviewed_records(report.id)
    a0, a1, _ = records["allegation"]
    f0, _ = records["figure"]
    store.review("allegation", a0.id, "accept", by="analyst-1")
    store.review("allegation", a1.id, "reject", by="analyst-2", note="  a quote of a quote ")
    store.review("figure", f0.id, "correct", by="analyst-1", fields={"value": 121})

    entries = store.audit()  # newest first
    assert [(e.action, e.by, e.kind, e.record_id, e.document) for e in entries] == [
        ("correct", "analyst-1", "figure", f0.id, report.id),
        ("reject", "analyst-2", "allegation", a1.id, report.id),
        ("accept", "analyst-1", "allegation", a0.id, report.id),
    ]
    correction = entries[0]
    assert correction.before == {"status": "machine", "values": machine_values("figure", f0.record)}
    assert correction.after == {"status": "corrected",
                                "values": {**machine_values("figure", f0.record), "value": 121}}
    assert entries[1].note == "a quote of a quote"
    assert entries[1].before["status"] == "machine" and entries[1].after["status"] == "rejected"
    assert store.audit_total() == 3 and store.audit_total(kind="allegation") == 2
    assert store.audit(limit=1, offset=1) == [entries[1]]
    assert store.audit(kind="allegation", record_id=a1.id) == [entries[1]]
    assert store.audit(document=report.id[:8]) == entries
    assert store.audit(oldest_first=True) == list(reversed(entries))


def test_corrections_feed_the_filters_and_keep_the_first_machine_values(
    store: Store, report: SourceDocument, report_extraction: Extraction
) -> None:
    store.save(report, report_extraction)
    a0 = store.reviewed_records(report.id)["allegation"][0]
    store.review("allegation", a0.id, "correct", by="analyst-1",
                 fields={"categories": ["crimes_against_humanity"], "acts": [], "statement_date": "2024-04-01"})
    assert [a.speaker for a in store.allegations(category="crimes_against_humanity")] == ["Civic Watch International"]
    assert [a.stance for a in store.allegations(category="war_crimes")] == ["denies"]  # only the untouched denial
    assert "2024-04-01" in [a.statement_date for a in store.allegations(since=date(2024, 3, 20))]
    assert store.allegations(until=date(2024, 3, 6), speaker="civic watch") == []  # dated moved with the correction

    second = store.review("allegation", a0.id, "correct", by="analyst-2", fields={"certainty": 0.5, "hedged": True})
    assert second.machine == machine_values("allegation", a0.record)  # still the extractor's, not the first edit's
    first, last = store.audit(kind="allegation", record_id=a0.id, oldest_first=True)
    assert last.before["values"]["categories"] == ["crimes_against_humanity"]
    assert (last.before["status"], last.after["values"]["certainty"], last.after["values"]["hedged"]) == (
        "corrected", 0.5, True)
    assert first.before["values"]["statement_date"] == "2024-03-05"


def test_bad_decisions_are_refused_and_leave_no_trace(
    store: Store, report: SourceDocument, report_extraction: Extraction
) -> None:
    store.save(report, report_extraction)
    records = store.reviewed_records(report.id)
    a0, f0 = records["allegation"][0], records["figure"][0]
    bad = [
        (("allegation", a0.id, "approve"), {}, "accept, reject, correct"),
        (("opinion", a0.id, "accept"), {}, "allegation, figure, limitation"),
        (("allegation", a0.id, "accept"), {"by": "  "}, "who decides"),
        (("allegation", a0.id, "accept"), {"fields": {"stance": "denies"}}, "only with the action 'correct'"),
        (("allegation", a0.id, "correct"), {}, "at least one field"),
        (("allegation", a0.id, "correct"), {"fields": {"evidence": "x"}}, "cannot be corrected"),
        (("allegation", a0.id, "correct"), {"fields": {"categories": ["parking"]}}, "parking"),
        (("allegation", a0.id, "correct"), {"fields": {"categories": []}}, "at least one"),
        (("allegation", a0.id, "correct"), {"fields": {"speaker": ""}}, "speaker must be"),
        (("allegation", a0.id, "correct"), {"fields": {"certainty": 1.5}}, "from 0 to 1"),
        (("allegation", a0.id, "correct"), {"fields": {"stance": "asserts"}}, "changes nothing"),
        (("figure", f0.id, "correct"), {"fields": {"value": -3}}, "whole number"),
        (("figure", f0.id, "correct"), {"fields": {"high": 100}}, "must not be above high"),  # low is 120
        (("figure", f0.id, "correct"), {"fields": {"category": "dead"}}, "killed"),
    ]
    for args, options, message in bad:
        kwargs = {"by": "analyst-1", **options}
        with pytest.raises(InputError, match=message):
            store.review(*args, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(NotFoundError, match="no figure with id 999999"):
        store.review("figure", 999999, "accept", by="analyst-1")
    assert store.audit_total() == 0
    assert statuses(store, report.id)["allegation"] == ["machine"] * 3
    assert store.extraction(report.id) == report_extraction


# --- re-extraction ------------------------------------------------------------------


def test_reextraction_keeps_decisions_and_marks_new_records(
    store: Store, report: SourceDocument, report_extraction: Extraction
) -> None:
    store.save(report, report_extraction)
    old = store.reviewed_records(report.id)
    a0, a1, a2 = old["allegation"]
    f0, f1 = old["figure"]
    store.review("allegation", a0.id, "accept", by="analyst-1")
    store.review("allegation", a1.id, "reject", by="analyst-1")
    store.review("figure", f0.id, "correct", by="analyst-1", fields={"value": 125})
    trail = store.audit()

    # A newer extractor: other certainty for a0 and another act for a2 (same span, speaker, accused, stance),
    # a1 and f0 read as before, and a wider reading of a1's sentence it never made before.
    wider = replace(a1.record, evidence=span(report, "The Republic of Varnia accused the Ostrel Liberation Front of terrorism."))
    newer = replace(
        report_extraction,
        allegations=(replace(a0.record, certainty=0.4), a1.record,
                     replace(a2.record, acts=("attacks_on_civilians", "murder")), wider),
        actors=report_extraction.actors[:2],
    )
    result = store.reextract(report, newer)
    assert result == Reextraction(report.id, kept=3, covered=3, replaced=3, added=4, new=1)

    after = store.reviewed_records(report.id)
    assert [(r.id, r.status) for r in after["allegation"]] == [
        (a0.id, "accepted"), (after["allegation"][1].id, "new"), (a1.id, "rejected"), (after["allegation"][3].id, "machine"),
    ]
    assert after["allegation"][0].record == a0.record  # the accepted values, not the newer reading
    assert after["allegation"][1].record == wider
    assert after["allegation"][3].record.acts == ("attacks_on_civilians", "murder")  # undecided: replaced
    corrected, replaced = after["figure"]
    assert (corrected.id, corrected.status, corrected.record.value) == (f0.id, "corrected", 125)
    assert (replaced.status, replaced.record) == ("machine", f1.record)
    assert [r.status for r in after["limitation"]] == ["machine"]
    assert store.allegations(document=report.id) == [a0.record, wider, after["allegation"][3].record]
    assert store.extraction(report.id).actors == report_extraction.actors[:2]
    assert store.audit() == trail  # re-extraction decides nothing

    again = store.reextract(report, newer)  # the same extractor again: nothing new, nothing lost
    assert again == Reextraction(report.id, kept=3, covered=3, replaced=4, added=4, new=0)
    assert statuses(store, report.id) == {"allegation": ["accepted", "new", "rejected", "machine"],
                                          "figure": ["corrected", "machine"], "limitation": ["machine"]}


def test_reextracting_a_document_not_yet_stored_saves_it(
    store: Store, bulletin: SourceDocument, bulletin_extraction: Extraction
) -> None:
    result = store.reextract(bulletin, bulletin_extraction)
    assert result == Reextraction(bulletin.id, added=2)
    assert store.extraction(bulletin.id) == bulletin_extraction


def test_review_migration_keeps_existing_records(url: str, report: SourceDocument, report_extraction: Extraction) -> None:
    with Store.open(url) as opened:
        opened.save(report, report_extraction)
        first = opened.reviewed_records(report.id)["allegation"][0]
        opened.review("allegation", first.id, "reject", by="analyst-1")
    command.downgrade(alembic_config(url), "0002")
    engine = make_engine(url)
    with engine.connect() as connection:
        assert "audit_log" not in inspect(connection).get_table_names()
        assert "review" not in {c["name"] for c in inspect(connection).get_columns("allegations")}
    engine.dispose()
    with Store.open(url) as reopened:  # upgrades again: every stored record starts as machine, none lost
        assert statuses(reopened, report.id)["allegation"] == ["machine"] * 3
        assert reopened.extraction(report.id) == report_extraction
        assert reopened.audit() == []


# --- ingest --reextract and the CLI, with the real extractor ------------------------------


@pytest.fixture
def zemaryn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fictional_actor_files: str) -> Path:
    monkeypatch.setenv("CASEFILE_ACTORS", fictional_actor_files)
    path = tmp_path / "zemaryn-note.txt"
    path.write_text(ZEMARYN_NOTE, encoding="utf-8")
    return path


def test_ingest_reextract_keeps_what_people_decided(tmp_path: Path, zemaryn: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'ledger.db'}") as store:
        (first,) = service.ingest([str(zemaryn)], store=store).outcomes
        assert first.status == "stored" and first.document_id
        before = store.reviewed_records(first.document_id)
        assert before["allegation"] and before["figure"] and before["limitation"]
        rejected, figure = before["allegation"][0], before["figure"][0]
        store.review("allegation", rejected.id, "reject", by="analyst-1")
        store.review("figure", figure.id, "correct", by="analyst-1", fields={"value": figure.record.value + 1})

        assert service.ingest([str(zemaryn)], store=store).outcomes[0].status == "known"
        summary = service.ingest([str(zemaryn)], store=store, reextract=True)
        (again,) = summary.outcomes
        assert again.status == "reextracted" and summary.reextracted == [again]
        assert again.reextraction is not None
        assert (again.reextraction.kept, again.reextraction.covered, again.reextraction.new) == (2, 2, 0)

        after = store.reviewed_records(first.document_id)
        assert store.record("allegation", rejected.id).status == "rejected"
        kept = store.record("figure", figure.id)
        assert (kept.status, kept.record.value) == ("corrected", figure.record.value + 1)
        assert sum(map(len, after.values())) == sum(map(len, before.values()))
        decided = {("allegation", rejected.id), ("figure", figure.id)}
        undecided = [r for kind in KINDS for r in after[kind] if (r.kind, r.id) not in decided]
        assert undecided and {r.status for r in undecided} == {"machine"}  # same reading: not new


def test_cli_review_audit_and_reextract(tmp_path: Path, zemaryn: Path) -> None:
    runner = CliRunner()
    db = ["--db", str(tmp_path / "cli.db")]
    assert runner.invoke(app, ["ingest", str(zemaryn), *db]).exit_code == 0
    documents = json.loads(runner.invoke(app, ["documents", "--json", *db]).stdout)
    listed = runner.invoke(app, ["records", documents[0]["id"][:10], "--json", *db])
    assert listed.exit_code == 0, listed.output
    figure = next(r for r in json.loads(listed.stdout) if r["kind"] == "figure")

    corrected = runner.invoke(app, ["review", "figure", str(figure["id"]), "correct", "--set", "value=18",
                                    "--set", "qualifier=", "--by", "desk-editor", "--note", "recounted", "--json", *db])
    assert corrected.exit_code == 0, corrected.output
    body = json.loads(corrected.stdout)
    assert (body["status"], body["record"]["value"], body["record"]["qualifier"]) == ("corrected", 18, None)
    assert body["machine"]["value"] == figure["record"]["value"]

    refused = runner.invoke(app, ["review", "figure", str(figure["id"]), "correct", "--set", "colour=red",
                                  "--by", "desk-editor", *db])
    assert refused.exit_code == 2 and "colour" in refused.output
    missing = runner.invoke(app, ["review", "limitation", "999999", "accept", "--by", "desk-editor", *db])
    assert missing.exit_code == 4

    (entry,) = json.loads(runner.invoke(app, ["audit", "--json", *db]).stdout)
    assert (entry["by"], entry["action"], entry["record_id"], entry["note"]) == (
        "desk-editor", "correct", figure["id"], "recounted")
    table = runner.invoke(app, ["audit", *db], env={"COLUMNS": "200"})
    assert "desk-editor" in table.stdout and f"value: {figure['record']['value']} → 18" in table.stdout

    redo = runner.invoke(app, ["ingest", "--reextract", str(zemaryn), *db], env={"COLUMNS": "200"})
    assert redo.exit_code == 0, redo.output
    assert "re-extracted" in redo.stdout and "1 reviewed kept" in redo.stdout
    relisted = {r["id"]: r for r in json.loads(runner.invoke(app, ["records", documents[0]["id"], "--json", *db]).stdout)
                if r["kind"] == "figure"}
    assert relisted[figure["id"]]["record"]["value"] == 18


# --- write tokens: list and revoke ------------------------------------------------------------


def test_tokens_are_listed_by_name_and_revoked_at_once(store: Store) -> None:
    first = store.create_token("desk editor")
    second = store.create_token("second reader")
    listed = store.tokens()
    assert [name for name, _ in listed] == ["desk editor", "second reader"]
    assert all(first not in str(row) and second not in str(row) for row in listed)  # never the secrets
    assert store.token_created("desk editor") == listed[0][1]

    assert store.revoke_token("desk editor") is True
    assert store.verify_token(first) is None and store.token_created("desk editor") is None
    assert store.verify_token(second) == "second reader"  # the others keep working
    assert store.revoke_token("desk editor") is False  # nothing left to revoke
    renewed = store.create_token("desk editor")  # the name is free again, with a new secret
    assert store.verify_token(renewed) == "desk editor" and store.verify_token(first) is None


def test_cli_token_list_and_revoke(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "tokens.db")
    made = runner.invoke(app, ["token", "create", "night desk", "--db", db])
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip()
    listed = runner.invoke(app, ["token", "list", "--db", db])
    assert listed.exit_code == 0 and listed.stdout.startswith("night desk\t") and secret not in listed.output
    revoked = runner.invoke(app, ["token", "revoke", "night desk", "--db", db])
    assert revoked.exit_code == 0 and "revoked" in revoked.output
    again = runner.invoke(app, ["token", "revoke", "night desk", "--db", db])
    assert again.exit_code == 4 and "no token named 'night desk'" in again.output
    assert runner.invoke(app, ["token", "list", "--db", db]).stdout == ""
