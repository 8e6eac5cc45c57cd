"""Properties of the extractor over arbitrary text: it never raises, and every span is exact.

The spaCy pipeline loads once per process; example counts stay modest so the suite stays fast.
"""

from __future__ import annotations

import re

import spacy
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from casefile.extract import extract_text
from casefile.extract.figures import parse_number
from casefile.extract.numbers import NUMBER, number_value
from casefile.nlp.components import _regex_spans
from casefile.nlp.lexicon import LegalLexicon, load_lexicon
from casefile.records import Extraction, normalize_text

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fictional names and the words the extractor reacts to, so generated text reaches its rules.
WORDS = (
    "Velmora", "Republic of Velmora", "Ostrel Liberation Front", "Harrowgate Rights Monitor", "Civic Watch",
    "Tessin", "Dalvik", "said", "accused", "denied", "rejected", "war crimes", "genocide", "torture",
    "killed", "injured", "hostages", "people", "civilians", "at least", "between", "and", "about",
    "according to", "could not verify", "the", "of", "in", "\"", "'", "\u201c", "\u201d", "(", ")", ".", ",",
    "\n", "\n\n", "-", "\u2013", "%", "forty-one", "a hundred", "million", "thousand",
)
numbers = st.one_of(
    st.integers(min_value=0, max_value=10**15).map(str),
    st.integers(min_value=1000, max_value=10**12).map(lambda n: f"{n:,}"),
    st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:,}".replace(",", "\u202f")),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.sampled_from(["1.2 million", "forty-one", "two hundred", "a thousand", "2025", "10-year", "$5"]),
)
tokens = st.one_of(st.sampled_from(WORDS), numbers, st.text(max_size=12))
texts = st.one_of(
    st.text(max_size=300),
    st.lists(tokens, max_size=80).map(" ".join),
    st.lists(tokens, max_size=40).map("".join),
)


def assert_exact_spans(text: str, extraction: Extraction) -> None:
    records = (*extraction.allegations, *extraction.figures, *extraction.actors, *extraction.limitations)
    for record in records:
        evidence = record.evidence
        assert 0 <= evidence.start <= evidence.end <= len(text), evidence
        assert text[evidence.start : evidence.end] == evidence.text, evidence


@SETTINGS
@given(texts)
@example("")
@example("\"The Republic of Velmora said \u201cthe Ostrel Liberation Front committed war crimes")
@example("At least 1,221 people were killed and between 40 and 45 were injured, Civic Watch said.")
@example("\u202f".join(["19", "546"]) + " killed 9 9 9 9 9 9. ((((\"\"\"' '")
def test_extract_text_never_raises_and_spans_are_exact(raw: str) -> None:
    text = normalize_text(raw)  # what the store holds: extraction always runs on normalized text
    extraction = extract_text(text, document="prop")
    assert extraction.document == "prop"
    assert_exact_spans(text, extraction)


@SETTINGS
@given(st.one_of(st.text(max_size=40), numbers, st.sampled_from(WORDS)))
@example("")
@example("1,2,3")
@example("\u0661\u0662\u0663")  # Arabic-Indic digits
@example("9" * 300)
def test_parse_number_never_raises(raw: str) -> None:
    value = parse_number(raw)
    assert value is None or (isinstance(value, int) and value >= 0)


@SETTINGS
@given(st.integers(min_value=0, max_value=2**53))  # floats are exact up to 2**53
def test_parse_number_reads_plain_and_grouped_integers(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n


@SETTINGS
@given(st.lists(tokens, max_size=60).map(" ".join))
def test_number_matches_read_as_whole_numbers_or_none(text: str) -> None:
    for match in NUMBER.finditer(text):
        value = number_value(match.group("num"), match.group("unit"))
        assert value is None or value >= 0


# Found by these properties: more than 308 digits once overflowed a float and the extractor raised.
HUGE = "9" * 400


def test_parse_number_of_a_huge_number() -> None:
    assert parse_number(HUGE) is None


def test_extract_text_with_a_huge_number() -> None:
    text = f"At least {HUGE} people were killed, Civic Watch said."
    assert_exact_spans(text, extract_text(text))


# Words of the lexicon in mixed case, and a capital whose lower case is two characters long.
LEXICON_WORDS = (
    "war", "CRIMES", "Crimes", "against", "Humanity", "GENOCIDE", "Torture", "terrorists", "of", "the",
    "so-called", "Ostrel", "Geneva", "Conventions", "in", "Accordance", "with", "International", "Law",
    "May", "Amount", "to", "Chiefly", "responsible", "could", "NOT", "verify", "\u0130stanbul", "\u201c", ".",
)


@SETTINGS
@given(st.lists(st.sampled_from(LEXICON_WORDS), min_size=1, max_size=30).map(" ".join))
@example("Terrorists of the so-called Ostrel in accordance with the Geneva Conventions")
@example("terrorists of the \u0130stanbul WAR CRIMES")
def test_lexicon_scan_finds_what_the_case_blind_patterns_find(text: str) -> None:
    """The legal annotator scans lower-cased text for speed; it must find exactly what each
    case-insensitive pattern of the lexicon finds in the text as written."""
    doc = spacy.blank("en").make_doc(text)
    unquoted = text.replace("\u201c", "")
    origin = [i for i, char in enumerate(text) if char != "\u201c"]
    for pattern in _lexicon_patterns(load_lexicon()):
        found = [(s.start_char, s.end_char) for s in _regex_spans(doc, pattern, "x", "x")]
        expected = [
            (span.start_char, span.end_char)
            for m in pattern.finditer(unquoted)
            if m.end() > m.start()
            and (span := doc.char_span(origin[m.start()], origin[m.end() - 1] + 1, alignment_mode="expand"))
        ]
        assert found == expected, pattern.pattern[:80]


def _lexicon_patterns(lexicon: LegalLexicon) -> list[re.Pattern[str]]:
    cues = (lexicon.principal, lexicon.lesser, lexicon.shared, lexicon.limitation, lexicon.innocence)
    compliance = (lexicon.compliance_civilians, lexicon.compliance_law, lexicon.compliance_hostages)
    return [t.pattern for t in lexicon.terms] + [p for p, _ in lexicon.hedge_phrases] + [*cues, *compliance]
