"""Search and reindex against recorded traffic from a real Blnk server (Typesense 0.24.1 on loopback)."""

from __future__ import annotations

import pytest

from blnk_client import AuthenticationError, BadRequestError, Blnk, BlnkValidationError, NotFoundError
from blnk_client.models import ReindexStatus, SearchCollection

pytestmark = pytest.mark.cassette


@pytest.mark.cassette("test_admin_search_reindex_progress_before_any_reindex")
def test_admin_search_reindex_progress_before_any_reindex(blnk: Blnk) -> None:
    # Recorded against a server process that had never reindexed (the progress lives in its memory).
    with pytest.raises(NotFoundError) as not_started:
        blnk.search.reindex_progress()
    assert not_started.value.code == "SRCH_REINDEX_NOT_STARTED"


@pytest.mark.cassette("test_admin_search")
def test_admin_search(blnk: Blnk, keyless: Blnk) -> None:
    # Recorded with Typesense 0.24.1 on loopback (BLNK_TYPESENSE_DNS): the ledgers collection answers hits.
    found = blnk.search.query(SearchCollection.LEDGERS, q="*", query_by="name", per_page=2)
    assert found.found >= 1 and 1 <= len(found.hits) <= 2 and found.page == 1
    assert all(hit.document["ledger_id"] for hit in found.hits)

    several = blnk.search.multi(searches=[{"collection": "ledgers", "q": "*", "query_by": "name", "per_page": 1}])
    assert len(several.results) == 1 and several.results[0].found >= 1

    with pytest.raises(BadRequestError) as search:
        blnk.search.query(SearchCollection.LEDGERS, q="*", query_by="no_such_field")
    assert search.value.code == "SRCH_QUERY_INVALID" and "no_such_field" in search.value.message

    with pytest.raises(BlnkValidationError):
        blnk.search.query(SearchCollection.BALANCES, q="*", per_page=1000)

    started = blnk.search.reindex(batch_size=100)
    assert started.message == "Reindex operation started"
    assert started.progress.status in {ReindexStatus.PENDING, ReindexStatus.IN_PROGRESS}

    progress = blnk.search.reindex_progress()
    assert progress.status in set(ReindexStatus)

    with pytest.raises(AuthenticationError):
        keyless.search.query(SearchCollection.LEDGERS, q="*")
    with pytest.raises(AuthenticationError):
        keyless.search.multi(searches=[])
    with pytest.raises(AuthenticationError) as no_key:
        keyless.search.reindex()
    assert no_key.value.code == "AUTH_MISSING_API_KEY"
