"""Shared fixtures: fictional documents on disk and a real SQLite ledger holding known records.

Every party, place and number here is invented.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from casefile.records import (
    ActorMention,
    Allegation,
    Evidence,
    Extraction,
    Figure,
    Limitation,
    SourceDocument,
)
from casefile.sources import read_source
from casefile.store import Store

CIVIC_WATCH_STORY = (
    "date 2025-02-14\n"
    "Civic Watch International accused the Ostrel Liberation Front of war crimes.\n"
    "The group's fighters shelled the market in Dalvik, the report said.\n"
)
VELMORA_BULLETIN = (
    "The Harrowgate Rights Monitor said the Republic of Velmora committed crimes against humanity "
    "in the Tessin valley, including torture of detainees. "
    "Velmora's foreign ministry rejected the accusation. "
    "At least 312 people were killed, according to the Tessin Health Office. "
    "The monitor said it could not verify who fired the shells."
)


@dataclass(frozen=True)
class Ledger:
    """A database holding one document with hand-written records (one of each kind)."""

    db: Path
    source: SourceDocument
    extraction: Extraction


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture
def stories(tmp_path: Path) -> dict[str, Path]:
    """Fictional files to ingest: two readable stories, an empty file and an unsupported one."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    files = {
        "civic": (folder / "civic-watch.txt", CIVIC_WATCH_STORY),
        "bulletin": (folder / "velmora.md", VELMORA_BULLETIN + "\n"),
        "empty": (tmp_path / "empty.txt", ""),
        "unsupported": (tmp_path / "notes.xyz", "Velmora notes\n"),
    }
    for path, text in files.values():
        path.write_text(text, encoding="utf-8")
    return {name: path for name, (path, _) in files.items()}


def span(source: SourceDocument, phrase: str) -> Evidence:
    start = source.text.index(phrase)
    return Evidence(source.id, start, start + len(phrase), phrase)


def bulletin_extraction(source: SourceDocument) -> Extraction:
    """What an analyst reads in :data:`VELMORA_BULLETIN`: one record of each kind."""
    first = span(source, source.text.split(". ")[0] + ".")
    return Extraction(
        document=source.id,
        allegations=(
            Allegation("Harrowgate Rights Monitor", "Republic of Velmora", ("crimes_against_humanity",), "asserts",
                       first, acts=("torture",), statement_date="2025-03-01"),
            Allegation("Republic of Velmora", "Republic of Velmora", ("crimes_against_humanity",), "denies",
                       span(source, "Velmora's foreign ministry rejected the accusation."), responsibility="principal"),
        ),
        figures=(
            Figure(312, "people killed", "killed", span(source, "At least 312 people were killed"),
                   attributed_to="Tessin Health Office", qualifier="at least"),
        ),
        actors=(
            ActorMention("Harrowgate Rights Monitor", "ngo", "Harrowgate Rights Monitor",
                         span(source, "Harrowgate Rights Monitor")),
            ActorMention("Republic of Velmora", "state", "Republic of Velmora", span(source, "Republic of Velmora")),
        ),
        limitations=(
            Limitation("Harrowgate Rights Monitor", "who fired the shells",
                       span(source, "The monitor said it could not verify who fired the shells.")),
        ),
    )


@pytest.fixture
def ledger(db_path: Path, stories: dict[str, Path]) -> Ledger:
    """``db_path`` holding the Velmora bulletin, read by the real reader, with known records."""
    source = read_source(str(stories["bulletin"]))
    extraction = bulletin_extraction(source)
    with Store.open(f"sqlite:///{db_path}") as store:
        assert store.save(source, extraction)
    return Ledger(db_path, source, extraction)


# --- extraction tests: the real model, fictional gazetteers -------------------------------

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ACTORS = PROJECT_ROOT / "samples" / "actors.toml"

# Fictional actors the sample gazetteer lacks: an NGO, a state whose adjective ("Morvanian")
# is not also the alias of one of its government bodies, and a court's prosecutor's office.
TEST_ACTORS_TOML = """\
version = "test"

[[actor]]
name = "Concord Human Rights Board"
kind = "un_body"
aliases = []
acronyms = []
adjectives = []
capitals = []
part_of = "Concord of Nations"
note = "fictional board of the extraction tests, with one body under it"

[[actor]]
name = "Concord Monitoring Mission in Ostrelia"
kind = "un_body"
aliases = []
acronyms = []
adjectives = []
capitals = []
part_of = "Concord Human Rights Board"
note = "fictional mission of the extraction tests"

[[actor]]
name = "Office of the Chief Prosecutor"
kind = "court"
aliases = ["Chief Prosecutor"]
acronyms = []
adjectives = []
capitals = []
part_of = "Permanent Tribunal for Atrocity Crimes"
note = "fictional prosecutor's office of the extraction tests"

[[actor]]
name = "Irenka Valdoss"
kind = "person"
aliases = ["Valdoss"]
acronyms = []
adjectives = []
capitals = []
part_of = "Office of the Chief Prosecutor"
note = "fictional chief prosecutor of the extraction tests"

[[actor]]
name = "Concord Commissioner for Human Rights"
kind = "un_body"
aliases = []
acronyms = []
adjectives = []
capitals = []
part_of = "Concord of Nations"
note = "fictional office held by one person, named before its holder"

[[actor]]
name = "Ilse Marrow"
kind = "person"
aliases = ["Marrow"]
acronyms = []
adjectives = []
capitals = []
part_of = ""
note = "fictional special rapporteur of the extraction tests"

[[actor]]
name = "Civic Watch International"
kind = "ngo"
aliases = ["Civic Watch"]
acronyms = []
adjectives = []
capitals = []
part_of = ""
note = "fictional NGO of the extraction tests"

[[actor]]
name = "Republic of Morvania"
kind = "state"
aliases = ["Morvania"]
acronyms = []
adjectives = ["Morvanian"]
capitals = ["Kessenna"]
part_of = ""
note = "fictional state of the extraction tests"

[[actor]]
name = "Principality of Quessa"
kind = "state"
aliases = ["Quessa"]
acronyms = []
adjectives = ["Quessan"]
capitals = []
part_of = ""
note = "fictional state of the extraction tests"

[[actor]]
name = "Quessan Defence Forces"
kind = "government_body"
aliases = ["Quessan forces"]
acronyms = []
adjectives = []
capitals = []
part_of = "Principality of Quessa"
note = "fictional armed forces of the extraction tests"

[[actor]]
name = "Quessan National Police"
kind = "government_body"
aliases = ["Quessan police"]
acronyms = []
adjectives = []
capitals = []
part_of = "Principality of Quessa"
note = "fictional police of the extraction tests"

[[actor]]
name = "Kingdom of Aldressa"
kind = "state"
aliases = ["Aldressa"]
acronyms = []
adjectives = ["Aldressan"]
capitals = []
part_of = ""
note = "fictional state of the extraction tests"

[[actor]]
name = "Quessan Presidential Office"
kind = "government_body"
aliases = ["Quessa's presidential office"]
acronyms = []
adjectives = []
capitals = []
part_of = "Principality of Quessa"
note = "fictional office that speaks for its state in the extraction tests"
"""


@pytest.fixture(scope="session")
def fictional_actor_files(tmp_path_factory: pytest.TempPathFactory) -> str:
    """``$CASEFILE_ACTORS`` for fictional text: the sample gazetteer plus the test actors.

    One value per session, so the pipeline (cached per tuple of files) is built once.
    """
    extra = tmp_path_factory.mktemp("actors") / "test-actors.toml"
    extra.write_text(TEST_ACTORS_TOML, encoding="utf-8")
    return os.pathsep.join([str(SAMPLE_ACTORS), str(extra)])


@pytest.fixture
def extract_fictional(monkeypatch: pytest.MonkeyPatch, fictional_actor_files: str) -> Callable[[str], Extraction]:
    """Extract from a fictional passage with the fictional gazetteers loaded."""
    from casefile.extract import extract_text

    monkeypatch.setenv("CASEFILE_ACTORS", fictional_actor_files)

    def run(text: str) -> Extraction:
        return extract_text(text, document="test", published=date(2025, 3, 1))

    return run
