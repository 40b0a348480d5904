"""Errors name their HTTP status `status_code`, as httpx and RawResponse do; `status`, the former
name, is a deprecated alias."""

from __future__ import annotations

import pickle
import warnings

import httpx
import pytest

from blnk_client import APIResponseValidationError, APIStatusError, NotFoundError
from blnk_client._error_response import error_from_response


def _not_found() -> APIStatusError:
    request = httpx.Request("GET", "http://127.0.0.1:1/ledgers/ldg_1")
    body = {"error": "x", "error_detail": {"code": "LGR_NOT_FOUND", "message": "ledger not found"}}
    return error_from_response(httpx.Response(404, json=body, request=request))


def test_errors_carry_status_code_and_warn_on_status() -> None:
    error = _not_found()
    unreadable = APIResponseValidationError("x", response=httpx.Response(200, content=b"{", request=error.request))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert (error.status_code, unreadable.status_code, str(error)) == (
            404,
            200,
            "404 LGR_NOT_FOUND: ledger not found",
        )
    for answered in (error, unreadable):
        with pytest.warns(DeprecationWarning, match="`status` is deprecated: read `status_code`") as caught:
            assert answered.status == answered.status_code
        assert caught[0].filename == __file__  # the warning points at the caller's line


def test_status_code_survives_pickling_and_old_pickles_read_as_status_code() -> None:
    error = _not_found()
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is NotFoundError and copy.status_code == 404 and "status" not in vars(copy)
    rebuild, (cls, args, state) = error.__reduce__()
    old_state = {("status" if key == "status_code" else key): value for key, value in state.items()}
    old = rebuild(cls, args, old_state)
    assert old.status_code == 404 and "status" not in vars(old)
