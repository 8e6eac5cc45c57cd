"""sources: files, directories, stdin and URLs → :class:`casefile.records.SourceDocument`.

Contract (used by ``casefile.service``):

- ``expand_inputs(inputs: Iterable[str]) -> Iterator[str]`` — paths, directories
  (recursively, sorted, supported extensions only), ``-`` and ``http(s)://`` URLs;
- ``read_source(item: str, *, stdin: BinaryIO | None = None) -> SourceDocument`` —
  raises :class:`casefile.errors.SourceError` naming the item and the reason.
"""

from casefile.sources.formats import SUPPORTED_EXTENSIONS
from casefile.sources.loader import expand_inputs, read_source

__all__ = ["SUPPORTED_EXTENSIONS", "expand_inputs", "read_source"]
