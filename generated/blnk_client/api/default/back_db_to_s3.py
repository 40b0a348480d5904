"""POST /backup/s3: how the request is built and a success answer read.

Sending, retrying and error handling live in the client; see the resource in this package.
"""

from typing import Any

import httpx

from ...models.back_db_to_s3_response_201 import BackDbToS3Response201


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/backup/s3",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> BackDbToS3Response201:
    if response.status_code == 201:
        response_201 = BackDbToS3Response201.from_dict(response.json())

        return response_201

    raise ValueError("POST /backup/s3: unexpected success status " + str(response.status_code))
