"""The analysis layer: claims, position timelines, denials and figure checks.

Unit tests run on records built by hand about invented parties; the end-to-end tests
ingest the seed story with the real extractor into a temporary SQLite store.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

from casefile.analysis import (
    build_timelines,
    check_document,
    check_figures,
    claim_ledger,
    date_allegations,
    figure_report,
    group_claims,
    link_denials,
    timelines,
)
from casefile.analysis.dating import parse_when
from casefile.analysis.positions import compare
from casefile.cli import app
from casefile.records import Allegation, Evidence, Figure, StoredDocument
from casefile.service import ingest
from casefile.store import Store

if TYPE_CHECKING:
    from conftest import Ledger

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"
runner = CliRunner()

MONITOR = "Meridian Rights Council"
ACCUSED = "Tessaly Defence Forces"


# --- helpers ---------------------------------------------------------------------------


def document(doc_id: str, published: str | None, text: str = "") -> StoredDocument:
    day = date.fromisoformat(published) if published else None
    return StoredDocument(doc_id, f"{doc_id}.txt", "text/plain", text, None, None, day, "2026-01-01T00:00:00")


def allege(
    doc: str, categories: tuple[str, ...], *, speaker: str = MONITOR, accused: str = ACCUSED,
    stance: str = "asserts", start: int = 0, when: str | None = None, hedged: bool = False,
) -> Allegation:
    words = f"{speaker} on {accused}: {', '.join(categories)}"
    evidence = Evidence(doc, start, start + len(words), words)
    return Allegation(speaker, accused, categories, stance, evidence,  # type: ignore[arg-type]
                      statement_date=when, hedged=hedged)


def steps_of(allegations: list[Allegation], documents: list[StoredDocument], speaker: str = MONITOR,
             accused: str = ACCUSED) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    found = [t for t in build_timelines(date_allegations(allegations, documents))
             if (t.speaker, t.accused) == (speaker, accused)]
    assert len(found) == 1
    return [(s.kind, s.previous, s.categories) for s in found[0].steps]


def figure_at(text: str, doc: str, phrase: str, value: int, category: str, what: str) -> Figure:
    start = text.index(phrase)
    return Figure(value, what, category, Evidence(doc, start, start + len(phrase), phrase))


DOCS = [document("doc-a", "2024-01-10"), document("doc-b", "2024-05-02"), document("doc-c", "2024-09-30")]


# --- dates -------------------------------------------------------------------------------


def test_statement_dates_parse_and_sort() -> None:
    before = parse_when("before 2024-06-01")
    day = parse_when("2024-06-01")
    month = parse_when("2024-06")
    year = parse_when("2023")
    assert before and day and month and year
    assert before.before and not day.before
    assert sorted([day, before, year]) == [year, before, day]
    assert month.day == date(2024, 6, 1)
    assert parse_when("last spring") is None and parse_when(None) is None


# --- claims ------------------------------------------------------------------------------


def test_one_claim_reported_in_several_documents_and_sentences() -> None:
    allegations = [
        allege("doc-b", ("war_crimes",)),
        allege("doc-a", ("war_crimes",)),
        allege("doc-a", ("war_crimes",), start=200),
        allege("doc-a", ("war_crimes",), start=200, accused=ACCUSED),  # same span twice counts once
        allege("doc-a", ("war_crimes", "ihl_violations"), start=400),
    ]
    claims = group_claims(date_allegations(allegations, DOCS))
    repeated = next(c for c in claims if c.categories == ("war_crimes",))
    assert (repeated.count, repeated.documents) == (3, 2)
    assert (repeated.first_reported, repeated.last_reported) == ("2024-01-10", "2024-05-02")
    assert [r.evidence.document for r in repeated.reports] == ["doc-a", "doc-a", "doc-b"]
    assert any(c.categories == ("ihl_violations", "war_crimes") for c in claims)
    assert len(claims) == 2


# --- positions ---------------------------------------------------------------------------


def test_escalation_over_three_dated_documents_cites_both_spans() -> None:
    allegations = [
        allege("doc-c", ("crimes_against_humanity",)),
        allege("doc-a", ("ihl_violations",)),
        allege("doc-b", ("war_crimes",)),
    ]
    assert steps_of(allegations, DOCS) == [
        ("first", (), ("ihl_violations",)),
        ("escalation", ("ihl_violations",), ("war_crimes",)),
        ("escalation", ("war_crimes",), ("crimes_against_humanity",)),
    ]
    last = build_timelines(date_allegations(allegations, DOCS))[0].steps[-1]
    assert last.previous_reports[0].evidence.document == "doc-b"
    assert last.reports[0].evidence.document == "doc-c"


def test_reiteration_keeps_the_gravest_category() -> None:
    allegations = [allege("doc-a", ("war_crimes",)), allege("doc-b", ("ihl_violations", "war_crimes"))]
    assert [kind for kind, _, _ in steps_of(allegations, DOCS)] == ["first", "reiteration"]


def test_de_escalation_and_retraction() -> None:
    allegations = [
        allege("doc-a", ("genocide",)),
        allege("doc-b", ("ihl_violations",)),
        allege("doc-c", ("genocide",), stance="denies"),
    ]
    assert steps_of(allegations, DOCS) == [
        ("first", (), ("genocide",)),
        ("de-escalation", ("genocide",), ("ihl_violations",)),
        ("retraction", ("genocide",), ("genocide",)),
    ]


def test_accusation_and_withdrawal_on_one_day_come_in_that_order() -> None:
    allegations = [
        allege("doc-a", ("genocide",)),
        allege("doc-b", ("genocide",), stance="denies", start=10),
        allege("doc-b", ("ihl_violations",), start=90),
    ]
    assert [kind for kind, _, _ in steps_of(allegations, DOCS)] == ["first", "de-escalation", "retraction"]


def test_earlier_position_stated_in_the_text_comes_before_the_document() -> None:
    allegations = [
        allege("doc-b", ("crimes_against_humanity",), start=300),
        allege("doc-b", ("war_crimes",), start=500, when="before 2024-05-02"),
    ]
    assert steps_of(allegations, DOCS) == [
        ("first", (), ("war_crimes",)),
        ("escalation", ("war_crimes",), ("crimes_against_humanity",)),
    ]


def test_recalled_position_already_on_record_is_evidence_not_a_step() -> None:
    allegations = [
        allege("doc-a", ("war_crimes",)),
        allege("doc-c", ("crimes_against_humanity",), start=300),
        allege("doc-c", ("war_crimes",), start=500, when="before 2024-09-30"),
    ]
    found = build_timelines(date_allegations(allegations, DOCS))[0]
    assert [s.kind for s in found.steps] == ["first", "escalation"]
    assert [r.evidence.start for r in found.steps[1].recalled] == [500]


def test_statement_date_overrides_and_falls_back_to_publication() -> None:
    allegations = [
        allege("doc-c", ("war_crimes",), when="2024-02"),  # said in February, reported in September
        allege("doc-b", ("crimes_against_humanity",)),
    ]
    found = build_timelines(date_allegations(allegations, DOCS))[0]
    assert [(s.date, s.kind) for s in found.steps] == [("2024-02", "first"), ("2024-05-02", "escalation")]


def test_categories_outside_the_severity_order() -> None:
    assert compare(("terrorism",), ("terrorism",)) == "reiteration"
    assert compare(("terrorism",), ("war_crimes",)) == "escalation"
    assert compare(("war_crimes",), ("terrorism",)) == "de-escalation"


# --- denials -----------------------------------------------------------------------------


def test_denial_by_a_part_of_the_accused_links_both_ways() -> None:
    ministry = "Tessaly Ministry of Defence"
    allegations = [
        allege("doc-a", ("war_crimes",)),
        allege("doc-a", ("genocide",), start=100),
        allege("doc-b", ("war_crimes",), speaker=ministry, stance="denies"),
        allege("doc-b", ("war_crimes",), speaker="Orvane Herald", stance="denies", start=80),
    ]
    claims = group_claims(date_allegations(allegations, DOCS))
    index = link_denials(claims, {ministry: ACCUSED})
    accusation = next(c for c in claims if c.categories == ("war_crimes",) and c.stance == "asserts")
    denial = next(c for c in claims if c.speaker == ministry)
    assert index.denials_of(accusation) == (denial,)
    assert index.answered_by(denial) == (accusation,)
    assert len(index.links) == 1  # not the genocide claim, not the newspaper's denial
    assert link_denials(claims).links == ()  # without part_of the ministry is someone else


def test_claim_ledger_from_the_store_links_the_denial(ledger: Ledger) -> None:
    with Store.open(f"sqlite:///{ledger.db}") as store:
        entries = claim_ledger(store)
    accusation = next(e for e in entries if e.claim.stance == "asserts")
    denial = next(e for e in entries if e.claim.stance == "denies")
    assert [ref.speaker for ref in accusation.denied_by] == ["Republic of Velmora"]
    assert [ref.speaker for ref in denial.answers] == ["Harrowgate Rights Monitor"]
    assert accusation.claim.first_reported == "2025-03-01"


# --- figures within a document ----------------------------------------------------------

ADDS_UP = (
    "A total of 120 people were detained in Corvath, including 30 women. "
    "Of the 90 men held, 12 were later freed. Rescuers found 14 of the 20 missing climbers."
)
DOES_NOT = "At least 80 people were killed in Brask. Among the dead were 50 farmers and 40 traders."


def test_parts_that_add_up_and_parts_of_a_whole() -> None:
    figures = [
        figure_at(ADDS_UP, "d", "120 people", 120, "detained", "people detained"),
        figure_at(ADDS_UP, "d", "including 30", 30, "detained", "women"),
        figure_at(ADDS_UP, "d", "90 men", 90, "detained", "men held"),
        figure_at(ADDS_UP, "d", "12 were later freed", 12, "released", "freed"),
        figure_at(ADDS_UP, "d", "14 of the", 14, "missing", "climbers found"),
        figure_at(ADDS_UP, "d", "20 missing climbers", 20, "missing", "missing climbers"),
    ]
    shown = {(r.kind, r.shown) for r in check_document(ADDS_UP, figures)}
    assert shown == {("sum", "120 = 30 + 90 holds"), ("part_of", "12 ≤ 90 holds"), ("part_of", "14 ≤ 20 holds")}


def test_parts_that_exceed_their_total_fail() -> None:
    figures = [
        figure_at(DOES_NOT, "d", "80 people", 80, "killed", "people killed"),
        figure_at(DOES_NOT, "d", "50 farmers", 50, "killed", "farmers"),
        figure_at(DOES_NOT, "d", "40 traders", 40, "killed", "traders"),
    ]
    (relation,) = check_document(DOES_NOT, figures)
    assert (relation.kind, relation.holds) == ("sum", False)
    assert relation.shown == "80 ≠ 50 + 40 = 90 fails"


def test_unrelated_figures_make_no_relation() -> None:
    text = "Some 40 homes burned in Lisk. Separately, 7 bridges closed."
    figures = [figure_at(text, "d", "40 homes", 40, "other", "homes"), figure_at(text, "d", "7 bridges", 7, "other", "bridges")]
    assert check_document(text, figures) == []


# --- figures across documents ------------------------------------------------------------


def test_toll_revised_upward_and_toll_that_falls() -> None:
    texts = {
        "t1": ("2024-01-05", "Officials said 300 people were killed in Dalvik. Floods killed 500 people in Tessin."),
        "t2": ("2024-03-05", "Officials said 450 people were killed in Dalvik. Floods killed 420 people in Tessin."),
    }
    docs = [document(doc_id, day, text) for doc_id, (day, text) in texts.items()]
    figures = [
        figure_at(text, doc_id, phrase, value, "killed", "people killed")
        for doc_id, (_, text) in texts.items()
        for phrase, value in ((f"{n} people", n) for n in (300, 500, 450, 420) if f"{n} people" in text)
    ]
    groups = {g.values[0].value: g for g in check_figures(docs, figures).groups}
    rising, falling = groups[300], groups[500]
    assert [v.value for v in rising.values] == [300, 450] and (rising.low, rising.high) == (300, 450)
    assert not rising.fell and not rising.flagged
    assert [v.value for v in falling.values] == [500, 420] and falling.flagged
    assert [v.date for v in falling.values] == ["2024-01-05", "2024-03-05"]


# --- end to end: the seed story ------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEED.is_dir():
        pytest.skip(f"seed story not found at {SEED}")
    path = tmp_path_factory.mktemp("seed") / "seed.db"
    with Store.open(f"sqlite:///{path}") as store:
        summary = ingest([str(SEED)], store=store)
    assert not summary.failed and summary.stored
    return path


def test_seed_position_change_is_an_escalation(seed_db: Path) -> None:
    with Store.open(f"sqlite:///{seed_db}") as store:
        found = timelines(store, speaker="Amnesty International", accused="Hamas")
    (timeline,) = [t for t in found if t.accused == "Hamas"]
    (change,) = timeline.changes
    assert change.kind == "escalation"
    assert change.previous == ("war_crimes",)
    assert change.categories[0] == "crimes_against_humanity"  # gravest first
    assert change.previous_reports and change.reports  # both spans cited
    assert timeline.steps[0].date and timeline.steps[0].date.startswith("before ")


def test_seed_figures_add_up(seed_db: Path) -> None:
    with Store.open(f"sqlite:///{seed_db}") as store:
        report = figure_report(store)
    shown = {(r.kind, r.shown) for r in report.relations}
    assert ("sum", "251 = 44 + 207 holds") in shown
    assert ("part_of", "41 ≤ 207 holds") in shown


def test_cli_commands_on_the_seed(seed_db: Path) -> None:
    db = ["--db", str(seed_db)]
    result = runner.invoke(app, ["positions", "--speaker", "amnesty", "--accused", "hamas", "--json", *db])
    assert result.exit_code == 0, result.output
    steps = [s["kind"] for t in json.loads(result.stdout) if t["accused"] == "Hamas" for s in t["steps"]]
    assert steps == ["first", "escalation"]

    result = runner.invoke(app, ["claims", "--accused", "Hamas", "--json", *db])
    assert result.exit_code == 0, result.output
    assert all(e["claim"]["accused"] == "Hamas" for e in json.loads(result.stdout))

    result = runner.invoke(app, ["figures", "--check", "--json", *db])
    assert result.exit_code == 0, result.output
    relations = json.loads(result.stdout)["relations"]
    assert {r["arithmetic"] for r in relations} >= {"251 = 44 + 207", "41 ≤ 207"}

    for args in (["positions"], ["claims"], ["figures", "--check"]):
        result = runner.invoke(app, [*args, *db], env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
    assert "251 = 44 + 207 holds" in result.stdout


def test_a_part_larger_than_its_whole_fails() -> None:
    text = "Some 40 homes burned in Lisk, including 55 farmhouses."
    figures = [figure_at(text, "d", "40 homes", 40, "other", "homes"),
               figure_at(text, "d", "including 55", 55, "other", "farmhouses")]
    (relation,) = check_document(text, figures)
    assert (relation.kind, relation.shown) == ("part_of", "55 ≤ 40 fails")
