"""Stage 3: build the package `blnk_client` under `generated/` from the resolved spec.

- openapi-python-client renders the attrs models, one module per operation and, through the
  project's templates, the resources and the `Blnk`/`AsyncBlnk` clients;
- datamodel-code-generator renders `params.py`: TypedDicts of the request schemas, for callers
  that build arguments as dicts (and for nested arguments such as filter conditions), and each
  enum's values as a Literal (`HookTypeParams`), which arguments take beside the enum;
- the hand-written runtime (`overlays/runtime/*.py`) is copied in beside them;
- `api.md` (overlays/templates/api.md.jinja) lists every resource method: signature, route, release;
- ruff fixes imports and formats the whole tree, so the output is a pure function of the inputs.
"""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
from datamodel_code_generator import generate as generate_models
from datamodel_code_generator._shared_types import LiteralType
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import Formatter, PythonVersion
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.responses import Response

from pipeline import paths, releases, resources


class GenerateError(Exception):
    """A generator reported errors or warnings about the resolved spec."""


ZERO_VALUE = "x-blnk-zero-value"


def client_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The resolved spec as the generators see it: a value marked x-blnk-zero-value is always there.

    The resolved spec says what the wire carries (Go writes an empty slice as null, omitempty
    leaves a zero count out); the client answers the zero value instead, so its types have no
    None or Unset for it. The parsers put the zero value in (see `zero_value`).
    """
    view = copy.deepcopy(spec)
    releases.client_view(view)

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            if ZERO_VALUE in node:
                node.pop("nullable", None)
            properties = node.get("properties")
            if isinstance(properties, dict):
                required = list(node.get("required", []))
                zeroed = [n for n, p in properties.items() if isinstance(p, dict) and ZERO_VALUE in p]
                if zeroed:
                    node["required"] = required + [n for n in zeroed if n not in required]
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(view)
    return view


MODEL = "x-blnk-model"


def model_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client sees it: a oneOf carrying x-blnk-model becomes that one model.

    FilterCondition is, on the wire, one of several closed shapes chosen by its operator; the
    attrs model that parses and sends it is the one flat object of `x-blnk-model`, and its
    variants (used by params.py and by the check before sending) get no model of their own.
    """
    view = copy.deepcopy(spec)
    schemas = view.get("components", {}).get("schemas", {})
    variants: set[str] = set()
    for name, schema in list(schemas.items()):
        if isinstance(schema, dict) and MODEL in schema:
            variants |= {str(v["$ref"]).rsplit("/", 1)[-1] for v in schema.get("oneOf", [])}
            schemas[name] = schema[MODEL]
    for name in variants:
        schemas.pop(name, None)
    return view


def params_view(schemas: dict[str, Any]) -> dict[str, Any]:
    """The schemas as datamodel-code-generator sees them: without the x-blnk-model alternative.

    `additionalProperties: false` is left out too: it would render PEP 728 `closed=True`
    TypedDicts from typing_extensions, which the package does not depend on; a dict literal
    with an undeclared key is a type error for a TypedDict anyway.
    """
    return {
        name: {k: v for k, v in schema.items() if k != MODEL and (k, v) != ("additionalProperties", False)}
        if isinstance(schema, dict)
        else schema
        for name, schema in schemas.items()
    }


def zero_value(schema: Any) -> str | None:
    """The Python literal a parser puts in for null or absent, when the schema declares one."""
    extra = getattr(schema, "model_extra", None) or {}
    return repr(extra[ZERO_VALUE]) if ZERO_VALUE in extra else None


def reading_zero(response: Response) -> Response:
    """The response, parsed from the zero value when its JSON body is null (a list answered as null)."""
    content = getattr(response.data, "content", None) or {}
    media = content.get("application/json")
    schema = getattr(media, "media_type_schema", None)
    candidates = [schema, *(getattr(schema, "oneOf", None) or [])]
    zero = next((z for z in map(zero_value, candidates) if z is not None), None)
    if zero is None:
        return response
    source = response.source.copy()
    source["attribute"] = f"or_zero(response.json(), {zero})"
    return attrs.evolve(response, source=source)


def _openapi_python_client(spec: dict[str, Any], spec_file: Path, out: Path) -> None:
    config = Config.from_sources(
        ConfigFile.load_from_path(paths.GENERATOR_CONFIG),
        MetaType.UV,
        document_source=spec_file,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out,
    )
    data = GeneratorData.from_dict(model_view(spec), config=config)
    if not isinstance(data, GeneratorData):
        raise GenerateError(f"openapi-python-client rejected the spec: {data.header}: {data.detail}")
    plan = resources.plan(data, spec)
    project = Project(openapi=data, config=config, custom_template_path=paths.TEMPLATES)
    # The generator's own templates stay reachable as "upstream/...": an override that changes one
    # macro imports the rest from there instead of carrying a copy.
    assert project.env.loader is not None
    project.env.loader = ChoiceLoader(
        [project.env.loader, PrefixLoader({"upstream": PackageLoader("openapi_python_client")})]
    )
    project.env.globals.update(
        resources=plan,
        resources_by_tag={r.tag: r for r in plan},
        success_responses=resources.success_responses,
        success_type=resources.success_type,
        zero_value=zero_value,
        reading_zero=reading_zero,
        api_signature=resources.api_signature,
        display_annotation=resources.display_annotation,
    )
    project.env.filters["pyrepr"] = repr
    project.env.tests["secret_of"] = _is_secret_property
    project.env.globals["secret_model"] = _is_secret_schema
    problems = [e for e in project.build() if e]
    # The API reference beside the package, as Stainless SDKs ship it (api.md at the distribution root).
    (out / "api.md").write_text(project.env.get_template("api.md.jinja").render())
    problems += [e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
    if problems:
        raise GenerateError("openapi-python-client:\n" + "\n".join(f"- {p.header}: {p.detail}" for p in problems))


SECRET = "x-blnk-secret"  # a value no repr may show: an issued API key, a detokenized field


def _is_secret_schema(model: Any) -> bool:
    return bool((model.data.model_extra or {}).get(SECRET))


def _is_secret_property(prop: Any, model: Any) -> bool:
    schema = (model.data.properties or {}).get(prop.name)
    return schema is not None and bool((schema.model_extra or {}).get(SECRET))


def _closure(spec: dict[str, Any], roots: list[Any]) -> dict[str, Any]:
    """The component schemas `roots` use, directly or through $refs."""
    schemas = spec["components"]["schemas"]
    wanted: list[str] = []

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                name = ref.rsplit("/", 1)[1]
                if name not in wanted:
                    wanted.append(name)
                    visit(schemas[name])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for root in roots:
        visit(root)
    return {name: schemas[name] for name in sorted(wanted)}


def request_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """The component schemas a request of a described (tagged) operation uses: bodies and parameters."""
    parameters = spec["components"].get("parameters", {})
    roots = [
        part
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and operation.get("tags")
        for part in [
            operation.get("requestBody", {}),
            *(parameters[p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in operation.get("parameters", [])),
        ]
    ]
    return _closure(spec, roots)


def event_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """WebhookEvent and every schema its variants use."""
    return _closure(spec, [{"$ref": "#/components/schemas/WebhookEvent"}])


def _typed_dicts(spec: dict[str, Any], schemas: dict[str, Any], output: Path, suffix: str | None, header: str) -> None:
    document = {
        "openapi": spec["openapi"],
        "info": {"title": "Blnk", "version": spec["info"]["version"]},
        "paths": {},
        "components": {"schemas": params_view(schemas)},
    }
    generate_models(
        json.dumps(document),
        input_file_type=InputFileType.OpenAPI,
        output=output,
        output_model_type=DataModelType.TypingTypedDict,
        target_python_version=PythonVersion.PY_311,
        class_name_suffix=suffix,
        enum_field_as_literal=LiteralType.All,
        use_standard_collections=True,
        use_union_operator=True,
        use_schema_description=True,
        disable_timestamp=True,
        formatters=[Formatter.RUFF_FORMAT],
        custom_file_header=header,
    )


def _copy_runtime(package: Path) -> None:
    for source in sorted(paths.RUNTIME.glob("*.py")):
        shutil.copyfile(source, package / source.name)


def _ruff(out: Path) -> None:
    steps = (
        ["check", "--fix-only", "--quiet", "--no-cache", "."],
        ["format", "--quiet", "--no-cache", "."],
    )
    for args in steps:
        subprocess.run([sys.executable, "-m", "ruff", *args], cwd=out, check=True)


def generate(spec_file: Path = paths.RESOLVED_SPEC, out: Path = paths.GENERATED) -> None:
    spec = client_view(json.loads(spec_file.read_text()))
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "generated"
        _openapi_python_client(spec, spec_file, staging)
        package = staging / paths.PACKAGE_NAME
        _typed_dicts(
            spec,
            request_schemas(spec),
            package / "params.py",
            "Params",
            '"""TypedDicts and enum Literals of the requests, for arguments built as dicts or strings.'
            ' Generated; do not edit."""',
        )
        _typed_dicts(
            spec,
            event_schemas(spec),
            package / "events.py",
            None,
            '"""The webhook events Blnk posts, as TypedDicts (see webhooks.construct_event). Generated; do not edit."""',
        )
        _copy_runtime(package)
        (package / "_releases.py").write_text(releases.runtime_module(spec))
        (staging / ".gitignore").unlink(missing_ok=True)
        _ruff(staging)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staging, out)
