"""Licences are read from what is installed and bundled, not from a hard-coded list."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app import licences

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_installed_libraries_with_their_metadata_licence() -> None:
    found = {item.name: item for item in licences.library_licences()}
    assert "sqlite-utils" not in found  # dropped by issue 11: no code used it
    assert found["platformdirs"].licence == "MIT"
    assert "LGPL" in found["pycountry"].licence
    assert "LGPL-3.0" in found["Qt for Python (PySide6)"].licence
    # sqlcipher3 has no licence field: it is recognised from its shipped LICENSE text.
    assert found["sqlcipher3"].licence == "zlib"
    assert all(item.version for item in found.values())


def test_missing_packages_are_left_out() -> None:
    components = (("bestaat-niet-xyz", "Nergens", "niets"), ("platformdirs", "pd", "mappen"))
    assert [c.name for c in licences.library_licences(components)] == ["pd"]


def test_all_licences_include_python_and_the_sqlcipher_library() -> None:
    names = [item.name for item in licences.all_licences()]
    assert names[0] == "Python"
    assert names.index("SQLCipher") == names.index("sqlcipher3") + 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This Font Software is licensed under the SIL Open Font License, Version 1.1.", "OFL-1.1"),
        ("Apache License\n Version 2.0, January 2004", "Apache-2.0"),
        ("GNU LESSER GENERAL PUBLIC LICENSE\n   Version 2.1, February 1999", "LGPL-2.1"),
        ("Permission is hereby granted, free of charge, to any person", "MIT"),
        ("Een eigen tekst zonder bekende licentie", ""),
        ("", ""),
    ],
)
def test_licence_recognised_from_text(text: str, expected: str) -> None:
    assert licences.licence_from_text(text) == expected


def test_fonts_listed_per_family_with_licence_from_their_folder(tmp_path: Path) -> None:
    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is niet geïnstalleerd")
    fonts = tmp_path / "fonts"
    family = fonts / "dejavu"
    family.mkdir(parents=True)
    shutil.copy(DEJAVU, family / "DejaVuSans.ttf")
    shutil.copy(DEJAVU, family / "DejaVuSans-Kopie.ttf")
    (family / "LICENSE").write_text("Bitstream Vera Fonts Copyright ...", "utf-8")
    (fonts / "Los-Regular.ttf").write_bytes(b"x")  # a font without a licence file beside it
    found = licences.font_licences(fonts)
    assert [(f.name, f.licence, f.purpose) for f in found] == [
        ("Los", "licentiebestand ontbreekt", "lettertype"),
        ("DejaVu Sans", "Bitstream Vera", "lettertype"),  # two files, one family
    ]


def test_font_family_read_from_the_font_not_the_file_name(tmp_path: Path) -> None:
    if not DEJAVU.exists():
        pytest.skip("DejaVu Sans is niet geïnstalleerd")
    shutil.copy(DEJAVU, tmp_path / "x-Regular.ttf")
    (tmp_path / "OFL.txt").write_text("SIL OPEN FONT LICENSE Version 1.1", "utf-8")
    assert licences.font_licences(tmp_path) == [
        licences.Licence("DejaVu Sans", "", "OFL-1.1", "lettertype")
    ]


def test_broken_font_file_falls_back_to_file_name(tmp_path: Path) -> None:
    (tmp_path / "Kapot-Bold.ttf").write_bytes(b"geen lettertype")
    found = licences.font_licences(tmp_path)
    assert [(f.name, f.licence) for f in found] == [("Kapot", "licentiebestand ontbreekt")]


def test_no_font_folder_means_no_fonts(tmp_path: Path) -> None:
    assert licences.font_licences(tmp_path / "fonts") == []
