"""Stage 3: build the package `blnk_client` under `generated/` from the resolved spec.

- openapi-python-client renders the models (dataclasses, through the project's model template),
  one module per operation and, through the project's templates, the resources and the
  `Blnk`/`AsyncBlnk` clients;
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
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

from pipeline import paths, provenance, releases, resources, seam_datamodel_code_generator, seam_openapi_python_client
from pipeline.seam_datamodel_code_generator import DataModelType, Formatter, InputFileType, LiteralType, PythonVersion
from pipeline.seam_datamodel_code_generator import generate as generate_models
from pipeline.seam_openapi_python_client import Config, ConfigFile, GeneratorData, MetaType, Project, Response


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


ABSENT = resources.ABSENT


def models_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The client view as openapi-python-client and the resources see it (see _absent_as_none);
    the TypedDicts keep optional keys NotRequired, as a dict a caller builds or a webhook posts has them."""
    view = copy.deepcopy(spec)
    _absent_as_none(view)
    return view


def _absent_as_none(view: dict[str, Any]) -> None:
    """Every optional property becomes a value or None (lists: a value or []); no model carries Unset.

    Blnk is written in Go, whose JSON decoder cannot tell a null from a missing key, so None is
    also what a request leaves out. The property is required in the generators' view, with a
    nullable type; the templates read it with `.get`, default it to None and leave a None out of
    the JSON (see `absent_is_none`). Optional query parameters get the same treatment.
    """
    schemas = view.get("components", {}).get("schemas", {})
    answers = response_schemas(view)
    done: set[str] = set()
    while pending := [name for name in schemas if name not in done]:  # _nullable may add schemas
        for schema_name in pending:
            done.add(schema_name)
            _absent_properties(schema_name, schemas, answers)
    shared = view.get("components", {}).get("parameters", {})
    for item in view.get("paths", {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            if not isinstance(operation, dict):
                continue
            if isinstance(operation.get("requestBody"), dict):
                operation["requestBody"]["required"] = True  # the resources always build the body
            parameters = []
            for parameter in operation.get("parameters", []):
                if "$ref" in parameter:
                    parameter = copy.deepcopy(shared[parameter["$ref"].rsplit("/", 1)[-1]])
                if parameter.get("in") == "query" and not parameter.get("required"):
                    schema = {k: v for k, v in parameter.get("schema", {}).items() if k != "default"}
                    where = _pascal(str(operation.get("operationId", ""))) + _pascal(parameter["name"])
                    parameter = {**parameter, "required": True, "schema": _nullable(schema, where, schemas)}
                    parameter[ABSENT] = True
                parameters.append(parameter)
            if parameters:
                operation["parameters"] = parameters


def _absent_properties(schema_name: str, schemas: dict[str, Any], answers: dict[str, Any]) -> None:
    schema = schemas[schema_name]
    if isinstance(schema, dict):
        schema = schema.get(MODEL, schema)
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return
        required = list(schema.get("required", []))
        for name, prop in list(properties.items()):
            if name in required or not isinstance(prop, dict):
                continue
            required.append(name)
            if prop.get("type") == "array" and schema_name in answers:  # read, never sent: []
                prop[ZERO_VALUE] = []
                prop.pop("nullable", None)
            else:
                properties[name] = _nullable(prop, _pascal(schema_name) + _pascal(name), schemas)
        if required:
            schema["required"] = required


def _nullable(prop: dict[str, Any], name: str, schemas: dict[str, Any]) -> dict[str, Any]:
    """`prop` or None, marked ABSENT. An inline object moves to `schemas` under the name the
    generator gave it, so that the nullable union does not rename its class (`...Type0`)."""
    if "$ref" not in prop and (prop.get("type") == "object" or "properties" in prop):
        schemas[name] = {k: v for k, v in prop.items() if k != "description"}
        prop = {"$ref": f"#/components/schemas/{name}", **{k: v for k, v in prop.items() if k == "description"}}
    if "$ref" in prop:  # a $ref takes no siblings: wrap it, keeping the target's description
        target = schemas.get(prop["$ref"].rsplit("/", 1)[-1], {})
        described = {"description": target["description"]} if "description" in target else {}
        prop = {**described, "allOf": [{"$ref": prop["$ref"]}], **{k: v for k, v in prop.items() if k != "$ref"}}
    return {**prop, "nullable": True, ABSENT: True}


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def absent_is_none(prop: Any, model: Any) -> bool:
    """The property is optional on the wire: read with `.get`, None by default, left out when None."""
    schema = (model.data.properties or {}).get(prop.name)
    return schema is not None and bool((schema.model_extra or {}).get(ABSENT))


MODEL = "x-blnk-model"


def model_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client sees it: a oneOf carrying x-blnk-model becomes that one model.

    FilterCondition is, on the wire, one of several closed shapes chosen by its operator; the
    model that parses and sends it is the one flat object of `x-blnk-model`, and its
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
    # Only what a resource can reach is rendered: an untagged operation has no resource (its module
    # could not be called), and the webhook events are typed once, as the TypedDicts of events.py.
    for item in view.get("paths", {}).values():
        for method in [m for m, operation in item.items() if isinstance(operation, dict) and not operation.get("tags")]:
            del item[method]
    view["paths"] = {path: item for path, item in view.get("paths", {}).items() if item}
    view.pop(WEBHOOKS, None)
    components = view["components"]
    roots = [*view["paths"].values(), components.get("responses", {}), components.get("parameters", {})]
    reachable = _closure(view, roots)
    view["components"]["schemas"] = {name: s for name, s in schemas.items() if name in reachable}
    return view


def params_view(schemas: dict[str, Any]) -> dict[str, Any]:
    """The schemas as datamodel-code-generator sees them: without the x-blnk-model alternative.

    `additionalProperties: false` is left out too: it would render PEP 728 `closed=True`
    TypedDicts from typing_extensions, which the package does not depend on; a dict literal
    with an undeclared key is a type error for a TypedDict anyway. A number marked
    x-blnk-decimal is `float | Decimal`, as the resources take it.
    """
    return {
        name: _decimal_numbers(
            {k: v for k, v in schema.items() if k != MODEL and (k, v) != ("additionalProperties", False)}
        )
        if isinstance(schema, dict)
        else schema
        for name, schema in schemas.items()
    }


def _decimal_numbers(schema: dict[str, Any]) -> dict[str, Any]:
    properties = schema.get("properties")
    if not isinstance(properties, dict) or not any(resources.DECIMAL in p for p in properties.values()):
        return schema
    decimal = {"type": "number", "format": "decimal"}  # datamodel-code-generator writes Decimal for it
    return {
        **schema,
        "properties": {
            name: {"anyOf": [{"type": "number"}, decimal]} if resources.DECIMAL in p else p
            for name, p in properties.items()
        },
    }


def zero_value(schema: Any) -> str | None:
    """The Python literal a parser puts in for null or absent, when the schema declares one."""
    extra = getattr(schema, "model_extra", None) or {}
    return repr(extra[ZERO_VALUE]) if ZERO_VALUE in extra else None


def reading(response: Response) -> Response:
    """The response with its JSON body read by `_parsing.read_json`, and parsed from the zero value
    when that body is null (a list answered as null)."""
    if response.source["attribute"] != "response.json()":
        return response
    content = getattr(response.data, "content", None) or {}
    media = content.get("application/json")
    schema = getattr(media, "media_type_schema", None)
    candidates = [schema, *(getattr(schema, "oneOf", None) or [])]
    zero = next((z for z in map(zero_value, candidates) if z is not None), None)
    source = response.source.copy()
    source["attribute"] = "read_json(response)" if zero is None else f"or_zero(read_json(response), {zero})"
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
        reading=reading,
        api_signature=resources.api_signature,
        display_annotation=resources.display_annotation,
    )
    project.env.filters["pyrepr"] = repr
    project.env.filters["union_member_of"] = _union_member_of
    project.env.tests["secret_of"] = _is_secret_property
    project.env.tests["absent_of"] = absent_is_none
    project.env.globals["secret_model"] = _is_secret_schema
    problems = [e for e in project.build() if e]
    # The generator always writes errors.py (its UnexpectedStatus), which no template here imports:
    # the runtime's _exceptions is the package's one error module.
    (project.package_dir / "errors.py").unlink()
    # The API reference beside the package, as Stainless SDKs ship it (api.md at the distribution root).
    (out / "api.md").write_text(project.env.get_template("api.md.jinja").render())
    problems += [e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
    if problems:
        raise GenerateError("openapi-python-client:\n" + "\n".join(f"- {p.header}: {p.detail}" for p in problems))


def _union_member_of(name: str) -> str:
    """The property a union member belongs to: the generator names `x | None`'s member `x_type_0`."""
    return re.sub(r"_type_\d+$", "", str(name))


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


def response_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """The component schemas an answer (success or error) of any operation uses."""
    answers = [
        operation["responses"]
        for item in spec.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict) and "responses" in operation
    ]
    if "WebhookEvent" in spec.get("components", {}).get("schemas", {}):
        answers.append({"$ref": "#/components/schemas/WebhookEvent"})
    return _closure(spec, answers)


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


WEBHOOKS = "x-webhooks"


def event_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """The schemas of the bodies Blnk posts (the requests of `x-webhooks`: WebhookEvent) and every schema they use."""
    bodies = [request["requestBody"] for item in spec[WEBHOOKS].values() for request in item.values()]
    return _closure(spec, bodies)


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


def check_generator_versions() -> None:
    """Refuse a generator version the seams were not written for (its internals move between releases)."""
    for seam in (seam_openapi_python_client, seam_datamodel_code_generator):
        if seam.installed() != seam.SUPPORTED:
            raise GenerateError(
                f"{seam.DISTRIBUTION} {seam.installed()} is installed, but {seam.__name__} supports "
                f"{seam.SUPPORTED} only: install the pinned version, or upgrade the seam (README, Maintaining)"
            )


def generate(spec_file: Path = paths.RESOLVED_SPEC, out: Path = paths.GENERATED) -> None:
    check_generator_versions()
    spec = client_view(json.loads(spec_file.read_text()))
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "generated"
        _openapi_python_client(models_view(spec), spec_file, staging)
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
        provenance.stamp(staging)
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(staging, out)
