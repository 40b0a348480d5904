"""`nox -s faults`: the client through the fault-injecting proxy (tests/support/faults.py) in front
of the Blnk server named by BLNK_BASE_URL / BLNK_API_KEY; exits 1 unless every run is clean.

CI runs the same proxy and loop in front of the stand-in (tests/test_faults_standin.py).
"""

from __future__ import annotations

import os
import sys

from benchmarks.server import require_server
from tests.support.faults import report, run


def main() -> None:
    base_url, key = require_server()
    clean = True
    for asynchronous in (False, True):
        print(f"== {'AsyncBlnk' if asynchronous else 'Blnk'}")
        outcome = run(
            base_url,
            key,
            count=int(os.environ.get("BLNK_FAULT_TRANSACTIONS", "240")),
            seed=int(os.environ.get("BLNK_FAULT_SEED", "7")),
            asynchronous=asynchronous,
        )
        report(outcome)
        print()
        clean = clean and outcome.clean
    if not clean:
        sys.exit(1)


if __name__ == "__main__":
    main()
