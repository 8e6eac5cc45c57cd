"""Exports for analysts' tools: JSON-LD (schema.org Claims, W3C Web Annotations), CAMEO/PLOVER codes.

Fictional documents go through the real reader, extractor and a temporary SQLite store;
the JSON-LD is checked structurally (no JSON-LD processor is installed).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casefile import service
from casefile.analysis.event_codes import CAMEO_BY_CATEGORY, EventCode, event_code
from casefile.analysis.jsonld import CONTEXT_CHARS, ledger_jsonld
from casefile.cli import app
from casefile.records import CATEGORIES, Allegation, Evidence, Figure, StoredDocument
from casefile.store import Store

# Every party, place and number is invented.
ACCUSATION = (
    "date 2025-04-02\n"
    "Civic Watch International accused the Ostrel Liberation Front of war crimes.\n"
    "The group's fighters shelled the outskirts of Dalvik, the report said.\n"
)
DENIAL = (
    "date 2025-04-05\n"
    "The Ostrel Liberation Front denied committing war crimes in Dalvik.\n"
    "At least 47 people were killed in the shelling, according to the Dalvik Health Office.\n"
)
RIGHTS_REPORT = (
    "date 2025-04-09\n"
    "The Veridane Rights Initiative accused the Republic of Morvania of human rights violations, "
    "including torture of detainees.\n"
)

runner = CliRunner()
JSONLD_KEYWORDS = {"@context", "@graph", "id", "type"}


@pytest.fixture
def exported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fictional_actor_files: str
) -> Iterator[tuple[Path, dict[str, StoredDocument]]]:
    """A ledger of the three fictional documents, ingested by the service; its db and documents."""
    monkeypatch.setenv("CASEFILE_ACTORS", fictional_actor_files)
    paths = []
    for name, text in (("accusation.txt", ACCUSATION), ("denial.txt", DENIAL), ("rights.txt", RIGHTS_REPORT)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    db = tmp_path / "ledger.db"
    with Store.open(f"sqlite:///{db}") as store:
        summary = service.ingest(paths, store=store)
        assert len(summary.stored) == 3, summary
        documents = {doc.id: doc for doc in store.documents()}
    yield db, documents


def export(db: Path, *args: str) -> str:
    result = runner.invoke(app, ["export", *args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout


def nodes(graph: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [node for node in graph["@graph"] if node["type"] == kind]


def document_of(iri: str, documents: dict[str, StoredDocument]) -> StoredDocument:
    prefix = "urn:casefile:document:"
    assert iri.startswith(prefix), iri
    return documents[iri.removeprefix(prefix)]


def selectors(annotation: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    by_type = {s["type"]: s for s in annotation["target"]["selector"]}
    assert set(by_type) == {"TextQuoteSelector", "TextPositionSelector"}
    return by_type["TextQuoteSelector"], by_type["TextPositionSelector"]


# --- JSON-LD ------------------------------------------------------------------------


def test_jsonld_context_declares_schema_annotations_and_casefile(exported: tuple[Path, dict]) -> None:
    db, _ = exported
    graph = json.loads(export(db, "--format", "jsonld"))

    anno, local = graph["@context"]
    assert anno == "http://www.w3.org/ns/anno.jsonld"
    assert local["schema"] == "https://schema.org/" and local["casefile"].startswith("https://")
    assert local["Claim"] == "schema:Claim" and local["author"] == "schema:author"
    # Every property is a context term, a JSON-LD alias, or in the casefile: namespace.
    terms = set(local) | {"motivation", "body", "target", "source", "selector", "exact", "prefix", "suffix",
                          "start", "end"}

    def check(value: Any) -> None:
        if isinstance(value, list):
            for item in value:
                check(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                assert key in terms or key in JSONLD_KEYWORDS or key.startswith("casefile:"), key
                if key != "@context":
                    check(item)

    check(graph)


def test_every_claim_has_author_about_appearance_and_date(exported: tuple[Path, dict]) -> None:
    db, documents = exported
    graph = json.loads(export(db, "--format", "jsonld"))

    claims = nodes(graph, "Claim")
    assert len(claims) == 3
    for claim in claims:
        assert claim["author"]["type"] in {"Organization", "Person"} and claim["author"]["name"]
        assert claim["about"]["name"]
        assert "claimInterpreter" not in claim
        work = claim["appearance"]
        doc = document_of(work["id"], documents)
        assert work["type"] == "CreativeWork" and work["casefile:origin"] == doc.origin
        assert work["datePublished"] == doc.published.isoformat()
        assert claim["datePublished"] == doc.published.isoformat()
        assert {"casefile:categories", "casefile:acts", "casefile:stance", "casefile:hedged",
                "casefile:certainty"} <= set(claim)
    documents_in_graph = nodes(graph, "CreativeWork")
    assert {document_of(w["id"], documents).id for w in documents_in_graph} == set(documents)


def test_quote_and_position_selectors_agree_with_the_stored_text(exported: tuple[Path, dict]) -> None:
    db, documents = exported
    graph = json.loads(export(db, "--format", "jsonld"))

    annotated = [n for n in graph["@graph"] if "casefile:evidence" in n]
    assert {n["type"] for n in annotated} == {"Claim", "casefile:Figure"}
    for node in annotated:
        annotation = node["casefile:evidence"]
        assert annotation["type"] == "Annotation" and annotation["body"] == node["id"]
        text = document_of(annotation["target"]["source"], documents).text
        quote, position = selectors(annotation)
        start, end = position["start"], position["end"]
        assert quote["exact"] == text[start:end] and quote["exact"]
        assert quote["prefix"] == text[max(0, start - CONTEXT_CHARS):start]
        assert quote["suffix"] == text[end:end + CONTEXT_CHARS]
        assert len(quote["prefix"]) <= CONTEXT_CHARS and len(quote["suffix"]) <= CONTEXT_CHARS


def test_claims_carry_cameo_and_plover_codes(exported: tuple[Path, dict]) -> None:
    db, _ = exported
    claims = nodes(json.loads(export(db, "--format", "jsonld")), "Claim")
    by_stance_and_category = {(c["casefile:stance"], tuple(c["casefile:categories"])): c for c in claims}

    accusation = by_stance_and_category[("asserts", ("war_crimes",))]
    assert accusation["author"]["name"] == "Civic Watch International"
    assert accusation["about"]["name"] == "Ostrel Liberation Front"
    assert accusation["casefile:cameo"] == "1124" and accusation["casefile:plover"] == "ACCUSE"

    denial = by_stance_and_category[("denies", ("war_crimes",))]
    assert denial["casefile:cameo"] == "016" and denial["casefile:cameoLabel"] == "Deny responsibility"
    assert denial["casefile:plover"] == "ACCUSE" and "no deny" in denial["casefile:ploverNote"]

    rights = by_stance_and_category[("asserts", ("human_rights_violations",))]
    assert rights["casefile:cameo"] == "1122" and "torture" in rights["casefile:acts"]
    assert all(c["casefile:plover"] == "ACCUSE" for c in claims)


def test_figures_are_casefile_figure_nodes(exported: tuple[Path, dict], tmp_path: Path) -> None:
    db, _ = exported
    target = tmp_path / "ledger.jsonld"
    assert export(db, "--format", "jsonld", "-o", str(target)) == ""
    graph = json.loads(target.read_text(encoding="utf-8"))

    [figure] = nodes(graph, "casefile:Figure")
    assert figure["casefile:value"] == 47 and figure["casefile:category"] == "killed"
    assert figure["casefile:qualifier"] == "at least"
    assert "Dalvik Health Office" in figure["casefile:attributedTo"]
    quote, _ = selectors(figure["casefile:evidence"])
    assert "47" in quote["exact"]


def test_jsonld_of_an_empty_ledger(tmp_path: Path) -> None:
    graph = json.loads(export(tmp_path / "empty.db", "--format", "jsonld"))
    assert graph["@graph"] == [] and graph["@context"][0] == "http://www.w3.org/ns/anno.jsonld"


def test_ledger_jsonld_on_records_built_by_hand() -> None:
    text = "Tessin monitors accused the Dalvor Brigades of genocide and terrorism."
    doc = StoredDocument("d" * 64, "https://news.invalid/tessin", "text/plain", text, "Tessin report",
                         "Lantermere News", date(2025, 6, 1), "2025-06-02T00:00:00")
    evidence = Evidence(doc.id, 16, len(text) - 1, text[16:-1])
    earlier = Allegation("Tessin monitors", "Dalvor Brigades", ("terrorism", "genocide"), "asserts", evidence,
                         statement_date="before 2025-05-01")
    elsewhere = Figure(3, "people", "other", Evidence("e" * 64, 0, 5, "three"))

    graph = ledger_jsonld(documents=[doc], allegations=[earlier, earlier], figures=[elsewhere],
                          actor_kinds={"Dalvor Brigades": "armed_group"})

    first, second = nodes(graph, "Claim")
    assert first["id"] != second["id"]  # equal records still get distinct ids
    assert first["datePublished"] == "2025-06-01"  # a "before" bound is not a date
    assert first["casefile:statementDate"] == "before 2025-05-01"
    assert first["casefile:cameo"] == "1124"  # genocide outranks terrorism (1121)
    assert first["appearance"]["url"] == doc.origin and first["appearance"]["name"] == "Tessin report"
    assert first["appearance"]["publisher"] == {"type": "Organization", "name": "Lantermere News"}
    assert first["about"]["casefile:actorKind"] == "armed_group"
    [figure] = nodes(graph, "casefile:Figure")
    quote, _ = selectors(figure["casefile:evidence"])
    assert quote == {"type": "TextQuoteSelector", "exact": "three"}  # document unknown: no context


# --- CAMEO / PLOVER table ------------------------------------------------------------


def test_event_code_table_covers_every_category() -> None:
    assert set(CAMEO_BY_CATEGORY) == set(CATEGORIES)
    assert event_code("asserts", ["war_crimes"]) == EventCode("1124", "Accuse of war crimes", "ACCUSE")
    assert event_code("asserts", ["aggression"]).cameo == "1123"
    assert event_code("asserts", ["other_crime", "human_rights_violations"]).cameo == "1122"
    assert event_code("asserts", []).cameo == "112"
    assert event_code("denies", ["aggression"]).cameo == "016"
    with pytest.raises(ValueError, match="expected 'asserts' or 'denies'"):
        event_code("doubts", ["war_crimes"])


# --- CSV and JSONL columns -------------------------------------------------------------


def test_csv_and_jsonl_have_cameo_and_plover(exported: tuple[Path, dict]) -> None:
    db, _ = exported

    rows = list(csv.DictReader(io.StringIO(export(db, "--format", "csv"))))
    assert {"cameo", "plover"} <= set(rows[0])
    coded = {(r["stance"], r["categories"]): (r["cameo"], r["plover"]) for r in rows if r["record"] == "allegation"}
    assert coded[("asserts", "war_crimes")] == ("1124", "ACCUSE")
    assert coded[("denies", "war_crimes")] == ("016", "ACCUSE")
    assert all(r["cameo"] == r["plover"] == "" for r in rows if r["record"] != "allegation")

    lines = [json.loads(line) for line in export(db, "--format", "jsonl").splitlines()]
    allegations = [r for r in lines if r["record"] == "allegation"]
    assert allegations and all(r["plover"] == "ACCUSE" and r["cameo"] for r in allegations)
    assert all("cameo" not in r for r in lines if r["record"] != "allegation")


# --- review status in every export ---------------------------------------------------------


def _decide(db: Path) -> dict[str, int]:
    """Reject the denial, correct the figure, accept the rights allegation; their record ids by role."""
    with Store.open(f"sqlite:///{db}") as store:
        allegations = [r for doc in store.documents() for r in store.reviewed_records(doc.id)["allegation"]]
        [figure] = [r for doc in store.documents() for r in store.reviewed_records(doc.id)["figure"]]
        denial = next(r for r in allegations if r.record.stance == "denies")
        rights = next(r for r in allegations if "human_rights_violations" in r.record.categories)
        store.review("allegation", denial.id, "reject", by="desk editor", note="not a denial of this claim")
        store.review("figure", figure.id, "correct", by="desk editor", fields={"value": 48})
        store.review("allegation", rights.id, "accept", by="second reader")
    return {"denial": denial.id, "figure": figure.id, "rights": rights.id}


def test_csv_and_jsonl_carry_review_status_and_leave_out_rejected(exported: tuple[Path, dict]) -> None:
    db, _ = exported
    ids = _decide(db)

    rows = list(csv.DictReader(io.StringIO(export(db, "--format", "csv"))))
    assert {"record_id", "review", "reviewed_by", "reviewed_at"} <= set(rows[0])
    by_id = {(r["record"], r["record_id"]): r for r in rows}
    assert ("allegation", str(ids["denial"])) not in by_id  # rejected: out of the ledger
    figure = by_id[("figure", str(ids["figure"]))]
    assert (figure["review"], figure["reviewed_by"], figure["value"]) == ("corrected", "desk editor", "48")
    assert figure["reviewed_at"].endswith("+00:00")
    assert by_id[("allegation", str(ids["rights"]))]["review"] == "accepted"
    decided = {("allegation", str(ids["denial"])), ("figure", str(ids["figure"])), ("allegation", str(ids["rights"]))}
    untouched = [r for r in rows if (r["record"], r["record_id"]) not in decided]  # ids are per kind
    assert untouched and all(r["review"] == "machine" and r["reviewed_by"] == "" for r in untouched)

    lines = [json.loads(line) for line in export(db, "--format", "jsonl").splitlines()]
    assert len(lines) == len(rows)
    assert {(r["record"], r["record_id"], r["review"]) for r in lines} == {
        (r["record"], int(r["record_id"]), r["review"]) for r in rows
    }
    every = [json.loads(line) for line in export(db, "--format", "jsonl", "--include-rejected").splitlines()]
    [rejected] = [r for r in every if r["review"] == "rejected"]
    assert (rejected["record"], rejected["record_id"], rejected["stance"]) == ("allegation", ids["denial"], "denies")
    assert rejected["reviewed_by"] == "desk editor" and len(every) == len(lines) + 1


def test_jsonld_carries_review_status_and_leaves_out_rejected(exported: tuple[Path, dict]) -> None:
    db, _ = exported
    ids = _decide(db)

    graph = json.loads(export(db, "--format", "jsonld"))
    claims = {c["casefile:recordId"]: c for c in nodes(graph, "Claim")}
    assert ids["denial"] not in claims and len(claims) == 2
    assert claims[ids["rights"]]["casefile:review"] == "accepted"
    assert claims[ids["rights"]]["casefile:reviewedBy"] == "second reader"
    [figure] = nodes(graph, "casefile:Figure")
    assert (figure["casefile:recordId"], figure["casefile:review"], figure["casefile:value"]) == (
        ids["figure"], "corrected", 48)
    undecided = [c for c in claims.values() if c["casefile:recordId"] != ids["rights"]]
    assert [c["casefile:review"] for c in undecided] == ["machine"] and "casefile:reviewedBy" not in undecided[0]

    every = json.loads(export(db, "--format", "jsonld", "--include-rejected"))
    rejected = [c for c in nodes(every, "Claim") if c["casefile:recordId"] == ids["denial"]]
    assert [c["casefile:review"] for c in rejected] == ["rejected"]
    assert rejected[0]["casefile:stance"] == "denies"


# --- claims: one row per claim, joined to its reports by claim_id ---------------------------

REPEAT = (
    "date 2025-04-20\n"
    "Civic Watch International again accused the Ostrel Liberation Front of war crimes in Dalvik.\n"
)


def test_claims_export_one_row_per_claim_joined_to_its_reports(exported: tuple[Path, dict], tmp_path: Path) -> None:
    db, _ = exported
    repeat = tmp_path / "repeat.txt"
    repeat.write_text(REPEAT, encoding="utf-8")
    with Store.open(f"sqlite:///{db}") as store:
        assert len(service.ingest([str(repeat)], store=store).stored) == 1

    reports = [json.loads(line) for line in export(db, "--format", "jsonl").splitlines()]
    accusations = [r for r in reports if r["record"] == "allegation" and r["stance"] == "asserts"
                   and r["speaker"] == "Civic Watch International"]
    assert len(accusations) == 2 and len({r["claim_id"] for r in accusations}) == 1  # one claim, two reports
    claim_of_accusation = accusations[0]["claim_id"]

    claims = {c["claim_id"]: c for c in map(json.loads, export(db, "--format", "jsonl", "--claims").splitlines())}
    assert {r["claim_id"] for r in reports if r["record"] == "allegation"} == set(claims)  # every report's claim
    claim = claims[claim_of_accusation]
    assert (claim["record"], claim["count"], claim["documents"]) == ("claim", 2, 2)
    assert (claim["first_reported"], claim["last_reported"]) == ("2025-04-02", "2025-04-20")
    assert [r["date"] for r in claim["reports"]] == ["2025-04-02", "2025-04-20"]
    assert (claim["cameo"], claim["plover"]) == ("1124", "ACCUSE")
    [denial] = claim["denied_by"]
    assert denial["speaker"] == "Ostrel Liberation Front" and denial["claim_id"] in claims
    assert claims[denial["claim_id"]]["stance"] == "denies"
    assert [a["claim_id"] for a in claims[denial["claim_id"]]["answers"]] == [claim_of_accusation]

    rows = list(csv.DictReader(io.StringIO(export(db, "--format", "csv", "--claims"))))
    assert len(rows) == len(claims) and all(r["record"] == "claim" for r in rows)
    row = next(r for r in rows if r["claim_id"] == claim_of_accusation)
    assert (row["count"], row["documents"], row["categories"]) == ("2", "2", "war_crimes")
    assert row["denied_by"] == "Ostrel Liberation Front (2025-04-05)"
    first = claim["reports"][0]
    assert (row["first_document"], row["first_evidence_text"]) == (first["document"], first["text"])


def test_claims_export_refuses_what_it_cannot_do(exported: tuple[Path, dict]) -> None:
    db, _ = exported
    for extra in (["--format", "jsonld"], ["--include-rejected"]):
        result = runner.invoke(app, ["export", "--claims", *extra, "--db", str(db)])
        assert result.exit_code == 2 and "--claims" in result.output and "Traceback" not in result.output


def test_jsonld_claims_carry_the_claim_id_of_the_csv_and_jsonl(exported: tuple[Path, dict]) -> None:
    db, _ = exported
    reports = [json.loads(line) for line in export(db, "--format", "jsonl").splitlines()]
    by_key = {(r["speaker"], r["stance"], tuple(r["categories"])): r["claim_id"]
              for r in reports if r["record"] == "allegation"}
    claims = nodes(json.loads(export(db, "--format", "jsonld")), "Claim")
    assert len(claims) == len(by_key) == 3
    for node in claims:
        key = (node["author"]["name"], node["casefile:stance"], tuple(node["casefile:categories"]))
        assert node["casefile:claimId"] == by_key[key] and node["casefile:claimId"].startswith("claim-")
    assert len({n["casefile:claimId"] for n in claims}) == 3
