"""Plan the resource classes (`client.ledgers`, `client.balances`, ...) the templates render.

openapi-python-client parses the resolved spec into endpoints and properties; this module turns
each tagged endpoint into one method description: its keyword arguments (typed as the user
writes them), how each argument becomes the request model's value, and the overloads a
`x-blnk-required-when` rule implies. The template renders every method twice, sync and async.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any

from pipeline.seam_openapi_python_client import (
    DateTimeProperty,
    Endpoint,
    EnumProperty,
    GeneratorData,
    ListProperty,
    ModelProperty,
    UnionProperty,
)

# Put on a property or query parameter by generate.client_view (never by an overlay): optional on the wire.
ABSENT = "x-client-absent-is-none"


class PlanError(Exception):
    """The resolved spec lacks something the resource layer needs (e.g. x-blnk-method)."""


DECIMAL = "x-blnk-decimal"  # a major-units number that also takes a Decimal, sent exactly as minor units

CONSTRAINT_KEYWORDS = ("minLength", "maxLength", "minimum", "maximum", "pattern", "minItems", "maxItems")


RESERVED_ARGUMENTS = frozenset({"self", "timeout"})


@dataclass
class Argument:
    name: str  # the keyword in the method's signature
    annotation: str
    required: bool
    value: str  # the expression passed on to the request model or _get_kwargs
    constraints: dict[str, Any] = field(default_factory=dict)
    field: str = ""  # the request model's attribute, when it differs from `name`
    decimal: tuple[str, str] | None = None  # x-blnk-decimal: (minor units argument, precision argument)

    def __post_init__(self) -> None:
        self.field = self.field or self.name

    @property
    def signature(self) -> str:
        return f"{self.name}: {self.annotation}" + ("" if self.required else " = None")


@dataclass
class Overload:
    arguments: list[Argument]  # the body arguments of this signature (query arguments are shared)
    returns: str | None = None  # None: what the method returns


@dataclass
class Method:
    name: str
    module: str
    doc: str
    returns: str
    path: list[Argument]
    body_class: str | None
    body: list[Argument]
    query: list[Argument]
    retry_safe: bool | None
    rules: list[dict[str, Any]]
    overloads: list[Overload] = field(default_factory=list)
    exactly_one_of: tuple[tuple[str, ...], ...] = ()
    deduplication: dict[str, Any] | None = None  # x-blnk-deduplication: the server deduplicates on a body key
    item_type: str | None = None  # set when the operation is paginated (x-blnk-paginate)
    item_id: str = ""  # the field naming a row, so that a row a later page repeats is not yielded twice
    queued_unless: dict[str, str] | None = None  # x-blnk-queued-unless: the answer is only queued without a flag
    refund_once: bool = False  # x-blnk-refund-once: a transaction already refunded is refused before sending
    queued_action: bool = False  # x-blnk-queued-action: a queued commit or void, noted for waiting.wait_for_transaction
    # x-blnk-decimal inside the items of a list argument: (list field, (decimal, minor, precision) item fields)
    decimal_items: list[tuple[str, tuple[str, str, str]]] = field(default_factory=list)
    page_size: int = 100
    runtime_models: list[tuple[str, str]] = field(default_factory=list)  # (model, its module) the body evaluates
    route: str = ""  # "POST /ledgers", for the API reference (api.md)
    since: str = ""  # x-blnk-since: the Blnk Core release that added the operation, when the overlays say
    scope: str = ""  # x-required-scope: what a scoped API key needs to call it
    master_key_only: bool = False  # x-master-key-only: every scoped API key is refused

    @property
    def access(self) -> str:
        """Who may call it, as the docstring and api.md say it."""
        if self.master_key_only:
            return "Master key only."
        return f"Requires scope `{self.scope}`." if self.scope else ""

    @property
    def paginated_arguments(self) -> list[Argument]:
        """The arguments of `<name>_all`: all but offset and include_count; limit becomes the page size."""
        return [a for a in self.keyword_arguments if a.name not in ("offset", "include_count", "limit")]

    @property
    def rules_name(self) -> str:
        return f"_{self.module.upper()}_RULES"

    def constraints(self, arguments: list[Argument]) -> dict[str, dict[str, Any]]:
        return {a.name: a.constraints for a in arguments if a.constraints}

    @property
    def body_constraints(self) -> dict[str, dict[str, Any]]:
        return self.constraints(self.body)

    @property
    def query_constraints(self) -> dict[str, dict[str, Any]]:
        return self.constraints(self.query)

    @property
    def keyword_arguments(self) -> list[Argument]:
        return self.body + self.query


@dataclass
class Resource:
    tag: str
    class_name: str
    methods: list[Method]
    imports: set[str]
    # Imported for type checkers only: at run time each method imports its operation module, models
    # and resolving resource on its first call, so that the first call of one method loads only those.
    type_imports: set[str] = field(default_factory=set)
    # (alias, package, module): bound to a DeferredModule at run time, imported by the first call using it.
    deferred_modules: list[tuple[str, str, str]] = field(default_factory=list)


def _code(value: Any) -> str:
    return str(value.as_unembedded_code())


def _type(prop: Any) -> str:
    return _code(prop.get_type_string())


def _model_name(prop: Any) -> str | None:
    return prop.class_info.name if isinstance(prop, ModelProperty) else None


def _is_json_object(prop: Any) -> bool:
    """A free-form object (MetaData, query filters): users pass a plain mapping."""
    inner = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    for candidate in inner:
        if isinstance(candidate, ModelProperty):
            data = candidate.data
            extra = data.model_extra or {}
            if extra.get("x-blnk-json-object") or (not data.properties and data.additionalProperties):
                return True
    return False


def _json_object_class(prop: Any) -> str:
    inner = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    return next(p.class_info.name for p in inner if isinstance(p, ModelProperty))


def _names(code: str) -> set[str]:
    """The names a Python expression uses: `x.y[z]` uses x and z (read from its syntax tree)."""
    return {node.id for node in ast.walk(ast.parse(code, mode="eval")) if isinstance(node, ast.Name)}


def _dotted(code: str) -> set[str]:
    """The dotted names an expression uses: `datetime.datetime | None` uses datetime.datetime."""
    return {ast.unparse(node) for node in ast.walk(ast.parse(code, mode="eval")) if isinstance(node, ast.Attribute)}


class _BuiltinList(ast.NodeTransformer):
    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.Attribute(ast.Name("builtins", ast.Load()), "list", ast.Load()) if node.id == "list" else node


def _resolve(node: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _constraints(raw: dict[str, Any] | None, schemas: dict[str, Any]) -> dict[str, Any]:
    raw = _unwrap(raw)
    if not raw:
        return {}
    if "$ref" in raw:
        raw = schemas.get(raw["$ref"].rsplit("/", 1)[-1], {})
    found = {k: raw[k] for k in CONSTRAINT_KEYWORDS if k in raw}
    if raw.get("type") in ("integer", "number", "string", "boolean") and "format" not in raw and "enum" not in raw:
        found["type"] = raw["type"]  # checked on the JSON the request will carry
    if raw.get("format") == "date-time":
        found["format"] = "date-time"
    one_of = _one_of(raw.get("items"), schemas)
    if one_of:
        found["one_of"] = one_of
    return found


def _one_of(items: dict[str, Any] | None, schemas: dict[str, Any]) -> dict[str, Any] | None:
    """An array of a oneOf chosen by `x-blnk-variant-key` (FilterCondition): each variant's keys, checked per item."""
    if not items:
        return None
    if "$ref" in items:
        items = schemas.get(items["$ref"].rsplit("/", 1)[-1], {})
    key = items.get("x-blnk-variant-key")
    if not key:
        return None
    variants = []
    for ref in items["oneOf"]:
        variant = schemas[ref["$ref"].rsplit("/", 1)[-1]]
        properties = variant["properties"]
        counts = {
            name: {k: prop[k] for k in ("minItems", "maxItems") if k in prop}
            for name, prop in properties.items()
            if prop.get("type") == "array"
        }
        variants.append(
            {
                "values": tuple(properties[key]["enum"]),
                "required": tuple(variant.get("required", ())),
                "allowed": tuple(properties),
                "counts": {name: rule for name, rule in counts.items() if rule},
            }
        )
    return {"key": str(key), "variants": tuple(variants)}


def _unwrap(raw: dict[str, Any] | None) -> dict[str, Any] | None:
    """`allOf: [{$ref}]` (a $ref given a description, see releases.client_view) as the $ref."""
    all_of = (raw or {}).get("allOf")
    return all_of[0] if isinstance(all_of, list) and len(all_of) == 1 else raw


def _enum(prop: EnumProperty, imports: set[str]) -> str:
    """An enum as arguments take it: a member, or its exact value as the Literal `<Enum>Params`."""
    enum = prop.class_info.name
    imports.add(f"from ...models import {enum}")
    imports.add(f"from ...params import {enum}Params")
    return f"{enum} | {enum}Params"


def _left_out(raw: dict[str, Any] | None) -> bool:
    """Optional on the wire: the argument defaults to None, which the request leaves out."""
    return bool((raw or {}).get(ABSENT))


def _nullable_inner(prop: Any) -> tuple[Any, bool]:
    """(the property, whether None is allowed): `X | None` as X, so that X's kind decides the argument."""
    if isinstance(prop, UnionProperty):
        inner = [p for p in prop.inner_properties if _type(p) != "None"]
        if len(inner) == 1 and len(inner) < len(prop.inner_properties):
            return inner[0], True
    return prop, False


def _argument(
    prop: Any, imports: set[str], *, optional: bool = False, value_type: str = "JSONValue", name: str = ""
) -> Argument:
    """`name` is the keyword when it is not the property's own (x-blnk-argument-name)."""
    name = name or str(prop.python_name)
    required = prop.required and not optional
    if _is_json_object(prop):
        model = _json_object_class(prop)
        nullable_text = " | None" if isinstance(prop, UnionProperty) and "None" in _type(prop) else ""
        imports.add(f"from ...models import {model}")
        return Argument(
            name,
            f"Mapping[str, {value_type}]{nullable_text}",
            required,
            f"{model}.from_dict({name}) if isinstance({name}, Mapping) else {name}",
        )
    inner, nullable = _nullable_inner(prop)
    none = " | None" if nullable or not required else ""

    def unless_none(value: str) -> str:
        return value if none == "" else f"None if {name} is None else {value}"

    if isinstance(inner, EnumProperty):
        enum = _enum(inner, imports)
        value = f'coerce_enum({inner.class_info.name}, {name}, "{name}")'
        return Argument(name, f"{enum}{none}", required, unless_none(value))
    if isinstance(inner, ListProperty) and isinstance(inner.inner_property, EnumProperty):
        enum = _enum(inner.inner_property, imports)
        convert = f'[coerce_enum({inner.inner_property.class_info.name}, item, "{name}") for item in {name}]'
        return Argument(name, f"Sequence[{enum}]{none}", required, unless_none(convert))
    if isinstance(inner, ModelProperty):  # None is no Mapping, so it passes through as it is
        model = inner.class_info.name
        imports.add(f"from ...models import {model}")
        imports.add(f"from ...params import {model}Params")
        value = f"{model}.from_dict({name}) if isinstance({name}, Mapping) else {name}"
        return Argument(name, f"{model} | {model}Params{none}", required, value)
    if isinstance(inner, ListProperty) and isinstance(inner.inner_property, ModelProperty):
        model = inner.inner_property.class_info.name
        imports.add(f"from ...models import {model}")
        imports.add(f"from ...params import {model}Params")
        convert = f"[{model}.from_dict(item) if isinstance(item, Mapping) else item for item in {name}]"
        return Argument(name, f"Sequence[{model} | {model}Params]{none}", required, unless_none(convert))
    return Argument(name, _type(prop), required, name)


def success_responses(endpoint: Endpoint) -> list[Any]:
    return [r for r in endpoint.responses.patterns if r.status_code.range and 200 <= r.status_code.range[0] < 300]


def _path_argument(prop: Any, imports: set[str]) -> Argument:
    """Path segments are checked so they cannot change the route; enum segments must be members."""
    name = prop.python_name
    if isinstance(prop, DateTimeProperty):  # written by _get_kwargs as UTC text: no "/" can appear
        return Argument(name, "datetime.datetime", True, name)
    if isinstance(prop, EnumProperty):
        enum = prop.class_info.name
        return Argument(
            name, _enum(prop, imports), True, f'coerce_enum({enum}, check_path_param("{name}", {name}), "{name}")'
        )
    return Argument(name, "str", True, f'check_path_param("{name}", {name})')


def _item_type(endpoint: Endpoint, where: str) -> str:
    for response in success_responses(endpoint):
        candidates = response.prop.inner_properties if isinstance(response.prop, UnionProperty) else [response.prop]
        for candidate in candidates:
            if isinstance(candidate, ListProperty):
                return _type(candidate.inner_property)
    raise PlanError(f"{where}: x-blnk-paginate on an operation that answers no list")


def success_type(endpoint: Endpoint) -> str:
    types = sorted({_type(r.prop) for r in success_responses(endpoint)})
    if types == ["Any"]:  # a success without a body (204)
        return "None"
    if not types:
        raise PlanError(f"{endpoint.method.upper()} {endpoint.path}: no 2xx response")
    return " | ".join(types)


def _overloads(body: list[Argument], rules: list[dict[str, Any]], where: str) -> list[Overload]:
    """`when {flag: true} require [x]` becomes two signatures: flag given with x required, or flag false."""
    if not rules:
        return []
    if len(rules) != 1 or len(rules[0]["when"]) != 1 or list(rules[0]["when"].values()) != [True]:
        raise PlanError(f"{where}: overloads support one rule with one boolean condition")
    (flag,) = rules[0]["when"]
    required = set(rules[0]["require"])

    def variant(flag_annotation: str, flag_required: bool, require: bool) -> list[Argument]:
        args = []
        for arg in body:
            if arg.name == flag:
                args.append(Argument(arg.name, flag_annotation, flag_required, arg.value))
            elif arg.name in required and require:
                args.append(Argument(arg.name, arg.annotation.removesuffix(" | None"), True, arg.value))
            else:
                args.append(arg)
        return _required_first(args)

    return [Overload(variant("bool", True, True)), Overload(variant("Literal[False] | None", False, False))]


def _return_overloads(body: list[Argument], returns: str, rule: Any, where: str) -> list[Overload]:
    """`x-blnk-returns-when: {when: flag, returns: T}` (or a list of them, the first flag set wins).

    Each flag set to True answers its type when the flags before it are not; with none of them
    set, the types no rule names; any bool at all, every type.
    """
    if not rule:
        return []
    rules = [(str(r["when"]), str(r["returns"])) for r in (rule if isinstance(rule, list) else [rule])]
    types = [t.strip() for t in returns.split("|")]
    flags = [flag for flag, _ in rules]
    for flag, narrowed in rules:
        if narrowed not in types or not any(a.name == flag for a in body):
            raise PlanError(f"{where}: x-blnk-returns-when needs a body flag {flag!r} and a return type {narrowed!r}")
    rest = " | ".join(t for t in types if t not in {narrowed for _, narrowed in rules})
    if not rest or len(set(flags)) != len(flags):
        raise PlanError(f"{where}: x-blnk-returns-when must leave a return type for no flag set, each flag once")

    def variant(annotations: dict[str, tuple[str, bool]]) -> list[Argument]:
        return _required_first(
            [Argument(a.name, *annotations[a.name], a.value) if a.name in annotations else a for a in body]
        )

    unset = ("Literal[False] | None", False)
    overloads = [
        Overload(variant({**{f: unset for f in flags[:i]}, flag: ("Literal[True]", True)}), narrowed)
        for i, (flag, narrowed) in enumerate(rules)
    ]
    overloads.append(Overload(variant({f: unset for f in flags}), rest))
    # One flag: required, so that leaving it out picks the overload above; several: each optional.
    fallback = ("bool", True) if len(flags) == 1 else ("bool | None", False)
    overloads.append(Overload(variant({f: fallback for f in flags}), returns))
    return overloads


def _required_first(args: list[Argument]) -> list[Argument]:
    return [a for a in args if a.required] + [a for a in args if not a.required]


def _method_names(operation: dict[str, Any], endpoint: Endpoint, where: str) -> list[tuple[str, Any]]:
    """(method name, body or None): one method per request content type when there are several."""
    if len(endpoint.bodies) <= 1:
        return [(operation["x-blnk-method"], endpoint.bodies[0] if endpoint.bodies else None)]
    by_type = operation.get("x-blnk-methods-by-content-type") or {}
    named = []
    for body in endpoint.bodies:
        content_type = str(body.content_type.get_untrusted_value())
        if content_type not in by_type:
            raise PlanError(
                f"{where}: several request bodies; name each in x-blnk-methods-by-content-type ({content_type})"
            )
        named.append((str(by_type[content_type]), body))
    return named


def _decimal_rule(properties: dict[str, Any], name: str, where: str) -> tuple[str, str] | None:
    """x-blnk-decimal on `name`: the (minor units, precision) fields it is sent as, both in `properties`."""
    rule = (properties.get(name) or {}).get(DECIMAL)
    if not rule:
        return None
    minor, precision = str(rule.get("minor", "")), str(rule.get("precision", ""))
    if properties.get(name, {}).get("type") != "number" or minor not in properties or precision not in properties:
        raise PlanError(f"{where}: {DECIMAL} on {name!r} needs a number and its minor and precision fields")
    return minor, precision


def _decimal_items(props: list[Any], schemas: dict[str, Any], where: str) -> list[tuple[str, tuple[str, str, str]]]:
    """The list fields whose items carry an x-blnk-decimal amount (the postings of a bulk request)."""
    found = []
    for prop in props:
        if isinstance(prop, ListProperty) and isinstance(prop.inner_property, ModelProperty):
            properties = (schemas.get(prop.inner_property.class_info.name) or {}).get("properties", {})
            for name in properties:
                rule = _decimal_rule(properties, name, where)
                if rule:
                    found.append((str(prop.python_name), (name, *rule)))
    return found


def _body_arguments(
    model: Any, imports: set[str], schemas: dict[str, Any], where: str
) -> tuple[list[Argument], list[dict[str, Any]], tuple[tuple[str, ...], ...]]:
    props = (model.required_properties or []) + (model.optional_properties or [])
    raw_properties = (schemas.get(model.class_info.name) or {}).get("properties", {})
    arguments = []
    for prop in props:
        raw_property = raw_properties.get(prop.name.get_untrusted_value()) or {}
        renamed = str(raw_property.get("x-blnk-argument-name") or "")
        arg = _argument(prop, imports, optional=_left_out(raw_property), name=renamed)
        arg.field = str(prop.python_name)
        arg.constraints = _constraints(raw_property, schemas)
        arguments.append(arg)
        if not renamed and arg.name in RESERVED_ARGUMENTS:
            raise PlanError(
                f"{where}: body field {arg.name!r} collides with the method's own argument; "
                "give it an x-blnk-argument-name"
            )
    body = _required_first(arguments)
    by_field = {arg.field: arg for arg in body}
    for arg in body:
        rule = _decimal_rule(raw_properties, arg.field, where)
        if rule:
            arg.annotation = arg.annotation.replace("float", "float | Decimal", 1)
            arg.decimal = (by_field[rule[0]].name, by_field[rule[1]].name)
    extra = model.data.model_extra or {}
    exactly_one_of = tuple(tuple(group) for group in extra.get("x-blnk-exactly-one-of", []))
    rules = [
        {"when": dict(r["when"]), "require": tuple(r["require"]), "reason": str(r["reason"])}
        for r in extra.get("x-blnk-required-when", [])
    ]
    return body, rules, exactly_one_of


def _endpoint_methods(
    endpoint: Endpoint, operation: dict[str, Any], spec: dict[str, Any], imports: set[str], where: str
) -> list[Method]:
    schemas = spec.get("components", {}).get("schemas", {})
    parameters = [_resolve(p, spec) for p in operation.get("parameters", [])]
    raw_query = {p.get("name"): p.get("schema", {}) for p in parameters if p.get("in") == "query"}
    left_out = {p.get("name") for p in parameters if p.get("in") == "query" and _left_out(p)}
    query = _required_first(
        [_argument(p, imports, optional=p.name in left_out, value_type="str") for p in endpoint.query_parameters]
    )
    for arg in query:
        arg.constraints = _constraints(raw_query.get(arg.name), schemas)
    summary = str(operation.get("summary") or "")
    description = str(operation.get("description") or "")
    methods = []
    for name, body_spec in _method_names(operation, endpoint, where):
        body_class: str | None = None
        body: list[Argument] = []
        decimal_items: list[tuple[str, tuple[str, str, str]]] = []
        rules: list[dict[str, Any]] = []
        exactly_one_of: tuple[tuple[str, ...], ...] = ()
        if body_spec is not None:
            model = body_spec.prop
            if not isinstance(model, ModelProperty):
                raise PlanError(f"{where}: request body is not an object schema")
            body_class = model.class_info.name
            imports.add(f"from ...models import {body_class}")
            body, rules, exactly_one_of = _body_arguments(model, imports, schemas, where)
            decimal_items = _decimal_items(
                (model.required_properties or []) + (model.optional_properties or []), schemas, where
            )
        method = Method(
            name=name,
            module=str(endpoint.name),
            doc="\n\n".join(part for part in (summary, description) if part).strip(),
            returns=success_type(endpoint),
            path=[_path_argument(p, imports) for p in endpoint.path_parameters],
            body_class=body_class,
            body=body,
            query=[Argument(a.name, a.annotation, a.required, a.value, dict(a.constraints)) for a in query],
            retry_safe=operation.get("x-blnk-retry-safe"),
            rules=rules,
            overloads=_overloads(body, rules, where)
            + _return_overloads(body, success_type(endpoint), operation.get("x-blnk-returns-when"), where),
            exactly_one_of=exactly_one_of,
            decimal_items=decimal_items,
            route=where,
            since=str(operation.get("x-blnk-since") or ""),
            scope=str(operation.get("x-required-scope") or ""),
            master_key_only=bool(operation.get("x-master-key-only")),
        )
        method.doc = "\n\n".join(part for part in (method.doc, method.access) if part)
        if "x-blnk-deduplication" in operation:
            idem = dict(operation["x-blnk-deduplication"])
            if not any(a.name == idem["key"] for a in method.body):
                raise PlanError(f"{where}: x-blnk-deduplication key {idem['key']!r} is not a body field")
            for listed in ("compare", "skip_when", "unchecked", "unstored_with"):
                idem[listed] = tuple(idem.get(listed, ()))
            idem["unsent"] = dict(idem.get("unsent", {}))
            resolve = str(idem.get("resolve", ""))
            if resolve.count(".") != 1:
                raise PlanError(f"{where}: x-blnk-deduplication resolve names no <resource>.<method>: {resolve!r}")
            tag, resolve_method = resolve.split(".")
            idem["resolve_class"] = tag.title().replace("_", "")
            idem["resolve_tag"] = tag
            idem["resolve_method"] = resolve_method
            imports.add(f"from ..{tag} import {idem['resolve_class']}")
            imports.add(f"from ..{tag} import Async{idem['resolve_class']}")
            method.deduplication = idem
        if "x-blnk-queued-unless" in operation:
            queued = {k: str(v) for k, v in operation["x-blnk-queued-unless"].items()}
            if set(queued) != {"flag", "answer", "status"} or not any(a.name == queued["flag"] for a in method.body):
                raise PlanError(f"{where}: x-blnk-queued-unless needs a body flag, an answer model and its status")
            imports.add(f"from ...models import {queued['status'].split('.')[0]}")
            imports.add("from ..._queued import marked_queued")
            method.queued_unless = queued
        if operation.get("x-blnk-queued-action"):
            if not {"skip_queue", "dry_run"} <= {a.name for a in method.body} or len(method.path) > 1:
                raise PlanError(f"{where}: x-blnk-queued-action needs skip_queue and dry_run flags and one id at most")
            imports.add("from ..._queued import async_note_action, note_action, remembering")
            method.queued_action = True
        if operation.get("x-blnk-refund-once"):
            if [a.name for a in method.path] != ["transaction_id"] or not any(a.name == "dry_run" for a in method.body):
                raise PlanError(f"{where}: x-blnk-refund-once needs a transaction_id path and a dry_run body flag")
            imports.add("from ..._refunds import async_refuse_second_refund, refuse_second_refund")
            method.refund_once = True
        if "x-blnk-paginate" in operation:
            method.item_type = _item_type(endpoint, where)
            method.item_id = str(operation["x-blnk-paginate"].get("id") or "")
            if not method.item_id.isidentifier():
                raise PlanError(f"{where}: x-blnk-paginate needs the id field of a row, e.g. {{id: ledger_id}}")
            limit = next((a for a in method.keyword_arguments if a.name == "limit"), None)
            if limit is None or not any(a.name == "offset" for a in method.keyword_arguments):
                raise PlanError(f"{where}: x-blnk-paginate needs limit and offset arguments")
            method.page_size = int(limit.constraints.get("maximum", 100))
        methods.append(method)
    return methods


def plan(data: GeneratorData, spec: dict[str, Any]) -> list[Resource]:
    resources = []
    model_names = {str(m.class_info.name) for m in data.models} | {str(e.class_info.name) for e in data.enums}
    model_modules = {str(m.class_info.name): str(m.class_info.module_name) for m in [*data.models, *data.enums]}
    for tag, collection in sorted(data.endpoint_collections_by_tag.items()):
        if tag == "default":  # untagged upstream operations the overlays have not described yet
            continue
        imports: set[str] = set()
        methods = []
        for endpoint in collection.endpoints:
            operation = spec["paths"][str(endpoint.path.get_untrusted_value())][endpoint.method]
            where = f"{endpoint.method.upper()} {endpoint.path.get_untrusted_value()}"
            if "x-blnk-method" not in operation:
                raise PlanError(f"{where}: tagged {tag!r} but has no x-blnk-method")
            methods.extend(_endpoint_methods(endpoint, operation, spec, imports, where))
        for method in methods:
            for annotation in [method.returns, *(a.annotation for a in method.path + method.keyword_arguments)]:
                imports.update(_imports_for(annotation, model_names))
            method.returns = _builtin_list(method.returns)
            for arg in method.keyword_arguments:
                arg.annotation = _builtin_list(arg.annotation)
            for variant in method.overloads:
                for arg in variant.arguments:
                    arg.annotation = _builtin_list(arg.annotation)
                if variant.returns:
                    variant.returns = _builtin_list(variant.returns)
        imports.update(_helper_imports(methods))
        for method in methods:
            method.runtime_models = [(name, model_modules[name]) for name in _runtime_models(method, model_names)]
        deferred = {line for line in imports if _deferred(line)}
        annotated = _annotation_names(methods)
        resources.append(
            Resource(
                tag=str(tag),
                class_name=str(tag).title().replace("_", ""),
                methods=methods,
                imports=imports - deferred,
                type_imports={line for line in deferred if line.rsplit(" ", 1)[1] in annotated},
                deferred_modules=_deferred_modules(methods),
            )
        )
    return resources


# Models, params, the resolving resource (`from ..balances import Balances`), deduplication and
# pagination: at module level for the annotations only; the methods import them on first use.
DEFERRED = frozenset({(3, "models"), (3, "params"), (3, "_idempotency"), (3, "_pagination")})


def _deferred(line: str) -> bool:
    statement = ast.parse(line).body[0]
    if not isinstance(statement, ast.ImportFrom) or statement.module is None:
        return False
    return (statement.level, statement.module) in DEFERRED or (statement.level == 2 and statement.module.islower())


def _annotation_names(methods: list[Method]) -> set[str]:
    """Every name the signatures mention (what the type-checking imports must provide)."""
    annotations = [
        text
        for m in methods
        for text in [
            m.returns,
            m.item_type or "",
            *(a.annotation for a in m.path + m.keyword_arguments),
            *(v.returns or "" for v in m.overloads),
            *(a.annotation for v in m.overloads for a in v.arguments),
        ]
    ]
    return {name for text in annotations if text for name in _names(text)}


def _deferred_modules(methods: list[Method]) -> list[tuple[str, str, str]]:
    """The modules the methods' bodies use: operation modules, models, and the runtime they need."""
    modules = {(m.module, ".", m.module) for m in methods}
    modules |= {(f"_m_{module}", "...models", module) for m in methods for _, module in m.runtime_models}
    if any(m.deduplication for m in methods):
        modules.add(("_idempotency", "...", "_idempotency"))
    modules |= {
        (f"_r_{m.deduplication['resolve_tag']}", "..", m.deduplication["resolve_tag"])
        for m in methods
        if m.deduplication
    }
    if any(m.item_type for m in methods):
        modules.add(("_pagination", "...", "_pagination"))
    return sorted(modules)


def _runtime_models(method: Method, model_names: set[str]) -> list[str]:
    """The models a method's body evaluates (its request model, enums it coerces, a queued status)."""
    used = {method.body_class or ""} | {
        name for a in method.path + method.keyword_arguments for name in _names(a.value)
    }
    used |= {name for value in (method.queued_unless or {}).values() for name in _names(value)}
    return sorted(used & model_names)


HELPERS = {  # a name the signatures or argument values use -> the import that provides it
    "builtins": "import builtins",
    "Mapping": "from collections.abc import Mapping",
    "Sequence": "from collections.abc import Sequence",
    "JSONValue": "from ...types import JSONValue",
    "coerce_enum": "from ..._validation import coerce_enum",
    "check_path_param": "from ..._validation import check_path_param",
    "File": "from ...types import File",
}


def _helper_imports(methods: list[Method]) -> set[str]:
    """Import only what the rendered resource uses (unused imports in __init__.py stay otherwise)."""
    code = [m.returns for m in methods] + [
        text
        for m in methods
        for a in [*m.path, *m.keyword_arguments, *(v for variant in m.overloads for v in variant.arguments)]
        for text in (a.annotation, a.value)
    ]
    used = {name for text in code for name in _names(text)}
    imports = {line for name, line in HELPERS.items() if name in used}
    if any(m.overloads for m in methods):
        imports |= {"from typing import Literal", "from typing import overload"}
    if any(m.item_type for m in methods):
        imports |= {
            "from collections.abc import AsyncIterator",
            "from collections.abc import Iterator",
            "from ..._pagination import aiterate_pages",
            "from ..._pagination import iterate_pages",
        }
    if any(m.body_class for m in methods):
        imports.add("from ..._validation import building_request")
    if any(m.exactly_one_of for m in methods):
        imports.add("from ..._validation import check_exactly_one_of")
    if any(m.deduplication for m in methods):
        imports.add("from ..._idempotency import Deduplication")
    if any(m.rules for m in methods):
        imports |= {"from ..._validation import RequiredWhen", "from ..._validation import check_required_when"}
    if any(m.body_constraints or m.query_constraints for m in methods):
        imports.add("from ..._validation import check_constraints")
    if any(a.decimal for m in methods for a in m.body):
        imports |= {"from decimal import Decimal", "from ...money import exact_amount"}
    if any(m.decimal_items for m in methods):
        imports.add("from ...money import exact_amounts")
    return imports


def _imports_for(annotation: str, model_names: set[str]) -> set[str]:
    imports = {f"from ...models import {name}" for name in _names(annotation) if name in model_names}
    if any(name.startswith("datetime.") for name in _dotted(annotation)):
        imports.add("import datetime")
    return imports


def _builtin_list(annotation: str) -> str:
    """Resources have a method named `list`, which shadows the builtin inside the class body."""
    return ast.unparse(_BuiltinList().visit(ast.parse(annotation, mode="eval")))


def api_signature(method: Method, arguments: list[Argument]) -> str:
    """The arguments of a method as api.md shows them: path arguments, then `*` and the keywords."""
    parts = [f"{a.name}: {display_annotation(a.annotation)}" for a in method.path]
    if arguments:
        parts.append("*")
    parts += [f"{a.name}: {display_annotation(a.annotation)}" + ("" if a.required else " = None") for a in arguments]
    return ", ".join(parts)


def display_annotation(annotation: str) -> str:
    """An annotation as a reader writes it (`builtins.list[...]` only avoids the method named list)."""
    return annotation.replace("builtins.list[", "list[")
