"""Which libraries and fonts ship with Wegwijs, and under which licence.

Read at run time from each installed package's metadata and from the licence files next to the
fonts, so the list in "Over Wegwijs" follows what is really bundled. Only the SQLCipher C library,
which is compiled into ``sqlcipher3`` and has no metadata of its own, is described by hand.
"""

from __future__ import annotations

import platform
import re
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import metadata, resources
from importlib.abc import Traversable

# (distribution, shown name, what Wegwijs uses it for). Packages that are not installed are left
# out of the dialog: a list of components must never claim something that is not there.
COMPONENTS: tuple[tuple[str, str, str], ...] = (
    ("PySide6_Essentials", "Qt for Python (PySide6)", "vensters en bediening"),
    ("shiboken6", "Shiboken6", "koppeling Python–Qt"),
    ("sqlcipher3", "sqlcipher3", "versleuteld gegevensbestand"),
    ("reportlab", "ReportLab", "PDF's maken"),
    ("arabic-reshaper", "arabic-reshaper", "Arabisch schrift in PDF's"),
    ("python-bidi", "python-bidi", "schrift van rechts naar links"),
    ("platformdirs", "platformdirs", "mappen per besturingssysteem"),
    ("pycountry", "pycountry", "landen en talen (ISO)"),
)

SQLCIPHER_LIBRARY = (
    "SQLCipher",
    "BSD-stijl (Zetetic LLC)",
    "versleuteling, ingebouwd in sqlcipher3",
)

# Recognisable phrases in licence texts, most specific first.
_TEXT_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"SIL OPEN FONT LICEN[CS]E", "OFL-1.1"),
    (r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3", "LGPL-3.0"),
    (r"GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1", "LGPL-2.1"),
    (r"GNU GENERAL PUBLIC LICENSE\s+Version 3", "GPL-3.0"),
    (r"Apache License,?\s+Version 2\.0", "Apache-2.0"),
    (r"Bitstream Vera", "Bitstream Vera"),
    (r"Ubuntu Font Licen[cs]e", "Ubuntu Font Licence"),
    (r"Permission is hereby granted, free of charge", "MIT"),
    (r"freely,\s+subject to the following restrictions", "zlib"),
    (r"Redistribution and use in source and binary forms", "BSD"),
)

_CLASSIFIER = re.compile(r"^License :: (?:OSI Approved :: )?(.+)$")


@dataclass(frozen=True)
class Licence:
    name: str  # as shown: "PySide6", "Noto Naskh Arabic"
    version: str  # "" when not known (fonts)
    licence: str  # "LGPL-3.0-only", "OFL-1.1"
    purpose: str  # what Wegwijs uses it for


def licence_from_text(text: str) -> str:
    """The licence a licence text is recognisably about, or '' when none is recognised."""
    for pattern, name in _TEXT_PATTERNS:
        if re.search(pattern, text, flags=re.IGNORECASE):
            return name
    return ""


def _licence_file_texts(dist: metadata.Distribution) -> Iterable[str]:
    for item in dist.files or ():
        name = item.name.upper()
        if name.startswith(("LICENSE", "LICENCE", "COPYING")):
            try:
                yield item.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue


def licence_of(dist: metadata.Distribution) -> str:
    """SPDX expression, else License field, else classifier, else the shipped licence file."""
    meta = dist.metadata
    expression = (meta["License-Expression"] or "").strip()
    if expression:
        return expression
    field = (meta["License"] or "").strip()
    if field and "\n" not in field and len(field) <= 80:
        return field
    for classifier in meta.get_all("Classifier") or ():
        match = _CLASSIFIER.match(classifier)
        if match:
            return match.group(1)
    for text in _licence_file_texts(dist):
        found = licence_from_text(text)
        if found:
            return found
    return "onbekend"


def library_licences(components: Iterable[tuple[str, str, str]] = COMPONENTS) -> list[Licence]:
    """The installed components with their version and licence, in the order given."""
    found: list[Licence] = []
    for dist_name, shown, purpose in components:
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            continue
        found.append(Licence(shown, dist.version, licence_of(dist), purpose))
    return found


def _font_files(folder: Traversable) -> list[str]:
    return sorted(
        e.name for e in folder.iterdir() if e.name.lower().endswith((".ttf", ".otf", ".ttc"))
    )


def _licence_texts(folder: Traversable) -> list[str]:
    texts = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        upper = entry.name.upper()
        if entry.is_file() and upper.startswith(("OFL", "LICENSE", "LICENCE", "COPYING")):
            texts.append(entry.read_bytes().decode("utf-8", errors="replace"))
    return texts


def _name_table_family(data: bytes) -> str:
    """The family name (name ID 1) from a TrueType/OpenType 'name' table, or ''."""
    if len(data) < 12:
        return ""
    count = struct.unpack(">H", data[4:6])[0]
    for i in range(count):
        entry = data[12 + 16 * i : 28 + 16 * i]
        if len(entry) < 16:
            return ""
        tag, _checksum, offset, _length = struct.unpack(">4sLLL", entry)
        if tag == b"name":
            return _family_from_name(data, offset)
    return ""


def _family_from_name(data: bytes, table: int) -> str:
    _fmt, count, strings = struct.unpack(">HHH", data[table : table + 6])
    for i in range(count):
        record = data[table + 6 + 12 * i : table + 18 + 12 * i]
        platform_id, encoding, _lang, name_id, length, offset = struct.unpack(">6H", record)
        if name_id != 1:
            continue
        raw = data[table + strings + offset : table + strings + offset + length]
        if platform_id == 3 and encoding in (0, 1):
            return raw.decode("utf-16-be", errors="replace")
        if platform_id == 1:
            return raw.decode("latin-1")
    return ""


def _family(entry: Traversable) -> str:
    """The family name stored in the font, else one derived from the file name."""
    try:
        family = _name_table_family(entry.read_bytes())
    except (OSError, struct.error):
        family = ""
    return family or entry.name.rsplit(".", 1)[0].split("-")[0]


def font_licences(root: Traversable | None = None) -> list[Licence]:
    """One entry per font family, with the licence of the file(s) beside it.

    Fonts may sit flat in ``resources/fonts/`` or in one folder per family; either way the
    licence text (OFL.txt, LICENSE…) is read from the folder the font file is in.
    """
    root = root if root is not None else resources.files("resources") / "fonts"
    if not root.is_dir():
        return []
    folders = [root, *sorted((e for e in root.iterdir() if e.is_dir()), key=lambda e: e.name)]
    found: dict[str, Licence] = {}
    for folder in folders:
        files = _font_files(folder)
        if not files:
            continue
        texts = _licence_texts(folder)
        licence = next((n for n in map(licence_from_text, texts) if n), "")
        if not licence:
            licence = "onbekend" if texts else "licentiebestand ontbreekt"
        for name in files:
            family = _family(folder / name)
            found.setdefault(family, Licence(family, "", licence, "lettertype"))
    return list(found.values())


def all_licences() -> list[Licence]:
    """Python itself, the libraries, the SQLCipher library and the fonts, as shown to users."""
    python = Licence("Python", platform.python_version(), "PSF-2.0", "programmeertaal")
    libs = [python, *library_licences()]
    libs.insert(
        next((i + 1 for i, lic in enumerate(libs) if lic.name == "sqlcipher3"), len(libs)),
        Licence(SQLCIPHER_LIBRARY[0], "", SQLCIPHER_LIBRARY[1], SQLCIPHER_LIBRARY[2]),
    )
    return libs + font_licences()
