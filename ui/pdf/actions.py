"""Menu actions that build a document for the selected client and open the preview."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from app.pdf.document import HandoutDocument
from app.pdf.fonts import GlyphError
from app.pdf.handout_pdf import build_handout_pdf
from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.review import get_review, record_review
from app.pdf.source import (
    document_for,
    handout_filename,
    handout_for,
    pip_filename,
    record_output,
)
from app.pdf.texts import MissingTexts, available_languages
from app.security.roles import Permission, may
from app.validation import FieldError
from ui.pdf.preview import PdfPreview


def _client_id(window: QMainWindow) -> str | None:
    if not may(window.session, Permission.DOSSIER_EXPORTEREN):  # type: ignore[attr-defined]
        window.statusBar().showMessage(
            "Uw rol geeft geen toegang tot het afdrukken van dossiers.", 6000
        )
        return None
    client_id: str | None = window.selected_id()  # type: ignore[attr-defined]
    if not client_id:
        window.statusBar().showMessage("Kies eerst een inburgeraar in de lijst.", 4000)
    return client_id


def open_pip(window: QMainWindow) -> PdfPreview | None:
    client_id = _client_id(window)
    if not client_id:
        return None
    doc = document_for(window.session, client_id)  # type: ignore[attr-defined]
    try:
        data = build_pip_pdf(doc)
    except GlyphError as exc:
        QMessageBox.warning(window, "PIP", str(exc))
        return None
    preview = PdfPreview(
        data,
        "PIP – voorbeeld",
        pip_filename(doc),
        parent=window,
        on_output=_recorder(window, "pip", client_id),
    )
    preview.open()
    return preview


def open_handout(window: QMainWindow, taal: str | None = None) -> PdfPreview | None:
    client_id = _client_id(window)
    if not client_id:
        return None
    doc = handout_for(window.session, client_id, taal)  # type: ignore[attr-defined]
    if taal is None:
        talen = list(available_languages())
        start = talen.index(doc.taal) if doc.taal in talen else talen.index("nl")
        taal, ok = QInputDialog.getItem(
            window, "Uitleg", "Taal naast Nederlands:", talen, start, False
        )
        if not ok:
            return None
        doc = handout_for(window.session, client_id, taal)  # type: ignore[attr-defined]
    try:
        data, note = _handout_bytes(window, doc)
    except GlyphError as exc:
        QMessageBox.warning(window, "Uitleg", str(exc))
        return None
    if data is None:
        return None
    preview = PdfPreview(
        data,
        "Uitleg – voorbeeld",
        handout_filename(doc),
        note,
        parent=window,
        on_output=_recorder(window, "uitleg", client_id),
    )
    preview.open()
    return preview


def _recorder(window: QMainWindow, kind: str, client_id: str) -> Callable[[str], None]:
    session = window.session  # type: ignore[attr-defined]
    return lambda action: record_output(session, action, kind, client_id)


def _handout_bytes(window: QMainWindow, doc: HandoutDocument) -> tuple[bytes | None, str]:
    try:
        data = build_handout_pdf(doc)
    except MissingTexts as exc:
        answer = QMessageBox.question(
            window, "Vertaling niet compleet", f"{exc}\n\nAlleen in het Nederlands afdrukken?"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None, ""
        return build_handout_pdf(doc, dutch_only=True), "Alleen Nederlands."
    taal = doc.taal
    if taal == "nl":
        return data, ""
    review = get_review(window.data_dir, taal)  # type: ignore[attr-defined]
    if review is None or not review.actueel:
        return data, "Let op: deze vertaling is nog niet gecontroleerd door een sleutelpersoon."
    return data, f"Vertaling gecontroleerd door {review.sleutelpersoon} op {review.datum:%d-%m-%Y}."


def install(window: QMainWindow) -> None:
    menu = window.menus["inburgeraar"]  # type: ignore[attr-defined]
    menu.addSeparator()
    pip = menu.addAction("PIP afdrukken…")
    pip.triggered.connect(lambda: open_pip(window))
    handout = menu.addAction("Uitleg voor inburgeraar afdrukken…")
    handout.triggered.connect(lambda: open_handout(window))
    review = menu.addAction("Vertaling laten controleren…")
    review.triggered.connect(lambda: record_translation_review(window))


def record_translation_review(window: QMainWindow) -> bool:
    """A key person has read the fixed texts of one language: record who and when."""
    talen = [t for t in available_languages() if t != "nl"]
    taal, ok = QInputDialog.getItem(window, "Vertaling controleren", "Taal:", talen, 0, False)
    if not ok:
        return False
    naam, ok = QInputDialog.getText(window, "Vertaling controleren", "Naam van de sleutelpersoon:")
    if not ok:
        return False
    try:
        record_review(window.data_dir, taal, naam, date.today())  # type: ignore[attr-defined]
    except FieldError as exc:
        QMessageBox.warning(window, "Vertaling controleren", str(exc))
        return False
    window.statusBar().showMessage("Controle van de vertaling vastgelegd.", 4000)
    return True
