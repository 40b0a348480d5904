"""Every exception the package defines is importable from `blnk_client`; errors name their status
`status_code` (as httpx and RawResponse do), with `status` kept as a deprecated alias."""

from __future__ import annotations

import importlib
import importlib.util
import pickle
import pkgutil
import warnings

import httpx
import pytest

import blnk_client
from blnk_client import APIResponseValidationError, APIStatusError, NotFoundError
from blnk_client._error_response import error_from_response


def _defined_exceptions() -> dict[str, type[BaseException]]:
    """Every exception class defined in any module of the package, by name (imports every module)."""
    found: dict[str, type[BaseException]] = {}
    modules = pkgutil.walk_packages(blnk_client.__path__, prefix="blnk_client.")
    for name in ["blnk_client", *(module.name for module in modules)]:
        module = importlib.import_module(name)
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ == name:
                assert found.setdefault(value.__name__, value) is value, f"two exceptions named {value.__name__}"
    return found


def test_every_exception_of_the_package_is_exported() -> None:
    defined = _defined_exceptions()
    assert {"BlnkError", "WebhookVerificationError", "UnknownWebhookEvent", "TransactionWaitTimeout"} <= set(defined)
    assert len(defined) >= 24
    for name, cls in defined.items():
        assert getattr(blnk_client, name, None) is cls, f"blnk_client.{name} is not {cls.__module__}.{name}"
        assert name in blnk_client.__all__, name
        assert issubclass(cls, blnk_client.BlnkError), f"{name} is not a BlnkError"


def test_the_modules_that_raise_them_still_export_their_own() -> None:
    from blnk_client import waiting, webhooks

    assert webhooks.UnknownWebhookEvent is blnk_client.UnknownWebhookEvent
    assert webhooks.WebhookVerificationError is blnk_client.WebhookVerificationError
    assert webhooks.InexactWebhookEvent is blnk_client.InexactWebhookEvent
    assert waiting.TransactionWaitTimeout is blnk_client.TransactionWaitTimeout


def test_there_is_one_error_module() -> None:
    assert importlib.util.find_spec("blnk_client.errors") is None  # no shim, nor the generator's UnexpectedStatus


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
