"""A Doc's text and span groups, built once: spaCy rebuilds them on every access."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

_KEY = "casefile.text"
_SPANS_KEY = "casefile.spans"


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (a Doc's tokens, hence its text, never change).

    Extraction reads the text hundreds of times per document (one regex pass per lexicon
    term, every evidence span); rebuilding it each time made extraction quadratic-ish in
    document length and cost about a third of ingest time.
    """
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, sliced from :func:`doc_text`: spaCy joins the span's tokens anew on every
    access, and extraction reads each sentence's text several times (numbers, ranges, cues)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def next_sentence_in_paragraph(sent: Span) -> Span | None:
    """The sentence after ``sent`` when no line break stands between them, else None."""
    doc = sent.doc
    if sent.end >= len(doc) or "\n" in doc_text(doc)[sent.end_char - 1 : doc[sent.end].idx]:
        return None
    return doc[sent.end].sent


def sentences_before_in_paragraph(sent: Span, limit: int) -> Iterator[Span]:
    """Up to ``limit`` sentences before ``sent``, nearest first, stopping at the paragraph's start."""
    text = doc_text(sent.doc)
    for _ in range(limit):
        if sent.start == 0 or "\n" in text[sent.doc[sent.start - 1].idx : sent.start_char]:
            return
        sent = sent.doc[sent.start - 1].sent
        yield sent


def in_quotes(doc: Doc, offset: int) -> bool:
    """Whether the character at ``offset`` stands inside quotation marks within its paragraph."""
    text = doc_text(doc)
    before = text[text.rfind("\n", 0, offset) + 1 : offset]
    return sum(before.count(q) for q in ('"', "“", "”")) % 2 == 1


def paragraph_start(token: Token) -> int:
    """The index of the first token of the paragraph (text between line breaks) holding ``token``.

    Found from the text's last line break before the token and a binary search over the
    token offsets, not by walking back token by token (a long report asks it many times).
    """
    doc = token.doc
    memo = doc_memo(doc, "token offsets")
    offsets = memo.get("all")
    if offsets is None:
        offsets = memo["all"] = [t.idx for t in doc]
    line_start = doc_text(doc).rfind("\n", 0, token.idx) + 1
    return min(bisect_left(offsets, line_start), token.i)


def doc_spans(doc: Doc, key: str) -> tuple[Span, ...]:
    """``doc.spans[key]`` (empty if absent) as a tuple made once per Doc, for extraction.

    Iterating a SpanGroup builds a new Span object for every member each time; extraction
    scans the groups once per sentence, which made long documents (a 300-page report)
    quadratic in Span objects. Only for reading after the pipeline has run (components
    that still change the groups must use ``doc.spans``); :func:`forget_spans` drops the
    cache (its Spans point back at the Doc) when extraction is done.
    """
    cache = doc.user_data.setdefault(_SPANS_KEY, {})
    if key not in cache:
        cache[key] = tuple(doc.spans[key]) if key in doc.spans else ()
    return cache[key]


def forget_spans(doc: Doc) -> None:
    """Drop :func:`doc_spans`' cache (and :func:`doc_memo`'s), breaking the Doc → Span → Doc cycle at once."""
    doc.user_data.pop(_SPANS_KEY, None)


def doc_memo(doc: Doc, name: str) -> dict:
    """A dict kept with the Doc for extraction's per-token answers (``name`` tells them apart).

    For answers that depend on nothing but the parse, asked again and again for the same
    token (whether a word is a reporting verb, where a sentence's dateline ends). It lives in
    the same per-Doc cache as :func:`doc_spans`, so :func:`forget_spans` drops it too.
    """
    cache = doc.user_data.setdefault(_SPANS_KEY, {})
    memo = cache.get(("memo", name))
    if memo is None:
        memo = cache[("memo", name)] = {}
    return memo


def spans_starting_in(doc: Doc, key: str, span: Span) -> tuple[Span, ...]:
    """The members of :func:`doc_spans` ``(doc, key)`` that start inside ``span`` (a sentence), in group order.

    Extraction asks this for every sentence; filtering the whole group each time grew with
    sentences × spans, quadratic for a long report. The group's starts are sorted once
    per Doc, and each question is two binary searches. A member that starts inside
    ``span`` may end after it: callers that need it whole check ``end <= span.end``.
    """
    starts, order, spans = _by_start(doc, key)
    picked = order[bisect_left(starts, span.start) : bisect_left(starts, span.end)]
    return tuple(spans[i] for i in sorted(picked))


def _by_start(doc: Doc, key: str) -> tuple[list[int], list[int], tuple[Span, ...]]:
    """The group's member starts, sorted; the members' positions in that order; the members."""
    cache = doc.user_data.setdefault(_SPANS_KEY, {})
    index = cache.get((key, "by start"))
    if index is None:
        spans = doc_spans(doc, key)
        order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        index = cache[(key, "by start")] = ([spans[i].start for i in order], order, spans)
    return index
