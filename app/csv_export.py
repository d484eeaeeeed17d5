"""Every CSV the app writes goes through :func:`csv_bytes`: Dutch Excel CSV (``;``, CRLF,
UTF-8 with BOM) with each cell escaped against CSV/formula injection as OWASP advises
(https://owasp.org/www-community/attacks/CSV_Injection): a cell that starts with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return (also their full-width forms, which Excel reads
alike) gets a leading apostrophe, so a spreadsheet shows it as text and never runs it; a cell with
``;``, a quote or a line break is quoted and quotes inside are doubled, so no cell can spill
into the next. That includes ``-2`` and ``+31``: Excel would
otherwise turn a phone number's ``+31`` into 31 (amounts in the claims are never negative).

:func:`unescape_cell` undoes the apostrophe when the app reads its own export back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def safe_cell(value: object) -> str:
    """The text of *value* as a spreadsheet can show it without running it."""
    text = "" if value is None else str(value)
    if text.startswith(TRIGGERS):
        return "'" + text
    return text


def unescape_cell(text: str) -> str:
    """A cell as :func:`safe_cell` wrote it, back to what it was."""
    if text.startswith("'") and text[1:].startswith(TRIGGERS):
        return text[1:]
    return text


def csv_bytes(rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")
