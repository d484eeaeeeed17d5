"""Preview of the PIP or the handout inside the app, with Print and "Opslaan als PDF"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import translate
from ui.pdf.pages_view import PagesView
from ui.pdf.render import PdfBytes
from ui.screen_fit import fit_window


class PdfPreview(QDialog):
    """Shows PDF bytes as the pages the op rendered (``ui.pdf.render.preview_pages``); nothing
    is written to disk unless the officer saves."""

    def __init__(
        self,
        data: bytes,
        pages: list[QImage],
        title: str,
        filename: str,
        note: str = "",
        parent: QWidget | None = None,
        on_output: Callable[[str], None] | None = None,
    ) -> None:
        """*on_output* is told "afgedrukt" or "geëxporteerd" (for the audit trail)."""
        super().__init__(parent)
        self.on_output = on_output
        self.setWindowTitle(title)
        self.data = data
        self.filename = filename
        self.view = PagesView(pages)
        self.view.setAccessibleName(translate("pdf.preview", "Voorbeeld van het document"))
        layout = QVBoxLayout(self)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(translate("pdf.preview", "Afdrukken…"))
        self.save_button = QPushButton(translate("pdf.preview", "Opslaan als PDF…"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(
            translate("pdf.preview", "Sluiten"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(lambda: self.save_as())
        layout.addWidget(buttons)
        fit_window(self, 820, 960)

    def page_count(self) -> int:
        return self.view.page_count()

    def save_as(self, ask: Callable[[str], str] | None = None) -> Path | None:
        """Write the PDF where the officer chooses; the suggested name carries no BSN."""
        suggested = str(Path.home() / self.filename)
        if ask is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("pdf.preview", "Opslaan als PDF"),
                suggested,
                translate("pdf.preview", "PDF (*.pdf)"),
            )
        else:
            name = ask(suggested)
        if not name:
            return None
        path = Path(name)
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("pdf.preview", "Opslaan"),
                translate("pdf.preview", "Opslaan is niet gelukt: {strerror}.").format(
                    strerror=exc.strerror
                ),
            )
            return None
        if self.on_output:
            self.on_output("geëxporteerd")
        return path

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.filename)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        print_to(printer, PdfBytes(self.data))
        if self.on_output:
            self.on_output("afgedrukt")


def print_to(printer: QPrinter, pdf: PdfBytes) -> None:
    """Render each page at the printer's resolution, scaled to fit the printable area."""
    painter = QPainter(printer)
    try:
        dpi = min(printer.resolution(), 300)
        for page in range(pdf.page_count()):
            if page:
                printer.newPage()
            image = pdf.render(page, dpi)
            area = painter.viewport()
            scaled = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.topLeft(), scaled), image)
    finally:
        painter.end()
