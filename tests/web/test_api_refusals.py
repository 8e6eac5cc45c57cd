"""What the server refuses, and what it keeps out of its log.

- A write token's secret never reaches the server's log, whether the write fails or succeeds.
  The server (``writable`` in conftest) runs as a subprocess with its output captured unbuffered
  in a file (``--log-level info``: one line per request), as an operator would capture it; the
  test writes through the API and the sign-in form with a wrong secret and with the valid one,
  then reads that file.
- An upload over the size limit is a 413 also when it is streamed (chunked, no Content-Length),
  where only counting the bytes as they arrive can stop it.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Iterator

import httpx
from conftest import MAX_BYTES, Writable, csrf_of


def _log_after(writable: Writable, *needed: str) -> str:
    """The server's log once every line in ``needed`` is in it (access lines are written as requests end)."""
    deadline = time.monotonic() + 10
    while True:
        text = writable.log.read_text(encoding="utf-8", errors="replace")
        if all(n in text for n in needed) or time.monotonic() > deadline:
            return text
        time.sleep(0.1)


def test_no_token_secret_in_the_log_after_failed_and_successful_writes(writable: Writable) -> None:
    wrong = f"cf_{secrets.token_urlsafe(32)}"  # shaped like a real secret, but not one
    with httpx.Client(base_url=writable.url, timeout=60) as client:
        records = client.get(f"/api/documents/{writable.review_id}/records")
        assert records.status_code == 200, records.text
        figure = records.json()["figures"][0]
        review = f"/api/figures/{figure['id']}/review"
        note = {"files": ("secret-note.txt", b"Civic Watch International accused the Republic of Varnia of torture.\n")}

        bad, good = {"Authorization": f"Bearer {wrong}"}, {"Authorization": f"Bearer {writable.token}"}

        assert client.post(review, json={"action": "accept"}).status_code == 401
        assert client.post(review, json={"action": "accept"}, headers=bad).status_code == 403
        assert client.post("/api/documents", files=note, headers=bad).status_code == 403
        assert client.post(review, json={"action": "approve"}, headers=good).status_code == 422  # fails, valid secret
        accepted = client.post(review, json={"action": "accept", "note": "checked"}, headers=good)
        assert accepted.status_code == 200 and accepted.json()["reviewed_by"] == "writer"
        stored = client.post("/api/documents", files=note, headers=good)
        assert stored.status_code == 200 and stored.json()["outcomes"][0]["status"] in ("stored", "known")

        page = client.get(f"/documents/{writable.review_id}")  # the web sign-in form: secret in a form field
        csrf = csrf_of(page)
        refused = client.post("/session", data={"token": wrong, "csrf_token": csrf, "next": "/"})
        signed_in = client.post("/session", data={"token": writable.token, "csrf_token": csrf, "next": "/"})
        assert (refused.status_code, signed_in.status_code) == (303, 303)

    log = _log_after(writable, f'"POST {review} HTTP/1.1" 200', '"POST /api/documents HTTP/1.1" 200',
                     '"POST /session HTTP/1.1" 303')
    assert f'"POST {review} HTTP/1.1" 401' in log and f'"POST {review} HTTP/1.1" 403' in log  # the log is captured
    assert writable.token not in log
    assert wrong not in log
    assert writable.token[3:15] not in log and wrong[3:15] not in log  # nor a recognisable piece of either


def _chunked_upload(size: int) -> Iterator[bytes]:
    """A multipart body of one ``size``-byte file, sent in chunks (httpx then sends no Content-Length)."""
    yield b'--cut\r\nContent-Disposition: form-data; name="files"; filename="big.txt"\r\nContent-Type: text/plain\r\n\r\n'
    for _ in range(size // 8192):
        yield b"a" * 8192
    yield b"\r\n--cut--\r\n"


def test_a_streamed_upload_over_the_limit_gets_a_413(writable: Writable) -> None:
    headers = {"Authorization": f"Bearer {writable.token}", "Content-Type": "multipart/form-data; boundary=cut"}
    with httpx.Client(base_url=writable.url, timeout=60) as client:
        before = client.get("/api/counts").json()["documents"]
        api = client.post("/api/documents", content=_chunked_upload(2 * MAX_BYTES), headers=headers)
        assert "content-length" not in api.request.headers  # it was streamed
        assert api.status_code == 413 and str(MAX_BYTES) in api.json()["detail"]
        assert api.headers["x-content-type-options"] == "nosniff"
        page = client.post("/upload", content=_chunked_upload(2 * MAX_BYTES), headers=headers)
        assert page.status_code == 413 and "Too large" in page.text
        assert client.get("/api/counts").json()["documents"] == before
        small = client.post("/api/documents", content=_chunked_upload(16384), headers=headers)
        assert small.status_code == 200 and small.json()["outcomes"][0]["filename"] == "big.txt"  # streaming works
