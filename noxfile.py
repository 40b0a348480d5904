"""The pipeline, one session per stage: pull -> overlay -> generate -> lint -> typecheck -> tests.

`nox` runs them all in order; `nox -s tests` runs the test suite alone (it also proves that
spec/ and generated/ are up to date). BLNK_SPEC_URL names the upstream spec (URL or file).
"""

from __future__ import annotations

import os

import nox

nox.options.sessions = ["pull", "overlay", "generate", "lint", "typecheck", "tests"]
# A pull that found drift fails, and nothing after it may run on the stale cached upstream.
nox.options.stop_on_first_error = True
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.default_venv_backend = "uv|virtualenv"

PYTHON = "3.11"
PYPROJECT = nox.project.load_toml("pyproject.toml")


def _install(session: nox.Session, group: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, group))


def _require_server(session: nox.Session) -> None:
    missing = [name for name in ("BLNK_BASE_URL", "BLNK_API_KEY") if not os.environ.get(name)]
    if missing:
        session.error(f"set {' and '.join(missing)} to a running Blnk server and its master key")


@nox.session(python=PYTHON)
def pull(session: nox.Session) -> None:
    """Fetch the upstream spec; stop on drift from the lock unless given `-- --accept`."""
    _install(session, "pipeline")
    session.run("python", "-m", "pipeline", "pull", *session.posargs)


@nox.session(python=PYTHON)
def overlay(session: nox.Session) -> None:
    """Apply overlays/ to the pulled spec and write spec/blnk-openapi.resolved.json."""
    _install(session, "pipeline")
    session.run("python", "-m", "pipeline", "overlay")


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Rebuild generated/ from the resolved spec."""
    _install(session, "pipeline")
    session.run("python", "-m", "pipeline", "generate")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    _install(session, "pipeline")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("ruff", "check", "generated", "--config", "generated/pyproject.toml")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package, the pipeline, the benchmarks and the consumer examples; pyright strict and --verifytypes."""
    _install(session, "test")
    session.install("./generated")
    session.run("mypy", "--strict", "-p", "blnk_client")
    session.run("mypy", "pipeline")
    session.run("mypy", "--strict", "benchmarks")
    session.run("mypy", "--strict", "tests/typing/pass")
    session.run("mypy", "--strict", "--disallow-any-expr", "tests/typing/pass/consumer_ledgers_balances.py")
    # pyright (strict) on the same consumers, and every public symbol of the package typed for it.
    session.run("pyright", "--project", "tests/typing/pyrightconfig.json", "tests/typing/pass")
    session.run("pyright", "--verifytypes", "blnk_client", "--ignoreexternal")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """pytest: pipeline checks, regeneration proof, typing cases and cassette replays."""
    _install(session, "test")
    session.install("./generated")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(python=PYTHON)
def record(session: nox.Session) -> None:
    """Re-record tests/cassettes (vcrpy) against the running Blnk server named by BLNK_BASE_URL and BLNK_API_KEY.

    The server must run in secure mode with its workers process; the key is never written.
    BLNK_RECORD_MODE picks vcrpy's record mode: all (default), once or new_episodes.
    """
    _require_server(session)
    _install(session, "test")
    session.install("./generated")
    session.run("python", "-m", "pytest", "-m", "cassette", *session.posargs, env={"BLNK_RECORD": "1"})


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """The cost of the client over raw httpx against the server named by BLNK_BASE_URL / BLNK_API_KEY.

    Prints PASS or FAIL for each row with a target, and fails when any target is missed. Its
    pipeline rows run overlay and generate, so it needs the pulled upstream (nox -s pull) too.
    """
    _require_server(session)
    _install(session, "test")
    session.install("./generated")
    session.run("python", "-m", "benchmarks.bench")


@nox.session(python=PYTHON)
def faults(session: nox.Session) -> None:
    """Transactions through a fault-injecting proxy in front of BLNK_BASE_URL; counts postings on the server."""
    _require_server(session)
    _install(session, "test")
    session.install("./generated")
    session.run("python", "-m", "benchmarks.faults")


@nox.session(python=PYTHON)
def explore(session: nox.Session) -> None:
    """A Hypothesis state machine against BLNK_BASE_URL, with Blnk then AsyncBlnk; `-- EXAMPLES STEPS` bounds it."""
    _require_server(session)
    _install(session, "test")
    session.install("./generated")
    session.run("python", "-m", "benchmarks.explore", *session.posargs)
