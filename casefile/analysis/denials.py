"""Denials linked to the accusations they answer, and accusations to the denials they met.

A denial answers a claim when it is about the same accused party (or a part of it, or
the whole it belongs to), their categories overlap (a denial naming no category answers
any), and the denier is the accused itself or part of it (a ministry for its state),
or the whole the accused belongs to (a state for its forces). Which actor is part of
which comes from the store's actors (``part_of``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from casefile.analysis.claims import Claim, ClaimKey


@dataclass(frozen=True)
class DenialLink:
    """One denial and one claim it answers."""

    denial: Claim
    claim: Claim

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories both name (all of the claim's if the denial names none)."""
        if not self.denial.categories:
            return self.claim.categories
        return tuple(c for c in self.claim.categories if c in self.denial.categories)


@dataclass(frozen=True)
class DenialIndex:
    """Every link, looked up from either side."""

    links: tuple[DenialLink, ...]

    def denials_of(self, claim: Claim) -> tuple[Claim, ...]:
        """The denials answering ``claim``."""
        return tuple(link.denial for link in self.links if link.claim.key == claim.key)

    def answered_by(self, denial: Claim) -> tuple[Claim, ...]:
        """The claims ``denial`` answers."""
        return tuple(link.claim for link in self.links if link.denial.key == denial.key)

    def counts(self) -> dict[ClaimKey, int]:
        """For each claim (accusation or denial) key, how many claims it is linked to."""
        counted: dict[ClaimKey, int] = {}
        for link in self.links:
            for key in (link.claim.key, link.denial.key):
                counted[key] = counted.get(key, 0) + 1
        return counted


def ancestors(name: str, part_of: Mapping[str, str | None]) -> list[str]:
    """The wholes ``name`` is part of, nearest first (cycles cut)."""
    chain: list[str] = []
    parent = part_of.get(name)
    while parent and parent not in chain and parent != name:
        chain.append(parent)
        parent = part_of.get(parent)
    return chain


def related(a: str, b: str, part_of: Mapping[str, str | None]) -> bool:
    """``a`` and ``b`` are the same party, or one is part of the other."""
    return a == b or b in ancestors(a, part_of) or a in ancestors(b, part_of)


def answers(denial: Claim, claim: Claim, part_of: Mapping[str, str | None]) -> bool:
    """Whether ``denial`` answers ``claim`` (see the module docstring)."""
    if denial.stance != "denies" or claim.stance != "asserts":
        return False
    if not related(denial.accused, claim.accused, part_of):
        return False
    if not related(denial.speaker, claim.accused, part_of):
        return False
    return not denial.categories or bool(set(denial.categories) & set(claim.categories))


def link_denials(claims: Sequence[Claim], part_of: Mapping[str, str | None] | None = None) -> DenialIndex:
    """Every (denial, claim) pair among ``claims`` where the denial answers the claim."""
    parents = part_of or {}
    denials = [c for c in claims if c.stance == "denies"]
    accusations = [c for c in claims if c.stance == "asserts"]
    links = [DenialLink(d, c) for d in denials for c in accusations if answers(d, c, parents)]
    return DenialIndex(tuple(links))


def part_of_map(actors: Iterable[object]) -> dict[str, str | None]:
    """``name -> part_of`` from the store's actor summaries (anything with those attributes)."""
    return {getattr(a, "name"): getattr(a, "part_of", None) for a in actors}
