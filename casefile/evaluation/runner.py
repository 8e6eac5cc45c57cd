"""Run casefile's extractor (or any ``predict`` callable) over a gold set and score it.

The CLI calls :func:`evaluate` for ``casefile eval``, :func:`evaluate_predictions`
to score a file of saved predictions, and :func:`predict_case` for each line of
``casefile extract --jsonl``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from casefile.errors import InputError
from casefile.evaluation.gold import (
    Case,
    load_gold,
    load_predictions,
    parse_prediction,
    select_split,
)
from casefile.evaluation.scoring import ErrorItem, Report, find_errors, score

Predict = Callable[[dict[str, Any]], dict[str, Any]]
Progress = Callable[[int, int], None]


def predict_case(case: Mapping[str, Any]) -> dict[str, Any]:
    """casefile's prediction for one case: ``{"id", "allegations", "figures"}``.

    ``case`` needs ``id`` and ``text``; its ``date`` (YYYY-MM-DD or null) becomes the
    publication date. Raises InputError when a field is missing or malformed.
    """
    from casefile.extract import extract_text, to_schema  # loads spaCy: only when predicting

    case_id, text = case.get("id"), case.get("text")
    if not isinstance(case_id, str) or not isinstance(text, str):
        raise InputError(f"case {case_id!r}: needs string 'id' and 'text' fields")
    extraction = extract_text(text, document=case_id, published=_published(case))
    return {"id": case_id, **to_schema(extraction)}


def evaluate(
    gold_path: Path,
    *,
    split: str | None = None,
    predict: Predict | None = None,
    progress: Progress | None = None,
) -> tuple[Report, list[ErrorItem]]:
    """Predict every case of ``gold_path`` (one half of it with ``split``: see
    :func:`~casefile.evaluation.gold.select_split`) and score the predictions.

    ``predict`` takes the case's JSON object and returns a SCHEMA.md dict
    (default :func:`predict_case`); ``progress(done, total)`` is called after
    each case. Raises InputError for a malformed gold file or prediction.
    """
    cases = select_split(load_gold(gold_path), split)
    predict = predict or predict_case
    predictions = {}
    for done, case in enumerate(cases, start=1):
        raw = predict(dict(case.record))
        predictions[case.id] = parse_prediction(raw, origin=f"prediction for case {case.id}", case_id=case.id)
        if progress is not None:
            progress(done, len(cases))
    return score(cases, predictions), find_errors(cases, predictions)


def evaluate_predictions(
    gold_path: Path, predictions_path: Path, *, split: str | None = None
) -> tuple[Report, list[ErrorItem]]:
    """Score a JSON Lines file of saved predictions (``casefile extract --jsonl`` output)."""
    cases: list[Case] = select_split(load_gold(gold_path), split)
    predictions = load_predictions(predictions_path)
    return score(cases, predictions), find_errors(cases, predictions)


def _published(case: Mapping[str, Any]) -> date | None:
    value = case.get("date")
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"case {case.get('id')!r}: 'date' must be YYYY-MM-DD or null, found {value!r}") from exc
