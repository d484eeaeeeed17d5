"""Contract checks against DUO's own OpenAPI files in ../shared/duo-m2m/API (never copied).

`DuoContract.check_request` / `check_response` raise `ContractError` naming what DUO's file
says is wrong. The mock DUO uses the same objects, so the mock and the tests agree on the spec.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_schema_validator import OAS30Validator, oas30_format_checker
from werkzeug.datastructures import Headers, ImmutableMultiDict

REPO = Path(__file__).resolve().parents[3]
HOST = "https://duo.test"


def spec_root() -> Path:
    """DUO's API folder, or skip with the reason (CI and developers have it beside the repo).

    ``WEGWIJS_DUO_SPEC`` points elsewhere; a git worktree one level deeper finds it too.
    """
    env = os.environ.get("WEGWIJS_DUO_SPEC")
    candidates = [Path(env)] if env else []
    candidates += [p / "shared" / "duo-m2m" / "API" for p in (REPO.parent, REPO.parent.parent)]
    for root in candidates:
        if (root / "PIP" / "openapi.yml").is_file():
            return root
    pytest.skip(f"DUO's specificatie ontbreekt: {candidates[0]} (shared/duo-m2m naast de repo)")


class ContractError(AssertionError):
    pass


@dataclass
class _Request:
    method: str
    path: str
    headers: dict[str, str]
    raw: bytes | None
    host_url: str = HOST
    parameters: RequestParameters = field(default_factory=RequestParameters)

    def __post_init__(self) -> None:
        self.method = self.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(), header=Headers(self.headers), path={}
        )

    @property
    def body(self) -> bytes | None:
        return self.raw

    @property
    def content_type(self) -> str:
        return "application/json" if self.raw is not None else ""


@dataclass
class _Response:
    status_code: int
    headers: Headers
    data: bytes | None

    @property
    def content_type(self) -> str:
        return "application/json" if self.data else ""


@dataclass(frozen=True)
class Operation:
    api: str  # folder name, e.g. "PIP"
    version: str  # info.version
    template: str  # e.g. /personen/{bsn}/PIP
    method: str  # lower case
    spec: dict[str, Any] = field(repr=False)


def _encode(body: Any) -> bytes | None:
    return None if body is None else json.dumps(body).encode()


class DuoContract:
    def __init__(self, root: Path) -> None:
        self.apis: dict[str, OpenAPI] = {}
        self.raw: dict[str, dict[str, Any]] = {}
        self.operations: list[Operation] = []
        self._compiled: dict[tuple[str, str, str], _Compiled] = {}
        for file in sorted(root.glob("*/openapi.yml")):
            raw = yaml.safe_load(_python_regex(file.read_text("utf-8")))
            name = file.parent.name
            self.apis[name] = OpenAPI.from_dict(raw)
            self.raw[name] = raw
            for template, ops in raw["paths"].items():
                for method, op in ops.items():
                    if method in ("get", "post", "put", "delete"):
                        self.operations.append(
                            Operation(name, raw["info"]["version"], template, method, op)
                        )

    def operation(self, method: str, path: str) -> Operation:
        for op in self.operations:
            if op.method == method.lower() and _matches(op.template, path):
                return op
        raise ContractError(f"DUO kent {method.upper()} {path} niet")

    def check_request_fast(
        self, method: str, path: str, headers: dict[str, str], body: Any = None
    ) -> Operation:
        """The same check as `check_request`, with validators compiled once per operation from
        DUO's files (openapi-schema-validator, as openapi-core uses): for the mock's hot path."""
        op = self.operation(method, path)
        key = (op.api, op.method, op.template)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = _Compiled.build(self.raw[op.api], op)
        problems = compiled.problems(_path_params(op.template, path), headers, body)
        if problems:
            raise ContractError(f"{method} {path}: " + "; ".join(problems))
        return op

    def check_request(
        self, method: str, path: str, headers: dict[str, str], body: Any = None
    ) -> Operation:
        op = self.operation(method, path)
        request = _Request(method, path, headers, _encode(body))
        result = self.apis[op.api].unmarshal_request(request)
        if result.errors:
            raise ContractError(f"{method} {path}: " + "; ".join(_why(e) for e in result.errors))
        return op

    def check_response(
        self,
        method: str,
        path: str,
        status: int,
        headers: dict[str, str],
        body: Any = None,
        *,
        request_headers: dict[str, str] | None = None,
    ) -> None:
        op = self.operation(method, path)
        if str(status) not in op.spec["responses"]:
            raise ContractError(f"{method} {path}: DUO noemt antwoord {status} niet")
        request = _Request(method, path, request_headers or {}, None)
        response = _Response(status, Headers(headers), _encode(body))
        result = self.apis[op.api].unmarshal_response(request, response)
        if result.errors:
            raise ContractError(
                f"{method} {path} → {status}: " + "; ".join(_why(e) for e in result.errors)
            )


# DUO's Contactpersoon file uses Unicode property classes, which Python's `re` lacks: letters
# (\p{L}) become the Latin, Greek, Cyrillic, Arabic and Ethiopic letter blocks, dashes (\p{Pd})
# the ASCII hyphen and U+2010-2015. Only the `naam` pattern is touched.
_LETTERS = "A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0600-\\u06FF\\u1200-\\u137F"
_DASHES = "\\\\-\\u2010-\\u2015"


def _python_regex(text: str) -> str:
    return text.replace("\\\\p{L}", _LETTERS).replace("\\\\p{Pd}", _DASHES)


def _deref(node: Any, root: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = root
            for part in ref[2:].split("/"):
                target = target[part]
            return _deref(target, root)
        return {k: _deref(v, root) for k, v in node.items()}
    if isinstance(node, list):
        return [_deref(v, root) for v in node]
    return node


@dataclass
class _Compiled:
    params: list[tuple[str, str, bool, Any]]  # (in, name, required, validator)
    body: Any  # validator or None
    body_required: bool

    @classmethod
    def build(cls, raw: dict[str, Any], op: Operation) -> _Compiled:
        spec = _deref(op.spec, raw)
        params = []
        for p in spec.get("parameters", []):
            validator = OAS30Validator(p["schema"], format_checker=oas30_format_checker)
            params.append((p["in"], p["name"], bool(p.get("required")), validator))
        body_spec = spec.get("requestBody")
        body = None
        if body_spec:
            schema = body_spec["content"]["application/json"]["schema"]
            body = OAS30Validator(schema, format_checker=oas30_format_checker)
        return cls(params, body, bool(body_spec and body_spec.get("required")))

    def problems(
        self, path_params: dict[str, str], headers: dict[str, str], body: Any
    ) -> list[str]:
        out: list[str] = []
        lowered = {k.lower(): v for k, v in headers.items()}
        for where, name, required, validator in self.params:
            if where == "header":
                value = lowered.get(name.lower())
            elif where == "path":
                value = path_params.get(name)
                if value is not None and validator.schema.get("type") == "integer":
                    # a path segment is text; DUO's integer ids are read as numbers (simple
                    # style, as openapi-core deserialises it): "12" passes, "12a" does not
                    value = int(value) if value.lstrip("-").isdigit() else value
            else:
                continue
            if value is None:
                if required:
                    out.append(f"{where} parameter {name} ontbreekt")
                continue
            out += [f"{name}: {e.message}" for e in validator.iter_errors(value)]
        if self.body is not None:
            if body is None:
                if self.body_required:
                    out.append("request body ontbreekt")
            else:
                out += [f"body: {e.message}" for e in self.body.iter_errors(body)]
        return out


def _path_params(template: str, path: str) -> dict[str, str]:
    t_parts, p_parts = template.strip("/").split("/"), path.split("?")[0].strip("/").split("/")
    return {t[1:-1]: p for t, p in zip(t_parts, p_parts, strict=True) if t.startswith("{")}


def _why(error: Exception) -> str:
    inner = getattr(error, "schema_errors", None) or ()
    details = ", ".join(getattr(e, "message", str(e)) for e in inner)
    return f"{type(error).__name__}: {error}" + (f" ({details})" if details else "")


def _matches(template: str, path: str) -> bool:
    t_parts, p_parts = template.strip("/").split("/"), path.split("?")[0].strip("/").split("/")
    return len(t_parts) == len(p_parts) and all(
        (t.startswith("{") and t.endswith("}") and p) or t == p
        for t, p in zip(t_parts, p_parts, strict=True)
    )


@cache
def duo_contract() -> DuoContract:
    return DuoContract(spec_root())
