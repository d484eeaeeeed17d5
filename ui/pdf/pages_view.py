"""The preview's pages: images rendered on the op's worker, shown one under the other.

The GUI thread only paints these images. It never touches QtPdf, whose pdfium calls share one
global lock: QPdfView laid out and rendered its pages on the GUI thread and on a render thread
of its own, and that held the GUI thread 60–110 ms after the preview opened with 100,000
people in the store (tests/bench/test_gui_block_bench)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

GAP = 12  # px between pages and around them, as a PDF viewer shows paper on a grey desk


class PageStrip(QWidget):
    """All pages at the strip's width (fit to width), scaled once per width and only when
    a page comes into view."""

    def __init__(self, pages: list[QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self._scaled: dict[int, QImage] = {}
        self._scaled_for: tuple[int, float] = (0, 0.0)
        self._pending: set[int] = set()
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAutoFillBackground(False)

    def page_width(self, width: int) -> int:
        return max(1, width - 2 * GAP)

    def page_rects(self, width: int) -> list[QRect]:
        """Where each page stands at strip width *width*."""
        inner = self.page_width(width)
        rects: list[QRect] = []
        y = GAP
        for page in self.pages:
            ratio = page.devicePixelRatio()
            w, h = page.width() / ratio, page.height() / ratio
            height = max(1, round(h * inner / w)) if w else 1
            rects.append(QRect(GAP, y, inner, height))
            y += height + GAP
        return rects

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        rects = self.page_rects(width)
        return rects[-1].bottom() + 1 + GAP if rects else 2 * GAP

    def sizeHint(self) -> QSize:
        first = self.pages[0] if self.pages else None
        width = round(first.width() / first.devicePixelRatio()) if first else 600
        return QSize(width + 2 * GAP, self.heightForWidth(width + 2 * GAP))

    def _smooth(self, index: int, rect: QRect) -> QImage | None:
        """The page scaled smoothly to *rect*, or None while that is still to come: scaling
        one page takes 5–10 ms, so each page gets its own pass of the event loop and the first
        paint draws the page quickly scaled (for that one frame)."""
        ratio = self.devicePixelRatioF()
        key = (rect.width(), ratio)
        if self._scaled_for != key:
            self._scaled.clear()
            self._scaled_for = key
        image = self._scaled.get(index)
        if image is None and index not in self._pending:
            self._pending.add(index)
            QTimer.singleShot(0, self, lambda: self._scale(index, key))
        return image

    def _scale(self, index: int, key: tuple[int, float]) -> None:
        self._pending.discard(index)
        if key != self._scaled_for:
            return  # resized meanwhile: the next paint asks again
        width, ratio = key
        page = self.pages[index]
        image = page.scaledToWidth(round(width * ratio), Qt.TransformationMode.SmoothTransformation)
        image.setDevicePixelRatio(ratio)
        self._scaled[index] = image
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(event.rect(), self.palette().mid())
            for index, rect in enumerate(self.page_rects(self.width())):
                if not rect.intersects(event.rect()):
                    continue
                smooth = self._smooth(index, rect)
                if smooth is not None:
                    painter.drawImage(QPoint(rect.x(), rect.y()), smooth)
                else:
                    painter.drawImage(rect, self.pages[index])  # nearest pixel: fast
        finally:
            painter.end()


class PagesView(QScrollArea):
    """The pages in a scroll area, fit to its width."""

    def __init__(self, pages: list[QImage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strip = PageStrip(pages)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidgetResizable(True)
        self.setWidget(self.strip)
        self.verticalScrollBar().setSingleStep(40)

    def page_count(self) -> int:
        return len(self.strip.pages)
