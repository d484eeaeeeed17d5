"""Tests live where the package they test has its tests, not in a folder named after a branch
(issue 11; README "Where tests go"). tools/layout_tests.py moves them; its rules are tested here on
made-up files, because the lead runs it again on the merged tree."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"

# The folders directly under tests/. Add one only for a new top-level package of the repository
# (like app/, ui/, db/, installer/), never for a feature or a branch.
PACKAGE_FOLDERS = {
    "app",  # tests/app/<pkg>/ mirrors app/<pkg>/
    "ui",  # tests/ui/<pkg>/ mirrors ui/<pkg>/
    "db",  # db/: the SQLite store, migrations, repositories, durability
    "server",  # the regional server: app/server, db/server, PostgreSQL, sync
    "bench",  # benchmarks (make bench)
    "installer",  # installer/: the frozen bundle
    "support",  # helpers and fixtures shared by tests of several packages; no tests
    "fixtures",  # data files read by tests
}
IGNORED = {"__pycache__", "artifacts"}  # artifacts: test output, ignored by git


def _tool() -> ModuleType:
    name = "layout_tests"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / "layout_tests.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_every_folder_under_tests_is_a_package_folder() -> None:
    folders = {  # a folder git knows: one with a file outside __pycache__
        p.name
        for p in TESTS.iterdir()
        if p.is_dir()
        and not p.name.startswith(".")
        and any(f.is_file() and "__pycache__" not in f.parts for f in p.rglob("*"))
    }
    topic = sorted(folders - PACKAGE_FOLDERS - IGNORED)
    assert not topic, (
        f"tests/{topic[0]}/ is not a package's test folder: put each test where the package it "
        "tests has its tests (tests/app/<pkg>/, tests/ui/<pkg>/, tests/db/, tests/server/), "
        "helpers in tests/support/. `python tools/layout_tests.py` moves them and rewrites the "
        "imports."
    )


def test_top_level_of_tests_holds_only_the_conftest_and_repository_wide_checks() -> None:
    stray = sorted(
        p.name
        for p in TESTS.glob("*.py")
        if p.name not in ("__init__.py", "conftest.py") and not p.name.startswith("test_")
    )
    assert not stray, f"helpers go to tests/support/: {stray}"


def test_the_tool_knows_the_same_package_folders() -> None:
    assert PACKAGE_FOLDERS | {"artifacts"} == set(tool.PACKAGE_FOLDERS)


def test_the_tool_finds_nothing_to_move() -> None:
    assert tool.topic_folders() == []
    assert tool.make_plan({}).moves == []


# ---- the rules, on made-up tests ----------------------------------------------------------------


def _route(tmp_path: Path, code: str, topic: str = "feature", name: str = "test_x.py") -> str:
    path = tmp_path / name
    path.write_text(code, "utf-8")
    return str(tool.route_test(path, topic)[0])


def test_a_test_importing_a_ui_package_goes_to_its_ui_folder(tmp_path: Path) -> None:
    code = "from app.pip.service import PipService\nfrom ui.pip.editor import PipEditor\n"
    assert _route(tmp_path, code) == "tests/ui/pip"


def test_a_ui_import_inside_one_test_does_not_make_a_ui_test(tmp_path: Path) -> None:
    code = (
        "from app.pip.service import PipService\n\n"
        "def test_one():\n    from ui.pip.editor import PipEditor\n"
    )
    assert _route(tmp_path, code) == "tests/app/pip"


def test_the_package_most_names_come_from_wins_and_set_up_imports_do_not_count(
    tmp_path: Path,
) -> None:
    code = (
        "from app.inburgeraars.service import InburgeraarService\n"
        "from app.security.roles import Role, Actor\n"
        "from app.store import create_store, unlock\n"
        "from app.matching.score import score, Reason\n"
        "from app.pdf.sample import sample\n"
    )
    assert _route(tmp_path, code) == "tests/app/matching"


def test_the_topic_folders_own_package_wins_when_imported(tmp_path: Path) -> None:
    code = "from app.matching.score import score, Reason\nfrom app.stem.rapport import rapport\n"
    assert _route(tmp_path, code, topic="stem") == "tests/app/stem"


def test_server_and_db_and_modules(tmp_path: Path) -> None:
    assert _route(tmp_path, "from db.server import remote\n") == "tests/server"
    assert _route(tmp_path, "from app.server.sync import sync\n") == "tests/server"
    assert _route(tmp_path, "from db.pip import rows\n") == "tests/db"
    assert _route(tmp_path, "from app.regio import advies_regels\n") == "tests/app"
    assert _route(tmp_path, "from ui.main_window import MainWindow\n") == "tests/ui"


def test_only_set_up_imports_choose_among_them(tmp_path: Path) -> None:
    code = "from app.security.accounts import add, remove\nfrom app.store import unlock\n"
    assert _route(tmp_path, code) == "tests/app/security"


def test_a_topic_folder_of_one_package_goes_there_whole(tmp_path: Path) -> None:
    assert _route(tmp_path, "from app.pip.service import PipService\n", topic="cli") == (
        "tests/app/cli"
    )


def test_fixtures_come_with_what_they_need_and_the_autouse_ones(tmp_path: Path) -> None:
    conftest = tmp_path / "conftest.py"
    conftest.write_text(
        "import pytest\n\n"
        "@pytest.fixture\ndef db(tmp_path): ...\n\n"
        "@pytest.fixture\ndef gateway(db): ...\n\n"
        "@pytest.fixture\ndef unused(): ...\n\n"
        "@pytest.fixture(autouse=True)\ndef _as_coordinator(): ...\n",
        "utf-8",
    )
    fixtures = tool.read_fixtures(conftest, "tests.support.x")
    test = tmp_path / "test_y.py"
    test.write_text("def test_y(gateway):\n    assert gateway\n", "utf-8")
    assert tool.fixtures_used(test, fixtures) == ["_as_coordinator", "db", "gateway"]


def test_references_are_rewritten_whole_names_only() -> None:
    pairs = tool.reference_patterns({"tests/duo/pg.py": "tests/support/duo/pg.py"})
    text = (
        "from tests.duo.pg import rows\n"
        "from tests.duo.pgx import other\n"
        'start_child("tests.duo.pg", x)\n'
        "see `tests/duo/pg.py::test_a`\n"
    )
    assert tool.rewrite_text(text, pairs) == (
        "from tests.support.duo.pg import rows\n"
        "from tests.duo.pgx import other\n"
        'start_child("tests.support.duo.pg", x)\n'
        "see `tests/support/duo/pg.py::test_a`\n"
    )


def test_paths_from_the_moved_file_keep_pointing_at_the_same_place() -> None:
    code = 'ROOT = Path(__file__).resolve().parents[2]\nUP = Path(__file__).parent.parent / "x"\n'
    moved, sibling = tool.shift_depth(code, 1)
    assert moved.splitlines() == [
        "ROOT = Path(__file__).resolve().parents[3]",
        'UP = Path(__file__).parent.parent.parent / "x"',
    ]
    assert not sibling
    assert tool.shift_depth('CHILD = Path(__file__).parent / "c.py"\n', 1)[1] is True
