"""The legal lexicon: categories, acts and cue words, loaded from ``data/legal.toml``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from casefile.errors import LexiconError
from casefile.records import ACTS, CATEGORIES


@dataclass(frozen=True)
class LegalTerm:
    """One category or act with the compiled pattern that finds it in text."""

    kind: str  # "category" or "act"
    label: str
    statute: str
    pattern: re.Pattern[str]
    default_category: str | None = None


@dataclass(frozen=True)
class PartyLanguage:
    """Words that tell what a noun phrase says about a party (see ``[parties]`` in legal.toml)."""

    state_organs: frozenset[str]
    groups: frozenset[str]
    conduct: frozenset[str]
    incidents: frozenset[str]
    speaker_descriptions: frozenset[str]
    hostilities: frozenset[str]
    criminals: frozenset[str]
    allies: frozenset[str]
    alliance_modifiers: frozenset[str]
    org_references: frozenset[str]
    anaphoric: frozenset[str]
    non_agent_preps: frozenset[str]


@dataclass(frozen=True)
class LegalLexicon:
    version: str
    terms: tuple[LegalTerm, ...]
    report_verbs: frozenset[str]
    accuse_verbs: frozenset[str]
    accusation_nouns: frozenset[str]
    deny_verbs: frozenset[str]
    deny_words: frozenset[str]
    deny_phrases: re.Pattern[str]
    counter_accounts: re.Pattern[str]
    deny_object_verbs: frozenset[str]
    hedge_words: dict[str, float]
    hedge_phrases: tuple[tuple[re.Pattern[str], float], ...]
    principal: re.Pattern[str]
    lesser: re.Pattern[str]
    shared: re.Pattern[str]
    limitation: re.Pattern[str]
    compliance_civilians: re.Pattern[str]
    compliance_law: re.Pattern[str]
    compliance_hostages: re.Pattern[str]
    innocence: re.Pattern[str]
    not_allegation: frozenset[str]
    parties: PartyLanguage
    armed_conflict: re.Pattern[str]
    repression: re.Pattern[str]
    judicial_executions: re.Pattern[str]

    def act_category(self, act: str) -> str | None:
        for term in self.terms:
            if term.kind == "act" and term.label == act:
                return term.default_category
        return None


def _alternation(path: Path, where: str, patterns: list[str]) -> re.Pattern[str]:
    try:
        return re.compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{path}: {where}: invalid pattern ({exc}); fix the regular expression") from exc


def _with_adverbs(phrase: str) -> str:
    """A literal phrase that may take an adverb between its words ("should be judicially investigated")."""
    return r"\s+(?:\w+ly\s+)?".join(re.escape(word) for word in phrase.split())


def _terms(path: Path, data: dict, kind: str, allowed: tuple[str, ...]) -> list[LegalTerm]:
    section = "categories" if kind == "category" else "acts"
    terms = []
    for label, entry in data.get(section, {}).items():
        if label not in allowed:
            raise LexiconError(f"{path}: [{section}.{label}]: unknown label; expected one of {', '.join(allowed)}")
        default = entry.get("category")
        if default is not None and default not in CATEGORIES:
            raise LexiconError(f"{path}: [{section}.{label}] category={default!r}: not a category")
        pattern = _alternation(path, f"[{section}.{label}]", entry["patterns"])
        terms.append(LegalTerm(kind, label, entry.get("statute", ""), pattern, default))
    return terms


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> LegalLexicon:
    """Load and validate the legal lexicon (the bundled one unless ``path`` is given)."""
    path = path or Path(str(resources.files("casefile.nlp") / "data" / "legal.toml"))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: cannot read the legal lexicon ({exc})") from exc
    cues = data.get("cues", {})
    try:
        return LegalLexicon(
            version=str(data["version"]),
            terms=tuple(_terms(path, data, "category", CATEGORIES) + _terms(path, data, "act", ACTS)),
            report_verbs=frozenset(cues["report"]),
            accuse_verbs=frozenset(cues["accuse"]),
            accusation_nouns=frozenset(cues["accusation_nouns"]),
            deny_verbs=frozenset(cues["deny"]),
            deny_words=frozenset(cues["deny_words"]),
            deny_phrases=_alternation(path, "[cues] deny_phrases", [re.escape(p) for p in cues["deny_phrases"]]),
            counter_accounts=_alternation(path, "[cues] counter_accounts", cues["counter_accounts"]),
            deny_object_verbs=frozenset(cues["deny_when_object_is_accusation"]),
            hedge_words=dict(cues["hedge_words"]),
            hedge_phrases=tuple(
                (_alternation(path, "[cues.hedge_phrases]", [_with_adverbs(k)]), float(v))
                for k, v in cues["hedge_phrases"].items()
            ),
            principal=_alternation(path, "[cues.responsibility] principal", cues["responsibility"]["principal"]),
            lesser=_alternation(path, "[cues.responsibility] lesser", cues["responsibility"]["lesser"]),
            shared=_alternation(path, "[cues.responsibility] shared", cues["responsibility"]["shared"]),
            limitation=_alternation(path, "[cues.limitation]", cues["limitation"]["patterns"]),
            compliance_civilians=_alternation(path, "[cues.compliance] civilians", cues["compliance"]["civilians"]),
            compliance_law=_alternation(path, "[cues.compliance] law", cues["compliance"]["law"]),
            compliance_hostages=_alternation(path, "[cues.compliance] hostages", cues["compliance"]["hostages"]),
            innocence=_alternation(path, "[cues.innocence]", cues["innocence"]["patterns"]),
            not_allegation=frozenset(cues["not_allegation"]["lemmas"]),
            parties=PartyLanguage(**{k: frozenset(v) for k, v in data["parties"].items()}),
            armed_conflict=_alternation(path, "[context] armed_conflict", data["context"]["armed_conflict"]),
            repression=_alternation(path, "[context] repression", data["context"]["repression"]),
            judicial_executions=_alternation(path, "[context] judicial_executions", data["context"]["judicial_executions"]),
        )
    except KeyError as exc:
        raise LexiconError(f"{path}: missing entry {exc}; see the bundled legal.toml for the layout") from exc
