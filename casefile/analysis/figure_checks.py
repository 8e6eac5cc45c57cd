"""Checks on figures: do the parts add up within a document, and how do tolls move across them.

Within one document, relations are read from where the figures sit in the text:

- a number right after ``including`` / ``among them`` is a part of the number before it
  in the sentence; ``eleven of them`` a part of the nearest earlier number; ``47 of the
  64`` a part of the next number;
- a sentence opening ``Of the 207 …,`` makes its later numbers parts of 207; one opening
  ``Among the dead …`` makes its numbers parts of the last number of the sentence before;
- two or more parts of one total are a ``sum`` (holds if they add up exactly, fails if
  they exceed it); one part is completed into a sum when numbers of the same or the
  next sentences make up the rest exactly ("251 = 44 + 207"); otherwise each part is a
  ``part_of`` that holds if it is no larger than its whole.

Across documents, reports of the same figure are grouped with every value, its source,
date and the range (low / best / high); a cumulative toll that falls later is flagged. That
part lives in :mod:`~casefile.analysis.figure_groups`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from typing import Literal

from casefile.analysis import constants as C
from casefile.analysis.figure_groups import FigureGroup, FigureValue, StatedRange, group_figures, stated_ranges
from casefile.analysis.text import sentences
from casefile.records import Figure, StoredDocument

__all__ = [
    "FigureGroup", "FigureReport", "FigureValue", "Relation", "StatedRange", "check_document", "check_figures",
    "number_offset", "sentences",
]

RelationKind = Literal["sum", "part_of"]

_TOKEN = re.compile(r"[\d][\d,.]*|[A-Za-z]+(?:-[A-Za-z]+)*")


@dataclass(frozen=True)
class Relation:
    """Figures of one document related by the text, and whether their arithmetic holds."""

    kind: RelationKind
    document: str
    total: Figure
    parts: tuple[Figure, ...]
    holds: bool
    arithmetic: str
    cue: str

    @property
    def verdict(self) -> str:
        return "holds" if self.holds else "fails"

    @property
    def shown(self) -> str:
        """The arithmetic and the verdict, e.g. ``251 = 44 + 207 holds``."""
        return f"{self.arithmetic} {self.verdict}"


@dataclass(frozen=True)
class FigureReport:
    """Everything ``casefile figures --check`` shows."""

    relations: tuple[Relation, ...]
    groups: tuple[FigureGroup, ...]
    ranges: tuple[StatedRange, ...] = ()


# --- within one document ---------------------------------------------------------------


@dataclass(frozen=True)
class _Placed:
    """A figure with where its number sits and which sentence holds it."""

    figure: Figure
    start: int
    end: int
    sentence: int


def _place(figure: Figure, text: str, starts: Sequence[int]) -> _Placed:
    """Where ``figure``'s number sits in the text: its value as written (digits or words) in the evidence."""
    ev = figure.evidence
    offset = number_offset(figure.value, ev.text)
    start = ev.start + offset
    token = _TOKEN.match(text, start)
    end = token.end() if token else start
    return _Placed(figure, start, end, max(bisect_right(starts, start) - 1, 0))


def number_offset(value: int, written: str) -> int:
    """Offset of ``value`` as a whole number or number word in ``written``; 0 if not found."""
    forms = [f"{value:,}", str(value), *C.NUMBER_WORDS.get(value, ())]
    for form in forms:
        match = re.search(rf"(?<![\w,.]){re.escape(form)}(?![\w]|[,.]\d)", written, re.IGNORECASE)
        if match:
            return match.start()
    return 0


def _ends_with_cue(before: str, cues: Iterable[str]) -> str | None:
    tail = before.lower().rstrip(" ,;:")
    return next((cue for cue in cues if tail.endswith(cue) and not tail[: -len(cue)][-1:].isalpha()), None)


def _starts_with_cue(after: str, cues: Iterable[str]) -> str | None:
    head = after.lower().lstrip()
    return next((cue for cue in cues if head.startswith(cue + " ") or head == cue), None)


def place(text: str, figures: Sequence[Figure]) -> tuple[list[tuple[int, int]], list[_Placed]]:
    """The sentences of ``text`` and each figure placed in them (figures in document order)."""
    spans = sentences(text)
    starts = [s for s, _ in spans]
    return spans, [_place(f, text, starts) for f in figures]


def find_wholes(text: str, placed: Sequence[_Placed], spans: Sequence[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """For each placed figure that is a part: its whole's index and the cue that says so.

    Cues at the number (``47 of the 64``, ``eleven of them``, ``including 44``) win over
    cues at the opening of the sentence.
    """
    wholes: dict[int, tuple[int, str]] = {}
    for i in range(len(placed)):
        found = _inline_whole(i, placed, text, spans)
        if found is not None:
            wholes[i] = found
    for i, found in _opener_wholes(placed, text, spans).items():
        wholes.setdefault(i, found)
    return wholes


def _inline_whole(i: int, placed: Sequence[_Placed], text: str, spans: Sequence[tuple[int, int]]) -> tuple[int, str] | None:
    """The whole a cue right before or after figure ``i`` points to, if any."""
    p = placed[i]
    sentence_start = spans[p.sentence][0] if spans else 0
    after = text[p.end: p.end + 24]
    following = placed[i + 1] if i + 1 < len(placed) else None
    cue = _starts_with_cue(after, C.PART_OF_NEXT_CUES)
    # "47 of the 64 people": the next number, right after the cue, is the whole
    if cue and following and following.sentence == p.sentence and following.start - p.end <= len(cue) + 3:
        return i + 1, f"{cue} N"
    earlier = [j for j in range(i) if placed[j].sentence == p.sentence and placed[j].end <= p.start]
    cue = _starts_with_cue(after, C.PART_AFTER_CUES)
    # "eleven of them": the nearest earlier number, in this sentence or the one before
    if cue:
        before = earlier or [j for j in range(i) if placed[j].sentence == p.sentence - 1]
        return (before[-1], cue) if before else None
    cue = _ends_with_cue(text[sentence_start: p.start], C.PART_BEFORE_CUES)
    # "251 people ..., including 44": the nearest earlier number in the sentence
    if cue and earlier:
        return earlier[-1], cue
    return None


def _opener_wholes(placed: Sequence[_Placed], text: str, spans: Sequence[tuple[int, int]]) -> dict[int, tuple[int, str]]:
    """Parts made by how a sentence opens ("Of the 207 …," / "Among the dead …")."""
    found: dict[int, tuple[int, str]] = {}
    for number, (start, end) in enumerate(spans):
        inside = [i for i, p in enumerate(placed) if p.sentence == number]
        if not inside:
            continue
        opening = text[start:end]
        cue = _starts_with_cue(opening, C.WHOLE_OPENERS)
        first = placed[inside[0]]
        if cue and first.start - start <= len(cue) + 2:
            found.update((i, (inside[0], f"{cue} N, …")) for i in inside[1:])
            continue
        cue = _starts_with_cue(opening, C.PARTS_OPENERS)
        previous = [i for i, p in enumerate(placed) if p.sentence == number - 1]
        if cue and previous:
            found.update((i, (previous[-1], f"{cue} …")) for i in inside)
    return found


def check_document(text: str, figures: Sequence[Figure]) -> list[Relation]:
    """The sum and part_of relations among one document's figures, each checked."""
    ordered = sorted(figures, key=lambda f: (f.evidence.start, f.evidence.end))
    if len(ordered) < 2:
        return []
    spans, placed = place(text, ordered)
    wholes = find_wholes(text, placed, spans)
    parts_of: dict[int, list[int]] = {}
    for part, (whole, _) in wholes.items():
        parts_of.setdefault(whole, []).append(part)
    sentence_of = [p.sentence for p in placed]
    relations: list[Relation] = []
    for whole in sorted(parts_of):
        parts = sorted(parts_of[whole])
        cues = ", ".join(sorted({wholes[p][1] for p in parts}))
        relations.extend(_relate(ordered, whole, parts, wholes, sentence_of, cues))
    return relations


def _relate(
    figures: Sequence[Figure], whole: int, parts: list[int], wholes: dict[int, tuple[int, str]],
    sentence_of: Sequence[int], cue: str,
) -> list[Relation]:
    """A sum if the parts add up (or exceed the total), else one part_of per part."""
    total = figures[whole]
    summed = sum(figures[p].value for p in parts)
    if len(parts) >= 2 and summed >= total.value:
        return [_sum(total, [figures[p] for p in parts], cue)]
    extra = _completion(figures, whole, parts, wholes, sentence_of)
    if extra:
        members = sorted([*parts, *extra])
        return [_sum(total, [figures[p] for p in members], f"{cue}; the rest from nearby figures")]
    return [_part_of(total, figures[p], wholes[p][1]) for p in parts]


def _completion(
    figures: Sequence[Figure], whole: int, parts: list[int], wholes: dict[int, tuple[int, str]],
    sentence_of: Sequence[int],
) -> tuple[int, ...]:
    """Figures near the total (not parts of anything else) making up exactly what the parts leave."""
    total = figures[whole]
    missing = total.value - sum(figures[p].value for p in parts)
    first, last = sentence_of[whole], sentence_of[whole] + C.SUM_WINDOW_SENTENCES
    candidates = [
        i for i, f in enumerate(figures)
        if first <= sentence_of[i] <= last and i != whole and i not in parts and i not in wholes
        and 0 < f.value <= missing
    ]
    for size in range(1, C.SUM_MAX_EXTRA_PARTS + 1):
        for chosen in combinations(candidates, size):
            if sum(figures[i].value for i in chosen) == missing:
                return chosen
    return ()


def _sum(total: Figure, parts: Sequence[Figure], cue: str) -> Relation:
    summed = sum(p.value for p in parts)
    terms = " + ".join(f"{p.value:,}" for p in parts)
    holds = summed == total.value
    arithmetic = f"{total.value:,} = {terms}" if holds else f"{total.value:,} ≠ {terms} = {summed:,}"
    return Relation("sum", total.evidence.document, total, tuple(parts), holds, arithmetic, cue)


def _part_of(total: Figure, part: Figure, cue: str) -> Relation:
    """``part ≤ total``: shown the same way whether it holds or fails."""
    return Relation("part_of", total.evidence.document, total, (part,), part.value <= total.value,
                    f"{part.value:,} ≤ {total.value:,}", cue)


def check_figures(
    documents: Sequence[StoredDocument], figures: Sequence[Figure], *, masks: Sequence[str] = ()
) -> FigureReport:
    """Relations within each document, groups across documents and stated ranges, for ``figures --check``.

    ``masks``: the written forms of parties (:func:`~casefile.analysis.figure_scope.masks_of`),
    which say who speaks rather than what a figure is about.
    """
    by_document: dict[str, list[Figure]] = {}
    for figure in figures:
        by_document.setdefault(figure.evidence.document, []).append(figure)
    relations = [
        relation
        for doc in sorted(documents, key=lambda d: (d.published is None, d.published or date.min, d.origin))
        for relation in check_document(doc.text, by_document.get(doc.id, []))
    ]
    parts = {p.evidence for r in relations for p in r.parts if r.kind == "part_of" or len(r.parts) > 1}
    groups = group_figures(figures, documents, skip=parts, masks=masks)
    return FigureReport(tuple(relations), tuple(groups), tuple(stated_ranges(figures, documents)))
