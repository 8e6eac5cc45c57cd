"""The bundled demo corpus (``samples/corpus``, fictional) exercises every analysis feature.

``make demo`` ingests these twelve documents and prints the ledger; this test ingests them
the same way (the CLI, ``CASEFILE_ACTORS=samples/actors.toml``) and checks, through the
CLI's JSON output, that the demo really shows each thing the analyst questions are about:
a position escalating over three dated documents, a reiteration, denials linked both ways,
figures that add up and one that does not (with the arithmetic), a toll revised upward
across sources and one that falls (flagged), and low / best / high for disputed figures.
The expected facts are written by hand from the documents (see ``samples/expected.json``).

Where the extractor still misses what the text says, the test is marked ``xfail(strict=True)``
with the reason: it fails as soon as the extractor gets it right, so the mark gets removed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from casefile.cli import app

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "corpus"
ACTORS = ROOT / "samples" / "actors.toml"
runner = CliRunner()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    db = tmp_path_factory.mktemp("demo") / "casefile.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEFILE_ACTORS", str(ACTORS))
        result = runner.invoke(app, ["ingest", "--db", str(db), str(CORPUS)])
        assert result.exit_code == 0, result.output
        assert "12 documents stored" in result.output
        yield db


def cli_json(db: Path, *args: str) -> Any:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEFILE_ACTORS", str(ACTORS))
        result = runner.invoke(app, [*args, "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def documents_by_date(db: Path) -> dict[str, str]:
    """Document id -> publication date, from ``casefile documents --json``."""
    return {d["id"]: d["published"] for d in cli_json(db, "documents")}


def timeline(db: Path, speaker: str, accused: str) -> dict[str, Any]:
    found = [t for t in cli_json(db, "positions") if (t["speaker"], t["accused"]) == (speaker, accused)]
    assert len(found) == 1, [(t["speaker"], t["accused"]) for t in cli_json(db, "positions")]
    return found[0]


# --- positions ----------------------------------------------------------------------------


def test_a_position_escalates_over_three_dated_documents(demo_db: Path) -> None:
    line = timeline(demo_db, "Veridane Rights Initiative", "Ostrel Liberation Front")
    steps = line["steps"]
    # war crimes in March 2024 (stated again by the report itself), reiterated in September
    # 2024, crimes against humanity in the October 2025 report, repeated by the next day's news
    kinds = [s["kind"] for s in steps]
    assert kinds[0] == "first" and kinds.count("escalation") == 1
    assert set(kinds[1 : kinds.index("escalation")]) == {"reiteration"}
    assert [s["date"] for s in steps] == sorted(s["date"] for s in steps)
    documents = [s["reports"][0]["evidence"]["document"] for s in steps[: kinds.index("escalation") + 1]]
    assert len(set(documents)) >= 3
    escalation = steps[kinds.index("escalation")]
    assert "crimes_against_humanity" in escalation["categories"] and "war_crimes" in escalation["previous"]
    # both spans are cited: the new position and the one it moved from
    assert "crimes against humanity" in escalation["reports"][0]["evidence"]["text"]
    assert "war crimes" in escalation["previous_reports"][0]["evidence"]["text"]
    assert escalation["previous_reports"][0]["evidence"]["document"] == documents[kinds.index("escalation") - 1]


def test_a_position_is_reiterated(demo_db: Path) -> None:
    steps = timeline(demo_db, "Kingdom of Zemaryn", "Republic of Varnia")["steps"]
    reiterations = [s for s in steps if s["kind"] == "reiteration"]
    assert any(s["date"] == "2024-11-12" and s["categories"] == ["genocide"] for s in reiterations)


def test_a_position_is_retracted_on_the_day_it_was_dropped(demo_db: Path) -> None:
    steps = timeline(demo_db, "Kingdom of Zemaryn", "Republic of Varnia")["steps"]
    assert [s["date"] for s in steps if s["kind"] == "retraction"] == ["2025-06-03"]


def test_the_escalation_is_dated_by_the_report_that_made_it(demo_db: Path) -> None:
    steps = timeline(demo_db, "Veridane Rights Initiative", "Ostrel Liberation Front")["steps"]
    assert [s["date"] for s in steps if s["kind"] == "escalation"] == ["2025-10-08"]


def test_denials_are_linked_to_the_claims_they_answer_both_ways(demo_db: Path) -> None:
    claims = cli_json(demo_db, "claims")
    genocide = [c for c in claims if c["claim"]["speaker"] == "Kingdom of Zemaryn"
                and c["claim"]["accused"] == "Republic of Varnia" and c["claim"]["categories"] == ["genocide"]
                and c["claim"]["stance"] == "asserts"]
    assert genocide and genocide[0]["denied_by"], "Varnia's denial of genocide is not linked to Zemaryn's claim"
    denier = genocide[0]["denied_by"][0]
    denial = [c for c in claims if c["claim"]["stance"] == "denies" and c["claim"]["speaker"] == denier["speaker"]
              and c["claim"]["categories"] == denier["categories"]]
    assert any(a["speaker"] == "Kingdom of Zemaryn" for d in denial for a in d["answers"])


# --- figures ------------------------------------------------------------------------------


def test_figures_that_add_up_and_one_that_does_not_show_the_arithmetic(demo_db: Path) -> None:
    relations = cli_json(demo_db, "figures", "--check")["relations"]
    sums = {(r["total"]["value"], tuple(p["value"] for p in r["parts"])): r for r in relations if r["kind"] == "sum"}
    holds = sums[(340, (52, 288))]
    assert holds["holds"] is True and holds["arithmetic"] == "340 = 52 + 288"
    fails = sums[(112, (47, 38, 31))]
    assert fails["holds"] is False and "116" in fails["arithmetic"] and "112" in fails["arithmetic"]
    parts = [r for r in relations if r["kind"] == "part_of"]
    assert any(r["total"]["value"] == 1940 and [p["value"] for p in r["parts"]] == [610] and r["holds"] for r in parts)


def test_the_hostage_sum_in_the_pdf_adds_up(demo_db: Path) -> None:
    relations = cli_json(demo_db, "figures", "--check")["relations"]
    assert any(r["kind"] == "sum" and r["total"]["value"] == 64
               and sorted(p["value"] for p in r["parts"]) == [6, 12, 17, 29] for r in relations)


def test_a_toll_revised_upward_across_sources_is_one_group_with_its_spread(demo_db: Path) -> None:
    groups = cli_json(demo_db, "figures", "--check")["groups"]
    dates = documents_by_date(demo_db)
    rising = [g for g in groups if any(v["value"] == 1940 for v in g["values"])]
    assert len(rising) == 1
    group = rising[0]
    values = sorted(group["values"], key=lambda v: v["date"])
    assert group["category"] == "killed" and not group["fell"] and group["documents"] >= 4
    assert {v["value"] for v in values} >= {1940, 8400, 11030, 14000}
    assert values[0]["value"] == group["low"] and max(v["value"] for v in values) == group["high"]
    assert group["spread"] == group["high"] - group["low"]
    latest = [v["value"] for v in values if v["date"] == values[-1]["date"]]
    assert min(latest) <= group["best"] <= max(latest)  # the best estimate comes from the latest reports
    assert all(v["date"] == dates[v["document"]] for v in values)  # each value dated by its own source


def test_a_toll_that_falls_is_flagged(demo_db: Path) -> None:
    groups = cli_json(demo_db, "figures", "--check")["groups"]
    hallorn = [g for g in groups if {212, 187} <= {v["value"] for v in g["values"]}]
    assert len(hallorn) == 1 and hallorn[0]["fell"] is True
    falls = hallorn[0]["falls"]
    assert any(f["earlier"] == 212 and f["later"] == 187 and f["earlier_date"] < f["later_date"] for f in falls)
    assert (hallorn[0]["low"], hallorn[0]["high"]) == (187, 212)


def test_a_stated_range_gets_low_best_high(demo_db: Path) -> None:
    ranges = cli_json(demo_db, "figures", "--check")["ranges"]
    assert any((r["low"], r["best"], r["high"]) == (30, 35, 40) for r in ranges)
