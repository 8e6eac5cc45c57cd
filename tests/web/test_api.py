"""The JSON API through the real server: responses checked against its own /openapi.json."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import MAX_BYTES, Served, csrf_of
from jsonschema import Draft202012Validator


@pytest.fixture(scope="module")
def spec(served: Served) -> dict[str, Any]:
    response = httpx.get(f"{served.url}/openapi.json")
    assert response.status_code == 200
    return response.json()


def conforms(spec: dict[str, Any], path: str, method: str, response: httpx.Response) -> Any:
    """``response`` has a status the spec lists for ``path`` and a body valid against its schema."""
    responses = spec["paths"][path][method]["responses"]
    assert str(response.status_code) in responses, (path, response.status_code, response.text)
    schema = responses[str(response.status_code)]["content"]["application/json"]["schema"]
    body = response.json()
    Draft202012Validator({**schema, "components": spec["components"]}).validate(body)
    return body


READS = [
    ("/api/documents", "/api/documents"),
    ("/api/actors", "/api/actors"),
    ("/api/allegations?stance=asserts&limit=5", "/api/allegations"),
    ("/api/claims", "/api/claims"),
    ("/api/positions", "/api/positions"),
    ("/api/figures?category=killed", "/api/figures"),
    ("/api/figures/checks", "/api/figures/checks"),
    ("/api/search?q=Dalvik", "/api/search"),
    ("/api/counts", "/api/counts"),
]


@pytest.mark.parametrize(("url", "path"), READS)
def test_reads_match_the_openapi_spec(served: Served, spec: dict[str, Any], url: str, path: str) -> None:
    conforms(spec, path, "get", httpx.get(served.url + url))


def test_lists_are_paginated_with_a_total(served: Served, spec: dict[str, Any]) -> None:
    first = conforms(spec, "/api/allegations", "get", httpx.get(f"{served.url}/api/allegations?limit=1"))
    second = conforms(spec, "/api/allegations", "get", httpx.get(f"{served.url}/api/allegations?limit=1&offset=1"))
    assert first["total"] == second["total"] >= 2
    assert (first["limit"], first["offset"], len(first["items"])) == (1, 0, 1)
    assert first["items"] != second["items"]
    assert httpx.get(f"{served.url}/api/allegations?limit=0").status_code == 422


def test_search_says_whether_it_ranked_every_match(served: Served, spec: dict[str, Any]) -> None:
    found = conforms(spec, "/api/search", "get", httpx.get(f"{served.url}/api/search", params={"q": "Dalvik"}))
    assert found["capped"] is False and found["total"] == len(found["items"]) >= 1
    schema = spec["components"]["schemas"]["SearchPage"]
    assert "capped" in schema["required"] and "ranked" in schema["properties"]["capped"]["description"]


def test_allegation_filters_are_the_clis(served: Served) -> None:
    denials = httpx.get(f"{served.url}/api/allegations", params={"stance": "denies"}).json()["items"]
    assert denials and all(a["stance"] == "denies" for a in denials)
    mine = httpx.get(f"{served.url}/api/allegations", params={"speaker": "civic watch"}).json()["items"]
    assert {a["speaker"] for a in mine} == {"Civic Watch International"}
    bad = httpx.get(f"{served.url}/api/allegations", params={"category": "parking"})
    assert bad.status_code == 400 and "parking" in bad.json()["detail"]


def test_a_document_its_records_and_its_text_with_spans(served: Served, spec: dict[str, Any]) -> None:
    doc = conforms(spec, "/api/documents/{document_id}", "get", httpx.get(f"{served.url}/api/documents/{served.report_id[:10]}"))
    assert doc["id"] == served.report_id and doc["allegations"] and doc["figures"] and doc["limitations"]
    text = conforms(spec, "/api/documents/{document_id}/text", "get",
                    httpx.get(f"{served.url}/api/documents/{served.report_id}/text"))
    assert {s["kind"] for s in text["spans"]} == {"allegation", "denial", "figure", "limitation"}
    for span in text["spans"]:  # every span cites the stored text exactly
        assert 0 <= span["start"] < span["end"] <= len(text["text"])
    missing = httpx.get(f"{served.url}/api/documents/abcdef0123")
    assert missing.status_code == 404
    conforms(spec, "/api/documents/{document_id}", "get", missing)


def test_an_actor_with_what_it_said_and_what_was_said_about_it(served: Served, spec: dict[str, Any]) -> None:
    olf = conforms(spec, "/api/actors/{name}", "get", httpx.get(f"{served.url}/api/actors/Ostrel Liberation Front"))
    assert olf["received"] and olf["denials"]
    assert httpx.get(f"{served.url}/api/actors/Nobody At All").status_code == 404


def test_upload_needs_a_bearer_token(served: Served, spec: dict[str, Any]) -> None:
    files = {"files": ("note.txt", b"The Republic of Varnia opened a bakery.\n", "text/plain")}
    anonymous = httpx.post(f"{served.url}/api/documents", files=files)
    assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"] == "Bearer"
    wrong = httpx.post(f"{served.url}/api/documents", files=files, headers={"Authorization": "Bearer cf_nope"})
    assert wrong.status_code == 403
    conforms(spec, "/api/documents", "post", wrong)


def test_upload_ingests_each_file_and_a_bad_one_fails_alone(served: Served, spec: dict[str, Any]) -> None:
    files = [
        ("files", ("empty.txt", b"", "text/plain")),
        ("files", ("ledger-note.md", b"Civic Watch International accused the Republic of Varnia of torture.\n", "text/markdown")),
    ]
    response = httpx.post(f"{served.url}/api/documents", files=files,
                          headers={"Authorization": f"Bearer {served.token}"}, timeout=60)
    body = conforms(spec, "/api/documents", "post", response)
    empty, note = body["outcomes"]
    assert empty["status"] == "failed" and empty["error"] and "/tmp" not in empty["error"]
    assert note["status"] == "stored" and note["filename"] == "ledger-note.md"
    listed = httpx.get(f"{served.url}/api/documents", params={"limit": 500}).json()["items"]
    assert any(d["id"] == note["document_id"] and d["origin"] == "upload:ledger-note.md" for d in listed)


def test_uploads_over_the_size_limit_get_a_clear_413(served: Served) -> None:
    big = {"files": ("big.txt", b"a" * (MAX_BYTES + 100_000), "text/plain")}
    response = httpx.post(f"{served.url}/api/documents", files=big, headers={"Authorization": f"Bearer {served.token}"})
    assert response.status_code == 413 and str(MAX_BYTES) in response.json()["detail"]
    just_over = {"files": ("big.txt", b"a" * (MAX_BYTES + 10), "text/plain")}
    response = httpx.post(f"{served.url}/api/documents", files=just_over,
                          headers={"Authorization": f"Bearer {served.token}"})
    assert response.status_code == 413 and "limit" in response.json()["detail"]


def test_pages_are_escaped_and_sent_with_a_strict_csp(served: Served) -> None:
    response = httpx.get(f"{served.url}/documents/{served.xss_id}")
    assert response.status_code == 200
    assert "<script>window.pwned" not in response.text
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_html_upload_without_the_csrf_cookie_is_refused(served: Served) -> None:
    files = {"files": ("x.txt", b"Varnia.\n", "text/plain")}
    response = httpx.post(f"{served.url}/upload", files=files, data={"token": served.token, "csrf_token": "forged.sig"})
    assert response.status_code == 403


# --- review ------------------------------------------------------------------------------


def _records(served: Served, spec: dict[str, Any]) -> dict[str, Any]:
    response = httpx.get(f"{served.url}/api/documents/{served.review_id[:10]}/records")
    return conforms(spec, "/api/documents/{document_id}/records", "get", response)


def test_review_needs_a_bearer_token_and_a_valid_body(served: Served, spec: dict[str, Any]) -> None:
    figure = _records(served, spec)["figures"][0]
    path, url = "/api/figures/{record_id}/review", f"{served.url}/api/figures/{figure['id']}/review"
    anonymous = httpx.post(url, json={"action": "accept"})
    assert anonymous.status_code == 401 and anonymous.headers["www-authenticate"] == "Bearer"
    conforms(spec, path, "post", anonymous)
    wrong = httpx.post(url, json={"action": "accept"}, headers={"Authorization": "Bearer cf_not-a-token"})
    assert wrong.status_code == 403
    conforms(spec, path, "post", wrong)
    bearer = {"Authorization": f"Bearer {served.token}"}
    for body in ({"action": "approve"}, {"action": "correct", "fields": {"colour": "red"}},
                 {"action": "correct", "fields": {"category": "dead"}}, {"action": "correct", "fields": {"value": -1}}):
        invalid = httpx.post(url, json=body, headers=bearer)
        assert invalid.status_code == 422, body
        conforms(spec, path, "post", invalid)
    unchanged = httpx.post(url, json={"action": "correct", "fields": {"value": figure["record"]["value"]}}, headers=bearer)
    assert unchanged.status_code == 400 and "changes nothing" in conforms(spec, path, "post", unchanged)["detail"]
    missing = httpx.post(f"{served.url}/api/figures/999999/review", json={"action": "accept"}, headers=bearer)
    assert missing.status_code == 404
    conforms(spec, path, "post", missing)
    after = httpx.get(f"{served.url}/api/figures/{figure['id']}/history")
    assert conforms(spec, "/api/figures/{record_id}/history", "get", after) == []  # nothing refused was logged


def test_review_a_record_then_read_its_history_and_the_audit_log(served: Served, spec: dict[str, Any]) -> None:
    records = _records(served, spec)
    assert {r["status"] for group in ("allegations", "figures", "limitations") for r in records[group]} <= {
        "machine", "accepted", "rejected", "corrected"}
    figure, allegation = records["figures"][0], records["allegations"][0]
    bearer = {"Authorization": f"Bearer {served.token}"}

    corrected = httpx.post(
        f"{served.url}/api/figures/{figure['id']}/review", headers=bearer,
        json={"action": "correct", "fields": {"value": figure["record"]["value"] + 2, "qualifier": None},
              "note": "recounted from the clinic's list"},
    )
    body = conforms(spec, "/api/figures/{record_id}/review", "post", corrected)
    assert (body["status"], body["reviewed_by"], body["record"]["value"], body["record"]["qualifier"]) == (
        "corrected", "web-tests", figure["record"]["value"] + 2, None)
    assert body["machine"]["value"] == figure["record"]["value"]
    one = conforms(spec, "/api/figures/{record_id}", "get", httpx.get(f"{served.url}/api/figures/{figure['id']}"))
    assert one == body

    rejected = httpx.post(f"{served.url}/api/allegations/{allegation['id']}/review", headers=bearer,
                          json={"action": "reject"})
    assert conforms(spec, "/api/allegations/{record_id}/review", "post", rejected)["status"] == "rejected"
    ledger = httpx.get(f"{served.url}/api/allegations", params={"document": served.review_id}).json()["items"]
    assert allegation["record"] not in ledger  # rejected records leave the ledger...
    again = _records(served, spec)["allegations"]
    assert [r["status"] for r in again if r["id"] == allegation["id"]] == ["rejected"]  # ...but stay reviewable

    history = conforms(spec, "/api/figures/{record_id}/history", "get",
                       httpx.get(f"{served.url}/api/figures/{figure['id']}/history"))
    assert [(e["action"], e["by"], e["note"]) for e in history] == [
        ("correct", "web-tests", "recounted from the clinic's list")]
    assert history[0]["before"]["values"]["value"] == figure["record"]["value"]
    assert history[0]["after"]["values"]["value"] == figure["record"]["value"] + 2

    logged = conforms(spec, "/api/audit", "get", httpx.get(f"{served.url}/api/audit",
                                                           params={"document": served.review_id, "limit": 500}))
    mine = {(e["kind"], e["record_id"], e["action"]) for e in logged["items"]}
    assert {("figure", figure["id"], "correct"), ("allegation", allegation["id"], "reject")} <= mine
    assert logged["total"] == len(logged["items"])
    first = conforms(spec, "/api/audit", "get", httpx.get(f"{served.url}/api/audit", params={"limit": 1}))
    assert len(first["items"]) == 1 and first["total"] >= 2
    assert httpx.get(f"{served.url}/api/audit", params={"kind": "opinion"}).status_code == 422
    missing = httpx.get(f"{served.url}/api/limitations/999999")
    assert missing.status_code == 404
    conforms(spec, "/api/limitations/{record_id}", "get", missing)


def test_review_forms_need_the_csrf_token_and_a_signed_in_reviewer(served: Served) -> None:
    with httpx.Client(base_url=served.url) as browser_like:
        page = browser_like.get(f"/documents/{served.review_id}")
        assert page.status_code == 200 and "casefile_review_csrf" in page.cookies
        csrf = csrf_of(page)
        figure = browser_like.get(f"/api/documents/{served.review_id}/records").json()["figures"][0]
        forged = browser_like.post(f"/review/figure/{figure['id']}", data={"action": "accept", "csrf_token": "forged.sig"})
        assert forged.status_code == 403
        anonymous = browser_like.post(f"/review/figure/{figure['id']}", data={"action": "accept", "csrf_token": csrf})
        assert anonymous.status_code == 401 and "sign in" in anonymous.text
        refused = browser_like.post("/session", data={"token": "cf_wrong", "csrf_token": csrf,
                                                      "next": f"/documents/{served.review_id}"})
        assert refused.status_code == 303 and refused.headers["location"].endswith("?signin=failed")
        assert "casefile_session" not in browser_like.cookies
        signed_in = browser_like.post("/session", data={"token": served.token, "csrf_token": csrf,
                                                        "next": "https://elsewhere.example/"})
        assert signed_in.status_code == 303 and signed_in.headers["location"] == "/"  # no open redirect
        cookie = signed_in.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie and served.token.lower() not in cookie
        assert "web-tests" in browser_like.get(f"/documents/{served.review_id}").text
