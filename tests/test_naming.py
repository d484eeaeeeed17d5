"""The newcomer in the register is `inburgeraar` in code too (README, "Words").

The check fails when a Python identifier in app/, db/ or ui/ still says client for that concept,
so new code keeps the decision; the names that mean another client (DUO's HTTP client, the laptop
sync client, TLS client certificates) are the exclusions listed in tools/rename_inburgeraar.py.
The tool's own rules are tested here as well: the lead runs it again on the merged tree.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent


def _tool() -> ModuleType:
    name = "rename_inburgeraar"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "rename_inburgeraar.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


def _sources() -> list[str]:
    return sorted(
        p.relative_to(ROOT).as_posix()
        for top in ("app", "db", "ui")
        for p in (ROOT / top).rglob("*.py")
        if "__pycache__" not in p.parts
    )


def test_no_identifier_in_app_db_ui_says_client_for_an_inburgeraar() -> None:
    left = [
        f"{rel}:{line}: {name} (→ {tool.rename_identifier(name)})"
        for rel in _sources()
        for line, name in tool.left_over((ROOT / rel).read_text(encoding="utf-8"), rel)
    ]
    assert not left, (
        "Use inburgeraar, not client, for the person in the register "
        "(run tools/rename_inburgeraar.py):\n" + "\n".join(left)
    )


def test_no_module_or_package_in_app_db_ui_is_named_client() -> None:
    paths = [rel for rel in _sources() if tool.rename_path(rel) != rel]
    assert not paths


def test_the_check_fails_on_new_code_that_says_client() -> None:
    code = "def for_client(client_id: str) -> None:\n    client_rows = []\n"
    assert [n for _, n in tool.left_over(code, "app/x.py")] == [
        "for_client",
        "client_id",
        "client_rows",
    ]


def test_other_clients_keep_their_names() -> None:
    code = (
        "from app.duo.client import DuoClient\n"
        "from app.server import sync as client_sync\n"
        "ctx = digikoppeling.client_context(tls)\n"
        "purpose = ssl.Purpose.CLIENT_AUTH\n"
        "def test_no_client_certificate_cannot_connect() -> None: ...\n"
    )
    assert tool.rename_source(code, "app/x.py").new_text == code
    assert tool.left_over(code, "app/x.py") == []
    http = "async def _send(client: DuoClient) -> None:\n    await client.send()\n"
    assert tool.rename_source(http, "app/duo/sender.py").new_text == http


def test_names_and_import_paths_change_but_external_strings_do_not() -> None:
    code = (
        "from app.clients.service import ClientService\n"
        "from db import clients\n"
        "def show(args, client_id: str) -> dict:\n"
        '    """Shows ``client_id`` for the client."""\n'
        "    client = ClientService(s).find(args.client)  # the client_id\n"
        '    print(f"{client.naam} {client_id!r:>10}")\n'
        '    monkeypatch.setattr("app.clients.service.LIMIT", 3)\n'
        '    return {"client_id": client_id, "cmd": ["client", "list", "--json"]}\n'
    )
    expected = (
        "from app.inburgeraars.service import InburgeraarService\n"
        "from db import inburgeraars\n"
        "def show(args, inburgeraar_id: str) -> dict:\n"
        '    """Shows ``inburgeraar_id`` for the client."""\n'
        "    inburgeraar = InburgeraarService(s).find(args.client)  # the inburgeraar_id\n"
        '    print(f"{inburgeraar.naam} {inburgeraar_id!r:>10}")\n'
        '    monkeypatch.setattr("app.inburgeraars.service.LIMIT", 3)\n'
        '    return {"client_id": inburgeraar_id, "cmd": ["client", "list", "--json"]}\n'
    )
    result = tool.rename_source(code, "app/x.py").new_text
    assert result == expected
    assert tool.rename_source(result, "app/x.py").new_text == result  # a second run: no change


def test_paths_move_except_the_duo_client_and_migrations() -> None:
    dialog = "ui/inburgeraars/inburgeraar_dialog.py"
    assert tool.rename_path("ui/clients/client_dialog.py") == dialog
    assert tool.rename_path("db/clients.py") == "db/inburgeraars.py"
    assert tool.rename_path("app.clients.model") == "app.inburgeraars.model"
    assert tool.rename_path("app/duo/client.py") == "app/duo/client.py"
    assert tool.rename_path("app.duo.client") == "app.duo.client"
    assert tool.rename_path("db/migrations/0001_clients.sql") == "db/migrations/0001_clients.sql"


def test_docs_rename_code_words_but_not_the_cli() -> None:
    text = "`ClientService.get`, `client list --json`, `CLIENT`, `client.leeftijd`, the client\n"
    assert tool.rename_markdown(text, "docs/x.md") == (
        "`InburgeraarService.get`, `client list --json`, `CLIENT`, `client.leeftijd`, the client\n"
    )
    cli = "`client edit CLIENT`, `client_id`, `app/cli/clients.py`\n"
    assert tool.rename_markdown(cli, "docs/cli.md") == (
        "`client edit CLIENT`, `client_id`, `app/cli/inburgeraars.py`\n"
    )


_parts = st.sampled_from(["client", "clients", "Client", "CLIENT", "for", "row", "id", "new"])


@given(st.lists(_parts, min_size=1, max_size=4), st.sampled_from(["_", ""]))
def test_renaming_an_identifier_twice_changes_nothing(parts: list[str], joiner: str) -> None:
    name = joiner.join(parts)
    once = tool.rename_identifier(name) or name
    assert tool.rename_identifier(once) is None
