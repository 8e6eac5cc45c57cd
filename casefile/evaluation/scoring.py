"""Precision, recall and F1 of predictions against gold, and why items were missed.

:func:`score` gives the numbers of shared/eval/score.py (micro-averaged over all
cases) for five measures:

- ``allegations``: speaker, accused and stance match and categories overlap;
- ``denials`` / ``hedged``: the same, over the ``denies`` / hedged allegations only;
- ``acts``: per act label, over the allegation pairs matched above;
- ``figures``: value and category match.

:func:`find_errors` explains the misses and false hits; :func:`group_errors`
sorts them by cause (:class:`Cause`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from casefile.evaluation.gold import Allegation, Case, Figure, Prediction
from casefile.evaluation.matching import (
    accused_matches,
    allegation_matches,
    categories_overlap,
    figure_matches,
    pair_greedily,
    speaker_matches,
    stance_matches,
)

MEASURES: tuple[str, ...] = ("allegations", "denials", "hedged", "figures", "acts")
DIGITS = 3  # rounding of precision, recall and F1 when serialized (as the reference)


@dataclass(frozen=True)
class Measure:
    """Counts behind one measure: true positives, predicted items, gold items."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def __add__(self, other: Measure) -> Measure:
        return Measure(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def precision(self) -> float:
        """tp / predicted; 1.0 when nothing was predicted and nothing was there to find."""
        if self.predicted:
            return self.tp / self.predicted
        return 1.0 if not self.gold else 0.0

    @property
    def recall(self) -> float:
        """tp / gold; 1.0 when there was nothing to find."""
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if p + r == 0:
            return 0.0
        return 2 * p * r / (p + r)

    def to_json(self) -> dict[str, float | int]:
        """``precision``/``recall``/``f1`` rounded to 3 places, and the counts."""
        return {
            "precision": round(self.precision, DIGITS),
            "recall": round(self.recall, DIGITS),
            "f1": round(self.f1, DIGITS),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True)
class Report:
    """The five measures over a set of cases."""

    allegations: Measure = Measure()
    denials: Measure = Measure()
    hedged: Measure = Measure()
    figures: Measure = Measure()
    acts: Measure = Measure()
    cases: int = 0

    def __add__(self, other: Report) -> Report:
        return Report(
            *(getattr(self, name) + getattr(other, name) for name in MEASURES),
            cases=self.cases + other.cases,
        )

    def measures(self) -> list[tuple[str, Measure]]:
        """(name, measure) in the reference's order."""
        return [(name, getattr(self, name)) for name in MEASURES]

    def to_json(self) -> dict[str, dict[str, float | int]]:
        """A JSON-ready dict equal to what ``score.py --json`` prints (same keys and order)."""
        return {name: measure.to_json() for name, measure in self.measures()}


class Cause(StrEnum):
    """Why a gold item was missed or a prediction was wrong."""

    WRONG_SPEAKER = "wrong speaker"
    WRONG_ACCUSED = "wrong accused"
    WRONG_STANCE = "wrong stance"
    NO_CATEGORY_OVERLAP = "no category overlap"
    NOTHING_PREDICTED = "nothing predicted"
    FALSE_HIT = "false hit"
    FIGURE_WRONG_VALUE = "figure: wrong value"
    FIGURE_WRONG_CATEGORY = "figure: wrong category"
    FIGURE_MISSED = "figure: missed"
    FIGURE_FALSE_HIT = "figure: false hit"


Kind = Literal["allegation", "figure"]


@dataclass(frozen=True)
class ErrorItem:
    """One miss or false hit: the gold item, the nearest prediction (either may be
    None) and the case's text."""

    case_id: str
    kind: Kind
    cause: Cause
    gold: Allegation | Figure | None
    predicted: Allegation | Figure | None
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.case_id,
            "kind": self.kind,
            "cause": str(self.cause),
            "gold": self.gold.to_dict() if self.gold else None,
            "predicted": self.predicted.to_dict() if self.predicted else None,
            "text": self.text,
        }


def score(gold_cases: Iterable[Case], predictions: Mapping[str, Prediction]) -> Report:
    """The report over ``gold_cases``; a case without a prediction counts as predicting nothing.

    Predictions whose id is not a gold case are ignored.
    """
    report = Report()
    for case in gold_cases:
        report += score_case(case, predictions.get(case.id) or Prediction(case.id))
    return report


def score_case(case: Case, prediction: Prediction) -> Report:
    """The report of a single case."""
    gold, predicted = case.allegations, prediction.allegations
    pairs = pair_greedily(gold, predicted, allegation_matches)
    acts = Measure()
    for g_index, p_index in pairs:
        gold_acts, predicted_acts = gold[g_index].acts, predicted[p_index].acts
        acts += Measure(len(gold_acts & predicted_acts), len(predicted_acts), len(gold_acts))
    return Report(
        allegations=Measure(len(pairs), len(predicted), len(gold)),
        denials=_subset_measure(gold, predicted, lambda a: a.stance == "denies"),
        hedged=_subset_measure(gold, predicted, lambda a: a.hedged),
        figures=Measure(
            len(pair_greedily(case.figures, prediction.figures, figure_matches)),
            len(prediction.figures),
            len(case.figures),
        ),
        acts=acts,
        cases=1,
    )


def _subset_measure(
    gold: Sequence[Allegation], predicted: Sequence[Allegation], keep: Callable[[Allegation], bool]
) -> Measure:
    """Allegation matching restricted to the allegations ``keep`` selects on both sides."""
    gold_kept = [a for a in gold if keep(a)]
    predicted_kept = [a for a in predicted if keep(a)]
    return Measure(
        len(pair_greedily(gold_kept, predicted_kept, allegation_matches)), len(predicted_kept), len(gold_kept)
    )


# The four tests of an allegation match, in the order a cause is named.
_ALLEGATION_TESTS = (
    (Cause.WRONG_SPEAKER, speaker_matches),
    (Cause.WRONG_ACCUSED, accused_matches),
    (Cause.WRONG_STANCE, stance_matches),
    (Cause.NO_CATEGORY_OVERLAP, categories_overlap),
)


def find_errors(gold_cases: Iterable[Case], predictions: Mapping[str, Prediction]) -> list[ErrorItem]:
    """Every miss and false hit, in case order.

    Allegations are paired as in :func:`score`. An unpaired gold allegation is
    then set against the unpaired predictions of its case: the first one that
    fails exactly one of the four tests (speaker, accused, stance, category
    overlap) is a *near miss* and names the cause; with none, the cause is
    ``nothing predicted``. Unpaired predictions left over are ``false hit``.

    An unpaired gold figure takes an unpaired prediction with the same value
    (``figure: wrong category``), else one with the same category and the
    closest value (``figure: wrong value``), else it is ``figure: missed``;
    leftover predicted figures are ``figure: false hit``.
    """
    items: list[ErrorItem] = []
    for case in gold_cases:
        prediction = predictions.get(case.id) or Prediction(case.id)
        items.extend(_allegation_errors(case, prediction))
        items.extend(_figure_errors(case, prediction))
    return items


def group_errors(items: Iterable[ErrorItem]) -> dict[Cause, list[ErrorItem]]:
    """Errors by cause, causes in :class:`Cause` order, only causes that occur."""
    groups: dict[Cause, list[ErrorItem]] = {cause: [] for cause in Cause}
    for item in items:
        groups[item.cause].append(item)
    return {cause: found for cause, found in groups.items() if found}


def _allegation_errors(case: Case, prediction: Prediction) -> list[ErrorItem]:
    gold, predicted = case.allegations, prediction.allegations
    pairs = pair_greedily(gold, predicted, allegation_matches)
    unpaired = [i for i in range(len(predicted)) if i not in {p for _, p in pairs}]
    paired_gold = {g for g, _ in pairs}
    items: list[ErrorItem] = []
    for g_index, g in enumerate(gold):
        if g_index in paired_gold:
            continue
        cause, p_index = Cause.NOTHING_PREDICTED, None
        for candidate in unpaired:
            failed = [c for c, test in _ALLEGATION_TESTS if not test(g, predicted[candidate])]
            if len(failed) == 1:
                cause, p_index = failed[0], candidate
                break
        if p_index is not None:
            unpaired.remove(p_index)
        items.append(
            ErrorItem(case.id, "allegation", cause, g, predicted[p_index] if p_index is not None else None, case.text)
        )
    items.extend(ErrorItem(case.id, "allegation", Cause.FALSE_HIT, None, predicted[i], case.text) for i in unpaired)
    return items


def _figure_errors(case: Case, prediction: Prediction) -> list[ErrorItem]:
    gold, predicted = case.figures, prediction.figures
    pairs = pair_greedily(gold, predicted, figure_matches)
    unpaired = [i for i in range(len(predicted)) if i not in {p for _, p in pairs}]
    paired_gold = {g for g, _ in pairs}
    items: list[ErrorItem] = []
    for g_index, g in enumerate(gold):
        if g_index in paired_gold:
            continue
        cause, p_index = _nearest_figure(g, predicted, unpaired)
        if p_index is not None:
            unpaired.remove(p_index)
        items.append(
            ErrorItem(case.id, "figure", cause, g, predicted[p_index] if p_index is not None else None, case.text)
        )
    items.extend(ErrorItem(case.id, "figure", Cause.FIGURE_FALSE_HIT, None, predicted[i], case.text) for i in unpaired)
    return items


def _nearest_figure(gold: Figure, predicted: Sequence[Figure], candidates: Sequence[int]) -> tuple[Cause, int | None]:
    for index in candidates:
        if predicted[index].value == gold.value:
            return Cause.FIGURE_WRONG_CATEGORY, index
    same_category = [i for i in candidates if predicted[i].category == gold.category]
    if same_category:
        return Cause.FIGURE_WRONG_VALUE, min(same_category, key=lambda i: abs(predicted[i].value - gold.value))
    return Cause.FIGURE_MISSED, None
