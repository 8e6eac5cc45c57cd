"""Which actors speak for which: the organs of one state or organisation, from ``part_of`` links.

The gazetteer says which actor is part of which (a ministry of its state, a spokesperson
of the ministry, an armed wing of its movement), and the store keeps that link on every
actor it saw. :class:`Parties` climbs those links to the *party* an actor speaks for, as
far as each link is an organ's (:data:`~casefile.analysis.constants.ORGAN_KINDS`): the
Varnian foreign ministry's spokesperson speaks for the foreign ministry, which speaks for
the Republic of Varnia. Nothing here looks at names; only links and kinds decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from casefile.analysis.constants import ORGAN_KINDS


class Actor(Protocol):
    """What :class:`Parties` reads of an actor (the store's summaries and gazetteer entries both have it)."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def part_of(self) -> str | None: ...


@dataclass(frozen=True)
class Parties:
    """``part_of`` links and actor kinds, with the questions the analysis asks of them."""

    part_of: Mapping[str, str | None] = field(default_factory=dict)
    kinds: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def from_actors(cls, *sources: Iterable[Actor]) -> Parties:
        """From records with ``name``, ``kind`` and ``part_of`` (store actors, gazetteer entries).

        An earlier source wins for a name it knows; a later one only fills in names it lacks
        (and a missing ``part_of``), so the store's view of an actor is kept.
        """
        part_of: dict[str, str | None] = {}
        kinds: dict[str, str] = {}
        for source in sources:
            for actor in source:
                name, parent, kind = actor.name, actor.part_of or None, actor.kind
                if not part_of.get(name):
                    part_of[name] = parent
                if kind and name not in kinds:
                    kinds[name] = kind
        return cls(part_of, kinds)

    @classmethod
    def of(cls, links: Parties | Mapping[str, str | None] | None) -> Parties:
        """``links`` as :class:`Parties` (a bare ``name -> part_of`` mapping has no kinds)."""
        if isinstance(links, Parties):
            return links
        return cls(dict(links or {}))

    def ancestors(self, name: str) -> list[str]:
        """The wholes ``name`` is part of, nearest first (cycles cut), whatever their kind."""
        chain: list[str] = []
        parent = self.part_of.get(name)
        while parent and parent not in chain and parent != name:
            chain.append(parent)
            parent = self.part_of.get(parent)
        return chain

    def is_organ(self, name: str) -> bool:
        """Whether ``name`` speaks for the whole it is part of (its kind is an organ's, or unknown)."""
        kind = self.kinds.get(name)
        return kind is None or kind in ORGAN_KINDS

    def party(self, name: str) -> str:
        """The party ``name`` speaks for: up its ``part_of`` chain while each step is an organ's."""
        current, seen = name, {name}
        while self.is_organ(current):
            parent = self.part_of.get(current)
            if not parent or parent in seen:
                break
            seen.add(parent)
            current = parent
        return current

    def organ_chain(self, name: str) -> list[str]:
        """``name`` and the wholes it speaks for, up to its party (``[name]`` for a party itself)."""
        chain = [name]
        target = self.party(name)
        for parent in self.ancestors(name):
            if chain[-1] == target:
                break
            chain.append(parent)
        return chain

    def same_party(self, a: str, b: str) -> bool:
        """Whether ``a`` and ``b`` speak for the same party (one is an organ of the other, or both of one)."""
        return a == b or self.party(a) == self.party(b)

    def related(self, a: str, b: str) -> bool:
        """``a`` and ``b`` are one party, or one is part of the other (what an accusation is about)."""
        return self.same_party(a, b) or b in self.ancestors(a) or a in self.ancestors(b)

    def acts_for(self, denier: str, accused: str) -> bool:
        """Whether ``denier`` can deny on behalf of ``accused``: the same party, or a whole it is part of."""
        return self.same_party(denier, accused) or denier in self.ancestors(accused)
