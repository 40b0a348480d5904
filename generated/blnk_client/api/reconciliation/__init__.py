# Generated: rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) for the tag reconciliation; edit overlays/documents/ (x-blnk-*), the template or the plan.
"""The `reconciliation` resource: `Blnk().reconciliation` and `AsyncBlnk().reconciliation`.

Both classes are rendered from one template macro, so they cannot drift apart.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from ..._deferred import DeferredModule
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import RawResponse, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._validation import building_request, check_constraints, check_path_param, coerce_enum
from ...types import NOT_GIVEN, File, NotGiven, TimeoutTypes

if TYPE_CHECKING:
    from ...models import (
        ExternalTransaction,
        MatchingCriterion,
        MatchingRule,
        Message,
        ReconciliationRun,
        ReconciliationStarted,
        ReconciliationStrategy,
        UploadResult,
    )
    from ...models import external_transaction as _m_external_transaction
    from ...models import instant_reconciliation_request as _m_instant_reconciliation_request
    from ...models import matching_criterion as _m_matching_criterion
    from ...models import matching_rule_request as _m_matching_rule_request
    from ...models import reconciliation_strategy as _m_reconciliation_strategy
    from ...models import start_reconciliation_request as _m_start_reconciliation_request
    from ...models import upload_external_data_form as _m_upload_external_data_form
    from ...models import upload_external_data_from_url as _m_upload_external_data_from_url
    from ...params import ExternalTransactionParams, MatchingCriterionParams, ReconciliationStrategyParams
    from . import (
        create_matching_rule,
        delete_matching_rule,
        get_reconciliation,
        start_instant_reconciliation,
        start_reconciliation,
        update_matching_rule,
        upload_external_data,
    )
else:
    # Each module loads when a method first reads it (a cold start loads only what its calls use);
    # the first read puts the module itself here, so later calls pay nothing.
    _m_external_transaction = DeferredModule(globals(), "_m_external_transaction", "...models.external_transaction")
    _m_instant_reconciliation_request = DeferredModule(
        globals(), "_m_instant_reconciliation_request", "...models.instant_reconciliation_request"
    )
    _m_matching_criterion = DeferredModule(globals(), "_m_matching_criterion", "...models.matching_criterion")
    _m_matching_rule_request = DeferredModule(globals(), "_m_matching_rule_request", "...models.matching_rule_request")
    _m_reconciliation_strategy = DeferredModule(
        globals(), "_m_reconciliation_strategy", "...models.reconciliation_strategy"
    )
    _m_start_reconciliation_request = DeferredModule(
        globals(), "_m_start_reconciliation_request", "...models.start_reconciliation_request"
    )
    _m_upload_external_data_form = DeferredModule(
        globals(), "_m_upload_external_data_form", "...models.upload_external_data_form"
    )
    _m_upload_external_data_from_url = DeferredModule(
        globals(), "_m_upload_external_data_from_url", "...models.upload_external_data_from_url"
    )
    create_matching_rule = DeferredModule(globals(), "create_matching_rule", ".create_matching_rule")
    delete_matching_rule = DeferredModule(globals(), "delete_matching_rule", ".delete_matching_rule")
    get_reconciliation = DeferredModule(globals(), "get_reconciliation", ".get_reconciliation")
    start_instant_reconciliation = DeferredModule(
        globals(), "start_instant_reconciliation", ".start_instant_reconciliation"
    )
    start_reconciliation = DeferredModule(globals(), "start_reconciliation", ".start_reconciliation")
    update_matching_rule = DeferredModule(globals(), "update_matching_rule", ".update_matching_rule")
    upload_external_data = DeferredModule(globals(), "upload_external_data", ".upload_external_data")

__all__ = [
    "AsyncReconciliation",
    "AsyncReconciliationWithRawResponse",
    "Reconciliation",
    "ReconciliationWithRawResponse",
]


class Reconciliation(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ReconciliationWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return ReconciliationWithRawResponse(self)

    def upload(
        self,
        *,
        file: File,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UploadResult:
        """Upload external transactions to reconcile against

        Either a multipart form with a `file` part (CSV or JSON, recognized by the file name's extension, else by its content) and a `source` field, or a JSON body {url, source} naming an http(s) URL the server downloads; the URL's host must be listed in server.upload_whitelist, which denies every host when empty. CSV needs the columns id, amount, currency, reference, description and date (a header row, any order, any case); JSON is an array of ExternalTransaction objects.

        Requires scope `reconciliation:write`."""
        UploadExternalDataForm = _m_upload_external_data_form.UploadExternalDataForm
        with building_request("reconciliation.upload"):
            body = UploadExternalDataForm(
                file=file,
                source=source,
            )
            given = body.to_dict()
        check_constraints("reconciliation.upload", given, {"source": {"type": "string"}})
        request = upload_external_data._get_kwargs(
            body=body,
        )
        return self._client._request(request, upload_external_data._parse_response, timeout=timeout)

    def upload_from_url(
        self,
        *,
        url: str,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UploadResult:
        """Upload external transactions to reconcile against

        Either a multipart form with a `file` part (CSV or JSON, recognized by the file name's extension, else by its content) and a `source` field, or a JSON body {url, source} naming an http(s) URL the server downloads; the URL's host must be listed in server.upload_whitelist, which denies every host when empty. CSV needs the columns id, amount, currency, reference, description and date (a header row, any order, any case); JSON is an array of ExternalTransaction objects.

        Requires scope `reconciliation:write`."""
        UploadExternalDataFromURL = _m_upload_external_data_from_url.UploadExternalDataFromURL
        with building_request("reconciliation.upload_from_url"):
            body = UploadExternalDataFromURL(
                url=url,
                source=source,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.upload_from_url", given, {"url": {"type": "string"}, "source": {"type": "string"}}
        )
        request = upload_external_data._get_kwargs(
            body=body,
        )
        return self._client._request(request, upload_external_data._parse_response, timeout=timeout)

    def create_rule(
        self,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MatchingRule:
        """Create a matching rule

        Requires scope `reconciliation:write`."""
        MatchingCriterion = _m_matching_criterion.MatchingCriterion
        MatchingRuleRequest = _m_matching_rule_request.MatchingRuleRequest
        with building_request("reconciliation.create_rule"):
            body = MatchingRuleRequest(
                name=name,
                criteria=[
                    MatchingCriterion.from_dict(item) if isinstance(item, Mapping) else item for item in criteria
                ],
                description=description,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.create_rule",
            given,
            {
                "name": {"minLength": 1, "type": "string"},
                "criteria": {"minItems": 1},
                "description": {"type": "string"},
            },
        )
        request = create_matching_rule._get_kwargs(
            body=body,
        )
        return self._client._request(request, create_matching_rule._parse_response, timeout=timeout)

    def update_rule(
        self,
        rule_id: str,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MatchingRule:
        """Replace a matching rule's name, description and criteria

        Added in Blnk v0.13.5: older servers have no such route and raise RouteNotFoundError.

        Requires scope `reconciliation:write`."""
        MatchingCriterion = _m_matching_criterion.MatchingCriterion
        MatchingRuleRequest = _m_matching_rule_request.MatchingRuleRequest
        with building_request("reconciliation.update_rule"):
            body = MatchingRuleRequest(
                name=name,
                criteria=[
                    MatchingCriterion.from_dict(item) if isinstance(item, Mapping) else item for item in criteria
                ],
                description=description,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.update_rule",
            given,
            {
                "name": {"minLength": 1, "type": "string"},
                "criteria": {"minItems": 1},
                "description": {"type": "string"},
            },
        )
        request = update_matching_rule._get_kwargs(
            check_path_param("rule_id", rule_id),
            body=body,
        )
        return self._client._request(request, update_matching_rule._parse_response, timeout=timeout)

    def delete_rule(
        self,
        rule_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete a matching rule

        Added in Blnk v0.13.5: older servers have no such route and raise RouteNotFoundError.

        Requires scope `reconciliation:delete`."""
        request = delete_matching_rule._get_kwargs(
            check_path_param("rule_id", rule_id),
        )
        return self._client._request(request, delete_matching_rule._parse_response, timeout=timeout)

    def start(
        self,
        *,
        upload_id: str,
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReconciliationStarted:
        """Reconcile an upload against the ledger (in the background)

        Records the reconciliation with status `started` and runs it in the background; poll GET /reconciliation/{reconciliation_id}. Unknown upload or rule ids, or an unknown strategy, are not checked here: the run fails (status `failed`) or the strategy is only logged.

        Requires scope `reconciliation:write`."""
        ReconciliationStrategy = _m_reconciliation_strategy.ReconciliationStrategy
        StartReconciliationRequest = _m_start_reconciliation_request.StartReconciliationRequest
        with building_request("reconciliation.start"):
            body = StartReconciliationRequest(
                upload_id=upload_id,
                strategy=coerce_enum(ReconciliationStrategy, strategy, "strategy"),
                matching_rule_ids=matching_rule_ids,
                grouping_criteria=grouping_criteria,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.start",
            given,
            {
                "upload_id": {"minLength": 1, "type": "string"},
                "matching_rule_ids": {"minItems": 1},
                "grouping_criteria": {"type": "string"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = start_reconciliation._get_kwargs(
            body=body,
        )
        return self._client._request(request, start_reconciliation._parse_response, timeout=timeout)

    def start_instant(
        self,
        *,
        external_transactions: Sequence[ExternalTransaction | ExternalTransactionParams],
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReconciliationStarted:
        """Reconcile transactions given in the request (in the background)

        Requires scope `reconciliation:write`."""
        ExternalTransaction = _m_external_transaction.ExternalTransaction
        InstantReconciliationRequest = _m_instant_reconciliation_request.InstantReconciliationRequest
        ReconciliationStrategy = _m_reconciliation_strategy.ReconciliationStrategy
        with building_request("reconciliation.start_instant"):
            body = InstantReconciliationRequest(
                external_transactions=[
                    ExternalTransaction.from_dict(item) if isinstance(item, Mapping) else item
                    for item in external_transactions
                ],
                strategy=coerce_enum(ReconciliationStrategy, strategy, "strategy"),
                matching_rule_ids=matching_rule_ids,
                grouping_criteria=grouping_criteria,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.start_instant",
            given,
            {
                "external_transactions": {"minItems": 1, "maxItems": 10000},
                "matching_rule_ids": {"minItems": 1},
                "grouping_criteria": {"type": "string"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = start_instant_reconciliation._get_kwargs(
            body=body,
        )
        return self._client._request(request, start_instant_reconciliation._parse_response, timeout=timeout)

    def get(
        self,
        reconciliation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReconciliationRun:
        """A reconciliation's status and counts

        Requires scope `reconciliation:read`."""
        request = get_reconciliation._get_kwargs(
            check_path_param("reconciliation_id", reconciliation_id),
        )
        return self._client._request(request, get_reconciliation._parse_response, timeout=timeout)


class ReconciliationWithRawResponse:
    """`reconciliation.with_raw_response`: each method of `Reconciliation`, answering a RawResponse."""

    def __init__(self, resource: Reconciliation) -> None:
        self._resource = resource

    def upload(
        self,
        *,
        file: File,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[UploadResult]:
        """`upload`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.upload)(
            file=file,
            source=source,
            timeout=timeout,
        )

    def upload_from_url(
        self,
        *,
        url: str,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[UploadResult]:
        """`upload_from_url`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.upload_from_url)(
            url=url,
            source=source,
            timeout=timeout,
        )

    def create_rule(
        self,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MatchingRule]:
        """`create_rule`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.create_rule)(
            name=name,
            criteria=criteria,
            description=description,
            timeout=timeout,
        )

    def update_rule(
        self,
        rule_id: str,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MatchingRule]:
        """`update_rule`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.update_rule)(
            rule_id,
            name=name,
            criteria=criteria,
            description=description,
            timeout=timeout,
        )

    def delete_rule(
        self,
        rule_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete_rule`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.delete_rule)(
            rule_id,
            timeout=timeout,
        )

    def start(
        self,
        *,
        upload_id: str,
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReconciliationStarted]:
        """`start`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.start)(
            upload_id=upload_id,
            strategy=strategy,
            matching_rule_ids=matching_rule_ids,
            grouping_criteria=grouping_criteria,
            dry_run=dry_run,
            timeout=timeout,
        )

    def start_instant(
        self,
        *,
        external_transactions: Sequence[ExternalTransaction | ExternalTransactionParams],
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReconciliationStarted]:
        """`start_instant`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.start_instant)(
            external_transactions=external_transactions,
            strategy=strategy,
            matching_rule_ids=matching_rule_ids,
            grouping_criteria=grouping_criteria,
            dry_run=dry_run,
            timeout=timeout,
        )

    def get(
        self,
        reconciliation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReconciliationRun]:
        """`get`, answering a RawResponse."""
        return to_raw_response_wrapper(self._resource.get)(
            reconciliation_id,
            timeout=timeout,
        )


class AsyncReconciliation(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncReconciliationWithRawResponse:
        """The same methods, answering a RawResponse (status, headers, `parse()`)."""
        return AsyncReconciliationWithRawResponse(self)

    async def upload(
        self,
        *,
        file: File,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UploadResult:
        """Upload external transactions to reconcile against

        Either a multipart form with a `file` part (CSV or JSON, recognized by the file name's extension, else by its content) and a `source` field, or a JSON body {url, source} naming an http(s) URL the server downloads; the URL's host must be listed in server.upload_whitelist, which denies every host when empty. CSV needs the columns id, amount, currency, reference, description and date (a header row, any order, any case); JSON is an array of ExternalTransaction objects.

        Requires scope `reconciliation:write`."""
        UploadExternalDataForm = _m_upload_external_data_form.UploadExternalDataForm
        with building_request("reconciliation.upload"):
            body = UploadExternalDataForm(
                file=file,
                source=source,
            )
            given = body.to_dict()
        check_constraints("reconciliation.upload", given, {"source": {"type": "string"}})
        request = upload_external_data._get_kwargs(
            body=body,
        )
        return await self._client._request(request, upload_external_data._parse_response, timeout=timeout)

    async def upload_from_url(
        self,
        *,
        url: str,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> UploadResult:
        """Upload external transactions to reconcile against

        Either a multipart form with a `file` part (CSV or JSON, recognized by the file name's extension, else by its content) and a `source` field, or a JSON body {url, source} naming an http(s) URL the server downloads; the URL's host must be listed in server.upload_whitelist, which denies every host when empty. CSV needs the columns id, amount, currency, reference, description and date (a header row, any order, any case); JSON is an array of ExternalTransaction objects.

        Requires scope `reconciliation:write`."""
        UploadExternalDataFromURL = _m_upload_external_data_from_url.UploadExternalDataFromURL
        with building_request("reconciliation.upload_from_url"):
            body = UploadExternalDataFromURL(
                url=url,
                source=source,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.upload_from_url", given, {"url": {"type": "string"}, "source": {"type": "string"}}
        )
        request = upload_external_data._get_kwargs(
            body=body,
        )
        return await self._client._request(request, upload_external_data._parse_response, timeout=timeout)

    async def create_rule(
        self,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MatchingRule:
        """Create a matching rule

        Requires scope `reconciliation:write`."""
        MatchingCriterion = _m_matching_criterion.MatchingCriterion
        MatchingRuleRequest = _m_matching_rule_request.MatchingRuleRequest
        with building_request("reconciliation.create_rule"):
            body = MatchingRuleRequest(
                name=name,
                criteria=[
                    MatchingCriterion.from_dict(item) if isinstance(item, Mapping) else item for item in criteria
                ],
                description=description,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.create_rule",
            given,
            {
                "name": {"minLength": 1, "type": "string"},
                "criteria": {"minItems": 1},
                "description": {"type": "string"},
            },
        )
        request = create_matching_rule._get_kwargs(
            body=body,
        )
        return await self._client._request(request, create_matching_rule._parse_response, timeout=timeout)

    async def update_rule(
        self,
        rule_id: str,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> MatchingRule:
        """Replace a matching rule's name, description and criteria

        Added in Blnk v0.13.5: older servers have no such route and raise RouteNotFoundError.

        Requires scope `reconciliation:write`."""
        MatchingCriterion = _m_matching_criterion.MatchingCriterion
        MatchingRuleRequest = _m_matching_rule_request.MatchingRuleRequest
        with building_request("reconciliation.update_rule"):
            body = MatchingRuleRequest(
                name=name,
                criteria=[
                    MatchingCriterion.from_dict(item) if isinstance(item, Mapping) else item for item in criteria
                ],
                description=description,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.update_rule",
            given,
            {
                "name": {"minLength": 1, "type": "string"},
                "criteria": {"minItems": 1},
                "description": {"type": "string"},
            },
        )
        request = update_matching_rule._get_kwargs(
            check_path_param("rule_id", rule_id),
            body=body,
        )
        return await self._client._request(request, update_matching_rule._parse_response, timeout=timeout)

    async def delete_rule(
        self,
        rule_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> Message:
        """Delete a matching rule

        Added in Blnk v0.13.5: older servers have no such route and raise RouteNotFoundError.

        Requires scope `reconciliation:delete`."""
        request = delete_matching_rule._get_kwargs(
            check_path_param("rule_id", rule_id),
        )
        return await self._client._request(request, delete_matching_rule._parse_response, timeout=timeout)

    async def start(
        self,
        *,
        upload_id: str,
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReconciliationStarted:
        """Reconcile an upload against the ledger (in the background)

        Records the reconciliation with status `started` and runs it in the background; poll GET /reconciliation/{reconciliation_id}. Unknown upload or rule ids, or an unknown strategy, are not checked here: the run fails (status `failed`) or the strategy is only logged.

        Requires scope `reconciliation:write`."""
        ReconciliationStrategy = _m_reconciliation_strategy.ReconciliationStrategy
        StartReconciliationRequest = _m_start_reconciliation_request.StartReconciliationRequest
        with building_request("reconciliation.start"):
            body = StartReconciliationRequest(
                upload_id=upload_id,
                strategy=coerce_enum(ReconciliationStrategy, strategy, "strategy"),
                matching_rule_ids=matching_rule_ids,
                grouping_criteria=grouping_criteria,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.start",
            given,
            {
                "upload_id": {"minLength": 1, "type": "string"},
                "matching_rule_ids": {"minItems": 1},
                "grouping_criteria": {"type": "string"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = start_reconciliation._get_kwargs(
            body=body,
        )
        return await self._client._request(request, start_reconciliation._parse_response, timeout=timeout)

    async def start_instant(
        self,
        *,
        external_transactions: Sequence[ExternalTransaction | ExternalTransactionParams],
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReconciliationStarted:
        """Reconcile transactions given in the request (in the background)

        Requires scope `reconciliation:write`."""
        ExternalTransaction = _m_external_transaction.ExternalTransaction
        InstantReconciliationRequest = _m_instant_reconciliation_request.InstantReconciliationRequest
        ReconciliationStrategy = _m_reconciliation_strategy.ReconciliationStrategy
        with building_request("reconciliation.start_instant"):
            body = InstantReconciliationRequest(
                external_transactions=[
                    ExternalTransaction.from_dict(item) if isinstance(item, Mapping) else item
                    for item in external_transactions
                ],
                strategy=coerce_enum(ReconciliationStrategy, strategy, "strategy"),
                matching_rule_ids=matching_rule_ids,
                grouping_criteria=grouping_criteria,
                dry_run=dry_run,
            )
            given = body.to_dict()
        check_constraints(
            "reconciliation.start_instant",
            given,
            {
                "external_transactions": {"minItems": 1, "maxItems": 10000},
                "matching_rule_ids": {"minItems": 1},
                "grouping_criteria": {"type": "string"},
                "dry_run": {"type": "boolean"},
            },
        )
        request = start_instant_reconciliation._get_kwargs(
            body=body,
        )
        return await self._client._request(request, start_instant_reconciliation._parse_response, timeout=timeout)

    async def get(
        self,
        reconciliation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> ReconciliationRun:
        """A reconciliation's status and counts

        Requires scope `reconciliation:read`."""
        request = get_reconciliation._get_kwargs(
            check_path_param("reconciliation_id", reconciliation_id),
        )
        return await self._client._request(request, get_reconciliation._parse_response, timeout=timeout)


class AsyncReconciliationWithRawResponse:
    """`reconciliation.with_raw_response`: each method of `AsyncReconciliation`, answering a RawResponse."""

    def __init__(self, resource: AsyncReconciliation) -> None:
        self._resource = resource

    async def upload(
        self,
        *,
        file: File,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[UploadResult]:
        """`upload`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.upload)(
            file=file,
            source=source,
            timeout=timeout,
        )

    async def upload_from_url(
        self,
        *,
        url: str,
        source: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[UploadResult]:
        """`upload_from_url`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.upload_from_url)(
            url=url,
            source=source,
            timeout=timeout,
        )

    async def create_rule(
        self,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MatchingRule]:
        """`create_rule`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.create_rule)(
            name=name,
            criteria=criteria,
            description=description,
            timeout=timeout,
        )

    async def update_rule(
        self,
        rule_id: str,
        *,
        name: str,
        criteria: Sequence[MatchingCriterion | MatchingCriterionParams],
        description: None | str = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[MatchingRule]:
        """`update_rule`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.update_rule)(
            rule_id,
            name=name,
            criteria=criteria,
            description=description,
            timeout=timeout,
        )

    async def delete_rule(
        self,
        rule_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[Message]:
        """`delete_rule`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.delete_rule)(
            rule_id,
            timeout=timeout,
        )

    async def start(
        self,
        *,
        upload_id: str,
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReconciliationStarted]:
        """`start`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.start)(
            upload_id=upload_id,
            strategy=strategy,
            matching_rule_ids=matching_rule_ids,
            grouping_criteria=grouping_criteria,
            dry_run=dry_run,
            timeout=timeout,
        )

    async def start_instant(
        self,
        *,
        external_transactions: Sequence[ExternalTransaction | ExternalTransactionParams],
        strategy: ReconciliationStrategy | ReconciliationStrategyParams,
        matching_rule_ids: builtins.list[str],
        grouping_criteria: None | str = None,
        dry_run: bool | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReconciliationStarted]:
        """`start_instant`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.start_instant)(
            external_transactions=external_transactions,
            strategy=strategy,
            matching_rule_ids=matching_rule_ids,
            grouping_criteria=grouping_criteria,
            dry_run=dry_run,
            timeout=timeout,
        )

    async def get(
        self,
        reconciliation_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    ) -> RawResponse[ReconciliationRun]:
        """`get`, answering a RawResponse."""
        return await async_to_raw_response_wrapper(self._resource.get)(
            reconciliation_id,
            timeout=timeout,
        )
