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
from werkzeug.datastructures import Headers, ImmutableMultiDict

REPO = Path(__file__).resolve().parents[2]
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
        self.operations: list[Operation] = []
        for file in sorted(root.glob("*/openapi.yml")):
            raw = yaml.safe_load(_python_regex(file.read_text("utf-8")))
            name = file.parent.name
            self.apis[name] = OpenAPI.from_dict(raw)
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
