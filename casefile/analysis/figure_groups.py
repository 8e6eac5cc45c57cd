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
from itertools import groupby
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

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
    latest = max((v.date for v in values if v.date), default=None)
    if latest is not None:
        pool = [v for v in values if v.date == latest]
        where = f"of the latest date ({latest})"
    else:
        pool, where = list(values), "(none dated)"
    points = sorted(v.best if v.best is not None else v.value for v in pool)
    best = points[(len(points) - 1) // 2]
    if len(pool) == 1:
        rule = f"the latest report ({latest})" if latest else "the only report"
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
    dated = sorted((v for v in values if v.date), key=lambda v: v.date or "")
    found: list[Fall] = []
    highest: FigureValue | None = None  # over the dates already passed
    by_source: dict[str, FigureValue] = {}
    for _, batch in groupby(dated, key=lambda v: v.date):
        today = list(batch)
        for late in today:
            same = by_source.get(_source(late))
            early = same if same is not None and same.value > late.value else highest
            if early is not None and early.value > late.value:
                found.append(Fall(early.value, early.date or "", early.document, early.attributed_to,
                                  late.value, late.date or "", late.document, late.attributed_to, early is same))
        for value in today:
            if highest is None or value.value > highest.value:
                highest = value
            key = _source(value)
            if key and (key not in by_source or value.value > by_source[key].value):
                by_source[key] = value
    return tuple(found)


def _source(value: FigureValue) -> str:
    return (value.attributed_to or "").casefold()


def fell(values: Sequence[FigureValue]) -> bool:
    """Whether a value dated later is lower than one dated strictly earlier."""
    return bool(falls(values))


# --- grouping ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Placed:
    value: FigureValue
    scope: Scope


@dataclass
class _Cluster:
    """A group being built, with what :meth:`fit` needs of its members kept up to date."""

    members: list[_Placed] = field(default_factory=list)
    names: dict[str, int] = field(default_factory=dict)  # each name's greatest weight among the members
    kinds: set[str] = field(default_factory=set)
    values: dict[int, set[str]] = field(default_factory=dict)  # value -> documents giving it
    dated: list[tuple[date, _Placed]] = field(default_factory=list)  # oldest first
    with_months: list[_Placed] = field(default_factory=list)

    def add(self, item: _Placed) -> None:
        self.members.append(item)
        for name, weight in item.scope.names.items():
            self.names[name] = max(weight, self.names.get(name, 0))
        if item.scope.kind:
            self.kinds.add(item.scope.kind)
        self.values.setdefault(item.value.value, set()).add(item.value.document)
        day = iso_day(item.value.date)
        if day is not None:
            self.dated.append((day, item))
        if item.scope.months:
            self.with_months.append(item)

    def fit(self, item: _Placed) -> int:
        """How well ``item`` fits: 0 if it cannot belong, else the match (see the module docstring).

        The item has this cluster's category and unit and is no older than any member.
        """
        value, scope = item.value, item.scope
        if scope.kind and any(kind != scope.kind for kind in self.kinds):
            return 0  # a running toll against one event's
        if scope.months and any(not scope.same_month(m.scope) for m in self.with_months):
            return 0  # different months named
        match = max((min(w, self.names[n]) for n, w in scope.names.items() if n in self.names), default=0)
        if match == 0:
            return 0
        cited = value.value >= C.CITED_MIN_VALUE and bool(self.values.get(value.value, set()) - {value.document})
        timeless = value.category in C.STOCK_CATEGORIES or scope.kind == "period" or "period" in self.kinds
        if not (timeless or cited) and self._apart(item):
            return 0
        return match + (C.SAME_VALUE_BONUS if cited else 0)

    def _apart(self, item: _Placed) -> bool:
        """Whether a member lies more than the event window before ``item`` without naming its month."""
        day = iso_day(item.value.date)
        if day is None:
            return False
        for member_day, member in self.dated:
            if (day - member_day).days <= C.EVENT_WINDOW_DAYS:
                return False  # this and every later member are near enough
            if not item.scope.same_month(member.scope):
                return True
        return False


@dataclass
class _Index:
    """Which clusters of one category and unit an item could reach :data:`MIN_GROUP_SCORE` with.

    A score of 2 needs a name both weigh at least 2 (clause or sentence), or a value another
    document gave (the bonus) and any shared name: only clusters sharing such a name or the
    value are tried, so a name every report mentions in passing does not make every cluster a
    candidate.
    """

    strong: dict[str, set[int]] = field(default_factory=dict)
    values: dict[int, set[int]] = field(default_factory=dict)

    def candidates(self, item: _Placed) -> list[int]:
        found = {i for name, weight in item.scope.names.items() if weight >= C.MIN_GROUP_SCORE
                 for i in self.strong.get(name, ())}
        if item.value.value >= C.CITED_MIN_VALUE:
            found |= self.values.get(item.value.value, set())
        return sorted(found)

    def add(self, item: _Placed, cluster: int) -> None:
        for name, weight in item.scope.names.items():
            if weight >= C.MIN_GROUP_SCORE:
                self.strong.setdefault(name, set()).add(cluster)
        self.values.setdefault(item.value.value, set()).add(cluster)


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
    clusters: list[_Cluster] = []
    index: dict[tuple[str, str], _Index] = {}  # by (category, unit)
    for item in placed:
        kind = index.setdefault((item.value.category, item.value.unit), _Index())
        scores = [(clusters[i].fit(item), i) for i in kind.candidates(item)]
        best, home = max(scores, key=lambda s: (s[0], -s[1]), default=(0, -1))
        if best < C.MIN_GROUP_SCORE:
            if not item.scope.names:
                continue  # nothing says what it is about
            home = len(clusters)
            clusters.append(_Cluster())
        clusters[home].add(item)
        kind.add(item, home)
    groups = [_group(c.members) for c in clusters if len({m.value.document for m in c.members}) >= 2]
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
