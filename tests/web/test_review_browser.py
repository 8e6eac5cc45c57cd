"""Reviewing in a real browser: open a document, click a record, sign in with a token, decide, read the audit log."""

from __future__ import annotations

import re
from typing import Any

import httpx
from conftest import Served
from playwright.sync_api import expect


def test_review_records_with_a_token_and_see_the_audit_entries(served: Served, page: Any) -> None:
    found = httpx.get(f"{served.url}/api/documents/{served.review_id}/records").json()
    assert [a["record"]["stance"] for a in found["allegations"]].count("denies") == 1 and found["limitations"], (
        f"the extractor should find one denial and a limitation in REVIEW_NOTE; it found {found}")
    page.goto(f"{served.url}/documents/{served.review_id}")
    limitation = page.locator("li.reviewed:has(a.record.k-limitation)")
    denial = page.locator("li.reviewed:has(a.record.k-denial)")
    expect(limitation).to_have_count(1)
    expect(denial).to_have_count(1)

    link = limitation.locator("a.record")  # clicking a record still takes you to its evidence
    link.click()
    expect(page.locator(f"#span-{link.get_attribute('data-span')}")).to_be_focused()
    expect(limitation.locator(".status")).to_have_text("machine")
    expect(page.locator("button.accept")).to_have_count(0)  # no controls before signing in

    page.fill("form.signin input[name=token]", "cf_not-a-token")
    page.click("form.signin button")
    expect(page.locator("#reviewer .error")).to_contain_text("not valid")
    page.fill("form.signin input[name=token]", served.token)
    page.click("form.signin button")
    expect(page.locator("#reviewer .reviewer-name")).to_have_text("web-tests")

    denial.locator("button.accept").click()
    expect(denial.locator(".status")).to_have_text("accepted")
    expect(denial.locator(".reviewed-by")).to_have_text("by web-tests")
    assert re.search(r"#record-allegation-\d+$", page.url)

    limitation.locator("details.correct summary").click()
    limitation.locator("input[name=about]").fill("who ordered the night raids")
    limitation.locator("input[name=note]").fill("<script>window.pwned=3</script> wording")
    limitation.locator("form.correct-form button").click()
    expect(limitation.locator(".status")).to_have_text("corrected")
    expect(limitation.locator("a.record")).to_contain_text("who ordered the night raids")
    limitation.locator("details.machine summary").click()
    expect(limitation.locator("details.machine")).to_contain_text("who ordered the raids")  # the machine's reading

    page.click("header nav a[href='/audit']")
    latest, earlier = page.locator("#audit tr.entry").nth(0), page.locator("#audit tr.entry").nth(1)
    expect(latest).to_contain_text("web-tests")
    expect(latest.locator("td").nth(2)).to_have_text("correct")
    expect(latest).to_contain_text("who ordered the raids → who ordered the night raids")
    expect(latest).to_contain_text("<script>window.pwned=3</script> wording")  # shown as text, never run
    expect(earlier.locator("td").nth(2)).to_have_text("accept")
    expect(earlier).to_contain_text("machine → accepted")
    assert page.evaluate("typeof window.pwned") == "undefined"

    latest.locator("a", has_text="limitation #").click()  # back to the record on its document page
    expect(page).to_have_url(re.compile(rf"/documents/{served.review_id}#record-limitation-\d+$"))

    page.click("form.signout button")
    expect(page.locator("form.signin")).to_be_visible()
    expect(page.locator("button.accept")).to_have_count(0)
