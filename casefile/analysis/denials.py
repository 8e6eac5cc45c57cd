"""Denials linked to the accusations they answer, and accusations to the denials they met.

A denial answers a claim when it is about the same accused party (or a part of it, or
the whole it belongs to), their categories overlap (a denial naming no category answers
any), and the denier is the accused or acts for it: an organ of the same party (the
Varnian defence ministry, or its spokesperson, for the Republic of Varnia; see
:mod:`casefile.analysis.organs`) or the whole the accused belongs to (a state for its
forces). Which actor is part of which comes only from ``part_of`` links (the store's
actors, the gazetteer), never from names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from casefile.analysis.claims import Claim, ClaimKey
from casefile.analysis.organs import Parties


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


def answers(denial: Claim, claim: Claim, parties: Parties | Mapping[str, str | None] | None = None) -> bool:
    """Whether ``denial`` answers ``claim`` (see the module docstring)."""
    who = Parties.of(parties)
    if denial.stance != "denies" or claim.stance != "asserts":
        return False
    if not who.related(denial.accused, claim.accused):
        return False
    if not who.acts_for(denial.speaker, claim.accused):
        return False
    return not denial.categories or bool(set(denial.categories) & set(claim.categories))


def link_denials(claims: Sequence[Claim], parties: Parties | Mapping[str, str | None] | None = None) -> DenialIndex:
    """Every (denial, claim) pair among ``claims`` where the denial answers the claim.

    ``parties`` gives the ``part_of`` links (a :class:`Parties`, or a bare ``name -> part_of``
    mapping whose links all count as organs'); without it, only a party itself can deny.
    """
    who = Parties.of(parties)
    denials = [c for c in claims if c.stance == "denies"]
    accusations = [c for c in claims if c.stance == "asserts"]
    links = [DenialLink(d, c) for d in denials for c in accusations if answers(d, c, who)]
    return DenialIndex(tuple(links))
