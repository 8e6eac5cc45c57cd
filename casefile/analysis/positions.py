"""Position timelines: how one speaker's accusations against one party change over time.

For each (speaker, accused) pair the statements are put in date order and each is
classified against the position standing before it, by the severity order of
:data:`~casefile.analysis.constants.SEVERITY`: naming a graver category is an
escalation, a less grave one a de-escalation, the same gravity a reiteration, and a
denial after an accusation a retraction. Statements dated ``before <day>`` (the text
recalling an earlier position) sort just before that day; if the timeline already holds
that position they are kept as recalled evidence of the next step instead of a step.

Given :class:`~casefile.analysis.organs.Parties`, the organs of one state or organisation
are merged: a ministry's or a spokesperson's statements join the timeline of the party it
speaks for, and accusations against a state's forces join those against the state. Each
step keeps which organs spoke (``speakers``) and whom they named (``accused_as``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from casefile.analysis.claims import DatedAllegation, Report, chronological
from casefile.analysis.constants import SEVERITY
from casefile.analysis.organs import Parties

StepKind = Literal["first", "reiteration", "escalation", "de-escalation", "retraction"]
CHANGES: frozenset[str] = frozenset({"escalation", "de-escalation", "retraction"})


@dataclass(frozen=True)
class Statement:
    """Everything one speaker said about one party on one date with one stance."""

    date: str | None
    stance: str
    categories: tuple[str, ...]
    reports: tuple[Report, ...]
    before: bool = False
    speakers: tuple[str, ...] = ()
    accused_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class Step:
    """One dated statement in a timeline, classified against the position before it.

    ``previous`` is the standing position (for a retraction: the accusations withdrawn),
    ``previous_reports`` the evidence it rests on, so a change cites both spans.
    ``speakers`` are the actors who made the statement (the party or its organs) and
    ``accused_as`` the names it was made against.
    """

    kind: StepKind
    date: str | None
    stance: str
    categories: tuple[str, ...]
    previous: tuple[str, ...]
    reports: tuple[Report, ...]
    previous_reports: tuple[Report, ...] = ()
    recalled: tuple[Report, ...] = ()
    speakers: tuple[str, ...] = ()
    accused_as: tuple[str, ...] = ()

    @property
    def hedged(self) -> bool:
        return bool(self.reports) and all(r.hedged for r in self.reports)


@dataclass(frozen=True)
class Timeline:
    """The steps of one speaker's position on one accused party, oldest first.

    ``speaker`` and ``accused`` are parties; ``speakers`` and ``accused_as`` list every
    actor merged into them that spoke or was named (just the party itself when no organ did).
    """

    speaker: str
    accused: str
    steps: tuple[Step, ...]
    speakers: tuple[str, ...] = ()
    accused_as: tuple[str, ...] = ()

    @property
    def changes(self) -> tuple[Step, ...]:
        """The steps where the position moved (escalation, de-escalation, retraction)."""
        return tuple(s for s in self.steps if s.kind in CHANGES)


def severity(categories: Iterable[str]) -> int | None:
    """The rank of the gravest ordered category named, or None if none is in the order."""
    ranks = [SEVERITY.index(c) for c in categories if c in SEVERITY]
    return max(ranks) if ranks else None


def compare(previous: Sequence[str], current: Sequence[str]) -> StepKind:
    """How an accusation of ``current`` stands to an earlier one of ``previous``."""
    before, now = severity(previous), severity(current)
    if before == now:
        return "reiteration"
    if before is None:
        return "escalation"
    if now is None or now < before:
        return "de-escalation"
    return "escalation"


def build_timelines(allegations_with_dates: Iterable[DatedAllegation], parties: Parties | None = None) -> list[Timeline]:
    """A timeline for every (speaker, accused) pair of parties with at least one accusation.

    With ``parties``, speakers and accused are first lifted to the party they are organs of
    (see :mod:`casefile.analysis.organs`); without, every name is its own party. A party's
    denials about itself (or its organs') are left to :mod:`casefile.analysis.denials`.
    """
    who = parties or Parties()
    pairs: dict[tuple[str, str], list[DatedAllegation]] = {}
    for item in sorted(allegations_with_dates, key=chronological):
        a = item.allegation
        key = (who.party(a.speaker), who.party(a.accused))
        if key[0] != key[1]:
            pairs.setdefault(key, []).append(item)
    timelines = [
        Timeline(speaker, accused, classify(statements(items)),
                 _names(i.allegation.speaker for i in items), _names(i.allegation.accused for i in items))
        for (speaker, accused), items in pairs.items()
        if any(i.allegation.stance == "asserts" for i in items)
    ]
    return sorted(timelines, key=lambda t: (t.speaker, t.accused))


def _names(names: Iterable[str]) -> tuple[str, ...]:
    """Distinct names in order of first appearance."""
    return tuple(dict.fromkeys(names))


def statements(items: Sequence[DatedAllegation]) -> list[Statement]:
    """Allegations (in date order) merged per date and stance; on one date, accusations first."""
    groups: dict[tuple[object, str], list[DatedAllegation]] = {}
    for item in items:
        when = item.when
        day = (when.day, when.rank) if when else None
        groups.setdefault((day, item.allegation.stance), []).append(item)
    # undated last; on one date "asserts" sorts before "denies", so a label dropped while a
    # milder one is kept reads as de-escalation, then retraction
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][0] is None, kv[0][0] or (0, 0), kv[0][1]))
    return [_statement(group) for _, group in ordered]


def _statement(group: Sequence[DatedAllegation]) -> Statement:
    categories = sorted({c for item in group for c in item.allegation.categories}, key=_category_order)
    seen: set[tuple[str, int, int]] = set()
    reports = []
    for item in group:
        a = item.allegation
        span = (a.evidence.document, a.evidence.start, a.evidence.end)
        if span not in seen:
            seen.add(span)
            reports.append(Report.of(item))
    first = group[0]
    before = first.when.before if first.when else False
    return Statement(first.date, first.allegation.stance, tuple(categories), tuple(reports), before,
                     _names(i.allegation.speaker for i in group), _names(i.allegation.accused for i in group))


def _category_order(category: str) -> tuple[int, str]:
    """Gravest first, then the categories outside the order alphabetically."""
    return (-SEVERITY.index(category) if category in SEVERITY else 1, category)


def classify(sequence: Sequence[Statement]) -> tuple[Step, ...]:
    """Each statement as a :class:`Step` against the position standing before it."""
    steps: list[Step] = []
    position: tuple[str, ...] = ()
    position_reports: tuple[Report, ...] = ()
    asserted: set[str] = set()
    recalled: tuple[Report, ...] = ()
    for statement in sequence:
        if statement.stance == "asserts":
            if statement.before and steps and set(statement.categories) <= set(position):
                recalled += statement.reports  # the text recalls a position already on record
                continue
            kind: StepKind = "first" if not steps else compare(position, statement.categories)
            steps.append(Step(kind, statement.date, statement.stance, statement.categories, position,
                              statement.reports, position_reports, recalled, statement.speakers,
                              statement.accused_as))
            position, position_reports, recalled = statement.categories, statement.reports, ()
            asserted.update(position)
        else:
            steps.append(_denial_step(statement, steps, position, position_reports, asserted))
            withdrawn = set(statement.categories) or set(position)
            position = tuple(c for c in position if c not in withdrawn)
    return tuple(steps)


def _denial_step(
    statement: Statement, steps: Sequence[Step], position: tuple[str, ...],
    position_reports: tuple[Report, ...], asserted: set[str],
) -> Step:
    """A denial: a retraction if the speaker accused the party before, else first or reiteration."""
    if asserted:
        withdrawn = tuple(c for c in statement.categories if c in asserted) or position
        return Step("retraction", statement.date, statement.stance, statement.categories, withdrawn,
                    statement.reports, position_reports, speakers=statement.speakers,
                    accused_as=statement.accused_as)
    kind: StepKind = "reiteration" if steps else "first"
    return Step(kind, statement.date, statement.stance, statement.categories, (), statement.reports,
                speakers=statement.speakers, accused_as=statement.accused_as)


def position_changes(timelines: Iterable[Timeline]) -> list[tuple[Timeline, Step]]:
    """Every change of position across ``timelines``, with the timeline it belongs to."""
    return [(t, s) for t in timelines for s in t.changes]
