"""Register fields are listed in one place, the catalogue (app/inburgeraars/velden.py). These
checks fail when code lists them by hand again: a literal tuple, list, set or dict naming four or
more catalogue fields, or a catalogue-driven module naming a field it has no reason to name."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

from app.inburgeraars import velden
from app.inburgeraars.model import Inburgeraar, typed_fields
from db.server.tables import BY_NAME

ROOT = Path(__file__).resolve().parents[3]
CATALOGUE = ROOT / "app" / "inburgeraars" / "velden.py"

# Literal collections of register fields that are no field list, with why.
COLLECTIONS_ALLOWED = {
    "app/selftest.py": "the self-test's fictional inburgeraar: values of a form, not a list",
    "app/sleutelpersonen/service.py": "a key person's fields (another table, same words)",
    "app/sleutelpersonen/transfer.py": "a key person's fields (another table, same words)",
    "db/sleutelpersonen.py": "a key person's fields (another table, same words)",
    "db/inburgeraars.py": "SORT_KEYS: the SQL per sort key (a sortable column adds its SQL)",
    "db/server/tables.py": "what the coördinator receives (db/ cannot read app/; checked below)",
    "app/duo/aanmeldingen.py": "DUO's values prefilling the register dialog: a form, not a list",
    "db/server/duo_aanmelding.py": "an aanmelding's own columns (another table, same words)",
}

# What each catalogue-driven module may still name, and why.
NAMED_ALLOWED: dict[str, set[str]] = {
    # the name is voornamen voorvoegsel achternaam; BSN and V-nummer are refused twice
    "app/inburgeraars/service.py": {"voornamen", "voorvoegsel", "achternaam", "bsn", "v_nummer"}
    | {"status", "talen"},  # advance_status; the languages' own table
    "app/inburgeraars/model.py": {"talen"},
    "app/inburgeraars/json_shape.py": {"talen"},
    "app/inburgeraars/weergave.py": {"talen"},
    "app/inburgeraars/veld.py": {"talen"},
    "ui/inburgeraars/table_model.py": set(),
    "ui/inburgeraars/detail_pane.py": set(),
    # the officer's own municipality and name from the settings fill a new dossier
    "ui/inburgeraars/inburgeraar_dialog.py": {"gemeentecode", "klantmanager", "talen"},
    "ui/inburgeraars/velden_editors.py": {"talen"},
    # the newcomer's name on the export and their municipality's name
    "app/security/inzage_inhoud.py": {"voornamen", "voorvoegsel", "achternaam", "gemeentecode"},
    # the person's name; a PIP version's status
    "app/server/conflict_rows.py": {"voornamen", "voorvoegsel", "achternaam", "status"},
    "app/cli/inburgeraars.py": {"gemeentecode", "status"},
}


def _sources() -> list[Path]:
    return [p for d in ("app", "ui", "db") for p in sorted((ROOT / d).rglob("*.py"))]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _named(node: ast.AST, keys: set[str]) -> set[str]:
    items: list[ast.expr] = []
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        items = node.elts
    elif isinstance(node, ast.Dict):
        items = [k for k in node.keys if k is not None]
    return {i.value for i in items if isinstance(i, ast.Constant) and i.value in keys}


def test_no_code_lists_register_fields_by_hand() -> None:
    keys = set(velden.keys())
    found = []
    for path in _sources():
        if path == CATALOGUE or _rel(path) in COLLECTIONS_ALLOWED:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            named = _named(node, keys)
            if len(named) >= 4:
                found.append(f"{_rel(path)}:{getattr(node, 'lineno', '?')} {sorted(named)}")
    assert not found, "register fields listed by hand (use app/inburgeraars/velden.py):\n" + (
        "\n".join(found)
    )


def test_catalogue_driven_modules_name_only_what_they_must() -> None:
    keys = set(velden.keys())
    extra = {}
    for rel, allowed in NAMED_ALLOWED.items():
        tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
        named = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and n.value in keys}
        if named - allowed:
            extra[rel] = sorted(named - allowed)
    assert not extra, f"these modules name register fields by hand: {extra}"


def test_the_check_sees_a_hand_written_list() -> None:
    """The checks above can fail: a list of four fields is found."""
    tree = ast.parse('COLUMNS = ("voornamen", "achternaam", "bsn", "telefoon")')
    assert len(_named(tree.body[0].value, set(velden.keys()))) == 4  # type: ignore[attr-defined]


def test_the_model_and_the_catalogue_agree() -> None:
    """Every typed attribute of Inburgeraar is a catalogue field (the others live in overig)."""
    attributes = {f.name for f in fields(Inburgeraar)} - {"id", "version", "overig"}
    assert attributes == typed_fields()
    assert attributes <= set(velden.keys()), attributes - set(velden.keys())


def test_what_the_coordinator_receives_are_catalogue_fields() -> None:
    """db/server/tables.py cannot read app/: its inburgeraar fields must still exist."""
    technical = {"created_at", "sorteernaam"}
    coordinator = set(BY_NAME["inburgeraar"].coordinator) - technical
    assert coordinator <= set(velden.keys()), coordinator - set(velden.keys())
    sensitive = {"bsn", "v_nummer", "telefoon", "email", "straat", "huisnummer", "postcode"}
    assert not coordinator & sensitive


def test_catalogue_keys_are_unique_columns() -> None:
    keys = velden.keys()
    assert len(keys) == len(set(keys))
    assert all(k.isidentifier() and k.islower() for k in keys)
