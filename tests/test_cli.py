"""The ``casefile`` command through Typer's runner and as a real subprocess (fictional parties only)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import typer
from typer.testing import CliRunner, Result

from casefile.cli import app
from casefile.records import CATEGORIES

if TYPE_CHECKING:
    from conftest import Ledger

runner = CliRunner()
COMMAND = typer.main.get_command(app)
MEASURES = {"allegations", "denials", "hedged", "acts", "figures"}


def run(*args: str | Path, db: Path | None = None, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    argv = [str(a) for a in args] + (["--db", str(db)] if db else [])
    return runner.invoke(app, argv, env=env, input=input)


def as_json(result: Result) -> Any:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def subprocess_run(*args: str | Path, env: dict[str, str] | None = None, input: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "casefile", *map(str, args)],
        capture_output=True, text=True, input=input, env={**os.environ, **(env or {})}, timeout=300,
    )


# --- help and version ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(COMMAND.commands))
def test_every_command_and_option_has_help(name: str) -> None:
    command = COMMAND.commands[name]
    assert command.help, f"{name} has no help text"
    undocumented = [p.name for p in command.params if not getattr(p, "help", None)]
    assert not undocumented, f"{name}: no help for {undocumented}"
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_the_expected_commands_exist() -> None:
    assert set(COMMAND.commands) == {
        "ingest", "allegations", "figures", "actors", "documents", "show", "export", "extract", "eval", "search", "claims", "positions",
        "serve", "token", "backup", "check", "migrate", "records", "review", "audit",
    }


def test_root_options_have_help() -> None:
    assert COMMAND.help
    assert all(p.help for p in COMMAND.params)
    result = run("--help")
    assert result.exit_code == 0 and "ingest" in result.stdout


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("casefile ")


# --- ingest ------------------------------------------------------------------------


def test_ingest_stores_then_knows_and_reports_failures(db_path: Path, stories: dict[str, Path]) -> None:
    first = run("ingest", stories["civic"], stories["empty"], stories["unsupported"], stories["bulletin"], db=db_path)

    assert first.exit_code == 1
    lines = first.stdout.splitlines()
    assert [line.split()[0] for line in lines[:-1]] == ["stored", "failed", "failed", "stored"]
    assert "empty file" in lines[1] and ".xyz" in lines[2]
    assert "2 documents stored" in first.stdout and "2 failed" in first.stdout

    again = run("ingest", stories["civic"], db=db_path)
    assert again.exit_code == 0
    assert "already known" in again.stdout
    assert "0 documents stored" in again.stdout
    assert len(as_json(run("documents", "--json", db=db_path))) == 2


def test_ingest_a_directory_and_overrides(db_path: Path, stories: dict[str, Path]) -> None:
    result = run("ingest", stories["civic"].parent, "--published", "2025-05-06", "--publisher", "Dalvik Post",
                 "--title", "Velmora file", db=db_path)

    assert result.exit_code == 0, result.output
    documents = as_json(run("documents", "--json", db=db_path))
    assert {(d["published"], d["publisher"], d["title"]) for d in documents} == {("2025-05-06", "Dalvik Post", "Velmora file")}
    assert all("text" not in d for d in documents)


def test_ingest_reads_stdin(db_path: Path) -> None:
    result = run("ingest", "-", db=db_path, input="The Dalvik Post reported a quiet week in Tessin.\n")
    assert result.exit_code == 0, result.output
    assert as_json(run("documents", "--json", db=db_path))[0]["origin"] == "<stdin>"


def test_ingest_rejects_a_bad_date(db_path: Path, stories: dict[str, Path]) -> None:
    result = run("ingest", stories["civic"], "--published", "14/02/2025", db=db_path)
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_db_option_and_environment_variable_are_both_honoured(tmp_path: Path, stories: dict[str, Path]) -> None:
    by_option, by_env = tmp_path / "option.db", tmp_path / "env.db"
    assert run("ingest", stories["civic"], db=by_option).exit_code == 0
    assert run("ingest", stories["bulletin"], env={"CASEFILE_DB": str(by_env)}).exit_code == 0

    [from_option] = as_json(run("documents", "--json", db=by_option))
    [from_env] = as_json(run("documents", "--json", env={"CASEFILE_DB": str(by_env)}))
    assert from_option["origin"] == str(stories["civic"])
    assert from_env["origin"] == str(stories["bulletin"])
    assert as_json(run("documents", "--json", db=by_option, env={"CASEFILE_DB": str(by_env)})) == [from_option]


def test_ingest_as_a_subprocess(db_path: Path, stories: dict[str, Path]) -> None:
    first = subprocess_run("ingest", stories["civic"], stories["empty"], stories["unsupported"], "--db", db_path)
    assert first.returncode == 1, first.stderr
    assert "stored" in first.stdout and "failed" in first.stdout
    assert "Traceback" not in first.stderr

    again = subprocess_run("ingest", stories["civic"], env={"CASEFILE_DB": str(db_path)})
    assert again.returncode == 0, again.stderr
    assert "already known" in again.stdout
    assert len(as_json(run("documents", "--json", db=db_path))) == 1


def test_ingest_extracts_allegation_from_fictional_story(db_path: Path, stories: dict[str, Path]) -> None:
    """Needs the real extractor: fails while ``casefile.extract`` is a placeholder."""
    assert run("ingest", stories["civic"], db=db_path).exit_code == 0

    allegations = as_json(run("allegations", "--json", db=db_path))
    assert any(
        "Civic Watch" in a["speaker"] and "Ostrel" in a["accused"] and "war_crimes" in a["categories"]
        and a["stance"] == "asserts"
        for a in allegations
    ), allegations


# --- listing -----------------------------------------------------------------------


def test_allegations_as_json_and_filtered(ledger: Ledger) -> None:
    everything = as_json(run("allegations", "--json", db=ledger.db))
    assert [a["stance"] for a in everything] == ["asserts", "denies"]
    assert everything[0]["evidence"]["document"] == ledger.source.id

    def count(*options: str) -> int:
        return len(as_json(run("allegations", "--json", *options, db=ledger.db)))

    assert count("--stance", "denies") == 1
    assert count("--speaker", "harrowgate") == 1
    assert count("--accused", "Velmora") == 2
    assert count("--category", "crimes-against-humanity") == 2
    assert count("--category", "war_crimes") == 0
    assert count("--since", "2025-02-01", "--until", "2025-03-31") == 1  # only the dated one
    assert count("--document", ledger.source.id[:8]) == 2


def test_allegations_table(ledger: Ledger) -> None:
    result = run("allegations", db=ledger.db, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    for words in ("Harrowgate", "denies", ledger.source.id[:8]):
        assert words in result.stdout


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [("--category", "warcrimes", CATEGORIES[0]), ("--stance", "claims", "asserts, denies"), ("--since", "soon", "YYYY-MM-DD")],
)
def test_allegations_rejects_bad_filters(db_path: Path, option: str, value: str, expected: str) -> None:
    result = run("allegations", option, value, db=db_path)
    assert result.exit_code == 2
    assert expected in result.output


def test_figures_actors_documents(ledger: Ledger) -> None:
    [figure] = as_json(run("figures", "--json", db=ledger.db))
    assert (figure["value"], figure["category"]) == (312, "killed")
    assert as_json(run("figures", "--json", "--category", "injured", db=ledger.db)) == []

    actors = as_json(run("actors", "--json", db=ledger.db))
    assert {a["name"] for a in actors} == {"Harrowgate Rights Monitor", "Republic of Velmora"}

    [document] = as_json(run("documents", "--json", db=ledger.db))
    assert document["id"] == ledger.source.id

    for command in ("figures", "actors", "documents"):
        result = run(command, db=ledger.db)
        assert result.exit_code == 0, result.output
    assert "312" in run("figures", db=ledger.db).stdout


def test_search(ledger: Ledger) -> None:
    result = run("search", "Tessin", db=ledger.db)
    assert result.exit_code == 0, result.output
    assert ledger.source.id[:12] in result.stdout
    [hit] = as_json(run("search", "Tessin", "--json", db=ledger.db))
    assert hit["document"] == ledger.source.id
    assert as_json(run("search", "Korsa", "--json", db=ledger.db)) == []


# --- show --------------------------------------------------------------------------


def test_show_marks_each_evidence_span_on_a_prefix(ledger: Ledger) -> None:
    result = run("show", ledger.source.id[:8], db=ledger.db)

    assert result.exit_code == 0, result.output
    out = result.stdout
    assert ledger.source.id in out
    assert "including torture of detainees.[1]" in out
    assert "rejected the accusation.[2]" in out
    assert "At least 312 people were killed[3]" in out
    assert "who fired the shells.[4]" in out
    listed = out[out.index("who fired the shells.[4]") + 1:]
    for marker, words in (("[1]", "accuses Republic of Velmora"), ("[2]", "denies"), ("[3]", "312 people killed"),
                          ("[4]", "who fired the shells")):
        assert marker in listed and words in listed


def test_show_unknown_document_is_one_clean_error(ledger: Ledger) -> None:
    result = run("show", "abcdef123", db=ledger.db)
    assert result.exit_code == 4
    assert result.stdout == ""
    assert result.stderr.startswith("Error:") and "casefile documents" in result.stderr
    assert "Traceback" not in result.output


# --- export ------------------------------------------------------------------------


def test_export_jsonl_matches_the_listings(ledger: Ledger) -> None:
    rows = [json.loads(line) for line in run("export", "--format", "jsonl", db=ledger.db).stdout.splitlines()]

    allegations = as_json(run("allegations", "--json", db=ledger.db))
    figures = as_json(run("figures", "--json", db=ledger.db))
    codes = [{"cameo": "1124", "plover": "ACCUSE"}, {"cameo": "016", "plover": "ACCUSE"}]
    added = ("record_id", "review", "reviewed_by", "reviewed_at", "claim_id")  # not in the listings
    assert [{k: v for k, v in r.items() if k not in added} for r in rows if r["record"] == "allegation"] == [
        {"record": "allegation", **a, **code, "document": rows[0]["document"]}
        for a, code in zip(allegations, codes, strict=True)
    ]
    assert all(r["review"] == "machine" and r["reviewed_by"] is None for r in rows)  # nobody has decided yet
    assert len({(r["record"], r["record_id"]) for r in rows}) == len(rows)
    assert len([r for r in rows if r["record"] == "figure"]) == len(figures)
    assert [r["record"] for r in rows].count("limitation") == 1
    assert rows[0]["document"]["id"] == ledger.source.id


def test_export_csv_to_a_file(ledger: Ledger, tmp_path: Path) -> None:
    target = tmp_path / "ledger.csv"
    result = run("export", "--format", "csv", "-o", target, db=ledger.db)

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    with target.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["record"] for r in rows] == ["allegation", "allegation", "figure", "limitation"]
    first = rows[0]
    assert first["document"] == ledger.source.id
    assert first["speaker"] == "Harrowgate Rights Monitor" and first["categories"] == "crimes_against_humanity"
    text = ledger.source.text
    assert all(text[int(r["evidence_start"]):int(r["evidence_end"])] == r["evidence_text"] for r in rows)


def test_export_csv_to_stdout_and_empty_ledger(db_path: Path) -> None:
    result = run("export", "--format", "csv", db=db_path)
    assert result.exit_code == 0, result.output
    header = next(csv.reader(io.StringIO(result.stdout)))
    assert header[:2] == ["record", "document"] and "evidence_page" in header
    assert run("export", db=db_path).stdout == ""


# --- extract --jsonl ---------------------------------------------------------------

CASES = "\n".join([
    json.dumps({"id": "f-1", "text": "Civic Watch International accused the Ostrel Liberation Front of war crimes."}),
    json.dumps({"text": "The Dalvik Post reported rain.", "date": "2025-01-02"}),
]) + "\n"


def test_extract_jsonl_from_stdin_stores_nothing(db_path: Path) -> None:
    result = run("extract", "--jsonl", input=CASES, env={"CASEFILE_DB": str(db_path)})

    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["f-1", None]
    assert all(list(line) == ["id", "allegations", "figures"] for line in lines)
    assert not db_path.exists()


def test_extract_jsonl_as_a_subprocess(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(CASES, encoding="utf-8")

    from_file = subprocess_run("extract", "--jsonl", cases)
    from_stdin = subprocess_run("extract", "--jsonl", "-", input=CASES)
    assert from_file.returncode == 0, from_file.stderr
    assert from_file.stdout == from_stdin.stdout
    assert len(from_file.stdout.splitlines()) == 2


def test_extract_names_a_bad_line() -> None:
    result = run("extract", "--jsonl", input=CASES + "{oops\n")
    assert result.exit_code == 2
    assert "line 3" in result.stderr
    assert len(result.stdout.splitlines()) == 2  # the good lines were printed first


def test_extract_needs_jsonl() -> None:
    result = run("extract", input=CASES)
    assert result.exit_code == 2
    assert "--jsonl" in result.output


# --- eval --------------------------------------------------------------------------


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    cases = [
        {"id": "g-1", "date": "2025-02-14",
         "text": "Civic Watch International accused the Ostrel Liberation Front of war crimes.",
         "allegations": [{"speaker": "Civic Watch International", "accused": "Ostrel Liberation Front",
                          "categories": ["war_crimes"], "acts": [], "stance": "asserts", "hedged": False}],
         "figures": []},
        {"id": "g-2", "date": None, "text": "At least 40 people were killed in Dalvik, the Tessin Health Office said.",
         "allegations": [],
         "figures": [{"value": 40, "what": "people killed in Dalvik", "category": "killed",
                      "attributed_to": "Tessin Health Office"}]},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in cases), encoding="utf-8")
    return path


def test_eval_json_is_one_object_with_the_five_measures(gold: Path) -> None:
    report = as_json(run("eval", gold, "--json"))
    assert set(report) == MEASURES
    for measure in report.values():
        assert {"precision", "recall", "f1", "tp", "predicted", "gold"} <= set(measure)
    assert report["allegations"]["gold"] == 1 and report["figures"]["gold"] == 1


def test_eval_split_table_and_errors(gold: Path) -> None:
    odd = as_json(run("eval", gold, "--json", "--split", "odd"))
    assert odd["figures"]["gold"] == 0 and odd["allegations"]["gold"] == 1

    result = run("eval", gold, "--errors")
    assert result.exit_code == 0, result.output
    assert "allegations" in result.stdout and "F1" in result.stdout

    with_errors = run("eval", gold, "--json", "--errors")
    assert set(json.loads(with_errors.stdout)) == MEASURES  # errors go to stderr


def test_eval_as_a_subprocess(gold: Path) -> None:
    result = subprocess_run("eval", gold, "--json")
    assert result.returncode == 0, result.stderr
    assert set(json.loads(result.stdout)) == MEASURES


def test_eval_missing_gold_file_is_a_clean_error(tmp_path: Path) -> None:
    result = run("eval", tmp_path / "nope.jsonl", "--json")
    assert result.exit_code == 2
    assert "nope.jsonl" in result.stderr and "Traceback" not in result.output
