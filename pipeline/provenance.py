"""The first line of every generated file: what produced it, and what to edit instead.

A traceback or an IDE jump lands in generated/, which is never edited by hand; the line names the
runtime source a module was copied from, or the template and the overlay documents it was
rendered from.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline import paths

SPEC = "spec/blnk-openapi.resolved.json"
STOCK = "openapi-python-client's own template"


def _relative(path: Path) -> str:
    return path.relative_to(paths.ROOT).as_posix()


def _documents_naming(name: str, documents: dict[str, str]) -> str:
    """The overlay documents that mention `name` (a schema or a path), else the folder."""
    found = [doc for doc, text in documents.items() if re.search(rf"(?<![\w/]){re.escape(name)}(?![\w])", text)]
    return ", ".join(found) if found else "overlays/documents/"


def _origin(relative: Path, text: str, documents: dict[str, str]) -> str:
    """`made by X; edit Y` for one file of the package."""
    parts = relative.parts
    runtime = paths.RUNTIME / relative.name
    if len(parts) == 1 and runtime.exists():
        return f"copied from {_relative(runtime)}; edit that file"
    by_name = {
        "__init__.py": ("overlays/templates/package_init.py.jinja", "it"),
        "client.py": ("overlays/templates/client.py.jinja", "it"),
        "_releases.py": ("pipeline/releases.py", "overlays/documents/releases.yaml"),
        "params.py": ("datamodel-code-generator (pipeline/generate.py)", "overlays/documents/"),
        "events.py": ("datamodel-code-generator (pipeline/generate.py)", "overlays/documents/webhooks.yaml"),
    }
    if len(parts) == 1 and relative.name in by_name:
        made, edit = by_name[relative.name]
        return f"made by {made} from {SPEC}; edit {made if edit == 'it' else edit}"
    if parts[0] == "models":
        if relative.name == "__init__.py":
            return f"rendered by overlays/templates/models_init.py.jinja from {SPEC}; edit that template"
        match = re.search(r"^class (\w+)", text, re.M)
        schema = match.group(1) if match else relative.stem
        template = "str_enum.py.jinja" if "StrEnum" in text else "model.py.jinja"
        return (
            f"rendered by overlays/templates/{template} from the schema {schema} of {SPEC}; "
            f"edit {_documents_naming(schema, documents)} or the template"
        )
    if parts[0] == "api":
        if len(parts) == 2:
            return f"made by {STOCK} (an empty package); edit nothing but pipeline/generate.py"
        if relative.name == "__init__.py":
            return (
                f"rendered by overlays/templates/resources.py.jinja (planned by pipeline/resources.py) "
                f"for the tag {parts[1]}; edit overlays/documents/ (x-blnk-*), the template or the plan"
            )
        match = re.search(r'^"""(\w+) (\S+):', text)
        route = match.group(2) if match else relative.stem
        return (
            f"rendered by overlays/templates/endpoint_module.py.jinja for {match.group(1) + ' ' if match else ''}"
            f"{route}; edit {_documents_naming(route, documents)} or the template"
        )
    return f"made by the pipeline (pipeline/generate.py) from {SPEC}; edit the pipeline"


def stamp(out: Path) -> None:
    """Put the line first in every file under `out` (a comment in the file's own syntax)."""
    documents = {_relative(p): p.read_text() for p in sorted((paths.OVERLAYS / "documents").glob("*.yaml"))}
    package = out / paths.PACKAGE_NAME
    for file in sorted(out.rglob("*")):
        if not file.is_file() or file.name == "py.typed":
            continue
        text = file.read_text()
        if file.suffix == ".py":
            line = f"# Generated: {_origin(file.relative_to(package), text, documents)}.\n"
        elif file.name == "api.md":
            line = (
                "<!-- Generated: rendered by overlays/templates/api.md.jinja; edit that template or the overlays. -->\n"
            )
        elif file.name == "README.md":
            line = "<!-- Generated: rendered by overlays/templates/README.md.jinja; edit that template. -->\n"
        elif file.name == "pyproject.toml":
            line = "# Generated: rendered by overlays/templates/pyproject.toml.jinja; edit that template.\n"
        else:
            continue
        file.write_text(line + text)
