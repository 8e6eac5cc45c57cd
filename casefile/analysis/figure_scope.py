"""What a figure counts and what it is about, read from its words and the text around it.

Two reports give "the same figure" when they count the same unit in the same category
about the same event or period. This module reads, for one figure:

- its **unit** (:func:`unit_of`): the head noun of its ``what``, lemmatised and mapped
  through :data:`~casefile.analysis.constants.UNIT_NOUNS` ("people killed", "the toll",
  "victims" all count people; "children killed" counts children; numbers, articles and the
  category's own verbs are dropped);
- its **scope** (:func:`scope_of`): the proper names near it, weighted by nearness (its
  clause, its sentence, the neighbouring sentences and the title), with the names of
  parties and of the figure's source masked (they say who speaks, not what happened); the
  months it names ("14 March", "August 2025"); and whether it counts over a period
  ("since March") or one event ("the attack").

Only text and the store's actor names are used: no party is named in any rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from casefile.analysis import constants as C
from casefile.analysis.text import clause_around, sentence_at, sentences
from casefile.records import Figure, StoredDocument

ScopeKind = Literal["period", "event"]

_WORD = re.compile(r"[A-Za-z]+")
_CAPITALIZED = re.compile(r"\b[A-Z][\w-]*")
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")  # a whole _WORD in lower case
_LONG_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{4,}")  # a whole _WORD of four letters or more
_LONG_CAPITALIZED = re.compile(r"(?<![A-Za-z])[A-Z][A-Za-z]{3,}")  # ... written capitalized
_OPENERS = " \t\"“‘'(-–—#*•>"
_QUOTE_OPENERS = ("\"", "“", "‘", "'", ":", "(", "-", "–", "—")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MONTH = r"(?:" + "|".join(m.capitalize() for m in _MONTHS) + r")"
_MONTH_MENTION = re.compile(rf"\b(?:\d{{1,2}}\s+)?({_MONTH})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(\d{{4}}))?\b")


# --- unit -------------------------------------------------------------------------------


def lemma(word: str) -> str:
    """A noun's singular by suffix rules, with :data:`~casefile.analysis.constants.IRREGULAR_PLURALS` first."""
    word = word.lower()
    if word in C.IRREGULAR_PLURALS:
        return C.IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def unit_of(what: str, category: str) -> str:
    """What a figure counts, in a unit comparable across reports (see the module docstring)."""
    words = [w for w in _WORD.findall(what) if w.lower() not in C.WHAT_IGNORED]
    lemmas = [lemma(w) for w in words]
    unit = next((C.UNIT_NOUNS[w] for w in lemmas if w in C.UNIT_NOUNS), None)
    if unit is None:
        unit = lemmas[-1] if lemmas else C.DEFAULT_UNIT
    if unit in C.OWN_UNITS.get(category, frozenset()):
        return C.DEFAULT_UNIT
    return unit


# --- scope ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """What event or period a figure is about, as far as its surroundings tell.

    ``names`` maps each (casefolded) proper name near the figure to its weight (see
    :data:`~casefile.analysis.constants.SCOPE_WEIGHTS`); ``months`` holds ``(month, year)``
    pairs it names (year 0 when not given); ``kind`` is ``period``, ``event`` or None.
    """

    names: Mapping[str, int] = field(default_factory=dict)
    months: frozenset[tuple[int, int]] = frozenset()
    kind: ScopeKind | None = None
    written: Mapping[str, str] = field(default_factory=dict)

    def shown(self) -> tuple[str, ...]:
        """The names as written, nearest first."""
        ordered = sorted(self.names, key=lambda n: -self.names[n])
        return tuple(self.written.get(n, n) for n in ordered)

    def match(self, other: Scope) -> int:
        """How near both figures name the same place or event: the best shared name's lesser weight."""
        shared = self.names.keys() & other.names.keys()
        return max((min(self.names[n], other.names[n]) for n in shared), default=0)

    def conflicts(self, other: Scope) -> bool:
        """Whether the two cannot be about the same thing: a period against an event, or other months."""
        if self.kind and other.kind and self.kind != other.kind:
            return True
        return bool(self.months and other.months) and not self.same_month(other)

    def same_month(self, other: Scope) -> bool:
        """Whether both name one month (a year named by only one of them still agrees)."""
        return any(_same_month(a, b) for a in self.months for b in other.months)


def _same_month(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


@dataclass(frozen=True)
class DocumentWords:
    """What one document tells about its words: which capitalized words are proper names."""

    text: str
    sentences: list[tuple[int, int]]
    proper: frozenset[str]
    title: str

    @classmethod
    def of(cls, document: StoredDocument) -> DocumentWords:
        spans = sentences(document.text)
        return cls(document.text, spans, proper_names(document.text, spans), document.title or "")


def proper_names(text: str, spans: Sequence[tuple[int, int]]) -> frozenset[str]:
    """Casefolded words written capitalized inside a sentence (not first) and never in lower case."""
    lower = set(_LOWER_WORD.findall(text))  # the words of _WORD written in lower case
    capitalized: set[str] = set()
    for start, end in spans:
        sentence = text[start:end]
        if _title_case(sentence):  # a headline capitalizes every word: no evidence of names
            continue
        first = end - len(sentence.lstrip(_OPENERS))  # the sentence's first character that opens nothing
        for match in _CAPITALIZED.finditer(text, first, end):
            last = match.start() - 1  # the last character before the word that is not a space
            while last >= start and text[last].isspace():
                last -= 1
            if last >= first and text[last] not in _QUOTE_OPENERS:  # not a sentence's or quote's first word
                capitalized.add(match.group().casefold())
    return frozenset(w for w in capitalized if w not in lower and w not in C.NOT_NAMES)


def _title_case(sentence: str) -> bool:
    """Whether nearly all longer words of ``sentence`` are capitalized (a headline in title case)."""
    words = len(_LONG_WORD.findall(sentence))
    return words >= 3 and len(_LONG_CAPITALIZED.findall(sentence)) >= C.TITLE_CASE_SHARE * words


def masks_of(actors: Iterable[object]) -> tuple[str, ...]:
    """The written forms of parties (store actor summaries of :data:`PARTY_KINDS`), longest first."""
    forms = {
        surface.strip()
        for actor in actors if getattr(actor, "kind", None) in C.PARTY_KINDS
        for surface in getattr(actor, "surfaces", ())
        if surface.strip()
    }
    return tuple(sorted(forms, key=len, reverse=True))


def mask_pattern(forms: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive pattern for whole-word ``forms`` (the longest that fits wins), or None for none.

    A store names thousands of party forms; one alternative per form makes the regex engine
    try each of them at every position. The forms are folded into a trie instead (shared
    prefixes written once, longer continuations tried before ending), which matches what
    the plain longest-first alternation matches, in a fraction of the time.
    """
    return _cached_pattern(tuple(sorted(set(forms)))) if forms else None


@lru_cache(maxsize=4)
def _cached_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """The parties' pattern, built once per set of forms (keyed by the forms: new forms, new pattern)."""
    return _trie_pattern(forms)


def _trie_pattern(forms: Iterable[str]) -> re.Pattern[str]:
    trie: dict[str, dict] = {}
    for form in forms:
        node = trie
        for char in form:  # lower case, as IGNORECASE compares (one character for one)
            node = node.setdefault(char.lower() if len(char.lower()) == 1 else char, {})
        node[""] = {}  # a form ends here
    return re.compile(rf"(?<!\w){_trie_regex(trie)}(?!\w)", re.IGNORECASE)


def _trie_regex(node: dict[str, dict]) -> str:
    """The regex of a trie node: its branches, optional when a form ends at the node (greedy: longest first)."""
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


@lru_cache(maxsize=4096)
def _own_mask(attribution: str) -> re.Pattern[str] | None:
    """The pattern masking a figure's own source, compiled once per source."""
    return _trie_pattern([attribution]) if attribution.strip() else None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _masked(text: str, masks: Sequence[re.Pattern[str] | None]) -> str:
    """``text`` with every match of ``masks`` blanked out, offsets kept."""
    for pattern in masks:
        if pattern is not None:
            text = pattern.sub(_blank, text)
    return text


def _names(text: str, words: DocumentWords) -> list[str]:
    """The proper names of ``text``, as written."""
    return [w for w in _CAPITALIZED.findall(text) if w.casefold() in words.proper]


def scope_of(figure: Figure, words: DocumentWords, masks: re.Pattern[str] | None = None) -> Scope:
    """The :class:`Scope` of ``figure`` in its document (``masks``: party forms, see :func:`mask_pattern`)."""
    ev = figure.evidence
    spans = words.sentences
    if not spans:
        return Scope()
    index = sentence_at(spans, ev.start)
    sentence = spans[index]
    clause = clause_around(words.text, ev.start, ev.end, sentence)
    hidden = (_own_mask(figure.attributed_to or ""), masks)
    before = spans[index - 1] if index > 0 else (sentence[0], sentence[0])
    nearby = spans[max(index - C.SCOPE_NEARBY_SENTENCES, 0): index + C.SCOPE_NEARBY_SENTENCES + 1]
    levels = {
        "clause": _masked(words.text[clause[0]:clause[1]], hidden),
        "sentence": _masked(words.text[sentence[0]:sentence[1]], hidden),
        "nearby": _masked(" . ".join([words.title, *(words.text[s:e] for s, e in nearby)]), hidden),
    }
    if _refers_back(levels["clause"]) and not _names(levels["sentence"], words):
        levels["sentence"] += " . " + _masked(words.text[before[0]:before[1]], hidden)  # it continues the one before
    names: dict[str, int] = {}
    written: dict[str, str] = {}
    for level, text in levels.items():
        for name in _names(text, words):
            names.setdefault(name.casefold(), C.SCOPE_WEIGHTS[level])
            written.setdefault(name.casefold(), name)
    kind = _kind(levels["clause"]) or _kind(levels["sentence"])
    return Scope(names, months_named(levels["sentence"]), kind, written)


def _refers_back(clause: str) -> bool:
    """Whether the clause speaks of a toll already introduced ("put the toll at 900")."""
    return _BACK.search(clause) is not None


def months_named(text: str) -> frozenset[tuple[int, int]]:
    """``(month, year or 0)`` of every month the text names ("14 March", "August 2025")."""
    found = set()
    for match in _MONTH_MENTION.finditer(text):
        month = _MONTHS.index(match.group(1).lower()) + 1
        found.add((month, int(match.group(2)) if match.group(2) else 0))
    return frozenset(found)


_PERIOD = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in C.PERIOD_CUES) + r")\b", re.IGNORECASE)
_EVENT = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in C.EVENT_CUES) + r")(?:s|es)?\b", re.IGNORECASE)
_BACK = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in C.BACK_REFERENCES) + r")\b", re.IGNORECASE)


def _kind(text: str) -> ScopeKind | None:
    """``period`` for a count over time ("since March"), ``event`` for one event ("the attack"), else None."""
    if _PERIOD.search(text):
        return "period"
    if _EVENT.search(text):
        return "event"
    return None
