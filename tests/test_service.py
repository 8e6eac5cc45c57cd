"""casefile.service with the real readers, extractor and a real SQLite store (fictional parties only)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from casefile import service
from casefile.errors import InputError
from casefile.records import Extraction, SourceDocument
from casefile.store import Store

if TYPE_CHECKING:
    from conftest import Ledger


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(f"sqlite:///{db_path}") as opened:
        yield opened


def test_ingest_stores_each_document_once(store: Store, stories: dict[str, Path]) -> None:
    summary = service.ingest([str(stories["civic"])], store=store)

    [outcome] = summary.outcomes
    assert outcome.status == "stored"
    assert store.has_document(outcome.document_id)
    assert outcome.error is None
    assert summary.stored == [outcome] and not summary.failed and not summary.known
    assert store.counts()["documents"] == 1
    assert store.counts()["allegations"] == outcome.counts.allegations


def test_ingest_reports_already_known_documents(store: Store, stories: dict[str, Path]) -> None:
    first = service.ingest([str(stories["civic"])], store=store)
    again = service.ingest([str(stories["civic"]), str(stories["civic"])], store=store)

    assert [o.status for o in again.outcomes] == ["known", "known"]
    assert again.outcomes[0].document_id == first.outcomes[0].document_id
    assert store.counts()["documents"] == 1


def test_duplicate_within_one_batch_is_stored_once(store: Store, stories: dict[str, Path]) -> None:
    summary = service.ingest([str(stories["civic"]), str(stories["civic"])], store=store)
    assert [o.status for o in summary.outcomes] == ["stored", "known"]


def test_known_documents_are_not_extracted_again(
    store: Store, stories: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    service.ingest([str(stories["civic"])], store=store)

    def tripwire(source: SourceDocument) -> Extraction:  # extraction is the slow step ingest must skip
        raise AssertionError(f"extracted {source.origin} again")

    monkeypatch.setattr(service, "extract_document", tripwire)
    summary = service.ingest([str(stories["civic"])], store=store)
    assert [o.status for o in summary.outcomes] == ["known"]


def test_overrides_replace_source_metadata(store: Store, stories: dict[str, Path]) -> None:
    summary = service.ingest(
        [str(stories["civic"])], store=store,
        published=date(2025, 6, 1), publisher="Velmora Herald", title="Market shelling",
    )

    [outcome] = summary.outcomes
    assert outcome.title == "Market shelling"
    stored = store.document(outcome.document_id)
    assert (stored.published, stored.publisher, stored.title) == (date(2025, 6, 1), "Velmora Herald", "Market shelling")


def test_without_overrides_the_source_metadata_stays(store: Store, stories: dict[str, Path]) -> None:
    [outcome] = service.ingest([str(stories["civic"])], store=store).outcomes
    assert store.document(outcome.document_id).published == date(2025, 2, 14)  # from the date line


def test_a_failing_item_does_not_stop_the_batch(store: Store, stories: dict[str, Path], tmp_path: Path) -> None:
    seen: list[service.IngestOutcome] = []
    items = [str(stories["civic"]), str(stories["empty"]), str(stories["unsupported"]),
             str(tmp_path / "missing.txt"), str(stories["bulletin"])]

    summary = service.ingest(items, store=store, on_item=seen.append)

    assert [o.status for o in summary.outcomes] == ["stored", "failed", "failed", "failed", "stored"]
    assert seen == list(summary.outcomes)
    assert len(summary.failed) == 3
    assert all(o.error and o.item in o.error for o in summary.failed)
    assert "empty" in summary.failed[0].error
    assert ".xyz" in summary.failed[1].error
    assert store.counts()["documents"] == 2


def test_directories_are_expanded_and_counted(store: Store, stories: dict[str, Path]) -> None:
    folder = str(stories["civic"].parent)
    assert service.count_inputs([folder]) == 2
    summary = service.ingest([folder], store=store)
    assert sorted(o.item for o in summary.outcomes) == sorted([str(stories["civic"]), str(stories["bulletin"])])


def test_stdin_is_read_for_dash(store: Store) -> None:
    stream = io.BytesIO(b"The Velmora Herald reported that Dalvik was quiet on Sunday.\n")
    [outcome] = service.ingest(["-"], store=store, stdin=stream).outcomes
    assert outcome.status == "stored"


def test_extract_cases_echoes_ids_and_skips_blank_lines() -> None:
    lines = [
        json.dumps({"id": "c-1", "text": "Civic Watch International accused the Ostrel Liberation Front of war crimes."}),
        "",
        json.dumps({"text": "The Velmora Herald reported rain in Dalvik.", "date": "2025-01-02"}),
    ]
    results = list(service.extract_cases(lines))
    assert [r["id"] for r in results] == ["c-1", None]
    assert all(set(r) == {"id", "allegations", "figures"} for r in results)


@pytest.mark.parametrize(
    ("bad_line", "expected"),
    [
        ("{not json", "line 2: not valid JSON"),
        ('["a list"]', "line 2: expected a JSON object"),
        ('{"id": "x"}', 'line 2: expected a JSON object with a string "text"'),
        ('{"text": "Dalvik.", "date": "14 Feb"}', "line 2"),
    ],
)
def test_extract_cases_names_the_bad_line(bad_line: str, expected: str) -> None:
    lines = [json.dumps({"text": "The Velmora Herald reported rain."}), bad_line]
    with pytest.raises(InputError, match=expected):
        list(service.extract_cases(lines))


def test_export_rows_cover_every_record_with_its_document(ledger: Ledger) -> None:
    with Store.open(f"sqlite:///{ledger.db}") as store:
        rows = list(service.export_rows(store))

    assert [r["record"] for r in rows] == ["allegation", "allegation", "figure", "limitation"]
    assert all(r["document"]["id"] == ledger.source.id for r in rows)
    for row in rows:
        start, end = row["evidence"]["start"], row["evidence"]["end"]
        assert ledger.source.text[start:end] == row["evidence"]["text"]


def test_csv_row_flattens_to_the_fixed_columns(ledger: Ledger) -> None:
    with Store.open(f"sqlite:///{ledger.db}") as store:
        rows = [service.csv_row(r) for r in service.export_rows(store)]

    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=service.EXPORT_COLUMNS)
    writer.writeheader()
    writer.writerows(rows)
    parsed = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert parsed[0]["categories"] == "crimes_against_humanity"
    assert parsed[0]["acts"] == "torture"
    assert parsed[1]["stance"] == "denies"
    assert parsed[2]["value"] == "312" and parsed[2]["category"] == "killed"
    assert parsed[3]["about"] == "who fired the shells"
