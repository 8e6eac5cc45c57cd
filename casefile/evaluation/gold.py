"""Read gold and prediction JSON Lines files (shared/eval/SCHEMA.md) into typed cases.

A *gold* file has one case per line: ``id``, ``text``, optional ``date``,
``allegations`` and ``figures``. A *prediction* file has the shape ``casefile
extract --jsonl`` prints: ``id``, ``allegations`` and ``figures`` (no ``text``).

Every problem is an :class:`~casefile.errors.InputError` naming the file, the line
number and what was wrong, so a hand-edited gold file can be fixed in place.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

from casefile.errors import InputError
from casefile.records import ACTS, CATEGORIES, FIGURE_CATEGORIES

STANCES: tuple[str, ...] = ("asserts", "denies")

Split = Literal["odd", "even"]
SPLITS: tuple[str, ...] = ("odd", "even")

# For the CLI's ``--split`` option, so the rule is stated once.
SPLIT_HELP = (
    "Score one half of the gold set, by position in the file (1-based): 'odd' = the 1st, 3rd, "
    "5th, ... case, 'even' = the 2nd, 4th, ... (not by id number: ids have gaps)."
)


@dataclass(frozen=True)
class Allegation:
    """One allegation as annotated or predicted; only the fields scoring reads."""

    speaker: str | None
    accused: str | None
    stance: str
    categories: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()
    hedged: bool = False
    speaker_person: str | None = None

    def describe(self) -> str:
        """A one-line summary: ``speaker → accused (stance; categories)``."""
        speaker = self.speaker or "?"
        if self.speaker_person:
            speaker += f" [{self.speaker_person}]"
        labels = ", ".join(sorted(self.categories)) or "no category"
        hedge = "; hedged" if self.hedged else ""
        return f"{speaker} → {self.accused or '?'} ({self.stance}; {labels}{hedge})"

    def to_dict(self) -> dict[str, Any]:
        """The SCHEMA.md field names (categories and acts sorted)."""
        return {
            "speaker": self.speaker,
            "speaker_person": self.speaker_person,
            "accused": self.accused,
            "categories": sorted(self.categories),
            "acts": sorted(self.acts),
            "stance": self.stance,
            "hedged": self.hedged,
        }


@dataclass(frozen=True)
class Figure:
    """One reported number: matched on ``value`` and ``category``."""

    value: int
    category: str
    what: str | None = None
    attributed_to: str | None = None

    def describe(self) -> str:
        """A one-line summary: ``1,234 killed (what)``."""
        what = f" ({self.what})" if self.what else ""
        return f"{self.value:,} {self.category}{what}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "category": self.category,
            "what": self.what,
            "attributed_to": self.attributed_to,
        }


@dataclass(frozen=True)
class Case:
    """One gold case: the passage and what an analyst extracted from it.

    ``record`` keeps the JSON object as read (for ``predict`` callables, which take
    a plain dict); it is excluded from comparison and hashing.
    """

    id: str
    text: str
    date: date | None = None
    allegations: tuple[Allegation, ...] = ()
    figures: tuple[Figure, ...] = ()
    line: int = 0
    record: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Prediction:
    """What an extractor produced for the case with the same ``id``."""

    id: str
    allegations: tuple[Allegation, ...] = ()
    figures: tuple[Figure, ...] = ()


def load_gold(path: Path) -> list[Case]:
    """Every case of a gold JSON Lines file, in file order.

    Raises InputError (file, line, reason) for invalid JSON, a missing ``id`` or
    ``text``, a repeated ``id``, an unknown category, act or stance, or a bad date.
    """
    cases: list[Case] = []
    seen: dict[str, int] = {}
    for line, obj in _read_objects(path):
        where = f"{path}, line {line}"
        case = parse_case(obj, origin=where, line=line)
        _check_unique(case.id, line, seen, where)
        cases.append(case)
    return cases


def load_predictions(path: Path) -> dict[str, Prediction]:
    """The predictions of a JSON Lines file, by case id.

    Each line needs an ``id``; ``allegations`` and ``figures`` default to empty.
    Raises InputError (file, line, reason) like :func:`load_gold`.
    """
    predictions: dict[str, Prediction] = {}
    seen: dict[str, int] = {}
    for line, obj in _read_objects(path):
        where = f"{path}, line {line}"
        prediction = parse_prediction(obj, origin=where)
        _check_unique(prediction.id, line, seen, where)
        predictions[prediction.id] = prediction
    return predictions


def parse_case(obj: Any, *, origin: str, line: int = 0) -> Case:
    """A :class:`Case` from one decoded gold object; ``origin`` prefixes error messages."""
    if not isinstance(obj, dict):
        raise InputError(f"{origin}: expected a JSON object, found {type(obj).__name__}")
    case_id = _required_str(obj, "id", origin)
    text = _required_str(obj, "text", origin)
    return Case(
        id=case_id,
        text=text,
        date=_parse_date(obj.get("date"), origin),
        allegations=_parse_allegations(obj.get("allegations"), origin),
        figures=_parse_figures(obj.get("figures"), origin),
        line=line,
        record=obj,
    )


def parse_prediction(obj: Any, *, origin: str, case_id: str | None = None) -> Prediction:
    """A :class:`Prediction` from one decoded object.

    ``case_id`` (when the caller knows which case it predicted) takes the place of a
    missing ``id``; otherwise ``id`` is required.
    """
    if not isinstance(obj, dict):
        raise InputError(f"{origin}: expected a JSON object, found {type(obj).__name__}")
    pred_id = case_id if case_id is not None else _required_str(obj, "id", origin)
    return Prediction(
        id=pred_id,
        allegations=_parse_allegations(obj.get("allegations"), origin),
        figures=_parse_figures(obj.get("figures"), origin),
    )


def select_split(cases: Sequence[Case], split: str | None) -> list[Case]:
    """The cases of one half of a gold set, chosen by *position in the file*.

    ``None`` keeps every case; ``"odd"`` keeps the 1st, 3rd, 5th, … case and
    ``"even"`` the 2nd, 4th, … (1-based positions, not id numbers: the ids of
    shared/eval/dev.jsonl have gaps, so numbering by id would not halve the set).
    Raises InputError for any other value.
    """
    if split is None:
        return list(cases)
    if split not in SPLITS:
        raise InputError(f"unknown split {split!r}: expected 'odd', 'even' or none")
    first = 0 if split == "odd" else 1
    return list(cases[first::2])


def _read_objects(path: Path) -> Iterator[tuple[int, Any]]:
    """(line number, decoded JSON) for every non-blank line of ``path``."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    with handle:
        try:
            for number, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                try:
                    yield number, json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise InputError(
                        f"{path}, line {number}: invalid JSON ({exc.msg} at column {exc.colno}); "
                        "each line must hold one JSON object"
                    ) from exc
        except UnicodeDecodeError as exc:
            raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from exc


def _check_unique(case_id: str, line: int, seen: dict[str, int], where: str) -> None:
    if case_id in seen:
        raise InputError(f"{where}: id {case_id!r} already used on line {seen[case_id]}; ids must be unique")
    seen[case_id] = line


def _required_str(obj: Mapping[str, Any], key: str, origin: str) -> str:
    value = obj.get(key)
    if value is None:
        raise InputError(f"{origin}: missing {key!r}")
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{origin}: {key!r} must be a non-empty string, found {value!r}")
    return value


def _optional_str(obj: Mapping[str, Any], key: str, origin: str) -> str | None:
    value = obj.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InputError(f"{origin}: {key!r} must be a string or null, found {value!r}")


def _parse_date(value: Any, origin: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{origin}: 'date' must be YYYY-MM-DD or null, found {value!r}") from exc


def _list_of(obj: Any, key: str, origin: str) -> list[Any]:
    if obj is None:
        return []
    if not isinstance(obj, list):
        raise InputError(f"{origin}: {key!r} must be a list, found {type(obj).__name__}")
    return obj


def _labels(
    obj: Mapping[str, Any], key: str, noun: str, vocabulary: Sequence[str], origin: str
) -> frozenset[str]:
    labels = _list_of(obj.get(key), key, origin)
    unknown = [label for label in labels if label not in vocabulary]
    if unknown:
        raise InputError(f"{origin}: unknown {noun} {unknown[0]!r}; expected one of {', '.join(vocabulary)}")
    return frozenset(labels)


def _parse_allegations(items: Any, origin: str) -> tuple[Allegation, ...]:
    allegations = []
    for index, item in enumerate(_list_of(items, "allegations", origin), start=1):
        where = f"{origin}, allegation {index}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected a JSON object, found {type(item).__name__}")
        stance = item.get("stance")
        if stance not in STANCES:
            raise InputError(f"{where}: unknown stance {stance!r}; expected 'asserts' or 'denies'")
        hedged = item.get("hedged", False)
        if hedged is None:
            hedged = False
        if not isinstance(hedged, bool):
            raise InputError(f"{where}: 'hedged' must be true or false, found {hedged!r}")
        allegations.append(
            Allegation(
                speaker=_optional_str(item, "speaker", where),
                accused=_optional_str(item, "accused", where),
                stance=stance,
                categories=_labels(item, "categories", "category", CATEGORIES, where),
                acts=_labels(item, "acts", "act", ACTS, where),
                hedged=hedged,
                speaker_person=_optional_str(item, "speaker_person", where),
            )
        )
    return tuple(allegations)


def _parse_figures(items: Any, origin: str) -> tuple[Figure, ...]:
    figures = []
    for index, item in enumerate(_list_of(items, "figures", origin), start=1):
        where = f"{origin}, figure {index}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: expected a JSON object, found {type(item).__name__}")
        value = item.get("value")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(f"{where}: 'value' must be an integer, found {value!r}")
        category = item.get("category")
        if category not in FIGURE_CATEGORIES:
            raise InputError(
                f"{where}: unknown figure category {category!r}; expected one of {', '.join(FIGURE_CATEGORIES)}"
            )
        figures.append(
            Figure(
                value=value,
                category=category,
                what=_optional_str(item, "what", where),
                attributed_to=_optional_str(item, "attributed_to", where),
            )
        )
    return tuple(figures)
