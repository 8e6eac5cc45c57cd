"""The default engine: extraction in this process, one document after another."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from casefile.engines.base import Extractor, Result, default_extract, extract_safely
from casefile.records import SourceDocument


@dataclass
class LocalEngine:
    """Extracts each source in turn, reading none ahead (what ``--jobs 1`` runs)."""

    extract: Extractor = default_extract
    name: str = "local"

    def run(self, sources: Iterable[SourceDocument]) -> Iterator[tuple[SourceDocument, Result]]:
        for source in sources:
            yield source, extract_safely(self.extract, source)
