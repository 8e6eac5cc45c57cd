"""The figures page and the analysis API over a ledger whose toll is reported in three documents.

The three fictional stories (and their fictional gazetteer) come from ``tests/test_analysis_groups.py``;
they are ingested in-process and served by a real ``casefile serve`` on 127.0.0.1.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import _free_port, _wait_until_up
from playwright.sync_api import expect

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_analysis_groups import ACTORS, STORIES, _toml  # noqa: E402

from casefile.service import ingest  # noqa: E402
from casefile.store import Store  # noqa: E402


@pytest.fixture(scope="module")
def tessin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a server over the three stories."""
    folder = tmp_path_factory.mktemp("tessin")
    actors = folder / "actors.toml"
    actors.write_text(_toml(ACTORS), encoding="utf-8")
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = folder / "tessin.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CASEFILE_ACTORS", str(actors))
        with Store.open(f"sqlite:///{db}") as store:
            assert len(ingest([str(folder / name) for name in STORIES], store=store).stored) == 3
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log = folder / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "casefile", "serve", "--host", "127.0.0.1", "--port", str(port), "--db", str(db)],
            stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "CASEFILE_ACTORS": str(actors)},
        )
    try:
        _wait_until_up(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_figures_page_shows_each_group_with_low_best_high_and_the_fall(tessin: str, page: Any) -> None:
    page.goto(tessin + "/figures")
    row = page.locator("#figure-groups tr.figure-group", has_text="Tessin")
    expect(row).to_have_count(1)
    expect(row.locator("td.low")).to_have_text("120")
    expect(row.locator("td.best")).to_contain_text("135")
    expect(row.locator("td.best")).to_contain_text("the latest report (2025-03-20)")
    expect(row.locator("td.high")).to_have_text("150")
    expect(row).to_contain_text("cumulative toll fell")
    expect(row).to_contain_text("150 (2025-02-14) → 135 (2025-03-20), same source")
    expect(row.locator("ul.values li")).to_have_count(3)
    expect(row.locator("ul.values")).to_contain_text("per Tessin Health Office")
    ranged = page.locator("#figure-ranges tbody tr")
    expect(ranged).to_have_count(1)
    expect(ranged.locator("td.best")).to_contain_text("50")
    expect(ranged.locator("td.low")).to_have_text("40")
    expect(ranged.locator("td.high")).to_have_text("60")


def test_api_gives_groups_ranges_and_merged_timelines(tessin: str) -> None:
    checks = httpx.get(tessin + "/api/figures/checks", timeout=10).json()
    (group,) = [g for g in checks["groups"] if g["category"] == "killed"]
    assert (group["low"], group["best"], group["high"], group["spread"]) == (120, 135, 150, 30)
    assert [f["later"] for f in group["falls"]] == [135]
    assert [(r["low"], r["best"], r["high"]) for r in checks["ranges"]] == [(40, 50, 60)]
    positions = httpx.get(tessin + "/api/positions", params={"speaker": "Marrow"}, timeout=10).json()
    (timeline,) = positions["items"]
    assert timeline["speaker"] == "Republic of Veloria"
    assert [s["speakers"] for s in timeline["steps"]] == [
        ["Velorian Ministry of Defence"], ["Republic of Veloria"], ["Idris Marrow"],
    ]
