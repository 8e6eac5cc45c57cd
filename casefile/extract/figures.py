"""Figures: numbers about people or events, with what they count, a category and who says so."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from casefile.errors import LexiconError
from casefile.extract.frames import find_frame
from casefile.extract.parties import PartyResolver
from casefile.records import FIGURE_CATEGORIES, Evidence, Figure

UNITS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORD = "|".join(ONES[1:] + list(TENS))
NUMBER = re.compile(
    r"(?<![\w.,-])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:" + _WORD + r")(?:[- ](?:" + "|".join(ONES[1:10]) + r"))?)"
    r"(?:\s(?P<unit>thousand|million|billion))?(?![\w-])",
    re.IGNORECASE,
)
RANGE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
RANGE_SECOND = re.compile(r"\bbetween\s+[\w,.-]+\s+(?:and|to)\s+$", re.IGNORECASE)
# Nouns through which a number reaches its verb ("a total of N people were …").
TOTAL_WORDS = frozenset({"total", "number", "toll", "figure", "count", "tally"})
# Dependency labels by which a counted noun is what its verb happened to.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "appos"})
DATE_WORDS = re.compile(
    r"\b(?:day|week|month|year|decade|century|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d{4}|\d+(?:st|nd|rd|th)\b"
)
# Entity labels whose numbers are not counts of people or events.
NOT_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"})


@dataclass(frozen=True)
class FigureLexicon:
    categories: tuple[tuple[str, frozenset[str]], ...]
    captivity: frozenset[str]
    counted_nouns: frozenset[str]
    qualifiers: tuple[str, ...]


@lru_cache(maxsize=2)
def load_figure_lexicon(path: Path | None = None) -> FigureLexicon:
    path = path or Path(str(resources.files("casefile.nlp") / "data" / "figures.toml"))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        categories = tuple((k, frozenset(v)) for k, v in data["categories"].items())
        for label, _ in categories:
            if label not in FIGURE_CATEGORIES:
                raise LexiconError(f"{path}: [categories] {label!r} is not a figure category")
        return FigureLexicon(
            categories,
            frozenset(data["captivity"]),
            frozenset(data["counted_nouns"]),
            tuple(sorted(data["qualifiers"], key=len, reverse=True)),
        )
    except (OSError, tomllib.TOMLDecodeError, KeyError) as exc:
        raise LexiconError(f"{path}: cannot read the figure lexicon ({exc!r})") from exc


def parse_number(text: str) -> int | None:
    """``"1,221"`` → 1221, ``"forty-one"`` → 41, ``"1.2 million"`` → 1200000; None if not a count."""
    m = NUMBER.fullmatch(text.strip())
    if not m:
        return None
    return _value(m.group("num"), m.group("unit"))


def _value(num: str, unit: str | None) -> int | None:
    word = num.lower().replace("-", " ").split()
    if word[0] in TENS or word[0] in ONES:
        base = TENS.get(word[0], ONES.index(word[0]) if word[0] in ONES else 0)
        if len(word) > 1 and word[1] in ONES:
            base += ONES.index(word[1])
        value: float = base
    else:
        try:
            value = float(num.replace(",", ""))
        except ValueError:
            return None
    if unit:
        value *= UNITS[unit.lower()]
    return int(value) if value == int(value) else None


@dataclass
class FigureExtractor:
    doc: Doc
    resolver: PartyResolver
    document: str
    lexicon: FigureLexicon

    def run(self) -> list[Figure]:
        figures = []
        for sent in self.doc.sents:
            totals: dict[int, str] = {}
            for m in NUMBER.finditer(sent.text):
                figure = self._figure(sent, m, totals)
                if figure is not None:
                    figures.append(figure)
        return figures

    def _figure(self, sent: Span, m: re.Match[str], totals: dict[int, str]) -> Figure | None:
        start = sent.start_char + m.start()
        span = self.doc.char_span(start, sent.start_char + m.end(), alignment_mode="expand")
        if span is None or self._not_a_count(span, m) or RANGE_SECOND.search(sent.text[: m.start()]):
            return None
        value = _value(m.group("num"), m.group("unit"))
        if value is None:
            return None
        number = span[-1] if not m.group("unit") else span[0]
        noun = number.head if number.dep_ in {"nummod", "quantmod", "compound"} else number
        category = self._category(number, noun, totals)
        if category is None:
            return None
        totals[noun.i] = category
        evidence = self._evidence(span, noun)
        return Figure(
            value=value,
            what=self._what(noun, number),
            category=category,
            evidence=evidence,
            attributed_to=self._attribution(number),
            qualifier=self._qualifier(sent.text[: m.start()]),
            low=value if RANGE.search(sent.text[: m.start()]) else None,
            high=self._range_high(sent, m),
        )

    def _not_a_count(self, span: Span, m: re.Match[str]) -> bool:
        token = span[0]
        if token.ent_type_ in NOT_COUNTS and not m.group("unit") and self._entity_is_not_count(token):
            return True
        if m.group("num").lower() == "one" and not re.search(r"(?:only|just|at least|least)\s*$", self.doc.text[: span.start_char].lower()):
            return True  # "one" is mostly a determiner; a count only after "only", "at least"
        after = self.doc.text[span.end_char : span.end_char + 12].lower()
        before = self.doc.text[max(0, span.start_char - 12) : span.start_char].lower()
        if re.match(r"\s*(?:%|percent|per cent|-year|-page|-day|-month|-km|km|kilomet|mile|-member|-hour|-minute|years? old|p\.m\.|a\.m\.)", after):
            return True
        if re.search(r"(?:[$€£]|\bus\$|\bno\.|\barticle|\bresolution|\bpage|\bchapter|\bage[ds]?|\bcolumn|\bgroup of)\s*$", before):
            return True
        if "." in m.group("num") and not m.group("unit"):
            return True
        return False

    @staticmethod
    def _entity_is_not_count(token: Token) -> bool:
        """spaCy calls "41 later" a DATE; only dates that name a calendar unit are not counts."""
        if token.ent_type_ != "DATE":
            return True
        entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        text = entity.text.lower() if entity is not None else token.text
        return bool(DATE_WORDS.search(text)) or (token.text.isdigit() and len(token.text) == 4)

    def _category(self, number: Token, noun: Token, totals: dict[int, str]) -> str | None:
        inherited = self._part_of_total(number, noun, totals)
        if inherited:
            return inherited
        words = self._cue_lemmas(number, noun)
        has_captivity = bool(words & self.lexicon.captivity)
        found = [label for label, lemmas in self.lexicon.categories if words & lemmas]
        if "killed" in found and "injured" in found:
            return "other"
        if "killed" in found and has_captivity:
            return "died_in_captivity"
        if found:
            return found[0]
        if noun.lemma_.lower() in self.lexicon.counted_nouns and noun.i != number.i:
            return "other"
        return None

    def _part_of_total(self, number: Token, noun: Token, totals: dict[int, str]) -> str | None:
        """ "a total of 251 people …, including 44 who …": the part counts what the total counts."""
        for node in (noun, number):
            head = node.head
            if node.dep_ == "pobj" and head.lower_ == "including" and head.head.i in totals:
                return totals[head.head.i]
            if node.dep_ == "pobj" and head.lower_ == "including":
                for total_index, category in totals.items():
                    if total_index < number.i:
                        return category
        return None

    def _cue_lemmas(self, number: Token, noun: Token) -> set[str]:
        """Words that say what happened to the counted: the noun and, for a subject or object, its verb."""
        tokens: list[Token] = [noun, *noun.children]
        for child in noun.children:
            if child.dep_ in {"acl", "relcl", "amod"}:
                tokens.extend(child.subtree)
        anchor = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in TOTAL_WORDS:
            anchor = noun.head.head  # "a total of 251 people were taken hostage"
        verb = anchor.head if anchor.dep_ in ARGUMENT_DEPS else None
        if verb is not None and verb.pos_ in {"VERB", "AUX", "ADJ"}:
            tokens.append(verb)
            for child in verb.children:
                if child.dep_ in {"oprd", "acomp", "prep", "conj", "xcomp", "advcl", "dobj", "agent"} and child != anchor:
                    tokens.extend(child.subtree)
        return {t.lemma_.lower() for t in tokens if t.i != number.i} | {t.lower_ for t in tokens}

    def _what(self, noun: Token, number: Token) -> str:
        if noun.i == number.i:
            verb = noun.head
            return f"{verb.text}".strip() if verb != noun else noun.text
        left = min([noun.i] + [c.left_edge.i for c in noun.lefts if c.i != number.i and c.dep_ in {"amod", "compound"}])
        words = [t.text for t in self.doc[left : noun.i + 1] if t.i != number.i]
        if noun.head.pos_ == "VERB" and noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            words.append(noun.head.text)
        return " ".join(words)

    def _evidence(self, span: Span, noun: Token) -> Evidence:
        sent = span.sent
        start = min(span.start_char, noun.idx)
        end = max(span.end_char, noun.idx + len(noun))
        head = noun.head
        if head.pos_ in {"VERB", "AUX"} and sent.start <= head.i < sent.end:
            for token in (head, *[c for c in head.children if c.dep_ in {"oprd", "acomp", "prt"}]):
                start, end = min(start, token.idx), max(end, token.idx + len(token))
        return Evidence(self.document, start, end, self.doc.text[start:end])

    def _attribution(self, number: Token) -> str | None:
        frame = find_frame(number, self.resolver)
        if frame is None:
            return None
        return frame.speakers[0].surface or frame.speakers[0].name

    def _qualifier(self, before: str) -> str | None:
        tail = before.lower().rstrip()
        for qualifier in self.lexicon.qualifiers:
            if tail.endswith(qualifier) and (len(tail) == len(qualifier) or not tail[-len(qualifier) - 1].isalnum()):
                return qualifier
        return None

    def _range_high(self, sent: Span, m: re.Match[str]) -> int | None:
        rest = sent.text[m.end():]
        follow = re.match(r"\s*(?:and|to|-|–)\s*", rest)
        if not (RANGE.search(sent.text[: m.start()]) and follow):
            return None
        second = NUMBER.match(rest, follow.end())
        return _value(second.group("num"), second.group("unit")) if second else None


def _governing_verb(noun: Token) -> Token | None:
    """The verb a counted noun hangs from, through "a total of", "the bodies of" and the like."""
    node = noun
    for _ in range(4):
        if node.head == node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None
