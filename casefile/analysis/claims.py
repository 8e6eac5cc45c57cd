"""Claims and their reports: one accusation, however many times it is reported.

The same speaker accusing the same party of the same categories (with the same stance)
in several documents or sentences is one :class:`Claim` made once and reported many
times; each :class:`Report` keeps its own evidence and date, so the claim can say when
it was first and last reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from casefile.analysis.dating import When, when_of
from casefile.records import Allegation, Evidence, StoredDocument

ClaimKey = tuple[str, str, tuple[str, ...], str]


@dataclass(frozen=True)
class DatedAllegation:
    """An allegation with the date it sorts at (its statement date, else its document's)."""

    allegation: Allegation
    when: When | None
    published: date | None = None

    @property
    def date(self) -> str | None:
        return self.when.text if self.when else None


@dataclass(frozen=True)
class Report:
    """One place a claim is reported: the words, the document, the date, and how firmly.

    ``speaker`` and ``accused`` are the allegation's own (canonical) names: in a timeline
    that merges the organs of one party they tell which organ spoke, and about whom.
    """

    evidence: Evidence
    date: str | None
    hedged: bool
    acts: tuple[str, ...]
    speaker_person: str | None = None
    speaker: str = ""
    accused: str = ""

    @classmethod
    def of(cls, item: DatedAllegation) -> Report:
        """The report an allegation with its date makes."""
        a = item.allegation
        return cls(a.evidence, item.date, a.hedged, a.acts, a.speaker_person, a.speaker, a.accused)


@dataclass(frozen=True)
class Claim:
    """``speaker`` accuses (or denies) ``accused`` of ``categories``, reported ``count`` times."""

    speaker: str
    accused: str
    categories: tuple[str, ...]
    stance: str
    reports: tuple[Report, ...]
    first_reported: str | None
    last_reported: str | None
    count: int
    documents: int

    @property
    def key(self) -> ClaimKey:
        return claim_key(self.speaker, self.accused, self.categories, self.stance)


def claim_key(speaker: str, accused: str, categories: Iterable[str], stance: str) -> ClaimKey:
    """What makes two allegations one claim: speaker, accused, category set and stance."""
    return (speaker, accused, tuple(sorted(set(categories))), stance)


def date_allegations(
    allegations: Iterable[Allegation], documents: Iterable[StoredDocument] | Mapping[str, date | None]
) -> list[DatedAllegation]:
    """Each allegation with its :class:`When`, using its document's publication date as fallback.

    ``documents``: the documents, or just their publication dates by id (all that is read).
    """
    published = documents if isinstance(documents, Mapping) else {d.id: d.published for d in documents}
    dated = []
    for allegation in allegations:
        day = published.get(allegation.evidence.document)
        dated.append(DatedAllegation(allegation, when_of(allegation.statement_date, day), day))
    return dated


def group_claims(allegations_with_dates: Iterable[DatedAllegation]) -> list[Claim]:
    """The claims the allegations make, each with its reports in date order; claims by first report.

    An allegation repeated on the same evidence span (the extractor may emit one per
    accused surface) counts once.
    """
    groups: dict[ClaimKey, list[DatedAllegation]] = {}
    for item in sorted(allegations_with_dates, key=chronological):
        a = item.allegation
        groups.setdefault(claim_key(a.speaker, a.accused, a.categories, a.stance), []).append(item)
    return [make_claim(key, items) for key, items in groups.items()]


def chronological(item: DatedAllegation) -> tuple[bool, date, int, str, int]:
    """Sort key: dated before undated, then by date (``before`` bounds first), document, position."""
    when = item.when
    evidence = item.allegation.evidence
    return (when is None, when.day if when else date.max, when.rank if when else 0, evidence.document, evidence.start)


def make_claim(key: ClaimKey, items: Sequence[DatedAllegation]) -> Claim:
    """A :class:`Claim` from its reports, already in date order."""
    speaker, accused, categories, stance = key
    reports = _unique_reports(items)
    dates = [r.date for r in reports if r.date]
    return Claim(
        speaker=speaker,
        accused=accused,
        categories=categories,
        stance=stance,
        reports=reports,
        first_reported=dates[0] if dates else None,
        last_reported=dates[-1] if dates else None,
        count=len(reports),
        documents=len({r.evidence.document for r in reports}),
    )


def _unique_reports(items: Sequence[DatedAllegation]) -> tuple[Report, ...]:
    seen: set[tuple[str, int, int]] = set()
    reports = []
    for item in items:
        a = item.allegation
        span = (a.evidence.document, a.evidence.start, a.evidence.end)
        if span in seen:
            continue
        seen.add(span)
        reports.append(Report.of(item))
    return tuple(reports)
