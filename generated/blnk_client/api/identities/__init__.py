# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag identities; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `identities` resource: `Blnk().identities` and `AsyncBlnk().identities`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_path_param, coerce_enum
from ...types import NOT_GIVEN, JSONValue, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ... import _pagination
    from ...models import (
        DetokenizedField,
        DetokenizedFields,
        FilterCondition,
        Identity,
        IdentityPage,
        IdentityTokenizedFields,
        LogicalOperator,
        Message,
        SortOrder,
        TokenizableField,
    )
    from ...models import create_identity_request as _m_create_identity_request
    from ...models import detokenize_identity_request as _m_detokenize_identity_request
    from ...models import filter_condition as _m_filter_condition
    from ...models import filter_request as _m_filter_request
    from ...models import list_identities_filters as _m_list_identities_filters
    from ...models import logical_operator as _m_logical_operator
    from ...models import meta_data as _m_meta_data
    from ...models import sort_order as _m_sort_order
    from ...models import tokenizable_field as _m_tokenizable_field
    from ...models import tokenize_identity_request as _m_tokenize_identity_request
    from ...models import update_identity_request as _m_update_identity_request
    from ...params import FilterConditionParams, LogicalOperatorParams, SortOrderParams, TokenizableFieldParams
    from . import (
        create_identity,
        delete_identity,
        detokenize_identity,
        detokenize_identity_field,
        filter_identities,
        get_identity,
        get_identity_tokenized_fields,
        list_identities,
        tokenize_identity,
        tokenize_identity_field,
        update_identity,
    )
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_create_identity_request = DeferredModule(
        globals(), "_m_create_identity_request", "...models.create_identity_request"
    )
    _m_detokenize_identity_request = DeferredModule(
        globals(), "_m_detokenize_identity_request", "...models.detokenize_identity_request"
    )
    _m_filter_condition = DeferredModule(globals(), "_m_filter_condition", "...models.filter_condition")
    _m_filter_request = DeferredModule(globals(), "_m_filter_request", "...models.filter_request")
    _m_list_identities_filters = DeferredModule(
        globals(), "_m_list_identities_filters", "...models.list_identities_filters"
    )
    _m_logical_operator = DeferredModule(globals(), "_m_logical_operator", "...models.logical_operator")
    _m_meta_data = DeferredModule(globals(), "_m_meta_data", "...models.meta_data")
    _m_sort_order = DeferredModule(globals(), "_m_sort_order", "...models.sort_order")
    _m_tokenizable_field = DeferredModule(globals(), "_m_tokenizable_field", "...models.tokenizable_field")
    _m_tokenize_identity_request = DeferredModule(
        globals(), "_m_tokenize_identity_request", "...models.tokenize_identity_request"
    )
    _m_update_identity_request = DeferredModule(
        globals(), "_m_update_identity_request", "...models.update_identity_request"
    )
    _pagination = DeferredModule(globals(), "_pagination", "..._pagination")
    create_identity = DeferredModule(globals(), "create_identity", ".create_identity")
    delete_identity = DeferredModule(globals(), "delete_identity", ".delete_identity")
    detokenize_identity = DeferredModule(globals(), "detokenize_identity", ".detokenize_identity")
    detokenize_identity_field = DeferredModule(globals(), "detokenize_identity_field", ".detokenize_identity_field")
    filter_identities = DeferredModule(globals(), "filter_identities", ".filter_identities")
    get_identity = DeferredModule(globals(), "get_identity", ".get_identity")
    get_identity_tokenized_fields = DeferredModule(
        globals(), "get_identity_tokenized_fields", ".get_identity_tokenized_fields"
    )
    list_identities = DeferredModule(globals(), "list_identities", ".list_identities")
    tokenize_identity = DeferredModule(globals(), "tokenize_identity", ".tokenize_identity")
    tokenize_identity_field = DeferredModule(globals(), "tokenize_identity_field", ".tokenize_identity_field")
    update_identity = DeferredModule(globals(), "update_identity", ".update_identity")

__all__ = [
    "AsyncIdentities",
    "AsyncIdentitiesWithRawResponse",
    "Identities",
    "IdentitiesWithRawResponse",
]


class Identities(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> IdentitiesWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return IdentitiesWithRawResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Identity]:
        """List identities

        Without filters the server answers EVERY identity, newest first, and ignores limit and offset (database/identity.go GetAllIdentities); limit and offset page only filtered lists.

        Requires scope `identities:read`."""
        ListIdentitiesFilters = _m_list_identities_filters.ListIdentitiesFilters
        check_constraints(
            "identities.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "maximum": 100, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_identities._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListIdentitiesFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return self._client._request(request, list_identities._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Identity]:
        """Every row `list` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `identity_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.iterate_pages(
            lambda offset: self.list(
                filters=filters,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.identity_id,
        )

    def create(
        self,
        *,
        identity_id: None | str = None,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Create Identity

        The server validates nothing here; an identity_id, when given, must be idt_<uuid>, and a duplicate one answers 400 IDT_VALIDATION_ERROR (not 409).

        Requires scope `identities:write`."""
        CreateIdentityRequest = _m_create_identity_request.CreateIdentityRequest
        MetaData = _m_meta_data.MetaData
        with building_request("identities.create"):
            body = CreateIdentityRequest(
                identity_id=identity_id,
                identity_type=identity_type,
                organization_name=organization_name,
                category=category,
                first_name=first_name,
                last_name=last_name,
                other_names=other_names,
                gender=gender,
                dob=dob,
                email_address=email_address,
                phone_number=phone_number,
                nationality=nationality,
                street=street,
                country=country,
                state=state,
                post_code=post_code,
                city=city,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints(
            "identities.create",
            given,
            {
                "identity_id": {"pattern": "^idt_[0-9a-fA-F-]{36}$", "type": "string"},
                "identity_type": {"type": "string"},
                "organization_name": {"type": "string"},
                "category": {"type": "string"},
                "first_name": {"type": "string"},
                "last_name": {"type": "string"},
                "other_names": {"type": "string"},
                "gender": {"type": "string"},
                "dob": {"format": "date-time"},
                "email_address": {"type": "string"},
                "phone_number": {"type": "string"},
                "nationality": {"type": "string"},
                "street": {"type": "string"},
                "country": {"type": "string"},
                "state": {"type": "string"},
                "post_code": {"type": "string"},
                "city": {"type": "string"},
            },
        )
        request = create_identity._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_identity._parse_response, timeout=timeout)

    def get(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Get an identity

        Requires scope `identities:read`."""
        request = get_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return self._client._request(request, get_identity._parse_response, timeout=timeout)

    def update(
        self,
        identity_id: str,
        *,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Update an identity

        A partial update: only non-empty strings and a non-zero dob are written, so a field cannot be cleared. meta_data, when sent, replaces the stored object (including the tokenized_fields bookkeeping); use the metadata route to merge keys. A body with nothing to write answers 400 GEN_BAD_REQUEST "No fields provided for update" before the identity is looked up.

        Requires scope `identities:write`."""
        MetaData = _m_meta_data.MetaData
        UpdateIdentityRequest = _m_update_identity_request.UpdateIdentityRequest
        with building_request("identities.update"):
            body = UpdateIdentityRequest(
                identity_type=identity_type,
                organization_name=organization_name,
                category=category,
                first_name=first_name,
                last_name=last_name,
                other_names=other_names,
                gender=gender,
                dob=dob,
                email_address=email_address,
                phone_number=phone_number,
                nationality=nationality,
                street=street,
                country=country,
                state=state,
                post_code=post_code,
                city=city,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints(
            "identities.update",
            given,
            {
                "identity_type": {"type": "string"},
                "organization_name": {"type": "string"},
                "category": {"type": "string"},
                "first_name": {"type": "string"},
                "last_name": {"type": "string"},
                "other_names": {"type": "string"},
                "gender": {"type": "string"},
                "dob": {"format": "date-time"},
                "email_address": {"type": "string"},
                "phone_number": {"type": "string"},
                "nationality": {"type": "string"},
                "street": {"type": "string"},
                "country": {"type": "string"},
                "state": {"type": "string"},
                "post_code": {"type": "string"},
                "city": {"type": "string"},
            },
        )
        request = update_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
            body=body,
        )
        return self._client._request(request, update_identity._parse_response, timeout=timeout)

    def delete(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete an identity

        Added in Blnk v0.15.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `identities:delete`."""
        request = delete_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return self._client._request(request, delete_identity._parse_response, timeout=timeout)

    @overload
    def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityPage: ...

    @overload
    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Identity]: ...

    @overload
    def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityPage | builtins.list[Identity]: ...

    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityPage | builtins.list[Identity]:
        """Filter identities

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `identities:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("identities.filter"):
            body = FilterRequest(
                filters=None
                if filters is None
                else [FilterCondition.from_dict(item) if isinstance(item, Mapping) else item for item in filters],
                logical_operator=None
                if logical_operator is None
                else coerce_enum(LogicalOperator, logical_operator, "logical_operator"),
                limit=limit,
                offset=offset,
                sort_by=sort_by,
                sort_order=None if sort_order is None else coerce_enum(SortOrder, sort_order, "sort_order"),
                include_count=include_count,
            )
            given = body.to_dict()
        check_constraints(
            "identities.filter",
            given,
            {
                "filters": {
                    "one_of": {
                        "key": "operator",
                        "variants": (
                            {
                                "values": ("eq", "ne", "gt", "gte", "lt", "lte", "like", "ilike"),
                                "required": ("field", "operator", "value"),
                                "allowed": ("field", "operator", "value"),
                                "counts": {},
                            },
                            {
                                "values": ("in",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 1, "maxItems": 100}},
                            },
                            {
                                "values": ("between",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 2, "maxItems": 2}},
                            },
                            {
                                "values": ("isnull", "isnotnull"),
                                "required": ("field", "operator"),
                                "allowed": ("field", "operator"),
                                "counts": {},
                            },
                        ),
                    }
                },
                "limit": {"minimum": 1, "maximum": 100, "type": "integer"},
                "offset": {"minimum": 0, "type": "integer"},
                "sort_by": {"type": "string"},
                "include_count": {"type": "boolean"},
            },
        )
        request = filter_identities._get_kwargs(
            body=body,
        )
        return self._client._request(request, filter_identities._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Iterator[Identity]:
        """Every row `filter` can answer, fetched `limit` at a time, each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `identity_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.iterate_pages(
            lambda offset: self.filter(
                filters=filters,
                logical_operator=logical_operator,
                sort_by=sort_by,
                sort_order=sort_order,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.identity_id,
        )

    def tokenized_fields(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityTokenizedFields:
        """The identity's tokenized fields

        Requires scope `identities:read`."""
        request = get_identity_tokenized_fields._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return self._client._request(request, get_identity_tokenized_fields._parse_response, timeout=timeout)

    def tokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Tokenize one field of an identity

        Replaces the stored value with a format-preserving token and records the field in meta_data.tokenized_fields. The field name is checked before the identity is looked up.

        Requires scope `identities:write`."""
        TokenizableField = _m_tokenizable_field.TokenizableField
        request = tokenize_identity_field._get_kwargs(
            check_path_param("identity_id", identity_id),
            coerce_enum(TokenizableField, check_path_param("field", field), "field"),
        )
        return self._client._request(request, tokenize_identity_field._parse_response, timeout=timeout)

    def detokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DetokenizedField:
        """The original value of one tokenized field

        Needs only identities:read, so a read-only key can read the PII back.

        Requires scope `identities:read`."""
        TokenizableField = _m_tokenizable_field.TokenizableField
        request = detokenize_identity_field._get_kwargs(
            check_path_param("identity_id", identity_id),
            coerce_enum(TokenizableField, check_path_param("field", field), "field"),
        )
        return self._client._request(request, detokenize_identity_field._parse_response, timeout=timeout)

    def tokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Tokenize several fields of an identity

        The fields are tokenized one by one and the first failure stops the rest, so the operation is not atomic: fields before the failing one stay tokenized.

        Requires scope `identities:write`."""
        TokenizableField = _m_tokenizable_field.TokenizableField
        TokenizeIdentityRequest = _m_tokenize_identity_request.TokenizeIdentityRequest
        with building_request("identities.tokenize"):
            body = TokenizeIdentityRequest(
                fields=[coerce_enum(TokenizableField, item, "fields") for item in fields],
            )
            given = body.to_dict()
        check_constraints("identities.tokenize", given, {"fields": {"minItems": 1}})
        request = tokenize_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
            body=body,
        )
        return self._client._request(request, tokenize_identity._parse_response, timeout=timeout)

    def detokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DetokenizedFields:
        """The original values of tokenized fields

        An empty list detokenizes every tokenized field (keyed by Go struct name, e.g. FirstName); named fields come back keyed as they were requested.

        Requires scope `identities:write`."""
        DetokenizeIdentityRequest = _m_detokenize_identity_request.DetokenizeIdentityRequest
        TokenizableField = _m_tokenizable_field.TokenizableField
        with building_request("identities.detokenize"):
            body = DetokenizeIdentityRequest(
                fields=[coerce_enum(TokenizableField, item, "fields") for item in fields],
            )
            body.to_dict()  # serialized here so that a bad argument fails as BlnkValidationError
        request = detokenize_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
            body=body,
        )
        return self._client._request(request, detokenize_identity._parse_response, timeout=timeout, idempotent=True)


class IdentitiesWithRawResponse:
    """`identities.with_raw_response`: each method of `Identities`, answering a RawResponse."""

    def __init__(self, resource: Identities) -> None:
        self._resource = resource

    def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Identity]]:
        """`list`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.list)(
            limit=limit,
            offset=offset,
            filters=filters,
            timeout=timeout,
        )

    def create(
        self,
        *,
        identity_id: None | str = None,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Identity]:
        """`create`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create)(
            identity_id=identity_id,
            identity_type=identity_type,
            organization_name=organization_name,
            category=category,
            first_name=first_name,
            last_name=last_name,
            other_names=other_names,
            gender=gender,
            dob=dob,
            email_address=email_address,
            phone_number=phone_number,
            nationality=nationality,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            meta_data=meta_data,
            timeout=timeout,
        )

    def get(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Identity]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            identity_id,
            timeout=timeout,
        )

    def update(
        self,
        identity_id: str,
        *,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`update`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update)(
            identity_id,
            identity_type=identity_type,
            organization_name=organization_name,
            category=category,
            first_name=first_name,
            last_name=last_name,
            other_names=other_names,
            gender=gender,
            dob=dob,
            email_address=email_address,
            phone_number=phone_number,
            nationality=nationality,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            meta_data=meta_data,
            timeout=timeout,
        )

    def delete(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.delete)(
            identity_id,
            timeout=timeout,
        )

    @overload
    def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[IdentityPage]: ...

    @overload
    def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Identity]]: ...

    @overload
    def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[IdentityPage | builtins.list[Identity]]: ...

    def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    def tokenized_fields(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[IdentityTokenizedFields]:
        """`tokenized_fields`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.tokenized_fields)(
            identity_id,
            timeout=timeout,
        )

    def tokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`tokenize_field`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.tokenize_field)(
            identity_id,
            field,
            timeout=timeout,
        )

    def detokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[DetokenizedField]:
        """`detokenize_field`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.detokenize_field)(
            identity_id,
            field,
            timeout=timeout,
        )

    def tokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`tokenize`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.tokenize)(
            identity_id,
            fields=fields,
            timeout=timeout,
        )

    def detokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[DetokenizedFields]:
        """`detokenize`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.detokenize)(
            identity_id,
            fields=fields,
            timeout=timeout,
        )


class AsyncIdentities(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncIdentitiesWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncIdentitiesWithRawResponse(self)

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Identity]:
        """List identities

        Without filters the server answers EVERY identity, newest first, and ignores limit and offset (database/identity.go GetAllIdentities); limit and offset page only filtered lists.

        Requires scope `identities:read`."""
        ListIdentitiesFilters = _m_list_identities_filters.ListIdentitiesFilters
        check_constraints(
            "identities.list",
            {
                "limit": limit,
                "offset": offset,
            },
            {"limit": {"minimum": 1, "maximum": 100, "type": "integer"}, "offset": {"minimum": 0, "type": "integer"}},
        )
        request = list_identities._get_kwargs(
            limit=limit,
            offset=offset,
            filters=ListIdentitiesFilters.from_dict(filters) if isinstance(filters, Mapping) else filters,
        )
        return await self._client._request(request, list_identities._parse_response, timeout=timeout)

    def list_all(
        self,
        *,
        filters: Mapping[str, str] | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Identity]:
        """Every row `list` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `identity_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.aiterate_pages(
            lambda offset: self.list(
                filters=filters,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.identity_id,
        )

    async def create(
        self,
        *,
        identity_id: None | str = None,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Create Identity

        The server validates nothing here; an identity_id, when given, must be idt_<uuid>, and a duplicate one answers 400 IDT_VALIDATION_ERROR (not 409).

        Requires scope `identities:write`."""
        CreateIdentityRequest = _m_create_identity_request.CreateIdentityRequest
        MetaData = _m_meta_data.MetaData
        with building_request("identities.create"):
            body = CreateIdentityRequest(
                identity_id=identity_id,
                identity_type=identity_type,
                organization_name=organization_name,
                category=category,
                first_name=first_name,
                last_name=last_name,
                other_names=other_names,
                gender=gender,
                dob=dob,
                email_address=email_address,
                phone_number=phone_number,
                nationality=nationality,
                street=street,
                country=country,
                state=state,
                post_code=post_code,
                city=city,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints(
            "identities.create",
            given,
            {
                "identity_id": {"pattern": "^idt_[0-9a-fA-F-]{36}$", "type": "string"},
                "identity_type": {"type": "string"},
                "organization_name": {"type": "string"},
                "category": {"type": "string"},
                "first_name": {"type": "string"},
                "last_name": {"type": "string"},
                "other_names": {"type": "string"},
                "gender": {"type": "string"},
                "dob": {"format": "date-time"},
                "email_address": {"type": "string"},
                "phone_number": {"type": "string"},
                "nationality": {"type": "string"},
                "street": {"type": "string"},
                "country": {"type": "string"},
                "state": {"type": "string"},
                "post_code": {"type": "string"},
                "city": {"type": "string"},
            },
        )
        request = create_identity._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_identity._parse_response, timeout=timeout)

    async def get(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Identity:
        """Get an identity

        Requires scope `identities:read`."""
        request = get_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return await self._client._request(request, get_identity._parse_response, timeout=timeout)

    async def update(
        self,
        identity_id: str,
        *,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Update an identity

        A partial update: only non-empty strings and a non-zero dob are written, so a field cannot be cleared. meta_data, when sent, replaces the stored object (including the tokenized_fields bookkeeping); use the metadata route to merge keys. A body with nothing to write answers 400 GEN_BAD_REQUEST "No fields provided for update" before the identity is looked up.

        Requires scope `identities:write`."""
        MetaData = _m_meta_data.MetaData
        UpdateIdentityRequest = _m_update_identity_request.UpdateIdentityRequest
        with building_request("identities.update"):
            body = UpdateIdentityRequest(
                identity_type=identity_type,
                organization_name=organization_name,
                category=category,
                first_name=first_name,
                last_name=last_name,
                other_names=other_names,
                gender=gender,
                dob=dob,
                email_address=email_address,
                phone_number=phone_number,
                nationality=nationality,
                street=street,
                country=country,
                state=state,
                post_code=post_code,
                city=city,
                meta_data=MetaData.from_dict(meta_data) if isinstance(meta_data, Mapping) else meta_data,
            )
            given = body.to_dict()
        check_constraints(
            "identities.update",
            given,
            {
                "identity_type": {"type": "string"},
                "organization_name": {"type": "string"},
                "category": {"type": "string"},
                "first_name": {"type": "string"},
                "last_name": {"type": "string"},
                "other_names": {"type": "string"},
                "gender": {"type": "string"},
                "dob": {"format": "date-time"},
                "email_address": {"type": "string"},
                "phone_number": {"type": "string"},
                "nationality": {"type": "string"},
                "street": {"type": "string"},
                "country": {"type": "string"},
                "state": {"type": "string"},
                "post_code": {"type": "string"},
                "city": {"type": "string"},
            },
        )
        request = update_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
            body=body,
        )
        return await self._client._request(request, update_identity._parse_response, timeout=timeout)

    async def delete(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete an identity

        Added in Blnk v0.15.0: older servers have no such route and raise RouteNotFoundError.

        Requires scope `identities:delete`."""
        request = delete_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return await self._client._request(request, delete_identity._parse_response, timeout=timeout)

    @overload
    async def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityPage: ...

    @overload
    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Identity]: ...

    @overload
    async def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityPage | builtins.list[Identity]: ...

    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityPage | builtins.list[Identity]:
        """Filter identities

        Added in Blnk v0.13.2: older servers have no such route and raise RouteNotFoundError.

        Requires scope `identities:write`."""
        FilterCondition = _m_filter_condition.FilterCondition
        FilterRequest = _m_filter_request.FilterRequest
        LogicalOperator = _m_logical_operator.LogicalOperator
        SortOrder = _m_sort_order.SortOrder
        with building_request("identities.filter"):
            body = FilterRequest(
                filters=None
                if filters is None
                else [FilterCondition.from_dict(item) if isinstance(item, Mapping) else item for item in filters],
                logical_operator=None
                if logical_operator is None
                else coerce_enum(LogicalOperator, logical_operator, "logical_operator"),
                limit=limit,
                offset=offset,
                sort_by=sort_by,
                sort_order=None if sort_order is None else coerce_enum(SortOrder, sort_order, "sort_order"),
                include_count=include_count,
            )
            given = body.to_dict()
        check_constraints(
            "identities.filter",
            given,
            {
                "filters": {
                    "one_of": {
                        "key": "operator",
                        "variants": (
                            {
                                "values": ("eq", "ne", "gt", "gte", "lt", "lte", "like", "ilike"),
                                "required": ("field", "operator", "value"),
                                "allowed": ("field", "operator", "value"),
                                "counts": {},
                            },
                            {
                                "values": ("in",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 1, "maxItems": 100}},
                            },
                            {
                                "values": ("between",),
                                "required": ("field", "operator", "values"),
                                "allowed": ("field", "operator", "values"),
                                "counts": {"values": {"minItems": 2, "maxItems": 2}},
                            },
                            {
                                "values": ("isnull", "isnotnull"),
                                "required": ("field", "operator"),
                                "allowed": ("field", "operator"),
                                "counts": {},
                            },
                        ),
                    }
                },
                "limit": {"minimum": 1, "maximum": 100, "type": "integer"},
                "offset": {"minimum": 0, "type": "integer"},
                "sort_by": {"type": "string"},
                "include_count": {"type": "boolean"},
            },
        )
        request = filter_identities._get_kwargs(
            body=body,
        )
        return await self._client._request(request, filter_identities._parse_response, timeout=timeout, idempotent=True)

    def filter_all(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        limit: int = 100,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Identity]:
        """Every row `filter` can answer, fetched `limit` at a time (async for), each once.

        Rows inserted while the pages are read push later rows back; a row already yielded (same
        `identity_id`) is skipped and reading goes on, so every row that existed when the
        iteration began is yielded exactly once. Rows deleted, or moved by a `sort_by` column
        that changes, during the iteration can be missed: offset paging cannot see them.
        """
        return _pagination.aiterate_pages(
            lambda offset: self.filter(
                filters=filters,
                logical_operator=logical_operator,
                sort_by=sort_by,
                sort_order=sort_order,
                limit=limit,
                offset=offset,
                timeout=timeout,
            ),
            limit,
            lambda row: row.identity_id,
        )

    async def tokenized_fields(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> IdentityTokenizedFields:
        """The identity's tokenized fields

        Requires scope `identities:read`."""
        request = get_identity_tokenized_fields._get_kwargs(
            check_path_param("identity_id", identity_id),
        )
        return await self._client._request(request, get_identity_tokenized_fields._parse_response, timeout=timeout)

    async def tokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Tokenize one field of an identity

        Replaces the stored value with a format-preserving token and records the field in meta_data.tokenized_fields. The field name is checked before the identity is looked up.

        Requires scope `identities:write`."""
        TokenizableField = _m_tokenizable_field.TokenizableField
        request = tokenize_identity_field._get_kwargs(
            check_path_param("identity_id", identity_id),
            coerce_enum(TokenizableField, check_path_param("field", field), "field"),
        )
        return await self._client._request(request, tokenize_identity_field._parse_response, timeout=timeout)

    async def detokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DetokenizedField:
        """The original value of one tokenized field

        Needs only identities:read, so a read-only key can read the PII back.

        Requires scope `identities:read`."""
        TokenizableField = _m_tokenizable_field.TokenizableField
        request = detokenize_identity_field._get_kwargs(
            check_path_param("identity_id", identity_id),
            coerce_enum(TokenizableField, check_path_param("field", field), "field"),
        )
        return await self._client._request(request, detokenize_identity_field._parse_response, timeout=timeout)

    async def tokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Tokenize several fields of an identity

        The fields are tokenized one by one and the first failure stops the rest, so the operation is not atomic: fields before the failing one stay tokenized.

        Requires scope `identities:write`."""
        TokenizableField = _m_tokenizable_field.TokenizableField
        TokenizeIdentityRequest = _m_tokenize_identity_request.TokenizeIdentityRequest
        with building_request("identities.tokenize"):
            body = TokenizeIdentityRequest(
                fields=[coerce_enum(TokenizableField, item, "fields") for item in fields],
            )
            given = body.to_dict()
        check_constraints("identities.tokenize", given, {"fields": {"minItems": 1}})
        request = tokenize_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
            body=body,
        )
        return await self._client._request(request, tokenize_identity._parse_response, timeout=timeout)

    async def detokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> DetokenizedFields:
        """The original values of tokenized fields

        An empty list detokenizes every tokenized field (keyed by Go struct name, e.g. FirstName); named fields come back keyed as they were requested.

        Requires scope `identities:write`."""
        DetokenizeIdentityRequest = _m_detokenize_identity_request.DetokenizeIdentityRequest
        TokenizableField = _m_tokenizable_field.TokenizableField
        with building_request("identities.detokenize"):
            body = DetokenizeIdentityRequest(
                fields=[coerce_enum(TokenizableField, item, "fields") for item in fields],
            )
            body.to_dict()  # serialized here so that a bad argument fails as BlnkValidationError
        request = detokenize_identity._get_kwargs(
            check_path_param("identity_id", identity_id),
            body=body,
        )
        return await self._client._request(
            request, detokenize_identity._parse_response, timeout=timeout, idempotent=True
        )


class AsyncIdentitiesWithRawResponse:
    """`identities.with_raw_response`: each method of `AsyncIdentities`, answering a RawResponse."""

    def __init__(self, resource: AsyncIdentities) -> None:
        self._resource = resource

    async def list(
        self,
        *,
        limit: int | None = None,
        offset: int | None = None,
        filters: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Identity]]:
        """`list`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.list)(
            limit=limit,
            offset=offset,
            filters=filters,
            timeout=timeout,
        )

    async def create(
        self,
        *,
        identity_id: None | str = None,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Identity]:
        """`create`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create)(
            identity_id=identity_id,
            identity_type=identity_type,
            organization_name=organization_name,
            category=category,
            first_name=first_name,
            last_name=last_name,
            other_names=other_names,
            gender=gender,
            dob=dob,
            email_address=email_address,
            phone_number=phone_number,
            nationality=nationality,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            meta_data=meta_data,
            timeout=timeout,
        )

    async def get(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Identity]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            identity_id,
            timeout=timeout,
        )

    async def update(
        self,
        identity_id: str,
        *,
        identity_type: None | str = None,
        organization_name: None | str = None,
        category: None | str = None,
        first_name: None | str = None,
        last_name: None | str = None,
        other_names: None | str = None,
        gender: None | str = None,
        dob: datetime.datetime | None = None,
        email_address: None | str = None,
        phone_number: None | str = None,
        nationality: None | str = None,
        street: None | str = None,
        country: None | str = None,
        state: None | str = None,
        post_code: None | str = None,
        city: None | str = None,
        meta_data: Mapping[str, JSONValue] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`update`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update)(
            identity_id,
            identity_type=identity_type,
            organization_name=organization_name,
            category=category,
            first_name=first_name,
            last_name=last_name,
            other_names=other_names,
            gender=gender,
            dob=dob,
            email_address=email_address,
            phone_number=phone_number,
            nationality=nationality,
            street=street,
            country=country,
            state=state,
            post_code=post_code,
            city=city,
            meta_data=meta_data,
            timeout=timeout,
        )

    async def delete(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.delete)(
            identity_id,
            timeout=timeout,
        )

    @overload
    async def filter(
        self,
        *,
        include_count: Literal[True],
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[IdentityPage]: ...

    @overload
    async def filter(
        self,
        *,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        include_count: Literal[False] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[builtins.list[Identity]]: ...

    @overload
    async def filter(
        self,
        *,
        include_count: bool,
        filters: Sequence[FilterCondition | FilterConditionParams] | None = None,
        logical_operator: LogicalOperator | LogicalOperatorParams | None = None,
        limit: int | None = None,
        offset: int | None = None,
        sort_by: None | str = None,
        sort_order: SortOrder | SortOrderParams | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[IdentityPage | builtins.list[Identity]]: ...

    async def filter(self, *args: Any, **kwargs: Any) -> Any:
        """`filter`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.filter)(*args, **kwargs)

    async def tokenized_fields(
        self,
        identity_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[IdentityTokenizedFields]:
        """`tokenized_fields`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.tokenized_fields)(
            identity_id,
            timeout=timeout,
        )

    async def tokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`tokenize_field`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.tokenize_field)(
            identity_id,
            field,
            timeout=timeout,
        )

    async def detokenize_field(
        self,
        identity_id: str,
        field: TokenizableField | TokenizableFieldParams,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[DetokenizedField]:
        """`detokenize_field`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.detokenize_field)(
            identity_id,
            field,
            timeout=timeout,
        )

    async def tokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`tokenize`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.tokenize)(
            identity_id,
            fields=fields,
            timeout=timeout,
        )

    async def detokenize(
        self,
        identity_id: str,
        *,
        fields: Sequence[TokenizableField | TokenizableFieldParams],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[DetokenizedFields]:
        """`detokenize`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.detokenize)(
            identity_id,
            fields=fields,
            timeout=timeout,
        )
