"""Revoking write tokens, paging the document list in SQL, and review bodies with null fields.

A server of its own (``casefile serve`` on 127.0.0.1 over a temporary SQLite ledger of
the three fictional documents), since these tests revoke tokens; the CLI runs as a
subprocess against the same database while the server is up.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from conftest import csrf_of, fill_ledger, serving

from casefile.store import Store


@dataclass(frozen=True)
class Server:
    url: str
    db: Path
    token: str
    review_id: str
    actors: str


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, fictional_actor_files: str) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("revocation")
    db = folder / "r.db"
    (_, _, review), token = fill_ledger(db, folder, actors=fictional_actor_files, token_name="keeper")
    with serving(db, folder / "serve.log", actors=fictional_actor_files) as url:
        yield Server(url, db, token, str(review.document_id), fictional_actor_files)


def cli(server: Server, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEFILE_ACTORS": server.actors}
    return subprocess.run([sys.executable, "-m", "casefile", *args, "--db", str(server.db)],
                          check=False, capture_output=True, text=True, env=env, timeout=120)


def new_token(server: Server, name: str) -> str:
    with Store.open(f"sqlite:///{server.db}") as store:
        return store.create_token(name)


def first_figure(client: httpx.Client, server: Server) -> dict[str, Any]:
    return client.get(f"/api/documents/{server.review_id}/records").json()["figures"][0]


SIGNED_IN = '<strong class="reviewer-name">temp reviewer</strong>'


# --- tokens ------------------------------------------------------------------------------


def test_revoking_a_token_ends_its_api_writes_and_its_web_sessions(server: Server) -> None:
    secret = new_token(server, "temp reviewer")
    with httpx.Client(base_url=server.url, timeout=60) as browser_like:
        csrf = csrf_of(browser_like.get(f"/documents/{server.review_id}"))
        signed_in = browser_like.post("/session", data={"token": secret, "csrf_token": csrf, "next": "/"})
        assert signed_in.status_code == 303 and "casefile_session" in browser_like.cookies
        assert SIGNED_IN in browser_like.get(f"/documents/{server.review_id}").text
        figure = first_figure(browser_like, server)
        form = f"/review/figure/{figure['id']}"
        assert browser_like.post(form, data={"action": "accept", "csrf_token": csrf}).status_code == 303
        bearer = {"Authorization": f"Bearer {secret}"}
        api = f"/api/figures/{figure['id']}/review"
        assert browser_like.post(api, json={"action": "accept"}, headers=bearer).status_code == 200

        listed = cli(server, "token", "list")
        assert listed.returncode == 0 and "temp reviewer" in listed.stdout and "keeper" in listed.stdout
        assert secret not in listed.stdout + listed.stderr and server.token not in listed.stdout
        revoked = cli(server, "token", "revoke", "temp reviewer")
        assert revoked.returncode == 0, revoked.stderr

        assert browser_like.post(api, json={"action": "accept"}, headers=bearer).status_code == 403
        refused = browser_like.post(form, data={"action": "reject", "csrf_token": csrf})
        assert refused.status_code == 401 and "sign in" in refused.text
        assert SIGNED_IN not in browser_like.get(f"/documents/{server.review_id}").text
        history = browser_like.get(f"/api/figures/{figure['id']}/history").json()
        assert [(h["by"], h["action"]) for h in history] == [("temp reviewer", "accept")] * 2  # the reject never landed

        time.sleep(2.1)  # a new token of the same name, made after the session began, is another token
        new_token(server, "temp reviewer")
        assert browser_like.post(form, data={"action": "reject", "csrf_token": csrf}).status_code == 401

    other = httpx.post(f"{server.url}/api/figures/{figure['id']}/review", json={"action": "accept"},
                       headers={"Authorization": f"Bearer {server.token}"})
    assert other.status_code == 200  # revoking one token leaves the others working


def test_revoking_an_unknown_token_says_so(server: Server) -> None:
    missing = cli(server, "token", "revoke", "nobody")
    assert missing.returncode == 4 and "no token named 'nobody'" in missing.stderr and "Traceback" not in missing.stderr


# --- the document list pages in SQL ------------------------------------------------------


def test_document_pages_cover_the_ledger_once(server: Server) -> None:
    with httpx.Client(base_url=server.url) as client:
        total = client.get("/api/counts").json()["documents"]
        pages = [client.get("/api/documents", params={"limit": 2, "offset": offset}).json()
                 for offset in range(0, total + 2, 2)]
        assert {p["total"] for p in pages} == {total} and total >= 3
        ids = [item["id"] for p in pages for item in p["items"]]
        assert len(ids) == len(set(ids)) == total and pages[-1]["items"] == []
        assert ids == [item["id"] for item in client.get("/api/documents", params={"limit": 500}).json()["items"]]

        web = client.get("/documents", params={"offset": total - 1})
        assert web.status_code == 200 and f"({total})" in web.text
        assert web.text.count('<a href="/documents/') == 1  # only the last document on this page
        assert f'href="/documents/{ids[-1]}"' in web.text
        assert "newer" in web.text and "older" not in web.text
        assert client.get("/documents", params={"offset": 10**12}).status_code == 422  # not a server error


# --- review bodies: null only where a record may be empty --------------------------------


@pytest.mark.parametrize(("kind", "field"), [
    ("figures", "value"), ("figures", "what"), ("figures", "category"),
    ("allegations", "speaker"), ("allegations", "categories"), ("allegations", "stance"), ("allegations", "hedged"),
    ("limitations", "about"),
])
def test_a_null_for_a_field_every_record_has_is_a_422_naming_it(server: Server, kind: str, field: str) -> None:
    records = httpx.get(f"{server.url}/api/documents/{server.review_id}/records").json()
    record = records[kind][0] if records[kind] else None
    record_id = record["id"] if record else 1
    response = httpx.post(f"{server.url}/api/{kind}/{record_id}/review",
                          json={"action": "correct", "fields": {field: None}},
                          headers={"Authorization": f"Bearer {server.token}"})
    assert response.status_code == 422, response.text
    assert [e["loc"] for e in response.json()["detail"]] == [["body", "fields", field]]


def test_the_openapi_schema_says_which_fields_may_be_null(server: Server) -> None:
    schemas = httpx.get(f"{server.url}/openapi.json").json()["components"]["schemas"]
    figure = schemas["FigureFields"]["properties"]
    assert figure["value"] == {"type": "integer", "minimum": 0, "title": "Value"}  # no null, no default
    assert {"type": "null"} in figure["low"]["anyOf"] and {"type": "null"} in figure["attributed_to"]["anyOf"]
    allegation = schemas["AllegationFields"]["properties"]
    assert all("anyOf" not in allegation[f] and "default" not in allegation[f]
               for f in ("speaker", "accused", "categories", "acts", "stance", "hedged", "certainty"))
    assert {"type": "null"} in allegation["responsibility"]["anyOf"]
    assert not schemas["FigureFields"].get("required")  # every field may still be left out


def test_clearing_an_optional_field_with_null_works(server: Server) -> None:
    headers = {"Authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.url) as client:
        figure = first_figure(client, server)
        url = f"/api/figures/{figure['id']}/review"
        set_first = client.post(url, json={"action": "correct", "fields": {"qualifier": "about"}}, headers=headers)
        assert set_first.status_code == 200 and set_first.json()["record"]["qualifier"] == "about"
        cleared = client.post(url, json={"action": "correct", "fields": {"qualifier": None}}, headers=headers)
        assert cleared.status_code == 200, cleared.text
        assert cleared.json()["record"]["qualifier"] is None and cleared.json()["status"] == "corrected"


# --- an actor's parts ---------------------------------------------------------------------


def test_an_actor_page_links_its_parts_and_its_whole(server: Server) -> None:
    note = (b"date 2025-06-01\nThe Varnian Ministry of Defence denied that its forces shelled Korvel, "
            b"Varnia's foreign ministry said.\n")
    with httpx.Client(base_url=server.url, timeout=120) as client:
        uploaded = client.post("/api/documents", files={"files": ("organs.txt", note)},
                               headers={"Authorization": f"Bearer {server.token}"})
        assert uploaded.status_code == 200 and uploaded.json()["outcomes"][0]["status"] == "stored", uploaded.text
        actors = client.get("/api/actors", params={"limit": 500}).json()["items"]
        organs = [a for a in actors if a["part_of"]]
        assert organs, "the fixture ledger names no organ of a state or organisation"
        organ = organs[0]
        whole = client.get(f"/api/actors/{organ['part_of']}")
        assert whole.status_code == 200 and organ["name"] in whole.json()["parts"]
        assert all(a["part_of"] == organ["part_of"] for a in actors if a["name"] in whole.json()["parts"])
        page = client.get(f"/actors/{organ['part_of']}").text
        assert f'href="/actors/{quote(organ["name"])}"' in page
        assert f'Part of <a href="/actors/{quote(organ["part_of"])}"' in client.get(f"/actors/{organ['name']}").text


# --- upload with visible progress (Chromium) ----------------------------------------------


def test_upload_shows_each_file_as_it_is_ingested_with_progress(server: Server, page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    files = {
        "stray.txt": b"\x00\x01\x02binary\x00" * 20,
        "korvel-bulletin.txt": b"Civic Watch International accused the Kingdom of Zemaryn of war crimes in Korvel.\n",
        "empty.txt": b"",
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    page.goto(server.url + "/upload")
    page.evaluate("window.sameDocument = true")  # gone if the form posted and the page reloaded
    page.set_input_files("input[name=files]", [str(tmp_path / name) for name in files])
    page.fill("input[name=token]", server.token)
    page.click("form.upload button")

    expect(page.locator("#upload-progress-label")).to_contain_text("3 of 3 files sent")
    assert page.evaluate("window.sameDocument") is True
    assert page.eval_on_selector("#upload-progress", "bar => [bar.value, bar.max]") == [3, 3]
    rows = page.locator("#upload-results tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_have_class("outcome status-failed")
    expect(rows.nth(0)).to_contain_text("stray.txt")
    assert page.locator("#upload-results tbody tr").nth(0).locator("td").nth(3).inner_text().strip()  # its error
    expect(rows.nth(1)).to_have_class("outcome status-stored")
    expect(rows.nth(1).locator("a")).to_have_attribute("href", re.compile(r"^/documents/[0-9a-f]{64}$"))
    expect(rows.nth(2)).to_have_class("outcome status-failed")
    expect(rows.nth(2)).to_contain_text("empty")


def test_upload_with_a_wrong_token_stops_and_says_so(server: Server, page: Any, tmp_path: Path) -> None:
    from playwright.sync_api import expect

    note = tmp_path / "note.txt"
    note.write_text("The Kingdom of Zemaryn accused Varnia of war crimes.\n")
    before = httpx.get(f"{server.url}/api/counts").json()["documents"]
    page.goto(server.url + "/upload")
    page.set_input_files("input[name=files]", str(note))
    page.fill("input[name=token]", "cf_not-a-token")
    page.click("form.upload button")
    expect(page.locator("p.error[role=alert]")).to_contain_text("not valid")
    expect(page.locator("#upload-results tbody tr")).to_have_class("outcome status-failed")
    assert httpx.get(f"{server.url}/api/counts").json()["documents"] == before
