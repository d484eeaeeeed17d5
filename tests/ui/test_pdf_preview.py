from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from app.inburgeraars.service import InburgeraarService
from app.pdf.review import get_review, record_review
from app.pdf.source import document_for, pip_filename
from app.validation import FieldError
from tests.conftest import valid_form
from tests.support.pdf import reader
from tests.ui.test_screens import save
from ui.main_window import MainWindow
from ui.pdf import actions


@pytest.fixture
def window(qtbot, inburgeraars: InburgeraarService, data_dir: Path):  # type: ignore[no-untyped-def]
    from tests.conftest import TODAY

    inburgeraars.save(valid_form(), today=TODAY)
    w = MainWindow(inburgeraars.session, data_dir)
    qtbot.addWidget(w)
    w.table.selectRow(0)
    return w


def test_pip_preview_saves_without_bsn_in_name(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    shown: list[Any] = []
    assert actions.open_pip(window, shown.append) is not None
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    preview = shown[0]
    qtbot.waitExposed(preview)
    preview.resize(700, 900)
    qtbot.wait(100)  # the pages came rendered from the op; only painting is left
    image = save(preview, "pdf-preview-pip")
    dark = sum(
        image.pixelColor(x, y).lightness() < 120
        for y in range(60, 800, 6)
        for x in range(40, 640, 6)
    )
    assert dark > 200, "the preview shows no text"
    assert preview.page_count() == len(reader(preview.data).pages) >= 1
    assert preview.filename == "PIP-Tesfamariam-v1-" + date.today().isoformat() + ".pdf"
    assert "999990019" not in preview.filename
    target = tmp_path / "uit" / preview.filename
    target.parent.mkdir()
    saved = preview.save_as(ask=lambda suggested: str(target))
    assert saved == target and target.read_bytes().startswith(b"%PDF")
    assert preview.save_as(ask=lambda suggested: "") is None  # cancelled: nothing written
    assert list(scratch.iterdir()) == []


def test_handout_preview_notes_unchecked_translation(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    shown: list[Any] = []
    actions.open_handout(window, "ti", shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    preview = shown[0]
    assert "nog niet gecontroleerd door een sleutelpersoon" in preview.note.text()
    assert "999990019" not in preview.filename and "Selam" in preview.filename


def test_handout_with_missing_texts_offers_dutch_only(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    shown: list[Any] = []
    actions.open_handout(window, "fa", shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=30_000)
    assert asked and "Alleen Nederlands" in shown[0].note.text()
    assert "Alleen in het Nederlands afdrukken?" in asked[0] and "(fa)" in asked[0]


def test_review_is_recorded_and_goes_stale_when_texts_change(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(FieldError):
        record_review(data_dir, "ar", "   ", date(2026, 11, 30))
    with pytest.raises(FieldError):
        record_review(data_dir, "ar", "Amal", date(2999, 1, 1))
    assert get_review(data_dir, "ar") is None
    record_review(data_dir, "ar", "Amal  Haddad", date(2026, 11, 30))
    review = get_review(data_dir, "ar")
    assert review is not None and review.sleutelpersoon == "Amal Haddad" and review.actueel
    monkeypatch.setattr("app.pdf.review.texts_hash", lambda taal: "iets anders")
    assert get_review(data_dir, "ar").actueel is False  # type: ignore[union-attr]


def test_document_for_uses_inburgeraar_record(window) -> None:  # type: ignore[no-untyped-def]
    inburgeraar_id = window.selected_id()
    doc = document_for(window.session, inburgeraar_id)
    assert doc.dossier.bsn == "999990019" and doc.gemeente.naam == "Winterswijk"
    assert pip_filename(doc).startswith("PIP-Tesfamariam-v1-")
