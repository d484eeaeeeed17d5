"""Numbered schema migrations: ``NNNN_name.sql`` files in this package, applied in order.

The store records each applied file by name (table ``schema_migratie``, see
``db.migrate.migrate``): a file is applied once, in its own transaction with its name, and a
file merged later with a lower number than one already applied still runs. A file is never
edited or renamed once released: a change to the schema is a new file. Numbers are handed out per
branch (the lead assigns a range) so two branches never pick the same one.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


def split_statements(sql: str) -> tuple[str, ...]:
    """Split a script into complete statements (triggers with inner semicolons stay whole)."""
    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"onvolledige SQL-opdracht aan het eind: {buffer.strip()[:60]}")
    return tuple(statements)


def load_migrations() -> list[Migration]:
    found: list[Migration] = []
    for entry in resources.files(__name__).iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        found.append(
            Migration(int(match.group(1)), entry.name, split_statements(entry.read_text("utf-8")))
        )
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"twee migraties met hetzelfde nummer: {versions}")
    return found
