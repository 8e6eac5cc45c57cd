"""What every engine shares: the interface, how a failure travels, and the work one worker does."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol

from casefile.records import Extraction, SourceDocument

Extractor = Callable[[SourceDocument], Extraction]


@dataclass(frozen=True)
class ExtractionFailed:
    """Extraction raised on one document: the error, as ``Type: message``, travels instead of records."""

    error: str

    @classmethod
    def of(cls, exc: BaseException) -> ExtractionFailed:
        return cls(f"{type(exc).__name__}: {exc}")


Result = Extraction | ExtractionFailed


class Engine(Protocol):
    """Runs extraction on documents somewhere (this process, a process pool, a Ray cluster).

    :meth:`run` takes sources lazily and yields ``(source, result)`` in the order the
    sources came, the source being the very object given (raw bytes and all). It reads
    ahead only a bounded number of sources. A document whose extraction raises yields an
    :class:`ExtractionFailed` and the run goes on; an engine that cannot start at all
    raises :class:`~casefile.errors.InputError`.
    """

    name: str

    def run(self, sources: Iterable[SourceDocument]) -> Iterator[tuple[SourceDocument, Result]]: ...


def default_extract(source: SourceDocument) -> Extraction:
    """:func:`casefile.extract.extract_document`, imported on first use (spaCy loads only to extract)."""
    from casefile.extract import extract_document

    return extract_document(source)


def extract_safely(extract: Extractor, source: SourceDocument) -> Result:
    """``extract(source)``, or the error it raised: one document's failure never stops a batch."""
    try:
        return extract(source)
    except Exception as exc:  # noqa: BLE001  (an extractor bug on this text: this document fails, the rest go on)
        return ExtractionFailed.of(exc)


def for_worker(source: SourceDocument) -> SourceDocument:
    """The source without its raw bytes: extraction reads only the text, id, date and pages."""
    return dataclasses.replace(source, raw=b"")


def warm_up() -> None:
    """Load the spaCy pipeline now (once per worker); a broken lexicon surfaces per document later."""
    try:
        from casefile.nlp import get_nlp

        get_nlp()
    except Exception:  # noqa: BLE001, S110  (reported with each document by extract_safely)
        pass
