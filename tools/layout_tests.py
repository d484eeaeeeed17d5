"""Lay the tests out by the package they test (issue 11), not by the branch they came from.

    python tools/layout_tests.py            # move, rewrite, print what moved
    python tools/layout_tests.py --dry-run  # only print what it would move

A test file in a topic folder (tests/pip/, tests/duo/, …: every folder directly under tests/ that
is not in PACKAGE_FOLDERS) goes where the package it tests has its tests:

- it imports ``ui.<pkg>`` at the top   -> tests/ui/<pkg>/  (``ui.main_window`` …: tests/ui/)
- else ``app.server`` / ``db.server``  -> tests/server/
- else ``app.<pkg>``                   -> tests/app/<pkg>/ (``app.regio`` …: tests/app/)
- else only ``db.*``                   -> tests/db/

When it imports several packages, the topic folder's own package wins if the test imports it (or
the folder's helpers), then the package it imports most names from; set-up imports (the register,
roles, the store, validation) count only when there is nothing else. TEST_TABLE lists the few
tests whose imports do not say what they test.

Helpers (every other module of a topic folder) go to the support package tests/support/
(HELPER_TABLE, else tests/support/<topic>/<name>.py); a topic folder's conftest.py becomes a
module of fixtures there, and each moved test imports the fixtures it used from it (with the
fixtures those need and the folder's autouse fixtures), so it runs with exactly what it had. A
child process started by module name (``*_child.py``) moves with the test that starts it.

Then every reference is rewritten in the whole repository: imports (``from tests.duo.pg import``),
module names given to ``python -m`` or ``start_child`` as strings, file paths in docs, the
Makefile, pyproject.toml and .ci/run, and ``Path(__file__).parents[n]`` in the moved files
(their depth changed). Moves use ``git mv`` so history follows them.

Re-runnable: it only looks at what is still in a topic folder, so after other branches added tests
to the old folders, running it again moves those and rewrites their imports. Every move ever made
is kept in tools/layout_tests.moves, so a new file that imports a module moved by an earlier run
is rewritten too. tests/test_layout.py fails when a new topic folder appears.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
MOVES_LOG = ROOT / "tools" / "layout_tests.moves"

# Folders directly under tests/ that are laid out by package (or are no tests) and stay.
PACKAGE_FOLDERS = frozenset(
    {
        "app",  # tests/app/<pkg>/ mirrors app/<pkg>/
        "ui",  # tests/ui/<pkg>/ mirrors ui/<pkg>/
        "db",  # db/ (SQLite store, migrations, repositories, durability)
        "server",  # the regional server: app/server, db/server, PostgreSQL, sync
        "bench",  # pytest-benchmark, marker bench (make bench)
        "installer",  # installer/ (the frozen bundle)
        "support",  # shared helpers and fixtures, no tests
        "fixtures",  # data files read by tests
        "artifacts",  # output of test runs (ignored by git)
    }
)
# Top-level modules of tests/ that stay where they are.
TOP_LEVEL_KEEP = frozenset({"__init__.py", "conftest.py"})

# Tests whose imports do not say what they test: old path -> folder.
TEST_TABLE: dict[str, str] = {
    # the gesprek and inzage features of the links branch are app.intake and app.security's inzage
    "tests/links/test_gesprek_beheer.py": "tests/app/intake",
    "tests/links/test_gesprek_inzet.py": "tests/app/intake",
    "tests/links/test_status.py": "tests/app/intake",
    "tests/links/test_inzage_export.py": "tests/app/security",
    "tests/links/test_inzage_pdf.py": "tests/app/security",
    "tests/links/test_inzage_cli.py": "tests/app/cli",
    "tests/links/test_inzage_ui.py": "tests/ui/security",
    # drives the real intake window in a child process it kills
    "tests/links/test_draft_crash.py": "tests/ui/intake",
    # the DUO gateway's notification API and the laptop's side of DUO (imports only the server)
    "tests/duo/test_notifications.py": "tests/app/duo",
    "tests/duo/test_laptop.py": "tests/app/duo",
    # a fresh process imports the key-person tab without the rest of the app
    "tests/sleutelpersonen/test_fresh_process.py": "tests/ui/sleutelpersonen",
}

# Topic folders that are one package's tests under another name: every test goes there.
FOLDER_TABLE: dict[str, str] = {
    "cli": "tests/app/cli",  # the command line, app/cli
    "reliability": "tests/db",  # the store's durability under SIGKILL and I/O faults
}

# Helpers whose place has a better name than tests/support/<topic>/<name>.py.
HELPER_TABLE: dict[str, str] = {
    "tests/pg_cluster.py": "tests/support/pg.py",
    "tests/crash_child.py": "tests/support/crash_child.py",
    "tests/intake_data.py": "tests/support/intake_data.py",
    "tests/server/laptops.py": "tests/support/laptops.py",
    "tests/pdf/helpers.py": "tests/support/pdf.py",
    "tests/security/helpers.py": "tests/support/security.py",
    "tests/sleutelpersonen/helpers.py": "tests/support/sleutelpersonen.py",
    "tests/sleutelpersonen/conftest.py": "tests/support/sleutelpersonen_fixtures.py",
    "tests/stem/fake_bron.py": "tests/support/fake_bron.py",
    "tests/stem/conftest.py": "tests/support/stem.py",
    "tests/pip/conftest.py": "tests/support/pip.py",
    "tests/links/conftest.py": "tests/support/world.py",
    "tests/duo/conftest.py": "tests/support/duo/fixtures.py",
}

# Imports that set a test up rather than say what it tests (the register, roles, the store, …).
SETUP_MODULES = (
    "app.store",
    "app.session",
    "app.validation",
    "app.errors",
    "app.settings",
    "app.defaults",
    "app.files",
    "app.inburgeraars",
    "app.security",
    "app.demo",
    "db.connection",
    "db.errors",
    "ui.main_window",
    "ui.unsaved",
)
# Packages tested in tests/server/ rather than tests/app/server/ or tests/db/server/.
SERVER_MODULES = ("app.server", "db.server")


@dataclass
class Move:
    old: str  # repository-relative posix paths
    new: str
    why: str


@dataclass
class Plan:
    moves: list[Move] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # conftests without fixtures
    warnings: list[str] = field(default_factory=list)


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def module_name(path: str) -> str:
    return path.removesuffix(".py").replace("/", ".")


def topic_folders() -> list[Path]:
    return sorted(
        p
        for p in TESTS.iterdir()
        if p.is_dir()
        and p.name not in PACKAGE_FOLDERS
        and not p.name.startswith((".", "_"))
        and any(p.rglob("*.py"))
    )


# ---- where a test goes --------------------------------------------------------------------------


def imported_modules(tree: ast.Module, top_level: bool) -> Counter[str]:
    """Each imported app/ui/db module, weighted by the number of names taken from it."""
    found: Counter[str] = Counter()
    for node in tree.body if top_level else ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] in ("app", "ui", "db"):
                found[node.module] += len(node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in ("app", "ui", "db"):
                    found[alias.name] += 1
    return found


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    """module is one of prefixes or inside one; a bare ``from app import x`` is set-up too."""
    return "." not in module or any(module == p or module.startswith(p + ".") for p in prefixes)


def _folder_for(module: str) -> str:
    """The tests folder of one imported module: tests/ui/intake for ui.intake.window, …"""
    if _within(module, SERVER_MODULES):
        return "tests/server"
    parts = module.split(".")
    top = parts[0]
    if top == "db":
        return "tests/db"
    if len(parts) > 1 and (ROOT / top / parts[1]).is_dir():
        return f"tests/{top}/{parts[1]}"
    return f"tests/{top}"


def route_test(path: Path, topic: str) -> tuple[str, str]:
    """(folder, reason) for one test file of a topic folder."""
    key = rel(path) if ROOT in path.parents else path.name
    if key in TEST_TABLE:
        return TEST_TABLE[key], "table"
    if topic in FOLDER_TABLE:
        return FOLDER_TABLE[topic], f"all of tests/{topic}"
    text = path.read_text("utf-8")
    tree = ast.parse(text)
    # a test is a ui test when it imports ui at the top (an import of ui inside one test of many
    # does not make the file a ui test), or imports nothing else at the top
    modules = imported_modules(tree, top_level=True) or imported_modules(tree, top_level=False)
    is_ui = any(m.split(".")[0] == "ui" for m in modules)
    if not is_ui and not any(m.split(".")[0] in ("app", "db") for m in modules):
        is_ui = any(m.split(".")[0] == "ui" for m in imported_modules(tree, top_level=False))
    modules = imported_modules(tree, top_level=False)
    layer = [(m, n) for m, n in modules.items() if (m.split(".")[0] == "ui") == is_ui]
    top = "tests/ui" if is_ui else "tests/app"
    if not layer:
        return top, "imports nothing of app/ui/db"
    own = Counter[str]()
    setup = Counter[str]()
    names: dict[str, set[str]] = {}
    for module, n in layer:
        folder = _folder_for(module)
        (setup if _within(module, SETUP_MODULES) else own)[folder] += n
        names.setdefault(folder, set()).update(module.split(".")[1:2])
    topic_folder = "tests/server" if topic == "server" else f"{top}/{topic}"

    def says(folder: str) -> str:
        return folder.split("/", 1)[1].replace("/", ".")

    if topic_folder in own or topic_folder in setup:
        return topic_folder, f"imports {says(topic_folder)}"
    helpers = re.compile(rf"\btests\.{re.escape(topic)}\.")
    for counts, what in ((own, "most"), (setup, "only set-up")):
        if counts is setup and (ROOT / "app" / topic).is_dir() and helpers.search(text):
            return topic_folder, f"uses tests.{topic}'s helpers"
        if counts:
            best = max(counts.values())
            tied = sorted(f for f, n in counts.items() if n == best)
            named = [f for f in tied if any(w in path.stem for w in names[f])]
            folder = (named or tied)[0]
            return folder, f"{what} names from {says(folder)}"
    return top, "no package"


# ---- fixtures of a topic folder's conftest ------------------------------------------------------


@dataclass
class Fixtures:
    module: str  # where they live after the move (dotted)
    needs: dict[str, set[str]]  # fixture -> argument names
    autouse: set[str]
    hooks: list[str]
    home: dict[str, str] = field(default_factory=dict)  # fixture -> module defining it


def _is_fixture(decorator: ast.expr) -> tuple[bool, bool]:
    """(is a pytest fixture, autouse)."""
    call = decorator if isinstance(decorator, ast.Call) else None
    target = call.func if call else decorator
    name = ast.unparse(target)
    if name not in ("pytest.fixture", "fixture"):
        return False, False
    autouse = any(
        k.arg == "autouse" and isinstance(k.value, ast.Constant) and k.value.value is True
        for k in (call.keywords if call else [])
    )
    return True, autouse


def read_fixtures(source: Path, module: str) -> Fixtures:
    tree = ast.parse(source.read_text("utf-8"))
    found = Fixtures(module, {}, set(), [])
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            if node.name.startswith("pytest_"):
                found.hooks.append(node.name)
            for decorator in node.decorator_list:
                is_fixture, autouse = _is_fixture(decorator)
                if is_fixture:
                    found.needs[node.name] = {a.arg for a in node.args.args}
                    if autouse:
                        found.autouse.add(node.name)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests."):
            # a fixture taken from another module (tests/stem's conftest took links' world)
            other = ROOT / (str(node.module).replace(".", "/") + ".py")
            if other.is_file() and other.resolve() != source.resolve():
                theirs = read_fixtures(other, str(node.module))
                for alias in node.names:
                    if alias.name in theirs.needs and not alias.asname:
                        found.needs[alias.name] = theirs.needs[alias.name]
                        found.home[alias.name] = theirs.home.get(alias.name, theirs.module)
    return found


def fixtures_used(test: Path, fixtures: Fixtures) -> list[str]:
    tree = ast.parse(test.read_text("utf-8"))
    wanted: set[str] = set(fixtures.autouse)
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            wanted |= {a.arg for a in node.args.args + node.args.kwonlyargs}
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            wanted.update(w.strip() for w in node.value.split(","))  # usefixtures, parametrize
    wanted &= set(fixtures.needs)
    todo = list(wanted)
    while todo:  # the fixtures those fixtures ask for
        for arg in fixtures.needs[todo.pop()]:
            if arg in fixtures.needs and arg not in wanted:
                wanted.add(arg)
                todo.append(arg)
    own = {  # imported already, or the module's own fixture of that name
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom | ast.Import)
        for alias in node.names
    } | {node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)}
    return sorted(wanted - own)


# ---- the plan -----------------------------------------------------------------------------------


def load_log() -> dict[str, str]:
    moves: dict[str, str] = {}
    if MOVES_LOG.exists():
        for line in MOVES_LOG.read_text("utf-8").splitlines():
            if " -> " in line and not line.startswith("#"):
                old, new = line.split(" -> ")
                moves[old.strip()] = new.strip()
    return moves


def helper_target(path: Path, topic: str | None) -> str:
    key = rel(path)
    if key in HELPER_TABLE:
        return HELPER_TABLE[key]
    name = "fixtures.py" if path.name == "conftest.py" else path.name
    return f"tests/support/{topic}/{name}" if topic else f"tests/support/{name}"


def make_plan(log: dict[str, str]) -> Plan:
    plan = Plan()
    taken = {rel(p) for p in TESTS.rglob("*.py")}

    def add(old: str, new: str, why: str) -> None:
        if new in taken and new != old:  # two topics had a test_cli.py: prefix the topic
            folder, name = new.rsplit("/", 1)
            topic = old.split("/")[1]
            new = f"{folder}/{name.replace('test_', f'test_{topic}_', 1)}"
            why += ", renamed (name taken)"
        if new in taken and new != old:
            plan.warnings.append(f"{old}: {new} exists, left where it is")
            return
        taken.add(new)
        plan.moves.append(Move(old, new, why))

    for path in sorted(TESTS.glob("*.py")):
        if path.name not in TOP_LEVEL_KEEP and not path.name.startswith("test_"):
            add(rel(path), helper_target(path, None), "shared helper")
    for old in sorted(HELPER_TABLE):  # helpers of package folders that other folders share
        parts = old.split("/")
        if len(parts) > 2 and parts[1] in PACKAGE_FOLDERS and (ROOT / old).is_file():
            add(old, HELPER_TABLE[old], "shared helper")
    for folder in topic_folders():
        topic = folder.name
        children: list[Path] = []
        starts: dict[str, str] = {}  # child module -> folder of the test that starts it
        for path in sorted(folder.rglob("*.py")):
            if path.parent != folder:
                plan.warnings.append(f"{rel(path)}: in a subfolder, moved as a helper")
            if path.name == "__init__.py":
                continue
            if path.name.startswith("test_"):
                target, why = route_test(path, topic)
                add(rel(path), f"{target}/{path.name}", why)
                for child in re.findall(r"tests\.[\w.]+_child\b", path.read_text("utf-8")):
                    starts[child] = target
            elif path.name.endswith("_child.py"):
                children.append(path)
            elif path.name == "conftest.py":
                fixtures = read_fixtures(path, "")
                if not fixtures.needs and not fixtures.hooks:
                    plan.removed.append(rel(path))
                else:
                    if fixtures.hooks:
                        plan.warnings.append(f"{rel(path)}: hooks {fixtures.hooks} stop working")
                    add(rel(path), helper_target(path, topic), "fixtures")
            else:
                add(rel(path), helper_target(path, topic), "helper")
        for path in children:
            starter = starts.get(module_name(rel(path)))
            if starter:
                add(rel(path), f"{starter}/{path.name}", "child of the test that starts it")
            else:
                add(rel(path), helper_target(path, topic), "child process")
    for move in plan.moves:
        log[move.old] = move.new
    return plan


# ---- doing it -----------------------------------------------------------------------------------


def git(*args: str) -> None:
    subprocess.run(["git", *args], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def ensure_package(folder: Path) -> None:
    """Every folder up to tests/ is a package (the tests import each other as tests.x.y)."""
    while folder != TESTS and TESTS in folder.parents:
        init = folder / "__init__.py"
        if not init.exists():
            folder.mkdir(parents=True, exist_ok=True)
            init.write_text("", "utf-8")
            git("add", rel(init))
        folder = folder.parent


def text_files() -> list[Path]:
    """Every file that may name a test module: code, docs, build and CI files."""
    skip = {Path(__file__).resolve(), MOVES_LOG, TESTS / "test_layout.py"}  # name old paths
    found: list[Path] = []
    for top in ("app", "db", "ui", "tests", "tools", "docs", "installer", "resources"):
        for path in (ROOT / top).rglob("*"):
            if (
                path.suffix in (".py", ".md", ".txt", ".cfg", ".toml", ".spec", ".yml", ".yaml")
                and path.is_file()
                and path.resolve() not in skip
                and "__pycache__" not in path.parts
            ):
                found.append(path)
    for name in ("Makefile", "README.md", "pyproject.toml", ".ci/run", "conftest.py"):
        if (ROOT / name).is_file():
            found.append(ROOT / name)
    return found


def reference_patterns(moves: dict[str, str]) -> list[tuple[re.Pattern[str], str]]:
    """For each move: its path (tests/duo/pg.py) and its module name (tests.duo.pg), whole."""
    pairs: list[tuple[re.Pattern[str], str]] = []
    for old, new in sorted(moves.items(), key=lambda kv: -len(kv[0])):
        pairs.append((re.compile(rf"(?<![\w./]){re.escape(old)}(?![\w])"), new))
        dotted_old, dotted_new = module_name(old), module_name(new)
        pairs.append((re.compile(rf"(?<![\w.]){re.escape(dotted_old)}(?![\w])"), dotted_new))
    return pairs


def rewrite_text(text: str, pairs: list[tuple[re.Pattern[str], str]]) -> str:
    for pattern, replacement in pairs:
        text = pattern.sub(replacement, text)
    return text


def rewrite_references(moves: dict[str, str]) -> list[str]:
    """tests.duo.pg -> tests.support.duo.pg and tests/duo/pg.py -> … everywhere."""
    pairs = reference_patterns(moves)
    changed: list[str] = []
    for path in text_files():
        text = path.read_text("utf-8")
        if "tests" not in text:
            continue
        new_text = rewrite_text(text, pairs)
        if new_text != text:
            path.write_text(new_text, "utf-8")
            changed.append(rel(path))
    return changed


PARENTS = re.compile(r"(Path\(__file__\)(?:\.resolve\(\))?\.parents\[)(\d+)(\])")
PARENT_CHAIN = re.compile(r"Path\(__file__\)(?:\.resolve\(\))?((?:\.parent)+)(?![\w\[])")


def shift_depth(text: str, delta: int) -> tuple[str, bool]:
    """Path(__file__).parents[n] and .parent.parent of a file that moved delta folders deeper;
    True when the file also names a sibling (Path(__file__).parent), which may have moved."""
    sibling = False

    def chain(m: re.Match[str]) -> str:
        nonlocal sibling
        ups = m[1].count(".parent")
        if ups == 1:
            sibling = True
            return m[0]
        return m[0].replace(m[1], ".parent" * (ups + delta))

    if delta:
        text = PARENTS.sub(lambda m: f"{m[1]}{int(m[2]) + delta}{m[3]}", text)
        text = PARENT_CHAIN.sub(chain, text)
    return text, sibling


def fix_depth(path: Path, old: str, new: str, plan: Plan) -> None:
    """Path(__file__).parents[n] pointed at the repository or tests/ from the old depth."""
    text, sibling = shift_depth(path.read_text("utf-8"), new.count("/") - old.count("/"))
    if sibling:
        plan.warnings.append(f"{rel(path)}: check Path(__file__).parent (a sibling file)")
    path.write_text(text, "utf-8")


def import_lines(by_module: dict[str, list[str]]) -> str:
    lines = []
    for module, names in sorted(by_module.items()):
        line = f"from {module} import {', '.join(sorted(names))}  # noqa: F401  (fixtures)\n"
        if len(line) > 100:
            line = (
                f"from {module} import (  # noqa: F401  (fixtures)\n"
                + "".join(f"    {n},\n" for n in sorted(names))
                + ")\n"
            )
        lines.append(line)
    return "".join(lines)


def insert_after_imports(path: Path, block: str) -> None:
    text = path.read_text("utf-8")
    after = 0
    for node in ast.parse(text).body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            after = node.end_lineno or node.lineno
        elif after:
            break
    lines = text.splitlines(keepends=True)
    if not after:  # a docstring only: the imports go after it
        after = len(lines)
        block = "\nfrom __future__ import annotations\n\n" + block
    lines.insert(after, block)
    path.write_text("".join(lines), "utf-8")


F811 = "# ruff: noqa: F811  (fixtures are imported by name from tests/support)\n"


def give_fixtures(wanted: dict[str, Fixtures]) -> list[str]:
    """Each moved test gets the fixtures it had from its old conftest.

    Most go into the conftest.py of the folder it moved to. A fixture of the same name as one of
    tests/conftest.py (the DUO tests' own ``laptop``) and an autouse fixture (the key-person tests
    act as coördinator) would change other tests of that folder: the test module imports those
    itself. Returns the files it changed."""
    root = read_fixtures(TESTS / "conftest.py", "tests.conftest")
    written: list[str] = []
    per_folder: dict[Path, dict[str, set[str]]] = {}
    for new, fixtures in wanted.items():
        path = ROOT / new
        own: dict[str, list[str]] = {}
        for name in fixtures_used(path, fixtures):
            home = fixtures.home.get(name, fixtures.module)
            if name in fixtures.autouse or name in root.needs:
                own.setdefault(home, []).append(name)
            else:
                per_folder.setdefault(path.parent, {}).setdefault(home, set()).add(name)
        if own:
            insert_after_imports(path, import_lines(own))
            written.append(rel(path))
            text = path.read_text("utf-8")
            shadows = set().union(*own.values()) - fixtures.autouse
            if shadows and F811 not in text:
                path.write_text(F811 + text, "utf-8")
    for folder, by_module in sorted(per_folder.items()):
        conftest = folder / "conftest.py"
        if not conftest.exists():
            conftest.write_text(
                '"""Fixtures of the tests that tools/layout_tests.py moved here."""\n', "utf-8"
            )
        have = read_fixtures(conftest, module_name(rel(conftest))).needs
        missing = {m: [n for n in names if n not in have] for m, names in by_module.items()}
        missing = {m: names for m, names in missing.items() if names}
        if missing:
            insert_after_imports(conftest, import_lines(missing))
            git("add", rel(conftest))
            written.append(rel(conftest))
    return written


def conftest_fixtures(topic: str, log: dict[str, str]) -> Fixtures | None:
    """The fixtures of tests/<topic>/conftest.py, where it is now or where it was moved to."""
    old = f"tests/{topic}/conftest.py"
    new = log.get(old)
    if not new:
        return None
    for candidate in (old, new):
        if (ROOT / candidate).is_file():
            return read_fixtures(ROOT / candidate, module_name(new))
    return None


def run(dry_run: bool) -> int:
    log = load_log()
    plan = make_plan(log)
    width = max((len(m.old) for m in plan.moves), default=0)
    for move in plan.moves:
        print(f"{move.old:<{width}} -> {move.new}  ({move.why})")
    for removed in plan.removed:
        print(f"{removed:<{width}} -> (removed: nothing in it)")
    if not plan.moves:
        print("Nothing to move: the tests are laid out by package.")
    news = set(log.values())
    plan.warnings += [f"{old} is also a new place: check the rewrite" for old in log if old in news]
    if dry_run:
        for warning in plan.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        return 0
    # the fixtures each moved test had from its old conftest, read before anything moves; the
    # tests moved by earlier runs are looked at again (a merged branch may use a new fixture)
    topics = {old.split("/")[1] for old in log if old.count("/") > 1}
    conftests = {topic: conftest_fixtures(topic, log) for topic in sorted(topics)}
    moving = {m.new for m in plan.moves}
    wanted: dict[str, Fixtures] = {}
    for old, new in sorted(log.items()):
        parts = old.split("/")
        fixtures = conftests.get(parts[1]) if len(parts) > 2 else None
        if fixtures and parts[-1].startswith("test_") and (new in moving or (ROOT / new).is_file()):
            wanted[new] = fixtures
    for fixtures in conftests.values():  # a fixture re-exported from a module that moves too
        if fixtures:
            for name, home in fixtures.home.items():
                path = home.replace(".", "/") + ".py"
                fixtures.home[name] = module_name(log.get(path, path))
    for move in plan.moves:
        ensure_package((ROOT / move.new).parent)
        git("mv", move.old, move.new)
    for removed in plan.removed:
        git("rm", "-q", removed)
    for folder in topic_folders():  # emptied topic folders lose their __init__.py
        left = [p for p in folder.rglob("*.py") if p.name != "__init__.py"]
        if not left and (folder / "__init__.py").exists():
            git("rm", "-q", rel(folder / "__init__.py"))
    MOVES_LOG.write_text(
        "# Written by tools/layout_tests.py: every module it moved, old -> new.\n"
        + "".join(f"{old} -> {new}\n" for old, new in sorted(log.items())),
        "utf-8",
    )
    git("add", rel(MOVES_LOG))
    for move in plan.moves:
        fix_depth(ROOT / move.new, move.old, move.new, plan)
    changed = rewrite_references(log)
    given = give_fixtures(wanted)
    touched = sorted(moving | {c for c in changed if c.endswith(".py")} | set(given))
    if touched:
        ruff = [sys.executable, "-m", "ruff"]
        # sort the imports (ruff merges the fixtures' import into one from the same module),
        # then drop a noqa the merge made redundant, then format
        for rules in (["--select", "I"], ["--extend-select", "RUF100", "--fixable", "RUF100"]):
            subprocess.run([*ruff, "check", "--quiet", "--fix", *rules, *touched], cwd=ROOT)
        subprocess.run([*ruff, "format", "--quiet", *touched], cwd=ROOT)
    for warning in plan.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for path in given:
        print(f"fixtures for the moved tests: {path}")
    print(f"{len(plan.moves)} moved, references rewritten in {len(changed)} files")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="only print what would move")
    return run(parser.parse_args().dry_run)


if __name__ == "__main__":
    sys.exit(main())
