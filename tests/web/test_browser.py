"""The web UI in a real browser (Debian's Chromium through Playwright) against the real server."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from conftest import Served
from playwright.sync_api import expect


def test_home_shows_counts_and_recent_documents(served: Served, page: Any) -> None:
    page.goto(served.url + "/")
    expect(page.locator("#counts")).to_contain_text("documents")
    expect(page.locator("table.documents")).to_contain_text("varnia-report")


def test_document_highlights_spans_and_a_record_click_scrolls_to_its_span(served: Served, page: Any) -> None:
    page.goto(f"{served.url}/documents/{served.report_id}")
    text = page.locator("#doc-text")
    for kind in ("allegation", "denial", "figure", "limitation"):
        expect(text.locator(f"mark.k-{kind}").first).to_be_visible()
    denial_record = page.locator("a.record.k-denial").first
    span_id = denial_record.get_attribute("data-span")
    target = page.locator(f"#span-{span_id}")
    expect(target).not_to_be_in_viewport()  # the denial is far below the fold
    denial_record.click()
    expect(target).to_be_in_viewport()
    expect(target).to_be_focused()
    expect(target).to_have_class(re.compile(r"\bactive\b"))
    assert "denied" in target.inner_text()
    assert page.url.endswith(f"#span-{span_id}")


def test_actor_page_lists_allegations_received_and_denials(served: Served, page: Any) -> None:
    page.goto(f"{served.url}/actors/Ostrel%20Liberation%20Front")
    expect(page.locator("h1")).to_contain_text("Ostrel Liberation Front")
    expect(page.locator("main")).to_contain_text("Civic Watch International")
    expect(page.locator("main")).to_contain_text("Denials made (1)")


def test_upload_with_a_token_then_see_it_listed(served: Served, page: Any, tmp_path: Path) -> None:
    good = tmp_path / "varnia-bulletin.txt"
    good.write_text("Civic Watch International accused the Republic of Varnia of war crimes in Dalvik.\n")
    bad = tmp_path / "blank.txt"
    bad.write_text("")
    page.goto(served.url + "/upload")
    page.set_input_files("input[name=files]", [str(bad), str(good)])
    page.fill("input[name=token]", served.token)
    page.click("form.upload button")
    results = page.locator("#upload-results")
    expect(results.locator("tr.status-stored")).to_contain_text("varnia-bulletin.txt")
    expect(results.locator("tr.status-failed")).to_contain_text("blank.txt")
    page.goto(served.url + "/documents")
    expect(page.locator("table.documents")).to_contain_text("upload:varnia-bulletin.txt")


def test_upload_with_a_wrong_token_shows_an_error(served: Served, page: Any, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Varnia.\n")
    page.goto(served.url + "/upload")
    page.set_input_files("input[name=files]", str(note))
    page.fill("input[name=token]", "cf_not-a-token")
    page.click("form.upload button")
    expect(page.locator(".error")).to_contain_text("not valid")


def test_a_document_with_script_shows_the_text_and_runs_nothing(served: Served, page: Any) -> None:
    page.goto(f"{served.url}/documents/{served.xss_id}")
    expect(page.locator("#doc-text")).to_contain_text("<script>window.pwned=1</script>")
    expect(page.locator("#doc-text")).to_contain_text('<img src=x onerror="window.pwned=2">')
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_figures_and_search_pages(served: Served, page: Any) -> None:
    page.goto(served.url + "/figures")
    expect(page.locator("main")).to_contain_text("41")
    page.goto(served.url + "/search?q=Dalvik&stance=denies")
    expect(page.locator(f"ol.hits a[href=\"/documents/{served.report_id}\"]")).to_be_visible()
    expect(page.locator("table.allegations")).to_contain_text("Ostrel Liberation Front")
