"""Figures compared across documents: which reports give the same figure, its range, and whether it fell.

**Grouping.** Two figures are reports of the same thing when they have the same category
and unit (:func:`~casefile.analysis.figure_scope.unit_of`), their scopes do not conflict
(a running toll "since March" is never one event's toll "in the attack"; figures naming
different months are about different events) and they name the same place or event
near them (:meth:`~casefile.analysis.figure_scope.Scope.match`). Figures are taken oldest
first; each joins the group it fits best (nearest shared name, plus a bonus for a value
another document already gave, as when a report cites an earlier toll; at least
:data:`~casefile.analysis.constants.MIN_GROUP_SCORE`), else starts one.
Reports of one event more than :data:`~casefile.analysis.constants.EVENT_WINDOW_DAYS` apart
are two events unless the later gives a value already reported or both name the same
month; running tolls ("since March") and stocks (people held, displaced) are compared over
any time. A figure that names nothing near it is not grouped: nothing says what it is about. Parts
of totals ("among them 610 children") are left out. Groups reported by one document only
are dropped.

**Ranges** follow casualty-recording practice for disputed figures: never pick one value
silently, give the range and every value.

- ``low`` / ``high``: the lowest and highest value any report gives (a stated range
  "between 30 and 40" counts with both ends);
- ``best``: the value of the **latest report**, because counts are revised as bodies are
  identified and the newest revision supersedes the older; when several reports share
  the latest date (two sources counting by their own methods), their **median**, and
  with an even number of them the lower middle value, so that ``best`` is always a value
  a source gave. Each group says which rule gave its ``best``.
- a single figure stating a range has ``low`` and ``high`` as stated and ``best`` the
  value it names inside the range ("about 35, between 30 and 40"), else the midpoint.

**Falls.** A value lower than one reported on an earlier date is a fall; for a
cumulative category (:data:`~casefile.analysis.constants.CUMULATIVE_CATEGORIES`, the dead
stay dead) the group is flagged. Each fall names both values, their dates and whether the
same source gave both (a revision) or not (two sources disagreeing).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from casefile.analysis import constants as C
from casefile.analysis.figure_scope import DocumentWords, Scope, mask_pattern, scope_of, unit_of
from casefile.records import Evidence, Figure, StoredDocument, iso_day


@dataclass(frozen=True)
class Estimate:
    """Low, best and high of one or more reported values, and the rule that chose ``best``."""

    low: int
    best: int
    high: int
    rule: str


@dataclass(frozen=True)
class FigureValue:
    """One report of a grouped figure: the value, where and when, and who gives it.

    ``low``/``high``/``best`` are the report's own range (equal to ``value`` unless it
    states one); ``context`` the names near it that tell what it is about, nearest first.
    """

    value: int
    document: str
    date: str | None
    category: str
    what: str
    attributed_to: str | None
    qualifier: str | None
    evidence: Evidence
    context: tuple[str, ...] = ()
    low: int | None = None
    high: int | None = None
    best: int | None = None
    unit: str = ""
    title: str | None = None


@dataclass(frozen=True)
class Fall:
    """A value reported lower than one reported on an earlier date."""

    earlier: int
    earlier_date: str
    earlier_document: str
    earlier_source: str | None
    later: int
    later_date: str
    later_document: str
    later_source: str | None
    same_source: bool


@dataclass(frozen=True)
class FigureGroup:
    """Reports of one figure across documents, oldest first, with the range and the spread.

    ``low``/``best``/``high`` follow the module docstring (``best_rule`` says how ``best`` was
    chosen); ``spread`` is ``high - low``; ``about`` the names most of its reports share.
    """

    category: str
    what: str
    values: tuple[FigureValue, ...]
    low: int
    high: int
    documents: int
    cumulative: bool
    fell: bool
    best: int = 0
    best_rule: str = ""
    spread: int = 0
    unit: str = ""
    about: tuple[str, ...] = ()
    falls: tuple[Fall, ...] = ()

    @property
    def flagged(self) -> bool:
        """A cumulative toll that a later report puts lower than an earlier one."""
        return self.cumulative and self.fell


@dataclass(frozen=True)
class StatedRange:
    """One figure whose text states a range ("between 40 and 60"), with its low, best and high."""

    figure: Figure
    date: str | None
    low: int
    best: int
    high: int
    rule: str


# --- ranges -----------------------------------------------------------------------------


def stated_estimate(value: int, low: int | None, high: int | None) -> Estimate:
    """Low, best and high of one figure (see the module docstring)."""
    lowest = min(value, low if low is not None else value)
    highest = max(value, high if high is not None else value)
    if lowest == highest:
        return Estimate(value, value, value, "the one value stated")
    if lowest < value < highest:
        return Estimate(lowest, value, highest, "the value stated within the range")
    return Estimate(lowest, (lowest + highest) // 2, highest, "midpoint of the stated range")


def group_estimate(values: Sequence[FigureValue]) -> Estimate:
    """Low, best and high of a group's reports (see the module docstring)."""
    low = min(v.low if v.low is not None else v.value for v in values)
    high = max(v.high if v.high is not None else v.value for v in values)
    dated = [v for v in values if v.date]
    if dated:
        latest = max(v.date for v in dated if v.date)
        pool = [v for v in dated if v.date == latest]
        where = f"of the latest date ({latest})"
    else:
        pool, where = list(values), "(none dated)"
    points = sorted(v.best if v.best is not None else v.value for v in pool)
    best = points[(len(points) - 1) // 2]
    if len(pool) == 1:
        rule = f"the latest report ({latest})" if dated else "the only report"
    else:
        rule = f"median of the {len(pool)} reports {where}" + (", the lower middle value" if len(pool) % 2 == 0 else "")
    return Estimate(low, best, high, rule)


def stated_ranges(figures: Iterable[Figure], documents: Sequence[StoredDocument]) -> list[StatedRange]:
    """Every figure that states a range, with its low, best and high, in document date order."""
    published = {d.id: d.published.isoformat() if d.published else None for d in documents}
    found = []
    for figure in figures:
        if figure.low is None and figure.high is None:
            continue
        estimate = stated_estimate(figure.value, figure.low, figure.high)
        if estimate.low != estimate.high:
            found.append(StatedRange(figure, published.get(figure.evidence.document), *_parts(estimate)))
    return sorted(found, key=lambda r: (r.date is None, r.date or "", r.figure.evidence.document, r.figure.evidence.start))


def _parts(estimate: Estimate) -> tuple[int, int, int, str]:
    return estimate.low, estimate.best, estimate.high, estimate.rule


# --- falls ------------------------------------------------------------------------------


def falls(values: Sequence[FigureValue]) -> tuple[Fall, ...]:
    """Each value below one reported on an earlier date (the same source's if there is one, else the highest)."""
    found = []
    for late in values:
        earlier = [e for e in values if e.date and late.date and e.date < late.date and e.value > late.value]
        if not earlier:
            continue
        same = [e for e in earlier if _same_source(e, late)]
        early = max(same or earlier, key=lambda e: e.value)
        found.append(Fall(early.value, early.date or "", early.document, early.attributed_to,
                          late.value, late.date or "", late.document, late.attributed_to, bool(same)))
    return tuple(found)


def _same_source(a: FigureValue, b: FigureValue) -> bool:
    return bool(a.attributed_to and b.attributed_to) and a.attributed_to.casefold() == (b.attributed_to or "").casefold()


def fell(values: Sequence[FigureValue]) -> bool:
    """Whether a value dated later is lower than one dated strictly earlier."""
    return bool(falls(values))


# --- grouping ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Placed:
    value: FigureValue
    scope: Scope


def group_figures(
    figures: Iterable[Figure], documents: Sequence[StoredDocument], *, skip: Collection[Evidence] = (),
    masks: Sequence[str] = (),
) -> list[FigureGroup]:
    """Groups of reports of the same figure in two or more documents (see the module docstring).

    ``skip``: figures left out (parts of totals); ``masks``: written forms of parties, masked
    when reading what a figure is about (:func:`~casefile.analysis.figure_scope.masks_of`).
    """
    docs = {d.id: d for d in documents}
    words: dict[str, DocumentWords] = {}
    pattern = mask_pattern(masks)
    placed = sorted(
        (_place(f, docs.get(f.evidence.document), words, pattern) for f in figures if f.evidence not in skip),
        key=lambda p: (p.value.date is None, p.value.date or "", p.value.document, p.value.evidence.start),
    )
    clusters: list[list[_Placed]] = []
    by_kind: dict[tuple[str, str], list[int]] = {}  # (category, unit) -> indexes of its clusters
    for item in placed:
        kind = (item.value.category, item.value.unit)
        scores = [(_fit(item, clusters[i]), i) for i in by_kind.get(kind, [])]
        best = max(scores, key=lambda s: (s[0], -s[1]), default=(0, -1))
        if best[0] >= C.MIN_GROUP_SCORE:
            clusters[best[1]].append(item)
        elif item.scope.names:
            by_kind.setdefault(kind, []).append(len(clusters))
            clusters.append([item])
    groups = [_group(members) for members in clusters if len({m.value.document for m in members}) >= 2]
    return sorted(groups, key=lambda g: (g.category, g.unit, g.values[0].date or "", g.what))


def _place(figure: Figure, document: StoredDocument | None, words: dict[str, DocumentWords],
           masks: re.Pattern[str] | None) -> _Placed:
    scope = Scope()
    if document is not None:
        if document.id not in words:
            words[document.id] = DocumentWords.of(document)
        scope = scope_of(figure, words[document.id], masks)
    published = document.published.isoformat() if document and document.published else None
    estimate = stated_estimate(figure.value, figure.low, figure.high)
    value = FigureValue(
        figure.value, figure.evidence.document, published, figure.category, figure.what, figure.attributed_to,
        figure.qualifier, figure.evidence, scope.shown(), estimate.low, estimate.high, estimate.best,
        unit_of(figure.what, figure.category), document.title if document else None,
    )
    return _Placed(value, scope)


def _fit(item: _Placed, cluster: Sequence[_Placed]) -> int:
    """How well ``item`` fits ``cluster``: 0 if it cannot belong, else the best match (see module docstring)."""
    value, scope = item.value, item.scope
    cited = any(m.value.value == value.value and m.value.document != value.document for m in cluster)
    timeless = value.category in C.STOCK_CATEGORIES or any(p.scope.kind == "period" for p in (item, *cluster))
    for member in cluster:
        if member.value.category != value.category or member.value.unit != value.unit:
            return 0
        if scope.conflicts(member.scope):
            return 0
        if not (timeless or cited) and _apart(member, item):
            return 0
    match = max(scope.match(m.scope) for m in cluster)
    if match == 0:
        return 0
    return match + (C.SAME_VALUE_BONUS if cited else 0)


def _apart(a: _Placed, b: _Placed) -> bool:
    """Whether two reports of an event are too far apart in time to be about one event."""
    first, second = iso_day(a.value.date), iso_day(b.value.date)
    if first is None or second is None:
        return False
    if a.scope.months & b.scope.months:
        return False
    return abs((first - second).days) > C.EVENT_WINDOW_DAYS


def _group(members: Sequence[_Placed]) -> FigureGroup:
    values = tuple(m.value for m in members)
    category = values[0].category
    what = Counter(v.what for v in values).most_common(1)[0][0]
    estimate = group_estimate(values)
    found = falls(values)
    return FigureGroup(
        category, what, values, estimate.low, estimate.high, len({v.document for v in values}),
        category in C.CUMULATIVE_CATEGORIES, bool(found), estimate.best, estimate.rule,
        estimate.high - estimate.low, values[0].unit, _about(members), found,
    )


def _about(members: Sequence[_Placed]) -> tuple[str, ...]:
    """The names at least two reports share, most weight first (at most three)."""
    weight: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    written: dict[str, str] = {}
    for member in members:
        for name, w in member.scope.names.items():
            weight[name] += w
            seen[name] += 1
            written.setdefault(name, member.scope.written.get(name, name))
    shared = [n for n in weight if seen[n] >= 2]
    return tuple(written[n] for n in sorted(shared, key=lambda n: (-weight[n], n))[:3])
