"""The preview's page view: every page fit to the width, one under the other, all reachable."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage

from app.pdf.pip_pdf import build_pip_pdf
from app.pdf.sample import sample_pip
from tests.support.pdf import reader
from ui.pdf.pages_view import GAP, PagesView
from ui.pdf.render import preview_pages


def test_pages_fit_the_width_and_the_last_page_can_be_reached(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = build_pip_pdf(sample_pip())
    pages = preview_pages(data)
    assert len(pages) == len(reader(data).pages) >= 2
    assert pages[0].width() == 794  # A4 at 96 dpi: 100 % on a normal screen
    view = PagesView(pages)
    qtbot.addWidget(view)
    for width in (500, 820):  # narrow, then the dialog's usual width
        view.resize(width, 600)
        view.show()
        qtbot.waitExposed(view)
        qtbot.waitUntil(lambda w=width: view.strip.width() == view.viewport().width())
        rects = view.strip.page_rects(view.strip.width())
        assert all(r.width() == view.viewport().width() - 2 * GAP for r in rects)
        # an A4 page keeps its shape (297 / 210) when fit to the width
        assert abs(rects[0].height() / rects[0].width() - 297 / 210) < 0.01
        assert view.strip.height() == rects[-1].bottom() + 1 + GAP
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = view.strip.page_rects(view.strip.width())[-1]
    shown_top = view.strip.mapFrom(view.viewport(), QPoint(0, 0)).y()
    shown_bottom = shown_top + view.viewport().height()
    assert shown_top > last.top() - view.viewport().height()  # the last page is in view
    assert last.bottom() < shown_bottom <= last.bottom() + 1 + GAP  # down to its lower edge
    image = view.grab().toImage()
    assert image.pixelColor(view.width() // 2, view.height() // 2).lightness() > 200  # paper


def test_pixel_ratio_keeps_the_page_size_on_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    pages = preview_pages(build_pip_pdf(sample_pip()), pixel_ratio=2.0)
    assert abs(pages[0].width() - 2 * 794) <= 1 and pages[0].devicePixelRatio() == 2.0
    view = PagesView(pages)
    qtbot.addWidget(view)
    assert view.strip.sizeHint().width() < 1000  # laid out in screen points, not pixels


def test_an_empty_document_shows_an_empty_desk(qtbot) -> None:  # type: ignore[no-untyped-def]
    view = PagesView(list[QImage]())
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    assert view.page_count() == 0 and view.strip.heightForWidth(400) == 2 * GAP
