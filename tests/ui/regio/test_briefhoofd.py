"""Beheer > Briefhoofd per gemeente: a beheerder edits one municipality's letterhead (logo file
checked, addresses, kenmerk, signatory, cost centre); the letter prints it; a wrong value or a
bad logo file is refused in Dutch and changes nothing; the examples say "voorbeeld, controleren"."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import briefhoofd
from app.gemeenten import voorbeelden
from app.inburgeraars.service import InburgeraarService
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.source import document_for
from app.pip.service import PipService
from app.security.roles import PermissionDeniedError, Role
from app.validation import ValidationError
from tests.app.pdf.test_pip_letter import ARTIFACTS, DAGTEKENING, _flat, _vastgesteld
from tests.conftest import valid_form
from tests.support.artifacts import save_grab
from tests.support.pdf import all_text, render_png
from tests.support.pip import complete_inhoud
from tests.support.security import act_as
from ui.regio.briefhoofd_dialog import BriefhoofdDialog

GOOD = {
    "naam": "Winterswijk",
    "postadres": "Postbus 5555\n7100 AA Winterswijk",
    "bezoekadres": "Markt 9, 7101 AA Winterswijk",
    "telefoon": "0543 555 555",
    "email": "inburgering@winterswijk.nl",
    "website": "www.winterswijk.nl",
    "bezwaar_online": "www.winterswijk.nl/bezwaar-maken",
    "kenmerk_patroon": "WWK-{jaar}-{nummer:03d}",
    "ondertekenaar": "J. Bakker",
    "ondertekenaar_functie": "afdelingshoofd Samenleving",
    "kostenplaats": "KP-6120",
}


def png(width: int, height: int, rgb: tuple[int, int, int] = (0, 90, 160)) -> bytes:
    """A real PNG of one colour with a white band (no image library needed)."""
    rows = []
    for y in range(height):
        colour = bytes((255, 255, 255)) if height // 3 <= y < height // 2 else bytes(rgb)
        rows.append(b"\x00" + colour * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def test_saved_letterhead_is_on_the_letter_with_its_kenmerk_and_logo(
    inburgeraars: InburgeraarService, qapp
) -> None:  # type: ignore[no-untyped-def]
    session = inburgeraars.session
    briefhoofd.bewaar(session, "0294", GOOD, png(300, 120))
    cid = _vastgesteld(inburgeraars)
    doc = document_for(session, cid)
    assert doc.kenmerk == "WWK-2026-001"  # the municipality's own pattern
    assert doc.gemeente.logo_data[:4] == b"\x89PNG"
    pdf = build_pip_pdf(doc)
    text = _flat(all_text(pdf))
    for expected in (
        "Retour: Gemeente Winterswijk, Postbus 5555, 7100 AA Winterswijk",
        "Markt 9, 7101 AA Winterswijk",
        "0543 555 555",
        "inburgering@winterswijk.nl",
        "www.winterswijk.nl/bezwaar-maken",
        "J. Bakker",
        "afdelingshoofd Samenleving",
    ):
        assert expected in text, expected
    assert "Postbus 101" not in text  # the example is gone
    assert b"/Subtype /Image" in pdf
    render_png(pdf, ARTIFACTS / "pip-briefhoofd", dpi=100)


def test_a_wrong_field_refuses_the_whole_change(inburgeraars: InburgeraarService) -> None:
    session = inburgeraars.session
    briefhoofd.bewaar(session, "0294", GOOD)
    wrong = {
        **GOOD,
        "email": "geen-adres",
        "postadres": "1\n2\n3\n4\n5",
        "kenmerk_patroon": "PIP-{jaar}",
        "telefoon": "bel me",
        "website": "niet een site",
    }
    with pytest.raises(ValidationError) as exc:
        briefhoofd.bewaar(session, "0294", wrong, png(300, 120))
    assert set(exc.value.errors) == {
        "email",
        "postadres",
        "kenmerk_patroon",
        "telefoon",
        "website",
    }
    assert "envelop" in exc.value.errors["postadres"]
    saved = briefhoofd.laad(session, "0294")
    assert saved.briefhoofd.email == GOOD["email"] and saved.logo == b""  # nothing changed


def test_only_a_beheerder_saves(inburgeraars: InburgeraarService) -> None:
    act_as(inburgeraars.session, Role.KLANTMANAGER)
    with pytest.raises(PermissionDeniedError):
        briefhoofd.bewaar(inburgeraars.session, "0294", GOOD)
    act_as(inburgeraars.session, Role.BEHEERDER)
    briefhoofd.bewaar(inburgeraars.session, "0294", GOOD)


def test_bad_logo_files_are_refused_in_dutch(tmp_path: Path) -> None:
    cases = {
        "logo.gif": (b"GIF89a" + b"\x00" * 40, "png of .jpg"),
        "leeg.png": (b"", "leeg"),
        "tekst.png": (b"dit is geen plaatje", "geen PNG- of JPEG"),
        "klein.png": (png(10, 10), "tussen 32 en 4000 pixels"),
        "kapot.png": (png(100, 50)[:60], "beschadigd"),
        "groot.png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * (600 * 1024), "hoogstens 512 kB"),
    }
    for name, (data, words) in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(briefhoofd.LogoError) as exc:
            briefhoofd.lees_logo(path)
        assert words in str(exc.value), name
    with pytest.raises(briefhoofd.LogoError, match="niet te openen"):
        briefhoofd.lees_logo(tmp_path / "weg.png")
    good = tmp_path / "logo.PNG"
    good.write_bytes(png(200, 80))
    assert briefhoofd.lees_logo(good) == png(200, 80)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_no_byte_string_crashes_the_logo_check(data: bytes) -> None:
    problem = briefhoofd.logo_probleem(data)
    assert problem is None or problem.endswith(".") or problem.endswith(")")
    assert briefhoofd.logo_probleem(b"\x89PNG\r\n\x1a\n" + data) is not None


def test_examples_are_marked_until_saved(inburgeraars: InburgeraarService) -> None:
    assert all(v["status"] == briefhoofd.VOORBEELD for v in voorbeelden().values())
    assert briefhoofd.laad(inburgeraars.session, "0222").voorbeeld
    briefhoofd.bewaar(inburgeraars.session, "0222", {**GOOD, "naam": "Doetinchem"})
    assert not briefhoofd.laad(inburgeraars.session, "0222").voorbeeld
    assert not briefhoofd.laad(inburgeraars.session, "0222", {"0197": {}}).voorbeeld


def test_the_dialog_edits_one_municipality(
    qtbot, inburgeraars: InburgeraarService, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = BriefhoofdDialog(inburgeraars.session, "0294")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.voorbeeld.isVisible() and "Voorbeeld, controleren" in dialog.voorbeeld.text()
    assert dialog.edits["postadres"].toPlainText() == "Postbus 101\n7100 AC Winterswijk"
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"geen plaatje")
    assert not dialog.use_logo_file(bad)
    assert dialog.logo_error.isVisible() and "PNG- of JPEG" in dialog.logo_error.text()
    assert dialog.logo == b""  # nothing changed
    good = tmp_path / "goed.png"
    good.write_bytes(png(300, 120))
    assert dialog.use_logo_file(good) and not dialog.logo_error.isVisible()
    assert not dialog.logo_preview.pixmap().isNull()
    dialog.edits["email"].clear()
    qtbot.keyClicks(dialog.edits["email"], "fout@")
    dialog.edits["ondertekenaar"].setText("J. Bakker")
    assert not dialog.save()
    assert "e-mailadres" in dialog.fields["email"].error.text()
    assert "verbeter" in dialog.message.text()
    assert briefhoofd.beheer_waarden(inburgeraars.session, "0294") == {}  # nothing saved
    dialog.edits["email"].setText("inburgering@winterswijk.nl")
    assert dialog.save()
    assert dialog.fields["email"].error.isHidden() and not dialog.voorbeeld.isVisible()
    saved = briefhoofd.laad(inburgeraars.session, "0294")
    assert saved.briefhoofd.ondertekenaar == "J. Bakker" and saved.logo == png(300, 120)
    dialog.gemeente.set_code("0197")  # another municipality: its own values
    assert "Aalten" in dialog.edits["postadres"].toPlainText() and dialog.logo == b""
    again = BriefhoofdDialog(inburgeraars.session, "0294")
    qtbot.addWidget(again)
    assert again.edits["ondertekenaar"].text() == "J. Bakker" and again.logo
    dialog.gemeente.set_code("0222")
    save_grab(dialog, "briefhoofd-dialoog.png")


def test_the_second_version_keeps_counting_with_the_pattern(
    inburgeraars: InburgeraarService,
) -> None:
    briefhoofd.bewaar(inburgeraars.session, "0294", GOOD)
    first = _vastgesteld(inburgeraars)
    inburgeraar = inburgeraars.save(valid_form(bsn="123456782", v_nummer="1234567890"))
    assert inburgeraar.id
    pips = PipService(inburgeraars.session)
    pips.vaststellen(str(pips.create(inburgeraar.id, complete_inhoud()).id), DAGTEKENING)
    assert pips.current(first).kenmerk == "WWK-2026-001"  # type: ignore[union-attr]
    assert pips.current(inburgeraar.id).kenmerk == "WWK-2026-002"  # type: ignore[union-attr]


def test_closing_with_a_change_asks_first(
    qtbot, inburgeraars: InburgeraarService, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from ui import unsaved

    asked: list[str] = []
    monkeypatch.setattr(unsaved, "ask", lambda _w: asked.append("?") or unsaved.DISCARD)
    dialog = BriefhoofdDialog(inburgeraars.session, "0294")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: closes without a question
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    qtbot.keyClicks(dialog.edits["ondertekenaar"], "J. Bakker")
    dialog.reject()
    assert asked == ["?"] and not dialog.isVisible()
    assert briefhoofd.beheer_waarden(inburgeraars.session, "0294") == {}  # "Niet opslaan": nothing
