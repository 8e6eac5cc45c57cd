"""evaluation: score extraction against gold JSON Lines in the format of shared/eval/SCHEMA.md."""

from casefile.evaluation.gold import (
    SPLIT_HELP,
    Allegation,
    Case,
    Figure,
    Prediction,
    load_gold,
    load_predictions,
    select_split,
)
from casefile.evaluation.runner import evaluate, evaluate_predictions, predict_case
from casefile.evaluation.scoring import Cause, ErrorItem, Measure, Report, find_errors, group_errors, score

__all__ = [
    "SPLIT_HELP",
    "Allegation",
    "Case",
    "Cause",
    "ErrorItem",
    "Figure",
    "Measure",
    "Prediction",
    "Report",
    "evaluate",
    "evaluate_predictions",
    "find_errors",
    "group_errors",
    "load_gold",
    "load_predictions",
    "predict_case",
    "score",
    "select_split",
]
