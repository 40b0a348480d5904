# Generated: rendered by overlays/templates/endpoint_module.py.jinja for POST /reconciliation/upload; edit overlays/documents/reconciliation.yaml or the template.
"""POST /reconciliation/upload: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ..._parsing import read_json
from ...models.upload_external_data_form import UploadExternalDataForm
from ...models.upload_external_data_from_url import UploadExternalDataFromURL
from ...models.upload_result import UploadResult


def _get_kwargs(
    *,
    body: UploadExternalDataForm | UploadExternalDataFromURL,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/reconciliation/upload",
    }

    if isinstance(body, UploadExternalDataForm):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    if isinstance(body, UploadExternalDataFromURL):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> UploadResult:
    if response.status_code == 200:
        response_200 = UploadResult.from_dict(read_json(response))

        return response_200

    raise ValueError("POST /reconciliation/upload: unexpected success status " + str(response.status_code))
