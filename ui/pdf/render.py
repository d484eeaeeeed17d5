"""PDF bytes to page images with QtPdf, entirely in memory (no temporary files)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument


class PdfBytes:
    """A QPdfDocument over an in-memory buffer; keeps the buffer alive as long as itself."""

    def __init__(self, data: bytes) -> None:
        self.data = QByteArray(data)
        self.buffer = QBuffer()
        self.buffer.setData(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError("De PDF kon niet worden geladen.")

    def page_count(self) -> int:
        return int(self.document.pageCount())

    def render(self, page: int, dpi: float = 96) -> QImage:
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        rendered = self.document.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)  # paper is white, not transparent
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image


def render_pages(data: bytes, dpi: float = 96) -> list[QImage]:
    pdf = PdfBytes(data)
    return [pdf.render(i, dpi) for i in range(pdf.page_count())]


PREVIEW_DPI = 96  # an A4 page 794 px wide: the preview's width at 100 %


def preview_pages(data: bytes, pixel_ratio: float = 1.0) -> list[QImage]:
    """The pages for the in-app preview, at the screen's pixel ratio. Runs on the op's worker:
    the QPdfDocument is created, used and dropped on that thread, so the GUI thread never waits
    for pdfium's lock."""
    pages = render_pages(data, PREVIEW_DPI * pixel_ratio)
    for page in pages:
        page.setDevicePixelRatio(pixel_ratio)
    return pages
