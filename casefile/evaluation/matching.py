"""When a predicted record counts as the gold one (the semantics of shared/eval/score.py).

Party names match loosely, because analysts and extractors name the same party
differently ("Amnesty" / "Amnesty International", "HRW" / "Human Rights Watch"):

- names are lower-cased and split into letter/digit tokens; generic words
  (:data:`GENERIC_WORDS`) are dropped;
- the shorter token list must be covered by the longer one, two tokens being
  equal when identical or sharing a prefix of at least 5 characters that is at
  least 70% of the shorter token ("Varnian" / "Varnia");
- otherwise one name's remaining tokens, run together, may equal the initials of
  the other's capitalised words ("OLF" / "Ostrel Liberation Front");
- a name with no tokens left matches only the same string, ignoring case and
  surrounding space.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import takewhile
from typing import TypeVar

from casefile.evaluation.gold import Allegation, Figure

# Words that do not tell two parties apart ("the Varnian forces" = "Varnia").
# Fixed by the reference scorer: changing them changes every score.
GENERIC_WORDS: frozenset[str] = frozenset(
    {
        "the", "of", "and", "its", "s",
        "forces", "force", "military", "army",
        "government", "authorities", "state", "regime", "officials", "official",
        "international",
    }
)

MIN_PREFIX = 5  # characters two tokens must share to count as the same word
MIN_PREFIX_SHARE = 0.7  # … and that prefix's share of the shorter token

_TOKEN = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"[A-Za-z]+")

G = TypeVar("G")
P = TypeVar("P")


def name_tokens(name: str | None) -> list[str]:
    """The distinguishing tokens of a party name, lower-cased, in order."""
    return [token for token in _TOKEN.findall((name or "").lower()) if token not in GENERIC_WORDS]


def same_token(a: str, b: str) -> bool:
    """Identical, or sharing a long enough prefix (inflections, demonyms)."""
    if a == b:
        return True
    shared = sum(1 for _ in takewhile(lambda pair: pair[0] == pair[1], zip(a, b)))
    return shared >= MIN_PREFIX and shared >= MIN_PREFIX_SHARE * min(len(a), len(b))


def initials(name: str | None) -> str:
    """Lower-cased first letters of the capitalised words ("Ostrel Liberation Front" → "olf")."""
    return "".join(word[0] for word in _WORD.findall(name or "") if word[0].isupper()).lower()


def same_party(a: str | None, b: str | None) -> bool:
    """Whether two names denote the same party (module docstring has the rules)."""
    tokens_a, tokens_b = name_tokens(a), name_tokens(b)
    if not tokens_a or not tokens_b:
        return (a or "").strip().lower() == (b or "").strip().lower()
    shorter, longer = (tokens_a, tokens_b) if len(tokens_a) <= len(tokens_b) else (tokens_b, tokens_a)
    if all(any(same_token(s, t) for t in longer) for s in shorter):
        return True
    return "".join(tokens_a) == initials(b) or "".join(tokens_b) == initials(a)


def speaker_matches(gold: Allegation, predicted: Allegation) -> bool:
    """The predicted speaker names the gold speaker or the gold ``speaker_person``."""
    if same_party(gold.speaker, predicted.speaker):
        return True
    return bool(gold.speaker_person) and same_party(gold.speaker_person, predicted.speaker)


def accused_matches(gold: Allegation, predicted: Allegation) -> bool:
    return same_party(gold.accused, predicted.accused)


def stance_matches(gold: Allegation, predicted: Allegation) -> bool:
    return gold.stance == predicted.stance


def categories_overlap(gold: Allegation, predicted: Allegation) -> bool:
    return bool(gold.categories & predicted.categories)


def allegation_matches(gold: Allegation, predicted: Allegation) -> bool:
    """Speaker, accused and stance match and the category sets overlap."""
    return (
        speaker_matches(gold, predicted)
        and accused_matches(gold, predicted)
        and stance_matches(gold, predicted)
        and categories_overlap(gold, predicted)
    )


def figure_matches(gold: Figure, predicted: Figure) -> bool:
    """Same value and same category (``what`` and ``attributed_to`` are not scored)."""
    return gold.value == predicted.value and gold.category == predicted.category


def pair_greedily(
    gold: Sequence[G], predicted: Sequence[P], matches: Callable[[G, P], bool]
) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs: each gold item, in order, takes the
    first still-unpaired prediction that matches it."""
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for g_index, g in enumerate(gold):
        for p_index, p in enumerate(predicted):
            if p_index not in used and matches(g, p):
                used.add(p_index)
                pairs.append((g_index, p_index))
                break
    return pairs
