"""SQL lives only in db/ (the repositories): no code in app/ runs a statement or spells one out.

An AST check over app/: a call of ``.execute``, ``.executemany``, ``.executescript`` or
``.cursor`` on anything (a connection, a cursor), and a string literal or f-string that starts
as an SQL statement (SELECT, INSERT INTO, PRAGMA, VACUUM, CREATE …), wherever it is passed.
Docstrings may name statements ("PRAGMA integrity_check on a connection of its own").
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (file under app/, what the finding shows) that may stay. Empty: every statement app/ needed
# has a repository function in db/ (db/sync_apply.defer_foreign_keys, Store.vacuum,
# db/server/admin.py). Add one only with a comment that says why db/ cannot hold it.
ALLOWLIST: set[tuple[str, str]] = set()

RUNS_SQL = {"execute", "executemany", "executescript", "cursor"}
# How a statement starts, in the upper case the repositories write it (Dutch prose never does).
STATEMENT = re.compile(
    r"^\s*(SELECT\s|INSERT\s+(OR\s+\w+\s+)?INTO\s|UPDATE\s+\S+\s+SET\s|DELETE\s+FROM\s|"
    r"REPLACE\s+INTO\s|PRAGMA\s|VACUUM\b|CREATE\s|DROP\s|ALTER\s|BEGIN\b|COMMIT\b|ROLLBACK\b|"
    r"SAVEPOINT\s|RELEASE\s|GRANT\s|REVOKE\s|WITH\s+\w+\s+AS\b|REINDEX\b|ANALYZE\b|ATTACH\s|"
    r"COPY\s|TRUNCATE\s)"
)


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the constants that are a module's, class's or function's docstring."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_findings(source: str) -> list[str]:
    """What in *source* runs or spells out SQL, as ``line: code``."""
    tree = ast.parse(source)
    docstrings = _docstrings(tree)
    in_fstring = {
        id(part)
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for part in node.values
    }
    findings = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in RUNS_SQL
        ):
            findings.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.JoinedStr):
            first = node.values[0] if node.values else None
            if isinstance(first, ast.Constant) and STATEMENT.match(str(first.value)):
                findings.append(f"{node.lineno}: {ast.unparse(node)}")
        elif (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
            and id(node) not in in_fstring
            and STATEMENT.match(node.value)
        ):
            findings.append(f"{node.lineno}: {node.value!r}")
    return findings


def test_no_sql_in_app() -> None:
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        name = str(path.relative_to(ROOT / "app"))
        for finding in sql_findings(path.read_text(encoding="utf-8")):
            code = finding.split(": ", 1)[1]
            if (name, code) not in ALLOWLIST:
                found.append(f"app/{name}:{finding}")
    assert found == [], "SQL belongs in a repository function in db/:\n" + "\n".join(found)


def test_the_check_finds_statements_calls_and_built_sql() -> None:
    sample = '''
"""PRAGMA integrity_check in a docstring is prose."""
COUNT = "SELECT count(*) FROM inburgeraar"
def f(conn, store, table, flt):
    """VACUUM after deleting, says the docstring."""
    conn.execute("PRAGMA defer_foreign_keys = ON")
    store.conn.executemany(query, rows)
    cur = conn.cursor()
    store.run(f"DELETE FROM {table} WHERE id = ?")
    store.run("  INSERT OR REPLACE INTO x VALUES (1)")
    flt.query()
    return "Selecteer eerst een inburgeraar.", "Update de gegevens", "Pragmatisch"
'''
    lines = sorted(int(f.split(":")[0]) for f in sql_findings(sample))
    assert lines == [3, 6, 6, 7, 8, 9, 10]
