"""The pipeline, one session per stage: pull -> overlay -> generate -> lint -> typecheck -> tests.

`nox` runs them all in order; `nox -s tests` runs the test suite alone (it also proves that
spec/ and generated/ are up to date), on every Python the package claims and once more with its
dependencies at the lowest versions it allows. BLNK_SPEC_URL names the upstream spec (URL or file).

The interpreters come from PATH (python3.11, python3.12, python3.13), never from a download: CI
reaches package registries only. A missing one fails the session.
"""

from __future__ import annotations

import os

import nox
from packaging.requirements import Requirement

nox.options.sessions = ["pull", "overlay", "generate", "lint", "typecheck", "tests"]
# A pull that found drift fails, and nothing after it may run on the stale cached upstream.
nox.options.stop_on_first_error = True
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
nox.options.download_python = "never"
nox.options.default_venv_backend = "uv|virtualenv"

PYTHON = "3.11"
PYTHONS = ["3.11", "3.12", "3.13"]  # of those requires-python >= 3.11 admits, the ones the CI machine has
PYPROJECT = nox.project.load_toml("pyproject.toml")
PACKAGE = nox.project.load_toml("generated/pyproject.toml")


def _install(session: nox.Session, group: str) -> None:
    session.install(*nox.project.dependency_groups(PYPROJECT, group))


def _lowest(requirement: str) -> str:
    """`httpx>=0.27,<0.29` -> `httpx==0.27`: the lowest version a dependency of the package allows."""
    parsed = Requirement(requirement)
    (floor,) = [spec.version for spec in parsed.specifier if spec.operator == ">="]
    return f"{parsed.name}=={floor}"


def _install_package(session: nox.Session, dependencies: str = "locked") -> None:
    """The test group and ./generated; with `lowest`, the package's own dependencies pinned to their floors."""
    if dependencies == "locked":
        _install(session, "test")
        session.install("./generated")
        return
    floors = [_lowest(requirement) for requirement in PACKAGE["project"]["dependencies"]]
    own = {Requirement(pin).name for pin in floors}
    tools = [r for r in nox.project.dependency_groups(PYPROJECT, "test") if Requirement(r).name not in own]
    session.install(*tools, *floors, "./generated")  # exact pins: a tool that needs more fails the install


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


@nox.session(python=PYTHONS)
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package, the pipeline, the benchmarks, tests/support and the consumer examples; pyright strict and --verifytypes."""
    _install_package(session)
    mypy = ("mypy", "--python-version", str(session.python))  # pyproject.toml's 3.11 is the default
    session.run(*mypy, "--strict", "-p", "blnk_client")
    session.run(*mypy, "pipeline")
    session.run(*mypy, "--strict", "benchmarks", "tests/support")
    session.run(*mypy, "--strict", "tests/typing/pass")
    session.run(*mypy, "--strict", "--disallow-any-expr", "tests/typing/pass/consumer_ledgers_balances.py")
    # pyright (strict) on the same consumers, and every public symbol of the package typed for it.
    pyright = ("pyright", "--pythonversion", str(session.python))
    session.run(*pyright, "--project", "tests/typing/pyrightconfig.json", "tests/typing/pass")
    session.run(*pyright, "--verifytypes", "blnk_client", "--ignoreexternal")


@nox.session
@nox.parametrize(
    ("python", "dependencies"),
    [*((python, "locked") for python in PYTHONS), (PYTHONS[0], "lowest")],
    ids=[*PYTHONS, f"{PYTHONS[0]}-lowest"],
)
def tests(session: nox.Session, dependencies: str) -> None:
    """pytest on each Python, and on 3.11 with the package's dependencies at their lowest versions.

    Pipeline checks, regeneration proof, typing cases and cassette replays.
    """
    _install_package(session, dependencies)
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session(python=PYTHON)
def record(session: nox.Session) -> None:
    """Re-record tests/cassettes (vcrpy) against the running Blnk server named by BLNK_BASE_URL and BLNK_API_KEY.

    The server must run in secure mode with its workers process; the key is never written.
    BLNK_RECORD_MODE picks vcrpy's record mode: all (default), once or new_episodes.
    """
    _require_server(session)
    _install_package(session)
    session.run("python", "-m", "pytest", "-m", "cassette", *session.posargs, env={"BLNK_RECORD": "1"})


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """The cost of the client over raw httpx against the server named by BLNK_BASE_URL / BLNK_API_KEY.

    Prints PASS or FAIL for each row with a target, and fails when any target is missed. Its
    pipeline rows run overlay and generate, so it needs the pulled upstream (nox -s pull) too.
    """
    _require_server(session)
    _install_package(session)
    session.run("python", "-m", "benchmarks.bench")


@nox.session(python=PYTHON)
def faults(session: nox.Session) -> None:
    """Transactions through a fault-injecting proxy in front of BLNK_BASE_URL; counts postings on the server."""
    _require_server(session)
    _install_package(session)
    session.run("python", "-m", "benchmarks.faults")


@nox.session(python=PYTHON)
def explore(session: nox.Session) -> None:
    """A Hypothesis state machine against BLNK_BASE_URL, with Blnk then AsyncBlnk; `-- EXAMPLES STEPS` bounds it."""
    _require_server(session)
    _install_package(session)
    session.run("python", "-m", "benchmarks.explore", *session.posargs)
