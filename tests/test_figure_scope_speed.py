"""The fast forms of figure-scope reading give what their plain definitions give.

``mask_pattern`` folds thousands of party forms into a trie and ``proper_names`` scans
with fewer passes (see ``bench/query_latency.py``); both must find exactly what the plain
longest-first alternation and the word-by-word scan find. The plain versions are written
out here from their definitions and compared on generated text about invented parties.
"""

from __future__ import annotations

import random
import re

import pytest

from casefile.analysis import constants as C
from casefile.analysis.figure_scope import (
    _OPENERS,
    _QUOTE_OPENERS,
    mask_pattern,
    proper_names,
)
from casefile.analysis.text import sentences

FORMS = [
    "Republic of Veloria", "Veloria", "Velorian", "Velorian Armed Forces", "Velorian army", "the Velorian army",
    "Ostrand Liberation Front", "Ostrand", "OLF", "O.L.F.", "Front", "Ostrand People's Army", "People's Army",
    "Civic Watch International", "Civic Watch", "Kessel-Marr Brigade", "Kessel", "VELORIA",
]
PIECES = [
    *FORMS, "veloria", "velorians", "Ostrander", "Ostrand's", "the", "shelled", "Tessin", "said", "on", "-",
    "(", ")", ",", ".", "\u201c", "\u201d", "'", "Front-line", "O.L.F", "people's army", "Watch", "\n", "  ",
    "In", "Kessel-Marrs", "_Veloria", "Veloria2", "At least 40 people were killed in Orm",
]


def plain_mask(forms: list[str]) -> re.Pattern[str]:
    """One alternative per form, longest first: what ``mask_pattern`` must match."""
    alternatives = "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def plain_proper_names(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """``proper_names`` as defined: word by word, with the sentence text before each word."""
    word = re.compile(r"[A-Za-z]+")
    lower = {w for w in word.findall(text) if w.islower()}
    found: set[str] = set()
    for start, end in spans:
        longer = [w for w in word.findall(text[start:end]) if len(w) > 3]
        if len(longer) >= 3 and sum(w[0].isupper() for w in longer) >= C.TITLE_CASE_SHARE * len(longer):
            continue
        for match in re.finditer(r"\b[A-Z][\w-]*", text[:end]):
            if match.start() < start:
                continue
            before = text[start:match.start()].rstrip()
            if before.strip(_OPENERS) and not before.endswith(_QUOTE_OPENERS):
                found.add(match.group().casefold())
    return frozenset(w for w in found if w not in lower and w not in C.NOT_NAMES)


def texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice([" ", " ", "", ". ", ", ", "\n"]) for _ in range(rng.randint(1, 40)))
        for _ in range(count)
    ]


def blanked(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


@pytest.mark.parametrize("forms", [FORMS, FORMS[:3], ["Front"], ["People's Army", "People's Army Command"]])
def test_trie_pattern_masks_what_the_plain_alternation_masks(forms: list[str]) -> None:
    fast, plain = mask_pattern(forms), plain_mask(forms)
    assert fast is not None
    for text in texts(len(forms), 400):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        assert blanked(fast, text) == blanked(plain, text)


def test_the_longest_form_that_ends_a_word_wins() -> None:
    pattern = mask_pattern(["Velorian", "Velorian Armed Forces", "Velorian Armed"])
    assert pattern is not None
    assert [m.group() for m in pattern.finditer("velorian armed forces shelled it; Velorian Armed Forcesx")] == [
        "velorian armed forces", "Velorian Armed"]
    assert mask_pattern([]) is None


def test_proper_names_are_what_the_word_by_word_definition_finds() -> None:
    checked = 0
    for text in texts(7, 400):
        spans = sentences(text)
        assert proper_names(text, spans) == plain_proper_names(text, spans), text
        checked += bool(plain_proper_names(text, spans))
    assert checked > 100  # the generated texts do name things
