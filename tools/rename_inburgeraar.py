"""Rename the concept "client" to "inburgeraar" in code: re-runnable and idempotent.

The newcomer in the register is `inburgeraar` in the database, the UI and the change events; most
Python code called it `client`. The decision (README, "Words"): `inburgeraar` everywhere in code.
Other branches keep writing `client_id` until they are merged, so this tool is run again on the
merged tree; a second run on a renamed tree changes nothing.

    .venv/bin/python tools/rename_inburgeraar.py            # rename, git mv, ruff fix + format
    .venv/bin/python tools/rename_inburgeraar.py --dry-run  # list what would change
    .venv/bin/python tools/rename_inburgeraar.py --check    # exit 1 if anything is left to rename

What it touches:
- Python files in app/ db/ ui/ tests/ tools/ and conftest.py: NAME tokens (also inside f-string
  expressions), import paths, string literals that are module paths (``"app.clients.service"``,
  ``"ui/clients/search.py"``) or attribute names given to getattr/setattr/monkeypatch.setattr or
  tested against ``request.fixturenames``; in comments and docstrings only code-looking words
  (``client_id``, ``ClientService``, module paths), never the plain word "client".
- README.md and docs/*.md: the same code-looking words inside `code spans`.
- Module and package paths: ``git mv`` (app/clients -> app/inburgeraars, db/clients.py ->
  db/inburgeraars.py, ui/clients/client_dialog.py -> ui/inburgeraars/inburgeraar_dialog.py, test
  files alike), file by file, so a re-run also moves files added later under the old package.

Other string literals are never changed: they are the external interfaces (CLI names, JSON keys,
SQL, stored sync payloads). Every exclusion is listed below with its reason.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import subprocess
import sys
import textwrap
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("app", "db", "ui", "tests", "tools")
CODE_FILES = ("conftest.py",)
DOC_FILES = ("README.md",)
DOC_DIRS = ("docs",)

# The explicit mapping of the identifiers and module names the tree had when the decision was
# taken. Any other identifier with the word part client/clients/Client/CLIENT (written later on
# another branch, e.g. `client_rows`) is renamed by the same rule, see `rename_identifier`.
MAPPING: dict[str, str] = {
    # modules and packages
    "clients": "inburgeraars",  # app/clients, db/clients.py, ui/clients, app/cli, app/demo
    "client_dialog": "inburgeraar_dialog",  # ui/clients/client_dialog.py
    # classes
    "ClientService": "InburgeraarService",
    "ClientRepository": "InburgeraarRepository",
    "ClientQuery": "InburgeraarQuery",
    "ClientFacts": "InburgeraarFacts",
    "ClientDialog": "InburgeraarDialog",
    "ClientTableModel": "InburgeraarTableModel",
    "FakeClient": "FakeInburgeraar",  # tests/pip: a stand-in inburgeraar, not an HTTP client
    # functions, attributes, variables
    "client": "inburgeraar",
    "client_id": "inburgeraar_id",
    "client_ids": "inburgeraar_ids",
    "client_ref": "inburgeraar_ref",
    "client_row": "inburgeraar_row",
    "client_name": "inburgeraar_name",
    "client_from_form": "inburgeraar_from_form",
    "client_to_json": "inburgeraar_to_json",
    "for_client": "for_inburgeraar",
    "concerns_client": "concerns_inburgeraar",
    "generate_clients": "generate_inburgeraars",
    "add_fictional_client": "add_fictional_inburgeraar",
    "need_client": "need_inburgeraar",
    "new_client": "new_inburgeraar",
    "edit_client": "edit_inburgeraar",
    "open_client": "open_inburgeraar",
    "show_client": "show_inburgeraar",
    "stale_clients": "stale_inburgeraars",
    "supported_clients": "supported_inburgeraars",
    "clients_for_termijnen": "inburgeraars_for_termijnen",
    "duo_dagen_per_client": "duo_dagen_per_inburgeraar",
    "register_client_edit": "register_inburgeraar_edit",
    "cmd_client_edit": "cmd_inburgeraar_edit",
    "client_command": "inburgeraar_command",
    "CLIENT_FIELDS": "INBURGERAAR_FIELDS",
    "CLIENT_FACTS": "INBURGERAAR_FACTS",
    "CLIENT_COLUMNS": "INBURGERAAR_COLUMNS",
    "FICTIONAL_CLIENT": "FICTIONAL_INBURGERAAR",
    "DEMO_CLIENTS": "DEMO_INBURGERAARS",
}

# Identifiers that name a different concept or an interface outside this code: never renamed.
EXCLUDED_NAMES: dict[str, str] = {
    "DuoClient": "DUO's HTTP client (app/duo/client.py), not an inburgeraar",
    "AsyncClient": "httpx.AsyncClient, a library name",
    "Client": "httpx.Client / generic library name; the model class is already Inburgeraar",
    "ClientDisconnect": "starlette/uvicorn exception, a library name",
    "CLIENT_AUTH": "ssl.Purpose.CLIENT_AUTH, a library name (TLS client authentication)",
    "client_context": "TLS client SSLContext for DUO (app/duo/digikoppeling.py)",
    "_duo_client": "builds DUO's HTTP client (app/duo/service.py)",
    "duo_client": "DUO's HTTP client",
    "client_sync": "import alias of app/server/sync: the laptop sync client",
    "sync_client": "import alias of app/server/sync: the laptop sync client",
    "client_encoding": "PostgreSQL/psycopg connection parameter",
    "test_no_client_certificate_cannot_connect": "TLS client certificate, not an inburgeraar",
}
EXCLUDED_PATTERNS: dict[str, str] = {
    r"client_?cert": "TLS client certificates",
    r"(?i)^_?(duo|http|httpx|sync|async|tls|pg|psycopg|qt)_?client": "an HTTP/sync/TLS/PG client",
    r"(?i)client_?(context|encoding|auth|tls|ssl|key|ca)(_|$)": "TLS/PostgreSQL client terms",
}

# A bare `client` in these files is DUO's HTTP client (`client: DuoClient`), not an inburgeraar.
BARE_CLIENT_IS_HTTP: dict[str, str] = {
    "app/duo/client.py": "DUO's HTTP client module",
    "app/duo/service.py": "client = _duo_client(config)",
    "app/duo/processor.py": "client: DuoClient",
    "app/duo/sender.py": "client: DuoClient",
    "app/duo/raadpleging.py": "client: DuoClient (consult_all, answer_one)",
    "tests/app/duo/": "tests of DUO's HTTP client",
    "tests/ui/duo/": "tests of DUO's screens, which use DUO's HTTP client",
    "tests/support/duo/": "DUO's mock server and its fixtures",
    "tests/bench/test_duo_bench.py": "benchmarks DUO's HTTP client",
}

# Attribute names after these objects are not ours to rename.
FOREIGN_OWNERS: dict[str, str] = {
    "args": "argparse dests follow the CLI's positional CLIENT (`wegwijs client edit CLIENT`, "
    "issue 13): args.client stays",
    "duo": "the module app.duo.client is DUO's HTTP client",
}

# Paths (files or folders, relative to the root) never processed or moved.
EXCLUDED_PATHS: dict[str, str] = {
    "tools/rename_inburgeraar.py": "this tool names both words on purpose",
    "tests/test_naming.py": "the check names both words on purpose",
    "db/migrations/": "migrations are recorded by file name (schema_migratie): 0001_clients.sql "
    "keeps its name; SQL names are already inburgeraar*",
    "db/server/migrations/": "server migrations are recorded by name as well",
}
# Files that are processed but never moved.
NOT_MOVED: dict[str, str] = {
    "app/duo/client.py": "DUO's HTTP client",
    "tests/app/duo/test_client_mock.py": "DUO's HTTP client",
}
# Files whose string literals name Session's services as "clients" / "clients.method".
SERVICE_NAME_STRINGS: dict[str, str] = {
    "tests/app/security/test_every_service_checks.py": "lists session.<service>.<method> by name",
}
# Docs whose fenced layout block is a module map (bare module names are renamed there).
MODULE_MAP_FILES: dict[str, str] = {"README.md": "the Layout block lists app's modules by name"}
# Docs whose code spans are external interfaces: only module paths are renamed there.
DOCS_PATHS_ONLY: dict[str, str] = {
    "docs/cli.md": "documents the CLI (`client list`, CLIENT) and its JSON keys (issue 13)",
}

# Never changed, by construction (string literals are left alone):
# - CLI command names and flags: `wegwijs client add|show|edit|list`, CLIENT, `--json`;
# - JSON keys of CLI output and of the files in docs/cli.md (built from string keys);
# - SQL: tables and columns are already `inburgeraar`, `inburgeraar_id`;
# - sync payload and outbox field names stored on laptops and servers (string keys);
# - intake definition names `client.asielstatushouder`, `client.leeftijd` … (resources/intake
#   JSON, versioned data; the plain word `client` is never renamed in prose or docs).

_PART = re.compile(
    r"(?:(?<=^)|(?<=_)|(?<=[a-z0-9]))(Client|CLIENT)(s|S)?(?=$|_|[A-Z0-9])"
    r"|(?:(?<=^)|(?<=_))(client)(s)?(?=$|_|[A-Z0-9])"
)
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PATH = re.compile(r"\b(?:app|db|ui|tests|tools)(?:[./][A-Za-z_][A-Za-z0-9_]*)+(?:\.py|\.md)?")


def _sub_part(m: re.Match[str]) -> str:
    word = m.group(1) or m.group(3)
    plural = m.group(2) or m.group(4) or ""
    new = {"client": "inburgeraar", "Client": "Inburgeraar", "CLIENT": "INBURGERAAR"}[word]
    if plural:
        new += "S" if plural == "S" else "s"
    return new


def excluded(name: str) -> bool:
    if name in EXCLUDED_NAMES:
        return True
    return any(re.search(p, name) for p in EXCLUDED_PATTERNS)


def rename_identifier(name: str) -> str | None:
    """The new name of *name*, or None when it keeps its name."""
    if excluded(name):
        return None
    if name in MAPPING:
        return MAPPING[name]
    new = _PART.sub(_sub_part, name)
    return new if new != name else None


def is_code_word(word: str) -> bool:
    """A word in prose that is clearly an identifier (client_id, ClientService), not English."""
    if word.isupper():
        return False  # CLIENT, CLIENT_ID: CLI metavars in help and docs
    return "_" in word.strip("_") or bool(re.search(r"[a-z][A-Z]|^[A-Z][a-z]+[A-Z]", word))


def rename_path(rel: str) -> str:
    """*rel* (a/b/c.py or a.b.c) with its renamed components, exclusions kept."""
    for ex in NOT_MOVED:
        stem = ex.removesuffix(".py")
        if rel in (ex, stem, stem.replace("/", ".")):
            return rel
    if rel.startswith("db/migrations") or rel.startswith("db/server/migrations"):
        return rel
    parts = re.split(r"([./])", rel)
    out = []
    for i, part in enumerate(parts):
        if part in (".", "/") or (part in ("py", "md") and i == len(parts) - 1):
            out.append(part)
            continue
        if i >= 2 and parts[i - 2] == "duo" and part == "client":
            out.append(part)  # app.duo.client
            continue
        out.append(rename_identifier(part) or part)
    return "".join(out)


def _in_path_list(rel: str, table: dict[str, str]) -> bool:
    return any(rel == p or (p.endswith("/") and rel.startswith(p)) for p in table)


# ---------------------------------------------------------------------------------------------
# Python source


@dataclass
class FileResult:
    path: str
    new_text: str
    changed: int = 0
    collisions: set[str] = field(default_factory=set)
    names: list[tuple[int, str]] = field(default_factory=list)  # (line, old identifier)


def _prose(text: str, paths_only: bool = False) -> str:
    """Renames module paths and code-looking words in a comment, docstring or code span."""
    text = _PATH.sub(lambda m: rename_path(m.group(0)), text)
    if paths_only:
        return text

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        start = m.start()
        before = text[max(0, start - 1) : start]
        # `session.clients` / `.clients.get`: an attribute in a code span or docstring
        attribute = before == "." and w in ("clients",)
        if not (is_code_word(w) or attribute):
            return w
        return rename_identifier(w) or w

    return _WORD.sub(word, text)


def _fstring_expressions(body: str) -> Iterator[tuple[int, int]]:
    """Spans of the replacement fields' expressions in an f-string body (3.11: no nesting of
    the same quote, `{{` is a literal brace)."""
    i, n = 0, len(body)
    while i < n:
        c = body[i]
        if c == "{":
            if i + 1 < n and body[i + 1] == "{":
                i += 2
                continue
            depth, j = 1, i + 1
            while j < n and depth:
                if body[j] in "{[(":
                    depth += 1
                elif body[j] in "}])":
                    depth -= 1
                elif body[j] in "!:" and depth == 1 and body[j : j + 2] != "!=":
                    break
                elif body[j] in "'\"":
                    q = body[j]
                    j = body.find(q, j + 1)
                    if j < 0:
                        return
                j += 1
            yield i + 1, j - 1 if depth == 0 else j
            # skip the format spec / conversion up to the closing brace
            k = body.find("}", j - 1 if depth == 0 else j)
            i = (k if k >= 0 else n) + 1
            continue
        i += 1


def _is_python(body: str) -> bool:
    if "\n" not in body or not re.search(r"^\s*(import|from|def|class) ", body, re.M):
        return False
    try:
        ast.parse(textwrap.dedent(body))
    except SyntaxError:
        return False
    return True


def _rename_string(tok: str, ctx: dict[str, bool], rel: str) -> str:
    m = re.match(r"([rRbBuUfF]*)('''|\"\"\"|'|\")", tok)
    if not m:
        return tok
    prefix, quote = m.group(1), m.group(2)
    body = tok[len(prefix) + len(quote) : len(tok) - len(quote)]
    if ctx.get("docstring"):
        return prefix + quote + _prose(body) + quote
    service = re.fullmatch(r"([a-z_]+)((?:\.[a-z_]+)?)", body)
    if rel in SERVICE_NAME_STRINGS and service and rename_identifier(service.group(1)):
        return prefix + quote + str(rename_identifier(service.group(1))) + service.group(2) + quote
    if ctx.get("attribute_name") and _WORD.fullmatch(body):
        new = rename_identifier(body)
        if new:
            return prefix + quote + new + quote
    if len(quote) == 3 and not prefix.strip("rR") and _is_python(body):
        # Python source run in a child process (`python -c SCRIPT`): rename it as code
        return prefix + quote + rename_source(body, rel).new_text + quote
    if "f" in prefix.lower():
        pieces, last = [], 0
        for a, b in _fstring_expressions(body):
            pieces.append(body[last:a])
            pieces.append(rename_source(body[a:b], rel, expression=True).new_text)
            last = b
        pieces.append(body[last:])
        body = "".join(pieces)
    # module paths as strings: monkeypatch targets, -m arguments, source paths in tests
    body = _PATH.sub(lambda mm: rename_path(mm.group(0)), body)
    return prefix + quote + body + quote


def rename_source(text: str, rel: str, expression: bool = False) -> FileResult:
    result = FileResult(rel, text)
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return result
    bare_http = _in_path_list(rel, BARE_CLIENT_IS_HTTP)
    names = {t.string for t in tokens if t.type == tokenize.NAME}
    significant = [
        t
        for t in tokens
        if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.ENCODING, tokenize.ENDMARKER)
    ]
    index = {id(t): i for i, t in enumerate(significant)}
    edits: list[tuple[tuple[int, int], tuple[int, int], str]] = []
    for tok in tokens:
        new: str | None = None
        if tok.type == tokenize.NAME:
            i = index[id(tok)]
            prev = significant[i - 1] if i > 0 else None
            prev2 = significant[i - 2] if i > 1 else None
            if prev is not None and prev.string == "." and prev2 and prev2.string in FOREIGN_OWNERS:
                continue
            if bare_http and tok.string == "client":
                continue
            new = rename_identifier(tok.string)
            if new:
                result.names.append((tok.start[0], tok.string))
            if new and new in names and tok.string in names:
                result.collisions.add(f"{tok.string}->{new}")
        elif tok.type == tokenize.COMMENT:
            new = _prose(tok.string)
        elif tok.type == tokenize.STRING:
            i = index[id(tok)]
            prev = significant[i - 1] if i > 0 else None
            nxt = significant[i + 1] if i + 1 < len(significant) else None
            docstring = (
                not expression
                and (
                    prev is None
                    or prev.type in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT)
                )
                and (nxt is None or nxt.type in (tokenize.NEWLINE, tokenize.ENDMARKER))
            )
            attribute_name = False
            if prev is not None and prev.string == "," and i >= 3:
                # getattr(obj, "name"), monkeypatch.setattr(obj, "name", …): find the open paren
                j = i - 2
                depth = 0
                while j > 0:
                    s = significant[j].string
                    if s in ")]}":
                        depth += 1
                    elif s in "([{":
                        if depth == 0:
                            break
                        depth -= 1
                    j -= 1
                fn = significant[j - 1].string if j > 0 else ""
                attribute_name = fn in ("getattr", "setattr", "hasattr", "delattr")
            if nxt is not None and nxt.string == "in" and i + 4 < len(significant):
                # "clients" in request.fixturenames
                attribute_name = attribute_name or significant[i + 4].string == "fixturenames"
            new = _rename_string(
                tok.string, {"docstring": docstring, "attribute_name": attribute_name}, rel
            )
        if new is not None and new != tok.string:
            edits.append((tok.start, tok.end, new))
    if not edits:
        return result
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    out = text
    for (sr, sc), (er, ec), new in sorted(edits, reverse=True):
        a = offsets[sr - 1] + sc
        b = offsets[er - 1] + ec
        out = out[:a] + new + out[b:]
    result.new_text = out
    result.changed = len(edits)
    return result


def left_over(text: str, rel: str) -> list[tuple[int, str]]:
    """(line, identifier) for every Python identifier that still says client for an inburgeraar:
    exactly the names a run would rename (not inside f-strings)."""
    return rename_source(text, rel).names


# ---------------------------------------------------------------------------------------------
# Markdown


def rename_markdown(text: str, rel: str) -> str:
    """Code words in `code spans` and fenced blocks; in README's layout block also the module
    name `clients` in the module map."""
    paths_only = rel in DOCS_PATHS_ONLY

    def span(m: re.Match[str]) -> str:
        return m.group(1) + _prose(m.group(2), paths_only) + m.group(1)

    out, fenced = [], False
    for line in text.splitlines(keepends=True):
        if line.startswith("```"):
            fenced = not fenced
            out.append(line)
        elif fenced:
            line = _prose(line, paths_only)
            if rel in MODULE_MAP_FILES and not paths_only:
                line = re.sub(r"(?<![\w.`/-])clients(?=[,\s])", "inburgeraars", line)
            out.append(line)
        else:
            out.append(re.sub(r"(`+)([^`\n]+?)\1", span, line))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Driver


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout


def tracked() -> list[str]:
    return [p for p in _git("ls-files").splitlines() if (ROOT / p).exists()]


def python_files(files: list[str]) -> list[str]:
    return [
        p
        for p in files
        if p.endswith(".py")
        and (p.split("/", 1)[0] in CODE_DIRS or p in CODE_FILES)
        and not _in_path_list(p, EXCLUDED_PATHS)
    ]


def moves(files: list[str]) -> list[tuple[str, str]]:
    out = []
    for p in files:
        if p.split("/", 1)[0] not in CODE_DIRS or _in_path_list(p, EXCLUDED_PATHS):
            continue
        new = rename_path(p)
        if new != p:
            out.append((p, new))
    return out


def run(dry_run: bool, check: bool, fix: bool) -> int:
    files = tracked()
    changed_files: list[str] = []
    collisions: list[str] = []
    for rel in python_files(files):
        path = ROOT / rel
        text = path.read_text(encoding="utf-8")
        res = rename_source(text, rel)
        if res.changed:
            changed_files.append(rel)
            if res.collisions:
                collisions.append(f"{rel}: {', '.join(sorted(res.collisions))}")
            if not (dry_run or check):
                path.write_text(res.new_text, encoding="utf-8")
    docs = [
        p for p in files if p.endswith(".md") and (p in DOC_FILES or p.split("/")[0] in DOC_DIRS)
    ]
    for rel in docs:
        path = ROOT / rel
        text = path.read_text(encoding="utf-8")
        new = rename_markdown(text, rel)
        if new != text:
            changed_files.append(rel)
            if not (dry_run or check):
                path.write_text(new, encoding="utf-8")
    planned = moves(files)
    clashes = [f"{a} -> {b}" for a, b in planned if (ROOT / b).exists()]
    for line in changed_files:
        print(f"edit  {line}")
    for a, b in planned:
        print(f"move  {a} -> {b}")
    for c in collisions:
        print(f"REVIEW name already used in file (check scopes): {c}")
    if check:
        return 1 if changed_files or planned else 0
    if clashes:
        for c in clashes:
            print(f"CLASH target exists, merge by hand: {c}", file=sys.stderr)
        return 2
    if dry_run:
        return 0
    for a, b in planned:
        (ROOT / b).parent.mkdir(parents=True, exist_ok=True)
        _git("mv", a, b)
    for a, _b in planned:  # empty old package folders (only __pycache__ left)
        folder = (ROOT / a).parent
        while folder != ROOT and folder.exists():
            rest = [c for c in folder.iterdir() if c.name != "__pycache__"]
            if rest:
                break
            subprocess.run(["rm", "-rf", str(folder)], check=True)
            folder = folder.parent
    if fix and (changed_files or planned):
        ruff = str(Path(sys.executable).parent / "ruff")
        subprocess.run([ruff, "check", "--fix", "--select", "I,F401", "-q", "."], cwd=ROOT)
        subprocess.run([ruff, "format", "-q", "."], cwd=ROOT)
    print(f"{len(changed_files)} files edited, {len(planned)} moved")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="list the changes, write nothing")
    ap.add_argument("--check", action="store_true", help="exit 1 if anything is left to rename")
    ap.add_argument("--no-fix", action="store_true", help="skip ruff --fix (imports) and format")
    a = ap.parse_args(argv)
    return run(a.dry_run, a.check, not a.no_fix)


if __name__ == "__main__":
    sys.exit(main())
