"""Extraction against what is right by the gold schema: the seed story, one mechanism at a
time on fictional sentences, and the hand-labelled sample corpus.

The seed story and its gold labels are read from ``../shared`` at test time and never
copied here. Every other sentence is invented: its parties come from
``samples/actors.toml`` or the test actors of ``conftest.py``.

A mechanism the extractor does not handle yet has its test marked
``xfail(strict=True)``: it turns red the day the mechanism works, so the mark gets removed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from casefile.evaluation.gold import Allegation as Scored
from casefile.evaluation.gold import Case, parse_case, parse_prediction
from casefile.evaluation.matching import allegation_matches, figure_matches, same_party
from casefile.evaluation.runner import evaluate
from casefile.evaluation.scoring import score
from casefile.extract import extract_document, to_schema
from casefile.records import Allegation, Extraction, SourceDocument
from casefile.sources import read_source

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_STORY = SHARED / "seed" / "amnesty-report-2025-12-11.txt"
SEED_GOLD = SHARED / "eval" / "seed-gold.json"
SAMPLE_GOLD = ROOT / "samples" / "gold.jsonl"
SAMPLE_ACTORS = ROOT / "samples" / "actors.toml"
HELDOUT_GOLD = ROOT / "samples" / "heldout.jsonl"

Extract = Callable[[str], Extraction]

# Regression floors for the sample gold set, about 0.05 under what was measured when
# they were last raised (session 6: allegations F1 0.553, figures F1 0.804). Raise them
# as extraction improves.
SAMPLE_ALLEGATION_F1_FLOOR = 0.50
SAMPLE_FIGURE_F1_FLOOR = 0.75
# The held-out fictional set (samples/README.md), measured when it was written (session 6):
# odd half (since used to find faults) allegations 0.825, figures 1.0; even half (not looked
# at) allegations 0.619, figures 0.708. The floors sit about 0.05 under.
HELDOUT_FLOORS = {"odd": {"allegations": 0.77, "figures": 0.95}, "even": {"allegations": 0.57, "figures": 0.66}}
# Later held-out sets (samples/README.md), each with the gazetteer of its own fictional world,
# allegations / figures F1 with the code of session 7's start -> at its end:
# heldout2 (half about parties no gazetteer holds) 0.422 / 0.586 -> 0.511 / 0.586;
# heldout3 0.364 / 0.746 -> 0.520 / 0.746; heldout4 0.262 / 0.760 -> 0.478 / 0.760;
# heldout5 0.244 / 0.771 -> 0.391 / 0.792 (developed on late in the session);
# heldout6 0.253 / 0.782 -> 0.345 / 0.828 (never looked at: only these totals were read).
# Session 8, start -> end: heldout2 0.511 -> 0.526; heldout3 0.520 -> 0.590 / 0.780;
# heldout4 0.478 -> 0.505; heldout5 0.391 -> 0.440; heldout6 0.345 -> 0.382; and the new sets,
# labelled by the passage's own names: heldout7 0.350 / 0.720 -> 0.552 / 0.773 and heldout8
# 0.262 / 0.701 -> 0.479 / 0.805 (developed on), heldout10 0.328 / 0.710 -> 0.538 / 0.710
# (developed on late), heldout9 0.530 / 0.824 -> 0.598 / 0.824 (never looked at).
# Session 9, start -> end: heldout3 0.590 / 0.780 -> 0.613 / 0.814; heldout4 0.505 -> 0.495;
# heldout6 0.382 -> 0.400; heldout7 0.552 / 0.773 -> 0.652 / 0.800; heldout8 0.479 -> 0.528;
# heldout10 0.538 / 0.710 -> 0.617 / 0.817 (all looked at); heldout9 0.598 / 0.824 -> 0.598 / 0.857
# (never looked at); and the session's new sets, heldout11 0.588 / 0.785 -> 0.588 / 0.804 (only the
# records that changed were read) and heldout12 0.474 / 0.627 -> 0.513 / 0.627 (never looked at).
# The floors sit about 0.05 under the session's end.
LATER_HELDOUT = {
    "heldout2": (("actors.toml",), {"allegations": 0.49, "figures": 0.55}),
    "heldout3": (("actors.toml", "actors3.toml"), {"allegations": 0.58, "figures": 0.77}),
    "heldout4": (("actors.toml", "actors4.toml"), {"allegations": 0.44, "figures": 0.80}),
    "heldout5": (("actors.toml", "actors5.toml"), {"allegations": 0.46, "figures": 0.74}),
    "heldout6": (("actors.toml", "actors6.toml"), {"allegations": 0.49, "figures": 0.78}),
    # session 8: two sets developed on (7, 8), one diffed only for regressions (10), one blind (9)
    "heldout7": (("actors.toml", "actors7.toml"), {"allegations": 0.60, "figures": 0.75}),
    "heldout8": (("actors.toml", "actors8.toml"), {"allegations": 0.55, "figures": 0.75}),
    "heldout9": (("actors.toml", "actors9.toml"), {"allegations": 0.60, "figures": 0.80}),
    "heldout10": (("actors.toml", "actors10.toml"), {"allegations": 0.63, "figures": 0.83}),
    # session 9: one set read only where records changed (11), one blind (12)
    "heldout11": (("actors.toml", "actors11.toml"), {"allegations": 0.57, "figures": 0.78}),
    "heldout12": (("actors.toml", "actors12.toml"), {"allegations": 0.46, "figures": 0.57}),
    # session 10: short passages like the real dev set's; two developed on (13, 14), one read only where
    # records changed (15), one blind (16); 15 and 16 with their own gazetteer only (their worlds
    # reuse a name of the sample world's)
    "heldout13": (("actors.toml", "actors13.toml"), {"allegations": 0.56, "figures": 0.72}),
    "heldout14": (("actors.toml", "actors14.toml"), {"allegations": 0.63, "figures": 0.65}),
    "heldout15": (("actors15.toml",), {"allegations": 0.55, "figures": 0.77}),
    "heldout16": (("actors16.toml",), {"allegations": 0.42, "figures": 0.71}),
    # session 11: floors of 8, 10, 11, 13, 14 and 16 raised to about 0.05 under the session's end; two
    # new blind sets (first run with the session-start code), each with its own gazetteer
    "heldout17": (("actors17.toml",), {"allegations": 0.68, "figures": 0.71}),
    "heldout18": (("actors18.toml",), {"allegations": 0.78, "figures": 0.77}),
    # session 12: floors of 5, 13, 14, 17 and 18 raised to about 0.05 under the session's end (17 and 18
    # developed on); three new blind sets, first run with the session-start code, each with its own gazetteer
    "heldout19": (("actors19.toml",), {"allegations": 0.66, "figures": 0.80}),
    "heldout20": (("actors20.toml",), {"allegations": 0.58, "figures": 0.76}),
    "heldout21": (("actors21.toml",), {"allegations": 0.50, "figures": 0.85}),
    # session 13: floors of 4, 10, 13, 16 (figures) and 17-21 raised to about 0.05 under the session's end
    # (19-21 developed on); two new blind sets, first run with the session-start code, own gazetteers
    "heldout22": (("actors22.toml",), {"allegations": 0.73, "figures": 0.67}),
    "heldout23": (("actors23.toml",), {"allegations": 0.65, "figures": 0.74}),
    # session 14: floors of 17-23 raised to about 0.05 under the session's end (22 and 23 developed on); two
    # new blind sets, first run with the session-start code, own gazetteers
    # session 15: floors of 23-25 raised to about 0.05 under the session's end (24 and 25 developed on); two
    # new blind sets, first run with the session-start code, own gazetteers
    "heldout24": (("actors24.toml",), {"allegations": 0.73, "figures": 0.88}),
    "heldout25": (("actors25.toml",), {"allegations": 0.69, "figures": 0.70}),
    # session 16: floors of 15, 26 and 27 raised to about 0.05 under the session's end (26 and 27
    # developed on); two new blind sets, first run with the session-start code, own gazetteers
    "heldout26": (("actors26.toml",), {"allegations": 0.84, "figures": 0.85}),
    "heldout27": (("actors27.toml",), {"allegations": 0.79, "figures": 0.77}),
    # session 17: floors of 6, 15 and 26-29 raised to about 0.05 under the session's end (28 and 29
    # developed on); two new blind sets, first run with the session-start code, own gazetteers
    "heldout28": (("actors28.toml",), {"allegations": 0.81, "figures": 0.76}),
    "heldout29": (("actors29.toml",), {"allegations": 0.84, "figures": 0.86}),
    # session 18: floors of 30 and 31 raised to about 0.05 under the session's end (both developed on);
    # two new blind sets, first run with the session-start code, own gazetteers
    "heldout30": (("actors30.toml",), {"allegations": 0.70, "figures": 0.67}),
    "heldout31": (("actors31.toml",), {"allegations": 0.71, "figures": 0.68}),
    # session 19: floors of 32 and 33 raised to about 0.05 under the session's end (both developed on); two
    # new blind sets, first run with the session-start code, own gazetteers
    "heldout32": (("actors32.toml",), {"allegations": 0.51, "figures": 0.72}),
    "heldout33": (("actors33.toml",), {"allegations": 0.64, "figures": 0.71}),
    # session 20: floor of 34 raised to about 0.05 under the session's end (34 and 35 developed on); two
    # new blind sets, first run with the session-start code, own gazetteers
    "heldout34": (("actors34.toml",), {"allegations": 0.63, "figures": 0.81}),
    "heldout35": (("actors35.toml",), {"allegations": 0.44, "figures": 0.73}),
    "heldout36": (("actors36.toml",), {"allegations": 0.47, "figures": 0.77}),
    "heldout37": (("actors37.toml",), {"allegations": 0.34, "figures": 0.73}),
}


# --- helpers ----------------------------------------------------------------------------


def scored(record: Allegation) -> Scored:
    """An extracted allegation in the shape the scorer compares."""
    return Scored(
        speaker=record.speaker,
        accused=record.accused,
        stance=record.stance,
        categories=frozenset(record.categories),
        acts=frozenset(record.acts),
        hedged=record.hedged,
        speaker_person=record.speaker_person,
    )


def expect(speaker: str, accused: str, *categories: str, stance: str = "asserts") -> Scored:
    """What an analyst would label, as a gold allegation."""
    return Scored(speaker=speaker, accused=accused, stance=stance, categories=frozenset(categories))


def matching(extraction: Extraction, gold: Scored) -> list[Allegation]:
    """The extracted allegations the scorer would pair with ``gold``."""
    return [a for a in extraction.allegations if allegation_matches(gold, scored(a))]


def describe(extraction: Extraction) -> str:
    return "; ".join(scored(a).describe() for a in extraction.allegations) or "no allegations"


def assert_spans_slice(text: str, extraction: Extraction) -> None:
    """Every record's evidence is the exact words at its offsets."""
    records: Iterable[Any] = (
        *extraction.allegations,
        *extraction.figures,
        *extraction.actors,
        *extraction.limitations,
    )
    for record in records:
        e = record.evidence
        assert 0 <= e.start < e.end <= len(text), f"{type(record).__name__} span out of range: {e}"
        assert text[e.start : e.end] == e.text, f"{type(record).__name__} span does not slice: {e}"


def only(extraction: Extraction, gold: Scored) -> Allegation:
    """The one extracted allegation matching ``gold``, which must also be the only one."""
    assert len(extraction.allegations) == 1, describe(extraction)
    found = matching(extraction, gold)
    assert found, f"expected {gold.describe()}, got {describe(extraction)}"
    return found[0]


# --- the seed story ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_gold() -> dict[str, Any]:
    assert SEED_GOLD.is_file(), f"{SEED_GOLD} missing: the tests expect ../shared beside the project"
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_source() -> SourceDocument:
    assert SEED_STORY.is_file(), f"{SEED_STORY} missing: the tests expect ../shared beside the project"
    return read_source(str(SEED_STORY))


@pytest.fixture(scope="module")
def seed(seed_source: SourceDocument) -> Extraction:
    """The seed story extracted with the bundled gazetteer only (no fictional actors)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("CASEFILE_ACTORS", raising=False)
        return extract_document(seed_source)


@pytest.fixture(scope="module")
def seed_case(seed_gold: dict[str, Any], seed_source: SourceDocument) -> Case:
    record = {
        "id": "seed",
        "text": seed_source.text,
        "allegations": seed_gold["allegations"],
        "figures": seed_gold["figures"],
    }
    return parse_case(record, origin=str(SEED_GOLD))


def gold_with_evidence(seed_gold: dict[str, Any], words: str) -> dict[str, Any]:
    """The one gold allegation whose evidence contains ``words``."""
    found = [a for a in seed_gold["allegations"] if words in a["evidence"]]
    assert len(found) == 1, f"{len(found)} gold allegations with evidence containing {words!r}"
    return found[0]


def predicted_for(seed: Extraction, text: str, gold: dict[str, Any]) -> list[Allegation]:
    """Extracted allegations that match ``gold`` and whose evidence overlaps the gold evidence."""
    start = text.index(gold["evidence"])
    end = start + len(gold["evidence"])
    target = parse_case({"id": "g", "text": "g", "allegations": [gold]}, origin="seed gold").allegations[0]
    return [
        a
        for a in seed.allegations
        if allegation_matches(target, scored(a)) and a.evidence.start < end and start < a.evidence.end
    ]


def test_seed_story_is_read_with_its_date(seed_source: SourceDocument) -> None:
    assert seed_source.published == date(2025, 12, 11)


def test_seed_matches_at_least_12_of_15_gold_allegations(seed: Extraction, seed_case: Case) -> None:
    prediction = parse_prediction(to_schema(seed), origin="seed extraction", case_id="seed")
    report = score([seed_case], {"seed": prediction})
    assert report.allegations.gold == 15
    assert report.allegations.tp >= 12, (
        f"matched {report.allegations.tp} of 15 gold allegations; extracted: {describe(seed)}"
    )


@pytest.mark.parametrize(
    "figure_id",
    [
        "killed",
        "taken",
        "taken_dead",
        "taken_alive",
        "died_captivity",
    ],
)
def test_seed_figures_about_people_are_found(seed: Extraction, seed_gold: dict[str, Any], figure_id: str) -> None:
    gold = next(f for f in seed_gold["figures"] if f["id"] == figure_id)
    target = parse_case({"id": "g", "text": "g", "figures": [gold]}, origin="seed gold").figures[0]
    predicted = parse_prediction(to_schema(seed), origin="seed extraction", case_id="seed").figures
    found = [f.describe() for f in predicted]
    assert any(figure_matches(target, f) for f in predicted), f"{target.describe()} not in {found}"


def test_seed_denial_by_israel(seed: Extraction) -> None:
    denial = expect("Israel", "Israel", "genocide", stance="denies")
    assert matching(seed, denial), describe(seed)


def test_seed_responsibility_principal_and_lesser(seed: Extraction) -> None:
    def responsibilities(party: str) -> set[str | None]:
        return {a.responsibility for a in seed.allegations if same_party(a.accused, party)}

    assert "principal" in responsibilities("Hamas")
    assert "lesser" in responsibilities("Palestinian Islamic Jihad")
    assert "principal" not in responsibilities("Palestinian Islamic Jihad")


@pytest.mark.parametrize(
    ("words", "when"),
    [("reiterated last month", "2025-11"), ("had earlier accused", "before 2025-12-11")],
)
def test_seed_statement_dates(
    seed: Extraction, seed_source: SourceDocument, seed_gold: dict[str, Any], words: str, when: str
) -> None:
    gold = gold_with_evidence(seed_gold, words)
    found = predicted_for(seed, seed_source.text, gold)
    assert found, f"no extracted allegation at {words!r}: {describe(seed)}"
    assert {a.statement_date for a in found} == {when}


def test_seed_limitation_is_found(seed: Extraction) -> None:
    assert any(same_party(lim.speaker, "Amnesty International") for lim in seed.limitations), seed.limitations


def test_seed_evidence_spans_slice_the_text(seed: Extraction, seed_source: SourceDocument) -> None:
    assert seed.allegations and seed.figures and seed.actors and seed.limitations
    assert_spans_slice(seed_source.text, seed)


# --- mechanisms, on fictional sentences -------------------------------------------------

CWI = "Civic Watch International"
FRONT = "Ostrel Liberation Front"
SERRIN = "Serrin Valley Movement"
VARNIA = "Republic of Varnia"


def run(extract: Extract, text: str) -> Extraction:
    extraction = extract(text)
    assert_spans_slice(text, extraction)
    return extraction


def test_active_accusation(extract_fictional: Extract) -> None:
    extraction = run(extract_fictional, f"{CWI} accused the {FRONT} of war crimes.")
    allegation = only(extraction, expect(CWI, FRONT, "war_crimes"))
    assert allegation.categories == ("war_crimes",)
    assert not allegation.hedged
    assert allegation.certainty == 1.0


def test_coordinated_accused_give_one_record_each(extract_fictional: Extract) -> None:
    extraction = run(extract_fictional, f"{CWI} accused the {FRONT} and the {SERRIN} of war crimes.")
    assert len(extraction.allegations) == 2, describe(extraction)
    assert matching(extraction, expect(CWI, FRONT, "war_crimes"))
    assert matching(extraction, expect(CWI, SERRIN, "war_crimes"))


def test_coordinated_categories_stay_on_one_record(extract_fictional: Extract) -> None:
    extraction = run(extract_fictional, f"{CWI} accused the {FRONT} of war crimes and crimes against humanity.")
    allegation = only(extraction, expect(CWI, FRONT, "war_crimes"))
    assert set(allegation.categories) == {"war_crimes", "crimes_against_humanity"}


def test_passive_with_agent(extract_fictional: Extract) -> None:
    extraction = run(extract_fictional, f"War crimes were committed by the {FRONT}, {CWI} said.")
    only(extraction, expect(CWI, FRONT, "war_crimes"))


@pytest.mark.parametrize(
    "text",
    [
        f"{CWI} said the bombardment of Hallorn by the {VARNIA} amounted to crimes against humanity.",
        f"{CWI} said the {VARNIA}'s siege of Hallorn amounted to crimes against humanity.",
        f"{CWI} said the siege of Hallorn by the {VARNIA} amounted to crimes against humanity.",
    ],
)
def test_copula_amounted_to(extract_fictional: Extract, text: str) -> None:
    extraction = run(extract_fictional, text)
    only(extraction, expect(CWI, VARNIA, "crimes_against_humanity"))


def test_quote_attributed_after_resolves_the_organisation(extract_fictional: Extract) -> None:
    text = (
        f"{CWI} published a report on Monday. "
        '"Varnian soldiers tortured detainees in Sedrane, which amounts to war crimes," the organisation said.'
    )
    extraction = run(extract_fictional, text)
    allegation = only(extraction, expect(CWI, VARNIA, "war_crimes"))
    assert "torture" in allegation.acts


def test_quote_attributed_after_with_pronoun(extract_fictional: Extract) -> None:
    text = f'{CWI} published its report on Monday. "The {FRONT} committed war crimes in Hallorn," it said.'
    extraction = run(extract_fictional, text)
    only(extraction, expect(CWI, FRONT, "war_crimes"))


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (f"{CWI} accused the {VARNIA} of genocide. Varnia rejected the accusations.", VARNIA),
        (f"{CWI} accused the {FRONT} of genocide. The {FRONT} denied the allegations.", FRONT),
    ],
)
def test_denial_carries_the_categories_of_the_accusation(extract_fictional: Extract, text: str, denier: str) -> None:
    extraction = run(extract_fictional, text)
    assert matching(extraction, expect(CWI, denier, "genocide")), describe(extraction)
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert len(denials) == 1, describe(extraction)
    assert same_party(denials[0].speaker, denier) and same_party(denials[0].accused, denier)
    assert denials[0].categories == ("genocide",)


@pytest.mark.parametrize(
    "text",
    [
        f"{CWI} said the {VARNIA} committed genocide, an allegation Varnia strongly rejects.",
        f"{CWI} said the {FRONT} committed genocide in Hallorn, an allegation the {FRONT} strongly rejects.",
        # without an adverb the model tags "rejects" as a plural noun: repaired in casefile.nlp.repairs
        f"{CWI} said the {VARNIA} committed genocide, an allegation Varnia rejects.",
    ],
)
def test_relative_clause_denial(extract_fictional: Extract, text: str) -> None:
    extraction = run(extract_fictional, text)
    denials = [a for a in extraction.allegations if a.stance == "denies"]
    assert len(denials) == 1, describe(extraction)
    denier = denials[0].accused
    assert matching(extraction, expect(denier, denier, "genocide", stance="denies"))
    assert matching(extraction, expect(CWI, denier, "genocide"))


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (f"{CWI} said the shelling of Hallorn by the {VARNIA} may amount to war crimes.", "war_crimes"),
        (f"{CWI} said the {VARNIA} could be committing genocide.", "genocide"),
        (f"{CWI} called for an investigation into whether the {VARNIA} committed war crimes.", "war_crimes"),
    ],
)
def test_hedged_allegation(extract_fictional: Extract, text: str, category: str) -> None:
    extraction = run(extract_fictional, text)
    allegation = only(extraction, expect(CWI, VARNIA, category))
    assert allegation.hedged
    assert 0 < allegation.certainty < 1


def test_unhedged_allegation_is_certain(extract_fictional: Extract) -> None:
    extraction = run(extract_fictional, f"{CWI} said the {VARNIA} committed war crimes in Hallorn.")
    allegation = only(extraction, expect(CWI, VARNIA, "war_crimes"))
    assert not allegation.hedged and allegation.certainty == 1.0


def test_responsibility_principal(extract_fictional: Extract) -> None:
    text = f'{CWI} said the {FRONT} was "chiefly responsible" for the crimes against humanity.'
    allegation = only(run(extract_fictional, text), expect(CWI, FRONT, "crimes_against_humanity"))
    assert allegation.responsibility == "principal"


def test_responsibility_lesser(extract_fictional: Extract) -> None:
    text = (
        f'{CWI} said the {FRONT} was "chiefly responsible" for the crimes against humanity. '
        f"The {SERRIN} was found responsible to a lesser degree."
    )
    extraction = run(extract_fictional, text)
    principal = matching(extraction, expect(CWI, FRONT, "crimes_against_humanity"))
    lesser = matching(extraction, expect(CWI, SERRIN, "crimes_against_humanity"))
    assert principal and principal[0].responsibility == "principal"
    assert lesser and lesser[0].responsibility == "lesser"


@pytest.mark.parametrize(
    "text",
    [
        f"The {FRONT} committed war crimes in Hallorn, according to {CWI}.",
        f"According to {CWI}, the {FRONT} committed war crimes in Hallorn.",
    ],
)
def test_according_to_names_the_speaker(extract_fictional: Extract, text: str) -> None:
    only(run(extract_fictional, text), expect(CWI, FRONT, "war_crimes"))


@pytest.mark.parametrize(
    ("words", "state"),
    [("Morvanian forces", "Republic of Morvania"), ("Zemaryni forces", "Kingdom of Zemaryn")],
)
def test_adjectival_form_names_the_state(extract_fictional: Extract, words: str, state: str) -> None:
    extraction = run(extract_fictional, f"{CWI} accused {words} of war crimes.")
    allegation = only(extraction, expect(CWI, state, "war_crimes"))
    assert allegation.accused == state
    assert allegation.accused_text == words


@pytest.mark.parametrize(
    "text",
    [
        "The Permanent Tribunal for Atrocity Crimes scheduled the trial of Emeric Tavrossi for September 2026.",
        "A trial of two Tolvaren Guard commanders on war crimes charges is scheduled to open in Haldermoor.",
        "The Quorvel Institute for Conflict Law will host a conference on war crimes law next month.",
        f"Did the {FRONT} commit war crimes in Hallorn?",
        "Who committed war crimes in Hallorn?",
    ],
)
def test_hard_negatives_give_no_allegation(extract_fictional: Extract, text: str) -> None:
    extraction = run(extract_fictional, text)
    assert extraction.allegations == (), describe(extraction)


# --- the sample corpus's gold set -------------------------------------------------------


def test_sample_gold_scores_above_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEFILE_ACTORS", str(SAMPLE_ACTORS))
    report, _ = evaluate(SAMPLE_GOLD)
    print(f"sample gold: allegations {report.allegations.to_json()}, figures {report.figures.to_json()}")
    assert report.allegations.f1 >= SAMPLE_ALLEGATION_F1_FLOOR, report.allegations.to_json()
    assert report.figures.f1 >= SAMPLE_FIGURE_F1_FLOOR, report.figures.to_json()


@pytest.mark.parametrize("half", ["odd", "even"])
def test_heldout_half_scores_above_floor(monkeypatch: pytest.MonkeyPatch, half: str) -> None:
    monkeypatch.setenv("CASEFILE_ACTORS", str(SAMPLE_ACTORS))
    report, _ = evaluate(HELDOUT_GOLD, split=half)
    scores = report.to_json()
    print(f"held-out {half}: " + ", ".join(f"{row} {scores[row]['f1']}" for row in HELDOUT_FLOORS[half]))
    for row, floor in HELDOUT_FLOORS[half].items():
        assert scores[row]["f1"] >= floor, f"{row} on the held-out {half} half: {scores[row]}"


@pytest.mark.parametrize("name", sorted(LATER_HELDOUT))
def test_later_heldout_set_scores_above_floor(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    actor_files, floors = LATER_HELDOUT[name]
    monkeypatch.setenv("CASEFILE_ACTORS", os.pathsep.join(str(ROOT / "samples" / f) for f in actor_files))
    report, _ = evaluate(ROOT / "samples" / f"{name}.jsonl")
    scores = report.to_json()
    print(f"{name}: " + ", ".join(f"{row} {scores[row]['f1']}" for row in floors))
    for row, floor in floors.items():
        assert scores[row]["f1"] >= floor, f"{row} on {name}: {scores[row]}"


# Floors for the real dev set (../shared/eval/dev.jsonl), each a little under what was
# measured when they were set (session 5, odd / even: allegations 0.817 / 0.815, denials
# 0.873 / 0.808, hedged 0.789 / 0.750, acts 0.853 / 0.791, figures 0.965 / 0.977). A change
# that drops a half under a floor is a regression to look at.
DEV_FLOORS = {
    "odd": {"allegations": 0.79, "denials": 0.83, "hedged": 0.74, "acts": 0.81, "figures": 0.95},
    "even": {"allegations": 0.79, "denials": 0.78, "hedged": 0.70, "acts": 0.76, "figures": 0.95},
}


@pytest.mark.parametrize("half", ["odd", "even"])
def test_dev_half_scores_above_floor(monkeypatch: pytest.MonkeyPatch, half: str) -> None:
    monkeypatch.delenv("CASEFILE_ACTORS", raising=False)
    report, _ = evaluate(SHARED / "eval" / "dev.jsonl", split=half)
    scores = report.to_json()
    print(f"dev {half}: " + ", ".join(f"{row} {scores[row]['f1']}" for row in DEV_FLOORS[half]))
    for row, floor in DEV_FLOORS[half].items():
        assert scores[row]["f1"] >= floor, f"{row} on the {half} half: {scores[row]}"
