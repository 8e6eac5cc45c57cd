"""A Doc's text, built once: spaCy's ``Doc.text`` joins every token again on each access."""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "casefile.text"


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
