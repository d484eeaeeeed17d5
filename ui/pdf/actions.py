"""Menu actions that build a document for the selected client and open the preview.

Building runs in an op (``ui/ops.py``): the window stays responsive while the pages are laid
out; the preview opens when the PDF is ready."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app import reference
from app.errors import user_message
from app.pdf.document import HandoutDocument
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
from ui.i18n import app_text, translate
from ui.ops import Op, OpContext
from ui.pdf.preview import PdfPreview
from ui.pdf.render import preview_pages

if TYPE_CHECKING:
    from ui.main_window import MainWindow

Shown = Callable[[PdfPreview], None]


def _inburgeraar_id(window: MainWindow) -> str | None:
    if not may(window.session, Permission.DOSSIER_EXPORTEREN):
        window.statusBar().showMessage(
            translate("pdf.actions", "Uw rol geeft geen toegang tot het afdrukken van dossiers."),
            6000,
        )
        return None
    inburgeraar_id = window.selected_id()
    if not inburgeraar_id:
        window.statusBar().showMessage(
            translate("pdf.actions", "Kies eerst een inburgeraar in de lijst."), 4000
        )
    return inburgeraar_id


def _refused(window: MainWindow, title: str) -> Callable[[BaseException], None]:
    def show(exc: BaseException) -> None:
        QMessageBox.warning(
            window, title, app_text(user_message(exc))
        )  # a GlyphError names the sign

    return show


def open_pip(
    window: MainWindow, shown: Shown | None = None
) -> Op[tuple[Any, bytes, list[QImage]]] | None:
    """Build the formal PIP in an op (reading the dossier and laying out the pages take
    ~0.1-0.5 s), then open the preview; *shown* gets the preview."""
    inburgeraar_id = _inburgeraar_id(window)
    if not inburgeraar_id:
        return None

    ratio = window.devicePixelRatioF()

    def work(ctx: OpContext) -> tuple[Any, bytes, list[QImage]]:
        doc = document_for(ctx.session, inburgeraar_id)
        data = build_pip_pdf(doc)
        return doc, data, preview_pages(data, ratio)

    def done(result: tuple[Any, bytes, list[QImage]]) -> None:
        doc, data, pages = result
        preview = PdfPreview(
            data,
            pages,
            f"PIP – voorbeeld – {window.selected_name()}",
            pip_filename(doc),
            parent=window,
            on_output=_recorder(window, "pip", inburgeraar_id),
        )
        preview.open()
        if shown is not None:
            shown(preview)

    return (
        Op(window, work, session=window.session, title=translate("pdf.actions", "PIP"))
        .busy(translate("pdf.actions", "PIP opmaken…"))
        .success(done)
        .failure(_refused(window, translate("pdf.actions", "PIP")))
        .run()
    )


def open_handout(
    window: MainWindow, taal: str | None = None, shown: Shown | None = None
) -> Op[tuple[HandoutDocument, bytes, list[QImage]]] | None:
    inburgeraar_id = _inburgeraar_id(window)
    if not inburgeraar_id:
        return None
    if taal is None:
        talen = list(available_languages())
        names = [reference.language_name(t) or t for t in talen]  # "Tigrinya", not "ti"
        own = handout_for(window.session, inburgeraar_id).taal  # one dossier's language: a few ms
        start = talen.index(own) if own in talen else talen.index("nl")
        chosen, ok = QInputDialog.getItem(
            window,
            translate("pdf.actions", "Uitleg"),
            translate("pdf.actions", "Taal naast Nederlands:"),
            names,
            start,
            False,
        )
        if not ok:
            return None
        taal = talen[names.index(chosen)]
    return _handout_op(window, inburgeraar_id, taal, False, shown)


def _handout_op(
    window: MainWindow, inburgeraar_id: str, taal: str, dutch_only: bool, shown: Shown | None
) -> Op[tuple[HandoutDocument, bytes, list[QImage]]]:
    ratio = window.devicePixelRatioF()

    def work(ctx: OpContext) -> tuple[HandoutDocument, bytes, list[QImage]]:
        doc = handout_for(ctx.session, inburgeraar_id, taal)
        data = build_handout_pdf(doc, dutch_only=dutch_only)
        return doc, data, preview_pages(data, ratio)

    def done(result: tuple[HandoutDocument, bytes, list[QImage]]) -> None:
        doc, data, pages = result
        note = "Alleen Nederlands." if dutch_only else _review_note(window, doc.taal)
        preview = PdfPreview(
            data,
            pages,
            f"Uitleg – voorbeeld – {window.selected_name()}",
            handout_filename(doc),
            note,
            parent=window,
            on_output=_recorder(window, "uitleg", inburgeraar_id),
        )
        preview.open()
        if shown is not None:
            shown(preview)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, MissingTexts) and not dutch_only:
            answer = QMessageBox.question(
                window,
                translate("pdf.actions", "Vertaling niet compleet"),
                translate("pdf.actions", "{exc}\n\nAlleen in het Nederlands afdrukken?").format(
                    exc=app_text(str(exc))
                ),
            )
            if answer == QMessageBox.StandardButton.Yes:
                _handout_op(window, inburgeraar_id, taal, True, shown)
            return
        QMessageBox.warning(window, translate("pdf.actions", "Uitleg"), app_text(user_message(exc)))

    return (
        Op(window, work, session=window.session, title=translate("pdf.actions", "Uitleg"))
        .busy(translate("pdf.actions", "Uitleg opmaken…"))
        .success(done)
        .failure(failed)
        .run()
    )


def _recorder(window: MainWindow, kind: str, inburgeraar_id: str) -> Callable[[str], None]:
    session = window.session
    return lambda action: record_output(session, action, kind, inburgeraar_id)


def _review_note(window: MainWindow, taal: str) -> str:
    if taal == "nl":
        return ""
    review = get_review(window.data_dir, taal)
    if review is None or not review.actueel:
        return "Let op: deze vertaling is nog niet gecontroleerd door een sleutelpersoon."
    return f"Vertaling gecontroleerd door {review.sleutelpersoon} op {review.datum:%d-%m-%Y}."


def install(window: MainWindow) -> None:
    menu = window.menus["inburgeraar"]
    menu.addSeparator()
    pip = menu.addAction(translate("pdf.actions", "PIP afdrukken…"))
    pip.triggered.connect(lambda: open_pip(window))
    handout = menu.addAction(translate("pdf.actions", "Uitleg voor inburgeraar afdrukken…"))
    handout.triggered.connect(lambda: open_handout(window))
    review = menu.addAction(translate("pdf.actions", "Vertaling laten controleren…"))
    review.triggered.connect(lambda: record_translation_review(window))


def record_translation_review(window: MainWindow) -> bool:
    """A key person has read the fixed texts of one language: record who and when."""
    talen = [t for t in available_languages() if t != "nl"]
    taal, ok = QInputDialog.getItem(
        window,
        translate("pdf.actions", "Vertaling controleren"),
        translate("pdf.actions", "Taal:"),
        talen,
        0,
        False,
    )
    if not ok:
        return False
    naam, ok = QInputDialog.getText(
        window,
        translate("pdf.actions", "Vertaling controleren"),
        translate("pdf.actions", "Naam van de sleutelpersoon:"),
    )
    if not ok:
        return False
    try:
        record_review(window.data_dir, taal, naam, date.today())
    except FieldError as exc:
        QMessageBox.warning(
            window, translate("pdf.actions", "Vertaling controleren"), app_text(str(exc))
        )
        return False
    window.statusBar().showMessage(
        translate("pdf.actions", "Controle van de vertaling vastgelegd."), 4000
    )
    return True
