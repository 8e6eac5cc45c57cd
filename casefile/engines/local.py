"""The default engine: extraction in this process, a small batch of documents at a time."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from casefile.engines.base import Extractor, Result, default_extract, extract_safely
from casefile.records import SourceDocument

BATCH_DOCUMENTS = 32  # documents spaCy parses together (nlp.pipe's default batch size) ...
# ... holding at most this much text: the parse's memory grows with the text parsed at once, and
# this is the most one long document's chunk (casefile.extract.api.MAX_CHUNK_CHARS) takes already.
BATCH_CHARS = 100_000


@dataclass
class LocalEngine:
    """Extracts each source in turn (what ``--jobs 1`` runs), reading at most one batch ahead.

    The texts of a batch are parsed together first (:func:`casefile.extract.api.parsed_ahead`:
    spaCy is faster on a batch than on one text at a time, and gives the same Docs); then
    ``extract`` runs on each source alone, so one document's failure stays its own.
    ``batch=1`` parses each document on its own, as it is read.
    """

    extract: Extractor = default_extract
    name: str = "local"
    batch: int = BATCH_DOCUMENTS

    def run(self, sources: Iterable[SourceDocument]) -> Iterator[tuple[SourceDocument, Result]]:
        for batch in _batches(sources, self.batch, BATCH_CHARS):
            if len(batch) == 1:
                yield batch[0], extract_safely(self.extract, batch[0])
                continue
            from casefile.extract.api import parsed_ahead  # spaCy loads only to extract

            with parsed_ahead([source.text for source in batch]):
                for source in batch:
                    yield source, extract_safely(self.extract, source)


def _batches(sources: Iterable[SourceDocument], size: int, chars: int) -> Iterator[list[SourceDocument]]:
    """``sources`` in order, in lists of at most ``size`` documents and ``chars`` characters
    (a longer document alone)."""
    batch: list[SourceDocument] = []
    held = 0
    for source in sources:
        if batch and (len(batch) >= size or held + len(source.text) > chars):
            yield batch
            batch, held = [], 0
        batch.append(source)
        held += len(source.text)
    if batch:
        yield batch
