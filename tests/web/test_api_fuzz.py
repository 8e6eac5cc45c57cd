"""Schemathesis over the server's own ``/openapi.json``, against a real ``casefile serve`` on 127.0.0.1.

Every operation gets generated requests, valid and invalid (a bounded number per operation and
phase): no server error (5xx), every status code documented, every body valid against its schema.
Reads get all of schemathesis's checks (valid input accepted, invalid input refused, ``Allow`` on
405...). Writes are sent three ways: with no token (401), with a wrong token, made up by
schemathesis (403), and with a valid token, on a server of its own (``writable``) so the ledger
the other web tests read is not changed. A valid write may still get a documented 400 for a rule
the schema cannot state (``fields`` only with ``correct``, a correction that changes nothing), so
writes are held to the conformance checks, not to "valid input is accepted".
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import schemathesis
from conftest import Served, Writable
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from casefile.api import create_app
from casefile.store import Store

# Generated cases per operation (fuzzing phase; the examples and coverage phases add their own):
# small enough for a minute on 2 cores; CASEFILE_FUZZ_EXAMPLES=200 for a deeper run.
EXAMPLES = int(os.environ.get("CASEFILE_FUZZ_EXAMPLES", "8"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck),
                database=None)
CONFORMANCE = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def _own_spec() -> dict[str, Any]:
    """The app's OpenAPI document, made in-process at collection time (one pytest item per operation)."""
    with Store.open("sqlite://") as store:
        return create_app(store).openapi()


SPEC = _own_spec()
schema = schemathesis.openapi.from_dict(SPEC)


def test_the_server_serves_the_spec_fuzzed_here(served: Served) -> None:
    served_spec = httpx.get(f"{served.url}/openapi.json").json()
    assert served_spec == SPEC
    assert {p for p in SPEC["paths"] if p.startswith("/api/")} == set(SPEC["paths"])  # nothing outside is fuzzed


@schema.include(method="GET").parametrize()
@FUZZ
def test_reads_answer_every_request_as_documented(case: Case, served: Served) -> None:
    case.call_and_validate(base_url=served.url)


def _with_token(case: Case, secret: str | None) -> dict[str, str]:
    """``case``'s headers with its generated ``Authorization`` replaced by ``secret`` (none: no header at all)."""
    headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
    case.headers = headers
    return headers if secret is None else {**headers, "Authorization": f"Bearer {secret}"}


def _generated_token(case: Case) -> str:
    """The bearer token schemathesis made up for ``case`` (random text), or a fixed wrong one if it made none."""
    sent = next((v for k, v in (case.headers or {}).items() if k.lower() == "authorization"), "")
    secret = sent.strip().removeprefix("Bearer").strip()
    return secret or "cf_wrong-token-0123456789"


def _expected_for_token(response: Any, valid: str | None) -> int | None:
    """401 if no bearer token went out, 403 if a wrong one did, None if ``valid`` did (judged from the wire).

    Some generated cases leave the header out on purpose (a missing-parameter scenario), so the
    expectation follows what was sent, not what the test asked for.
    """
    scheme, _, secret = str(response.request.headers.get("Authorization") or "").strip().partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        return 401
    return None if secret.strip() == valid else 403


def _body_unreadable(response: Any) -> bool:
    """A body that is not JSON or not multipart is refused before the token is looked at (400 or 422)."""
    if response.status_code == 400:
        return any(words in response.text.lower() for words in ("multipart", "parsing the body"))
    if response.status_code == 422:
        return any(e.get("type") == "json_invalid" for e in response.json()["detail"])
    return False


def _check_write(case: Case, response: Any, *, valid: str | None) -> None:
    case.validate_response(response, checks=CONFORMANCE)
    if case.method.upper() != case.operation.method.upper() or _body_unreadable(response):
        return  # an unsupported-method probe (405) or a body refused before authentication
    expected = _expected_for_token(response, valid)
    if expected is None:
        assert response.status_code not in (401, 403), (response.status_code, response.text)
    else:
        assert response.status_code == expected, (response.status_code, response.text)


@schema.include(method="POST").parametrize()
@FUZZ
def test_writes_without_a_token_are_refused(case: Case, served: Served) -> None:
    response = case.call(base_url=served.url, headers=_with_token(case, None))
    _check_write(case, response, valid=served.token)
    assert not 200 <= response.status_code < 300


@schema.include(method="POST").parametrize()
@FUZZ
def test_writes_with_a_wrong_token_are_forbidden(case: Case, served: Served) -> None:
    response = case.call(base_url=served.url, headers=_with_token(case, _generated_token(case)))
    _check_write(case, response, valid=served.token)
    assert not 200 <= response.status_code < 300


@schema.include(method="POST").parametrize()
@FUZZ
def test_writes_with_a_valid_token_answer_as_documented(case: Case, writable: Writable) -> None:
    response = case.call(base_url=writable.url, headers=_with_token(case, writable.token))
    _check_write(case, response, valid=writable.token)
