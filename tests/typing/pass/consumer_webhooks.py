"""A webhook receiver: construct_event returns a union that narrows on `event`."""

from __future__ import annotations

from typing import assert_type

from blnk_client.webhooks import UnknownWebhookEvent, construct_event


def on_webhook(body: bytes, headers: dict[str, str], secret: str) -> str:
    try:
        event = construct_event(body, headers, secret)
    except UnknownWebhookEvent as newer:
        return newer.event
    if event["event"] == "ledger.created":
        return event["data"]["ledger_id"]
    if event["event"] == "transaction.applied":
        amount = event["data"].get("precise_amount", 0)  # an optional key: the event may leave it out
        assert_type(amount, int)
        return event["data"]["reference"]
    return event["event"]
