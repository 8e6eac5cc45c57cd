"""casefile.evaluation: agreement with the reference scorer, matching, splits, errors.

The agreement tests read shared/eval at test time and write gold/prediction files
to a temporary directory; no shared text is stored in this file. Names in the
unit tests are invented.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from casefile.errors import InputError
from casefile.evaluation.gold import (
    Allegation,
    Case,
    Figure,
    Prediction,
    load_gold,
    load_predictions,
    select_split,
)
from casefile.evaluation.matching import initials, same_party, same_token
from casefile.evaluation.report import render_errors, render_report
from casefile.evaluation.runner import evaluate, evaluate_predictions, predict_case
from casefile.evaluation.scoring import Cause, Measure, Report, find_errors, group_errors, score

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
SHARED_SEED = SHARED_EVAL.parent / "seed"
REFERENCE = SHARED_EVAL / "score.py"
DEV = SHARED_EVAL / "dev.jsonl"
SEED_GOLD = SHARED_EVAL / "seed-gold.json"

needs_shared = pytest.mark.skipif(not (REFERENCE.exists() and DEV.exists()), reason="shared/eval not present")

FIGURE_CATEGORIES = ["killed", "injured", "hostages", "detained", "displaced", "missing", "released", "other"]
CATEGORIES = ["genocide", "war_crimes", "crimes_against_humanity", "ihl_violations", "terrorism"]
ACTS = ["murder", "torture", "pillage", "starvation", "imprisonment"]


# --- helpers ---------------------------------------------------------------------------


def write_jsonl(path: Path, objects: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def reference_json(gold: Path, pred: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, str(REFERENCE), str(gold), str(pred), "--json"],
        capture_output=True, text=True, check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def ours_json(gold: Path, pred: Path) -> dict[str, Any]:
    return score(load_gold(gold), load_predictions(pred)).to_json()


def alias(name: str | None, rng: random.Random) -> str | None:
    """Another way of writing a party: its acronym, its first word, or lower case."""
    if not name:
        return name
    words = name.split()
    acronym = "".join(w[0] for w in words if w[:1].isupper())
    options = [name.lower(), words[0], f"the {name}"]
    if len(acronym) >= 2:
        options.append(acronym)
    return rng.choice(options)


def perturb(gold_cases: list[dict[str, Any]], seed: int, rate: float) -> list[dict[str, Any]]:
    """Deterministic, seeded damage to a copy of the gold labels, as predictions."""
    rng = random.Random(seed)
    parties = sorted({a["accused"] for c in gold_cases for a in c.get("allegations", []) if a.get("accused")})
    predictions = []
    for case in gold_cases:
        if rng.random() < rate / 4:
            continue  # no prediction at all for this case
        allegations = []
        for a in copy.deepcopy(case.get("allegations", [])):
            if rng.random() < 0.5:
                a.pop("speaker_person", None)
            roll = rng.random()
            if roll < rate * 0.15:
                continue  # dropped
            if roll < rate * 0.3:
                a["stance"] = "denies" if a["stance"] == "asserts" else "asserts"
            elif roll < rate * 0.45:
                a["speaker"] = alias(a.get("speaker"), rng)
            elif roll < rate * 0.55 and parties:
                a["accused"] = rng.choice(parties)
            elif roll < rate * 0.6:
                a["accused"], a["speaker"] = a.get("speaker"), a.get("accused")
            elif roll < rate * 0.7:
                a["categories"] = [rng.choice(CATEGORIES)]
            elif roll < rate * 0.8:
                a["hedged"] = not a.get("hedged")
            elif roll < rate * 0.9:
                a["acts"] = rng.sample(ACTS, rng.randint(0, 2))
            elif roll < rate:
                a["speaker"] = "Zembla Observatory"
            allegations.append(a)
        if rng.random() < rate * 0.5:
            allegations.append({
                "speaker": rng.choice(parties) if parties else "Zembla Observatory",
                "accused": rng.choice(parties) if parties else "Varnia",
                "categories": rng.sample(CATEGORIES, rng.randint(1, 2)),
                "acts": rng.sample(ACTS, rng.randint(0, 2)),
                "stance": rng.choice(["asserts", "denies"]),
                "hedged": rng.random() < 0.3,
            })
        if rng.random() < rate:
            rng.shuffle(allegations)
        figures = []
        for f in copy.deepcopy(case.get("figures", [])):
            roll = rng.random()
            if roll < rate * 0.2:
                continue
            if roll < rate * 0.5:
                f["value"] += rng.choice([-1, 1, 10])
            elif roll < rate * 0.7:
                f["category"] = rng.choice([c for c in FIGURE_CATEGORIES if c != f["category"]])
            figures.append(f)
        if rng.random() < rate * 0.3:
            figures.append({"value": rng.randint(1, 5000), "what": "x", "category": rng.choice(FIGURE_CATEGORIES),
                            "attributed_to": None})
        predictions.append({"id": case["id"], "allegations": allegations, "figures": figures})
    return predictions


def seed_case() -> dict[str, Any]:
    seed = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    text = (SHARED_EVAL.parent / seed["document"]).read_text(encoding="utf-8")
    return {"id": "seed-1", "text": text, "date": seed.get("published"),
            "allegations": seed["allegations"], "figures": seed["figures"]}


# --- agreement with the reference scorer ---------------------------------------------


@needs_shared
@pytest.mark.parametrize(
    "kind, seed, rate",
    [("perfect", 0, 0.0), ("empty", 0, 0.0), ("perturbed", 1, 0.3), ("perturbed", 2, 0.6),
     ("perturbed", 3, 0.9), ("perturbed", 4, 1.0)],
)
def test_dev_scores_equal_reference(tmp_path: Path, kind: str, seed: int, rate: float) -> None:
    gold = read_jsonl(DEV)
    if kind == "perfect":
        predictions = gold
    elif kind == "empty":
        predictions = [{"id": c["id"], "allegations": [], "figures": []} for c in gold]
    else:
        predictions = perturb(gold, seed, rate)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", predictions)
    expected = reference_json(DEV, pred_path)
    assert ours_json(DEV, pred_path) == expected
    if kind == "perfect":
        assert all(m["f1"] == 1.0 for m in expected.values())


@needs_shared
@pytest.mark.parametrize("split", ["odd", "even"])
def test_split_scores_equal_reference_on_split_file(tmp_path: Path, split: str) -> None:
    gold = read_jsonl(DEV)
    half = gold[0::2] if split == "odd" else gold[1::2]
    gold_half = write_jsonl(tmp_path / "gold.jsonl", half)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", perturb(gold, 7, 0.5))
    report, _ = evaluate_predictions(DEV, pred_path, split=split)
    assert report.to_json() == reference_json(gold_half, pred_path)
    assert report.cases == len(half)


@needs_shared
@pytest.mark.parametrize("seed, rate", [(0, 0.0), (11, 0.5), (12, 1.0)])
def test_seed_gold_scores_equal_reference(tmp_path: Path, seed: int, rate: float) -> None:
    case = seed_case()
    gold_path = write_jsonl(tmp_path / "gold.jsonl", [case])
    pred_path = write_jsonl(tmp_path / "pred.jsonl", perturb([case], seed, rate) or [{"id": "seed-1"}])
    assert ours_json(gold_path, pred_path) == reference_json(gold_path, pred_path)


@needs_shared
def test_same_party_agrees_with_reference_on_dev_names() -> None:
    spec = importlib.util.spec_from_file_location("reference_score", REFERENCE)
    assert spec and spec.loader
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    rng = random.Random(5)
    names = sorted({n for c in read_jsonl(DEV) for a in c["allegations"]
                    for n in (a.get("speaker"), a.get("accused"), a.get("speaker_person")) if n})
    names += [alias(n, rng) for n in names] + ["", "the government", "  The Government "]
    for _ in range(20000):
        a, b = rng.choice(names), rng.choice(names)
        assert same_party(a, b) == reference.same_party(a, b), (a, b)


@needs_shared
def test_error_counts_add_up(tmp_path: Path) -> None:
    gold = read_jsonl(DEV)
    pred_path = write_jsonl(tmp_path / "pred.jsonl", perturb(gold, 3, 0.8))
    cases, predictions = load_gold(DEV), load_predictions(pred_path)
    report, items = score(cases, predictions), find_errors(cases, predictions)
    allegation_items = [i for i in items if i.kind == "allegation"]
    figure_items = [i for i in items if i.kind == "figure"]
    assert sum(i.gold is not None for i in allegation_items) == report.allegations.gold - report.allegations.tp
    assert sum(i.predicted is not None for i in allegation_items) == (
        report.allegations.predicted - report.allegations.tp)
    assert sum(i.gold is not None for i in figure_items) == report.figures.gold - report.figures.tp
    assert sum(i.predicted is not None for i in figure_items) == report.figures.predicted - report.figures.tp
    groups = group_errors(items)
    assert sum(len(v) for v in groups.values()) == len(items)
    assert Cause.WRONG_STANCE in groups and Cause.FIGURE_WRONG_VALUE in groups


# --- party matching (invented names) -------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ostrel Liberation Front", "OLF"),
        ("OLF", "Ostrel Liberation Front"),
        ("Varnian forces", "Varnia"),
        ("the Varnian army", "Varnian government"),
        ("Keldor Human Rights Watch", "KHRW"),
        ("Amnestra International", "Amnestra"),
        ("the government", "The Government "),
        ("Council of Tessaly", "the Tessaly council"),
        ("Brennic Defence Forces", "BDF"),
        (None, None),
    ],
)
def test_same_party_matches_aliases(a: str | None, b: str | None) -> None:
    assert same_party(a, b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ostrel Liberation Front", "Varnia"),
        ("Dalo", "Dalon"),  # shared prefix shorter than five characters
        ("Varnia", "Ostrel Liberation Front"),
        ("the government", "the army"),  # only generic words: compared as written
        ("Varnia", None),
        ("Ostrel Front", "OLF"),  # initials "of" ≠ "olf"
    ],
)
def test_same_party_keeps_different_parties_apart(a: str | None, b: str | None) -> None:
    assert not same_party(a, b)


def test_token_prefix_and_initials() -> None:
    assert same_token("tessalian", "tessaly")
    assert not same_token("markova", "marzipa")  # prefix of 3
    assert not same_token("varnikolas", "varnimedes")  # prefix of 5, but under 70% of 10
    assert initials("Ostrel Liberation Front") == "olf"
    assert initials("forces of the Ostrel Front") == "of"


def test_speaker_person_counts_as_speaker() -> None:
    gold = Allegation("Ostrel Truth Commission", "Varnia", "asserts", frozenset({"war_crimes"}),
                      speaker_person="Ilse Marrow")
    case = Case("c1", "An invented passage.", allegations=(gold,))
    by_person = Prediction("c1", (Allegation("Ilse Marrow", "Varnian forces", "asserts", frozenset({"war_crimes"})),))
    assert score([case], {"c1": by_person}).allegations == Measure(1, 1, 1)


# --- splits --------------------------------------------------------------------------


def _case(case_id: str, **kwargs: Any) -> Case:
    return Case(case_id, f"Invented passage {case_id}.", **kwargs)


def test_select_split_uses_file_position_not_id() -> None:
    cases = [_case(i) for i in ("c-1", "c-4", "c-9", "c-10", "c-12")]
    assert [c.id for c in select_split(cases, "odd")] == ["c-1", "c-9", "c-12"]
    assert [c.id for c in select_split(cases, "even")] == ["c-4", "c-10"]
    assert select_split(cases, None) == cases
    with pytest.raises(InputError, match="unknown split"):
        select_split(cases, "third")


# --- error analysis ------------------------------------------------------------------


def _allegation(speaker: str = "Ostrel Liberation Front", accused: str = "Varnia", stance: str = "asserts",
                categories: tuple[str, ...] = ("war_crimes",), **kwargs: Any) -> Allegation:
    return Allegation(speaker, accused, stance, frozenset(categories), **kwargs)


@pytest.mark.parametrize(
    "predicted, cause",
    [
        (_allegation(speaker="Zembla Observatory"), Cause.WRONG_SPEAKER),
        (_allegation(accused="Tessaly"), Cause.WRONG_ACCUSED),
        (_allegation(stance="denies"), Cause.WRONG_STANCE),
        (_allegation(categories=("genocide",)), Cause.NO_CATEGORY_OVERLAP),
    ],
)
def test_near_miss_names_its_cause(predicted: Allegation, cause: Cause) -> None:
    case = _case("c1", allegations=(_allegation(),))
    items = find_errors([case], {"c1": Prediction("c1", (predicted,))})
    assert [(i.cause, i.gold, i.predicted) for i in items] == [(cause, _allegation(), predicted)]


def test_far_prediction_is_missed_and_false_hit() -> None:
    case = _case("c1", allegations=(_allegation(),))
    far = _allegation(speaker="Zembla Observatory", accused="Tessaly", stance="denies")
    groups = group_errors(find_errors([case], {"c1": Prediction("c1", (far,))}))
    assert list(groups) == [Cause.NOTHING_PREDICTED, Cause.FALSE_HIT]
    assert groups[Cause.FALSE_HIT][0].predicted == far
    assert groups[Cause.NOTHING_PREDICTED][0].predicted is None


def test_no_prediction_for_case_is_nothing_predicted() -> None:
    case = _case("c1", allegations=(_allegation(),), figures=(Figure(12, "killed"),))
    groups = group_errors(find_errors([case], {}))
    assert {c: len(v) for c, v in groups.items()} == {Cause.NOTHING_PREDICTED: 1, Cause.FIGURE_MISSED: 1}


def test_figure_causes() -> None:
    gold = (Figure(120, "killed"), Figure(40, "injured"), Figure(7, "missing"), Figure(3, "released"))
    predicted = (Figure(3, "released"), Figure(125, "killed"), Figure(40, "displaced"), Figure(999, "detained"))
    case = _case("c1", figures=gold)
    items = find_errors([case], {"c1": Prediction("c1", figures=predicted)})
    assert [(i.cause, i.gold, i.predicted) for i in items] == [
        (Cause.FIGURE_WRONG_VALUE, gold[0], predicted[1]),
        (Cause.FIGURE_WRONG_CATEGORY, gold[1], predicted[2]),
        (Cause.FIGURE_MISSED, gold[2], None),
        (Cause.FIGURE_FALSE_HIT, None, predicted[3]),
    ]


def test_perfect_prediction_has_no_errors() -> None:
    case = _case("c1", allegations=(_allegation(),), figures=(Figure(5, "killed"),))
    assert find_errors([case], {"c1": Prediction("c1", case.allegations, case.figures)}) == []


# --- measures and report -------------------------------------------------------------


def test_measure_edge_cases_and_json() -> None:
    assert (Measure(0, 0, 0).precision, Measure(0, 0, 0).recall) == (1.0, 1.0)
    assert Measure(0, 0, 3).precision == 0.0
    assert Measure(0, 2, 0).f1 == 0.0
    assert Measure(1, 3, 2).to_json() == {"precision": 0.333, "recall": 0.5, "f1": 0.4,
                                          "tp": 1, "predicted": 3, "gold": 2}
    assert list(Report().to_json()) == ["allegations", "denials", "hedged", "figures", "acts"]


def test_render_report_and_errors() -> None:
    case = _case("c-7", allegations=(_allegation(speaker="[bold]Ostrel[/bold] Front"),))
    prediction = Prediction("c-7", (_allegation(speaker="Zembla Observatory"),))
    report = score([case], {"c-7": prediction})
    console = Console(record=True, width=200)
    console.print(render_report(report))
    console.print(render_errors(group_errors(find_errors([case], {"c-7": prediction}))))
    console.print(render_errors({}))
    out = console.export_text()
    assert "allegations" in out and "0.000" in out and "figures" in out
    assert "wrong speaker (1)" in out and "c-7" in out
    assert "[bold]Ostrel[/bold] Front" in out  # names are text, not markup
    assert "No errors" in out


# --- loading -------------------------------------------------------------------------


GOOD_LINE = {"id": "g1", "text": "Invented passage.", "date": "2024-02-03",
             "allegations": [{"speaker": "Varnia", "accused": "Ostrel Liberation Front", "categories": ["terrorism"],
                              "acts": [], "stance": "asserts", "hedged": False}],
             "figures": [{"value": 4, "what": "people", "category": "killed", "attributed_to": None}]}


def test_load_gold_reads_cases(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD_LINE) + "\n\n" + json.dumps({**GOOD_LINE, "id": "g2", "date": None}) + "\n")
    cases = load_gold(path)
    assert [c.id for c in cases] == ["g1", "g2"]
    assert cases[0].date is not None and cases[0].date.isoformat() == "2024-02-03"
    assert cases[0].figures == (Figure(4, "killed", "people", None),)
    assert cases[1].line == 3


def test_bad_json_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOOD_LINE) + "\n" + json.dumps({**GOOD_LINE, "id": "g2"}) + "\n{not json\n")
    with pytest.raises(InputError) as raised:
        load_gold(path)
    assert str(path) in str(raised.value) and "line 3" in str(raised.value) and "invalid JSON" in str(raised.value)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"id": None}, "missing 'id'"),
        ({"text": None}, "missing 'text'"),
        ({"allegations": [{**GOOD_LINE["allegations"][0], "categories": ["treason"]}]}, "unknown category 'treason'"),
        ({"allegations": [{**GOOD_LINE["allegations"][0], "stance": "maybe"}]}, "unknown stance 'maybe'"),
        ({"allegations": [{**GOOD_LINE["allegations"][0], "acts": ["jaywalking"]}]}, "unknown act 'jaywalking'"),
        ({"figures": [{"value": 3, "category": "wounded"}]}, "unknown figure category 'wounded'"),
        ({"figures": [{"value": "dozens", "category": "killed"}]}, "'value' must be an integer"),
        ({"date": "last week"}, "'date' must be YYYY-MM-DD"),
    ],
)
def test_gold_errors_say_what_was_wrong(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    bad = {k: v for k, v in {**GOOD_LINE, **change}.items() if v is not None or k == "date"}
    path = write_jsonl(tmp_path / "gold.jsonl", [GOOD_LINE | {"id": "g0"}, bad])
    with pytest.raises(InputError, match=message) as raised:
        load_gold(path)
    assert f"{path}, line 2" in str(raised.value)


def test_duplicate_ids_and_missing_file(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [GOOD_LINE, GOOD_LINE])
    with pytest.raises(InputError, match="already used on line 1"):
        load_gold(path)
    with pytest.raises(InputError, match="cannot read"):
        load_gold(tmp_path / "absent.jsonl")


def test_predictions_need_no_text(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "pred.jsonl", [{"id": "g1", "figures": [{"value": 4, "category": "killed"}]}])
    assert load_predictions(path) == {"g1": Prediction("g1", (), (Figure(4, "killed"),))}


# --- runner --------------------------------------------------------------------------


def test_evaluate_with_custom_predict_and_progress(tmp_path: Path) -> None:
    lines = [GOOD_LINE | {"id": f"g{i}"} for i in range(1, 6)]
    path = write_jsonl(tmp_path / "gold.jsonl", lines)
    calls: list[tuple[int, int]] = []
    seen: list[str] = []

    def echo(case: dict[str, Any]) -> dict[str, Any]:
        seen.append(case["id"])
        return {"allegations": case["allegations"], "figures": case["figures"]}

    report, errors = evaluate(path, split="even", predict=echo, progress=lambda d, t: calls.append((d, t)))
    assert seen == ["g2", "g4"]
    assert calls == [(1, 2), (2, 2)]
    assert report.allegations == Measure(2, 2, 2) and report.figures == Measure(2, 2, 2)
    assert errors == []


def test_evaluate_rejects_malformed_prediction(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [GOOD_LINE])
    bad = {"allegations": [{"speaker": "Varnia", "accused": "Tessaly", "stance": "claims", "categories": []}]}
    with pytest.raises(InputError, match="prediction for case g1.*unknown stance"):
        evaluate(path, predict=lambda case: bad)


def test_default_predict_uses_extractor(tmp_path: Path) -> None:
    prediction = predict_case(GOOD_LINE)
    assert prediction["id"] == "g1" and set(prediction) >= {"allegations", "figures"}
    path = write_jsonl(tmp_path / "gold.jsonl", [GOOD_LINE])
    report, _ = evaluate(path)
    assert report.cases == 1 and report.allegations.gold == 1
    with pytest.raises(InputError, match="'date'"):
        predict_case(GOOD_LINE | {"date": "soon"})
