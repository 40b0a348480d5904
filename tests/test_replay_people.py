"""Identities (update, delete, lists, tokenization), accounts and metadata against recorded traffic
from a real Blnk server: each operation's success and errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from blnk_client import (
    AsyncBlnk,
    AuthenticationError,
    BadRequestError,
    Blnk,
    BlnkValidationError,
    ConflictError,
    InternalServerError,
    NotFoundError,
)
from blnk_client.models import (
    Account,
    AccountInclude,
    AccountPage,
    DetokenizedFields,
    Identity,
    IdentityPage,
    MetaData,
    TokenizableField,
)
from blnk_client.params import FilterConditionParams
from tests.support.cassettes import REPLAY_BASE_URL, Cassette

pytestmark = pytest.mark.cassette

MISSING_IDENTITY = "idt_00000000-0000-4000-8000-000000000000"
MISSING_ACCOUNT = "acc_00000000-0000-4000-8000-000000000000"
MISSING_BALANCE = "bln_00000000-0000-4000-8000-000000000000"
MISSING_LEDGER = "ldg_00000000-0000-4000-8000-000000000000"


def _meta(meta_data: MetaData | None) -> dict[str, Any] | None:
    return meta_data.to_dict() if isinstance(meta_data, MetaData) else None


@pytest.mark.cassette("test_people_identity_lifecycle")
def test_people_identity_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    surname = cassette.value("surname", "Hopper-")
    identity = blnk.identities.create(
        first_name="Grace",
        last_name=surname,
        email_address="grace@example.org",
        phone_number="+15550100",
        post_code="10001",
        meta_data={"tier": "gold", "source": "import"},
    )

    # Partial update: only the fields sent change; meta_data, when sent, replaces the stored object.
    updated = blnk.identities.update(identity.identity_id, city="Arlington", meta_data={"tier": "platinum"})
    assert updated.message == "Identity updated successfully"
    fetched = blnk.identities.get(identity.identity_id)
    assert (fetched.first_name, fetched.last_name, fetched.city) == ("Grace", surname, "Arlington")
    assert _meta(fetched.meta_data) == {"tier": "platinum"}

    everyone = blnk.identities.list()  # no filters: every identity, unpaginated
    assert everyone is not None and identity.identity_id in [row.identity_id for row in everyone]
    mine = blnk.identities.list(filters={"last_name_eq": surname})
    assert mine is not None and [row.identity_id for row in mine] == [identity.identity_id]

    page = blnk.identities.filter(
        filters=[{"field": "last_name", "operator": "eq", "value": surname}], include_count=True
    )
    assert isinstance(page, IdentityPage) and page.total_count == 1
    assert page.data is not None and page.data[0].identity_id == identity.identity_id
    nobody = blnk.identities.filter(filters=[{"field": "last_name", "operator": "eq", "value": f"{surname}-nobody"}])
    assert nobody == []  # the server writes a Go nil slice: null

    tokenized = blnk.identities.tokenize_field(identity.identity_id, TokenizableField.FIRSTNAME)
    assert tokenized.message == "Field tokenized successfully"
    several = blnk.identities.tokenize(
        identity.identity_id, fields=[TokenizableField.EMAILADDRESS, TokenizableField.PHONENUMBER]
    )
    assert several.message == "Fields tokenized successfully"

    masked = blnk.identities.get(identity.identity_id)
    assert masked.first_name != "Grace" and masked.email_address != "grace@example.org"
    assert _meta(masked.meta_data) == {
        "tier": "platinum",
        "tokenized_fields": {"FirstName": True, "EmailAddress": True, "PhoneNumber": True},
    }
    listed = blnk.identities.tokenized_fields(identity.identity_id)
    assert sorted(listed.tokenized_fields) == ["EmailAddress", "FirstName", "PhoneNumber"]

    one = blnk.identities.detokenize_field(identity.identity_id, "firstName")
    assert (one.field, one.value) == ("firstName", "Grace")
    named = blnk.identities.detokenize(identity.identity_id, fields=[TokenizableField.EMAILADDRESS])
    assert isinstance(named, DetokenizedFields) and named.fields.to_dict() == {"emailAddress": "grace@example.org"}
    every = blnk.identities.detokenize(identity.identity_id, fields=[])  # [] means every tokenized field
    assert every.fields.to_dict() == {
        "FirstName": "Grace",
        "EmailAddress": "grace@example.org",
        "PhoneNumber": "+15550100",
    }

    deleted = blnk.identities.delete(identity.identity_id)
    assert deleted.message == "Identity deleted successfully"
    with pytest.raises(NotFoundError) as gone:
        blnk.identities.get(identity.identity_id)
    assert gone.value.code == "IDT_NOT_FOUND"


@pytest.mark.cassette("test_people_identity_errors")
def test_people_identity_errors(blnk: Blnk) -> None:
    with pytest.raises(NotFoundError) as update_missing:
        blnk.identities.update(MISSING_IDENTITY, city="Nowhere")
    assert update_missing.value.code == "IDT_NOT_FOUND"

    identity = blnk.identities.create(first_name="Alan", last_name="Turing")
    with pytest.raises(BadRequestError) as nothing_to_write:  # checked before the identity is looked up
        blnk.identities.update(identity.identity_id)
    assert nothing_to_write.value.code == "GEN_BAD_REQUEST" and "No fields" in nothing_to_write.value.message

    with pytest.raises(NotFoundError) as delete_missing:
        blnk.identities.delete(MISSING_IDENTITY)
    assert delete_missing.value.code == "IDT_NOT_FOUND"

    with pytest.raises(BadRequestError) as bad_column:
        blnk.identities.list(filters={"colour_eq": "red"})
    assert bad_column.value.code == "GEN_BAD_REQUEST" and "colour" in bad_column.value.message

    with pytest.raises(BadRequestError) as bad_field:
        blnk.identities.filter(filters=[{"field": "colour", "operator": "eq", "value": "red"}])
    assert bad_field.value.code in {"GEN_BAD_REQUEST", "GEN_VALIDATION_ERROR"}

    blnk.identities.tokenize_field(identity.identity_id, TokenizableField.LASTNAME)
    with pytest.raises(ConflictError) as again:
        blnk.identities.tokenize_field(identity.identity_id, TokenizableField.LASTNAME)
    assert again.value.code == "IDT_FIELD_ALREADY_TOKENIZED"
    with pytest.raises(ConflictError) as again_in_a_list:  # not atomic: street is tokenized before lastName fails
        blnk.identities.tokenize(identity.identity_id, fields=[TokenizableField.STREET, TokenizableField.LASTNAME])
    assert again_in_a_list.value.code == "IDT_FIELD_ALREADY_TOKENIZED"
    assert sorted(blnk.identities.tokenized_fields(identity.identity_id).tokenized_fields) == ["LastName", "Street"]

    # The server answers 400 IDT_FIELD_NOT_TOKENIZABLE for first_name (it only upper-cases the first
    # letter: First_name) and IDT_FIELD_NOT_TOKENIZED for an unknown name; the client refuses both
    # before sending, as their type does.
    with pytest.raises(BlnkValidationError, match="'first_name' is not one of"):
        blnk.identities.tokenize_field(identity.identity_id, "first_name")  # type: ignore[arg-type]
    with pytest.raises(BlnkValidationError, match="'colour' is not one of"):
        blnk.identities.detokenize_field(identity.identity_id, "colour")  # type: ignore[arg-type]
    with pytest.raises(BadRequestError) as not_tokenized:
        blnk.identities.detokenize_field(identity.identity_id, "firstName")
    assert not_tokenized.value.code == "IDT_FIELD_NOT_TOKENIZED"
    with pytest.raises(BadRequestError) as not_tokenized_in_a_list:
        blnk.identities.detokenize(identity.identity_id, fields=[TokenizableField.FIRSTNAME])
    assert not_tokenized_in_a_list.value.code == "IDT_FIELD_NOT_TOKENIZED"

    with pytest.raises(NotFoundError) as tokenize_missing:
        blnk.identities.tokenize_field(MISSING_IDENTITY, TokenizableField.FIRSTNAME)
    assert tokenize_missing.value.code == "IDT_NOT_FOUND"
    with pytest.raises(NotFoundError) as tokenize_all_missing:
        blnk.identities.tokenize(MISSING_IDENTITY, fields=[TokenizableField.STREET])
    assert tokenize_all_missing.value.code == "IDT_NOT_FOUND"
    with pytest.raises(NotFoundError) as fields_of_missing:
        blnk.identities.tokenized_fields(MISSING_IDENTITY)
    assert fields_of_missing.value.code == "IDT_NOT_FOUND"
    with pytest.raises(NotFoundError) as detokenize_missing:
        blnk.identities.detokenize_field(MISSING_IDENTITY, "firstName")
    assert detokenize_missing.value.code == "IDT_NOT_FOUND"
    with pytest.raises(NotFoundError) as detokenize_all_missing:
        blnk.identities.detokenize(MISSING_IDENTITY, fields=[])
    assert detokenize_all_missing.value.code == "IDT_NOT_FOUND"


def _identity_pages(blnk: Blnk, surname: str) -> None:
    """Five identities, then every page of them: list_all by 2 (2 + 2 + 1) and filter_all by 3 (3 + 2)."""
    created = sorted(blnk.identities.create(first_name=f"P{n}", last_name=surname).identity_id for n in range(5))
    assert len(blnk.identities.list(limit=2, filters={"last_name_eq": surname})) == 2  # a filtered list pages
    listed = [row.identity_id for row in blnk.identities.list_all(limit=2, filters={"last_name_eq": surname})]
    assert sorted(listed) == created
    condition: FilterConditionParams = {"field": "last_name", "operator": "eq", "value": surname}
    assert len(blnk.identities.filter(filters=[condition], limit=3)) == 3
    filtered = [row.identity_id for row in blnk.identities.filter_all(filters=[condition], limit=3)]
    assert sorted(filtered) == created


@pytest.mark.cassette("test_people_identity_pages")
def test_people_identity_pages(blnk: Blnk, cassette: Cassette) -> None:
    _identity_pages(blnk, cassette.value("surname", "Paged-"))


def _account_pages(blnk: Blnk, bank: str, number: str) -> None:
    """Five accounts of one bank, then every page of them, as for identities."""
    ledger = blnk.ledgers.create(name=f"{bank}-ledger")
    identity = blnk.identities.create(first_name="Paged", last_name="Holder")
    balances = [
        blnk.balances.create(ledger_id=ledger.ledger_id, currency="NGN", identity_id=identity.identity_id)
        for _ in range(5)
    ]
    created = sorted(
        blnk.accounts.create(balance_id=b.balance_id, bank_name=bank, number=f"{number}{n}").account_id
        for n, b in enumerate(balances)
    )
    assert len(blnk.accounts.list(limit=2, filters={"bank_name_eq": bank})) == 2
    listed = [row.account_id for row in blnk.accounts.list_all(limit=2, filters={"bank_name_eq": bank})]
    assert sorted(listed) == created
    condition: FilterConditionParams = {"field": "bank_name", "operator": "eq", "value": bank}
    assert len(blnk.accounts.filter(filters=[condition], limit=3)) == 3
    filtered = [row.account_id for row in blnk.accounts.filter_all(filters=[condition], limit=3)]
    assert sorted(filtered) == created


@pytest.mark.cassette("test_people_account_pages")
def test_people_account_pages(blnk: Blnk, cassette: Cassette) -> None:
    _account_pages(blnk, cassette.value("bank", "paged-bank-"), cassette.value("number", "40"))


async def _rows(pages: AsyncIterator[Identity] | AsyncIterator[Account]) -> list[str]:
    return sorted([row.identity_id if isinstance(row, Identity) else row.account_id async for row in pages])


async def _identity_pages_async(blnk: AsyncBlnk, surname: str) -> None:
    created = sorted(
        [(await blnk.identities.create(first_name=f"P{n}", last_name=surname)).identity_id for n in range(5)]
    )
    await blnk.identities.list(limit=2, filters={"last_name_eq": surname})
    assert await _rows(blnk.identities.list_all(limit=2, filters={"last_name_eq": surname})) == created
    condition: FilterConditionParams = {"field": "last_name", "operator": "eq", "value": surname}
    await blnk.identities.filter(filters=[condition], limit=3)
    assert await _rows(blnk.identities.filter_all(filters=[condition], limit=3)) == created


async def _account_pages_async(blnk: AsyncBlnk, bank: str, number: str) -> None:
    ledger = await blnk.ledgers.create(name=f"{bank}-ledger")
    identity = await blnk.identities.create(first_name="Paged", last_name="Holder")
    balances = [
        await blnk.balances.create(ledger_id=ledger.ledger_id, currency="NGN", identity_id=identity.identity_id)
        for _ in range(5)
    ]
    created = sorted(
        [
            (await blnk.accounts.create(balance_id=b.balance_id, bank_name=bank, number=f"{number}{n}")).account_id
            for n, b in enumerate(balances)
        ]
    )
    await blnk.accounts.list(limit=2, filters={"bank_name_eq": bank})
    assert await _rows(blnk.accounts.list_all(limit=2, filters={"bank_name_eq": bank})) == created
    condition: FilterConditionParams = {"field": "bank_name", "operator": "eq", "value": bank}
    await blnk.accounts.filter(filters=[condition], limit=3)
    assert await _rows(blnk.accounts.filter_all(filters=[condition], limit=3)) == created


@pytest.mark.parametrize("name", ["test_people_identity_pages", "test_people_account_pages"])
def test_people_pages_async_replay_the_same_traffic(name: str) -> None:
    """AsyncBlnk's list_all / filter_all (async for) send exactly the pages the sync client sent."""
    cassette = Cassette(name, replay_only=True)

    async def scenario() -> None:
        async with AsyncBlnk(
            base_url=REPLAY_BASE_URL,
            api_key="replayed-key",
            max_retries=0,
            http_client=httpx.AsyncClient(transport=cassette),
        ) as blnk:
            values = cassette.values
            if "surname" in values:
                await _identity_pages_async(blnk, values["surname"])
            else:
                await _account_pages_async(blnk, values["bank"], values["number"])

    asyncio.run(scenario())
    cassette.finish()  # every recorded request was sent, in order


@pytest.mark.cassette("test_people_account_lifecycle")
def test_people_account_lifecycle(blnk: Blnk, cassette: Cassette) -> None:
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "accounts-"))
    identity = blnk.identities.create(first_name="Chijioke", last_name="Adeola")
    balance = blnk.balances.create(ledger_id=ledger.ledger_id, currency="NGN", identity_id=identity.identity_id)

    number = cassette.value("number", "30")
    account = blnk.accounts.create(
        balance_id=balance.balance_id, bank_name="Blnk Bank", number=number, meta_data={"purpose": "payouts"}
    )
    assert isinstance(account, Account) and account.account_id.startswith("acc_")
    # ledger, identity and currency come from the balance; the name from the balance's identity
    assert (account.ledger_id, account.identity_id, account.currency) == (ledger.ledger_id, identity.identity_id, "NGN")
    assert account.name == "Chijioke Adeola" and account.number == number
    assert account.ledger is None and account.balance is None and account.identity is None

    plain = blnk.accounts.get(account.account_id)
    assert plain.account_id == account.account_id and plain.ledger is None
    full = blnk.accounts.get(
        account.account_id, include=[AccountInclude.BALANCE, AccountInclude.IDENTITY, AccountInclude.LEDGER]
    )
    assert full.ledger is not None and full.ledger.ledger_id == ledger.ledger_id
    assert full.identity is not None and full.identity.identity_id == identity.identity_id
    assert full.balance is not None and full.balance.balance_id == balance.balance_id
    assert full.balance.inflight_balance is None and full.balance.balance == 0

    everyone = blnk.accounts.list()  # no filters: every account, and no balance/identity/ledger ids
    assert everyone is not None
    row = next(a for a in everyone if a.account_id == account.account_id)
    assert (row.balance_id, row.identity_id, row.ledger_id) == ("", "", "")
    mine = blnk.accounts.list(filters={"number_eq": number})
    assert mine is not None and [(a.account_id, a.balance_id) for a in mine] == [
        (account.account_id, balance.balance_id)
    ]

    page = blnk.accounts.filter(filters=[{"field": "number", "operator": "eq", "value": number}], include_count=True)
    assert isinstance(page, AccountPage) and page.total_count == 1
    assert page.data is not None and page.data[0].account_id == account.account_id
    empty = blnk.accounts.filter(
        filters=[{"field": "number", "operator": "eq", "value": f"{number}-none"}], include_count=True
    )
    assert isinstance(empty, AccountPage) and empty.data == [] and empty.total_count == 0  # {"data": null}

    mocked = blnk.accounts.mocked()
    assert mocked.bank_name == "Blnk Bank" and mocked.account_number.isdigit()


@pytest.mark.cassette("test_people_account_errors")
def test_people_account_errors(blnk: Blnk, keyless: Blnk, cassette: Cassette) -> None:
    with pytest.raises(NotFoundError) as missing:
        blnk.accounts.get(MISSING_ACCOUNT)
    assert missing.value.code == "ACC_NOT_FOUND"

    ledger = blnk.ledgers.create(name=cassette.value("ledger", "account-errors-"))
    identity = blnk.identities.create(first_name="Ngozi", last_name="Okafor")

    # Without balance_id the body passes validation, then the server looks up the balance '' (account.go).
    with pytest.raises(NotFoundError) as no_balance:
        blnk.accounts.create(ledger_id=ledger.ledger_id, identity_id=identity.identity_id, currency="NGN")
    assert no_balance.value.code == "GEN_NOT_FOUND" and "Balance with ID ''" in no_balance.value.message

    with pytest.raises(BadRequestError) as no_identity:
        blnk.accounts.create(ledger_id=ledger.ledger_id, currency="NGN")
    assert no_identity.value.code == "GEN_VALIDATION_ERROR" and "identity_id" in no_identity.value.message

    with pytest.raises(BlnkValidationError):  # refused before sending: balance_id excludes ledger_id
        blnk.accounts.create(balance_id=MISSING_BALANCE, ledger_id=ledger.ledger_id)

    with pytest.raises(NotFoundError) as unknown_balance:
        blnk.accounts.create(balance_id=MISSING_BALANCE, number=cassette.value("unknown_balance_number", "31"))
    assert unknown_balance.value.code == "GEN_NOT_FOUND"

    anonymous = blnk.balances.create(ledger_id=ledger.ledger_id, currency="NGN")
    with pytest.raises(NotFoundError) as nameless:  # the account's name needs an identity
        blnk.accounts.create(balance_id=anonymous.balance_id, number=cassette.value("nameless_number", "32"))
    assert nameless.value.code == "GEN_NOT_FOUND" and "Identity" in nameless.value.message

    number = cassette.value("number", "33")
    blnk.accounts.create(balance_id=anonymous.balance_id, identity_id=identity.identity_id, number=number)
    with pytest.raises(InternalServerError) as duplicate:  # the unique violation is not classified
        blnk.accounts.create(balance_id=anonymous.balance_id, identity_id=identity.identity_id, number=number)
    assert (duplicate.value.status_code, duplicate.value.code) == (500, "GEN_INTERNAL")

    with pytest.raises(BadRequestError) as bad_column:
        blnk.accounts.list(filters={"colour_eq": "red"})
    assert bad_column.value.code == "GEN_BAD_REQUEST"
    with pytest.raises(BadRequestError) as bad_field:
        blnk.accounts.filter(filters=[{"field": "colour", "operator": "eq", "value": "red"}])
    assert bad_field.value.code in {"GEN_BAD_REQUEST", "GEN_VALIDATION_ERROR"}

    with pytest.raises(AuthenticationError) as keyless_mock:
        keyless.accounts.mocked()
    assert keyless_mock.value.code == "AUTH_MISSING_API_KEY"


@pytest.mark.cassette("test_people_metadata")
def test_people_metadata(blnk: Blnk, cassette: Cassette) -> None:
    ledger = blnk.ledgers.create(name=cassette.value("ledger", "metadata-"), meta_data={"team": "ops", "region": "eu"})
    merged = _meta(blnk.metadata.update(ledger.ledger_id, meta_data={"region": "us", "reviewed": True}).meta_data)
    assert merged == {"team": "ops", "region": "us", "reviewed": True}  # shallow merge
    assert _meta(blnk.ledgers.get(ledger.ledger_id).meta_data) == merged

    balance = blnk.balances.create(ledger_id=ledger.ledger_id, currency="USD")  # meta_data never set
    on_balance = blnk.metadata.update(balance.balance_id, meta_data={"purpose": "fees", "limits": {"daily": 5}})
    assert _meta(on_balance.meta_data) == {"purpose": "fees", "limits": {"daily": 5}}
    nested = blnk.metadata.update(balance.balance_id, meta_data={"limits": {"weekly": 20}})
    assert _meta(nested.meta_data) == {"purpose": "fees", "limits": {"weekly": 20}}  # nested objects are replaced

    identity: Identity = blnk.identities.create(first_name="Ada", meta_data={"kyc": "pending"})
    on_identity = blnk.metadata.update(identity.identity_id, meta_data={"kyc": "verified"})
    assert _meta(on_identity.meta_data) == {"kyc": "verified"}
    assert _meta(blnk.identities.get(identity.identity_id).meta_data) == {"kyc": "verified"}

    with pytest.raises(BadRequestError) as unsupported:  # accounts carry meta_data but this route cannot reach them
        blnk.metadata.update(MISSING_ACCOUNT, meta_data={"a": 1})
    assert unsupported.value.code == "META_INVALID_ENTITY_ID"

    with pytest.raises(NotFoundError) as missing:
        blnk.metadata.update(MISSING_LEDGER, meta_data={"a": 1})
    assert missing.value.code == "META_ENTITY_NOT_FOUND"

    with pytest.raises(BadRequestError) as null_meta:
        blnk.metadata.update(ledger.ledger_id, meta_data=None)
    assert null_meta.value.code == "GEN_MALFORMED_REQUEST"
