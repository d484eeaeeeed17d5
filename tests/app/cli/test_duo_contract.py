"""Contract test: every PIP message Wegwijs exports validates against DUO's own OpenAPI schema
(``duo-m2m/API/PIP/openapi.yml``), read from the shared folder at test time, never copied."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from datetime import date
from itertools import product
from pathlib import Path
from typing import Any

import pytest

from app.pip.duo_check import DuoExportError, DuoInput, duo_message, duo_path
from tests.app.cli.test_cli import cli
from tests.app.cli.test_pip_cli import _fix, dossier  # noqa: F401
from tests.app.pip.test_duo_check import OK

ROOT = Path(__file__).resolve().parents[3]


def _spec_file() -> Path | None:
    """$WEGWIJS_DUO_SPEC, else shared/duo-m2m beside the repository (or its worktree folder)."""
    if os.environ.get("WEGWIJS_DUO_SPEC"):
        return Path(os.environ["WEGWIJS_DUO_SPEC"])
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "duo-m2m" / "API" / "PIP" / "openapi.yml"
        if path.is_file():
            return path
    return None


SPEC = _spec_file()
pytestmark = pytest.mark.skipif(
    SPEC is None or not SPEC.is_file(),
    reason="DUO's PIP OpenAPI file (shared/duo-m2m/API/PIP/openapi.yml) is not on this machine; "
    "set WEGWIJS_DUO_SPEC to its path",
)


def _validator(schema_name: str) -> Any:
    import jsonschema
    import yaml

    assert SPEC is not None
    spec = yaml.safe_load(SPEC.read_text("utf-8"))
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": spec["components"]}
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def _errors(schema_name: str, message: dict[str, Any]) -> list[str]:
    """Schema errors, plus (strict, as DUO's gateway treats a body) any property the schema
    does not name: the spec leaves additionalProperties open, the contract does not."""
    import yaml

    assert SPEC is not None
    errors = [e.message for e in _validator(schema_name).iter_errors(message)]
    schemas = yaml.safe_load(SPEC.read_text("utf-8"))["components"]["schemas"]
    known = set(schemas[schema_name]["properties"])
    errors += [f"onbekend veld {k!r}" for k in sorted(set(message) - known)]
    return errors


def _passing_inputs() -> list[DuoInput]:
    """Every combination DUO accepts: routes, levels, intensity, literacy, finish-course flag."""
    found: list[DuoInput] = []
    for route, niveau, intensiteit, alfa, afmaken, asiel in product(
        "BOZ", ("", "A2", "B1"), (None, 600), ("A", "AA", "NVT"), (False, True), (True, False)
    ):
        p = replace(
            OK,
            leerroute=route,
            niveau=niveau,
            intensiteit=intensiteit,
            alfabetisering=alfa,
            mag_opleiding_afmaken=afmaken,
            asielstatushouder=asiel,
            eerste_pip=niveau != "A2",
        )
        try:
            duo_message(p)
        except DuoExportError:
            continue
        found.append(p)
    return found


def test_every_exported_message_validates_against_duos_schema() -> None:
    inputs = _passing_inputs()
    assert len(inputs) >= 30
    for p in inputs:
        message = duo_message(p)
        assert _errors("Gemeente", message) == [], message
        assert _errors("PIP", message["pip"]) == [], message  # the POST body on its own
        assert duo_path(p.bsn or "") == "/personen/999990019/PIP"


def test_the_old_flat_shape_is_refused_by_the_schema() -> None:
    """Proves the contract test can fail: the flat message of before is not DUO's shape."""
    body = duo_message(OK)["pip"]
    flat = {"gemeentecode": "0294", "bsn": "999990019", **body}
    assert "'pip' is a required property" in _errors("Gemeente", flat)
    assert "onbekend veld 'bsn'" in _errors("PIP", flat)
    assert _errors("PIP", {**body, "dagtekeningPip": "01-05-2025"})  # not an ISO date


def test_the_exported_file_validates(dossier, tmp_path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    d, pw, cid = dossier
    _fix(d, cid)
    out = tmp_path / "pip.json"
    assert cli(d, pw, "pip", "duo-json", cid, "--out", str(out)) == 0
    message = json.loads(out.read_text("utf-8"))
    assert _errors("Gemeente", message) == []
    assert message["pip"]["dagtekeningPip"] == date(2025, 5, 1).isoformat()
