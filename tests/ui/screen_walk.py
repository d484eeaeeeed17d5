"""Open every window and dialog with demo data on the screen this process has, save a PNG of each
and list what does not fit: a window larger than the screen, a label whose text is cut off, a
button or check box narrower than its text, a placeholder that does not fit its field, a widget
outside its parent, a header too narrow for its title, an intake page that scrolls sideways.

Run in its own process, because the screen is chosen when Qt starts:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.screen_walk OUT_DIR

It prints one JSON object: {"screen": …, "problems": [...], "shots": [...]}. The test
tests/ui/test_fits_screen.py runs it at 1366×768 (100 %) and 1920×1080 (150 %);
`make screenshots` runs it into docs/img/.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from ui.screen_fit import FRAME

SLACK = 2  # pixels of rounding a layout may lose


def _visible(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.width() > 0 and widget.height() > 0


def _inside_view(widget: QWidget) -> bool:
    """Part of an item view's own machinery (editors, viewport), checked by the view itself."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


def _scrolled(widget: QWidget) -> bool:
    """Inside a scroll area's content: it may be taller than what is shown."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    text = " ".join(text.split())
    return f"{type(widget).__name__} {widget.objectName() or ''} {text[:60]!r}".replace("  ", " ")


def problems_in(window: QWidget, where: str) -> list[str]:
    """What a user would see cut off or misplaced in *window* as it is laid out now."""
    found: list[str] = []
    screen = window.screen()
    room = screen.availableGeometry().size() - FRAME if screen else None
    if room is not None and (window.width() > room.width() or window.height() > room.height()):
        found.append(
            f"{where}: venster {window.width()}×{window.height()} groter dan het scherm "
            f"({room.width()}×{room.height()} vrij)"
        )
    for widget in window.findChildren(QWidget):
        if not _visible(widget, window) or _inside_view(widget):
            continue
        parent = widget.parentWidget()
        if (
            parent is not None
            and not isinstance(parent, QAbstractScrollArea)
            and parent.objectName() != "qt_scrollarea_viewport"
            and widget.isWindow() is False
        ):
            inner = QRect(0, 0, parent.width() + SLACK, parent.height() + SLACK)
            if not inner.contains(widget.geometry()) and not _scrolled(parent):
                found.append(f"{where}: {_name(widget)} valt buiten {_name(parent)}")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + SLACK:
                    found.append(f"{where}: tekst afgekapt (hoogte) in {_name(widget)}")
            elif widget.minimumSizeHint().width() > widget.width() + SLACK:
                found.append(f"{where}: tekst past niet in {_name(widget)}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.sizeHint().width() > widget.width() + SLACK:
                found.append(f"{where}: tekst past niet in {_name(widget)}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            room_px = widget.contentsRect().width() - 12
            if widget.fontMetrics().horizontalAdvance(widget.placeholderText()) > room_px:
                found.append(f"{where}: voorbeeldtekst past niet in {_name(widget)}")
        elif isinstance(widget, QHeaderView) and widget.orientation().name == "Horizontal":
            for section in range(widget.count()):
                if widget.isSectionHidden(section) or widget.sectionSize(section) <= 0:
                    continue
                if widget.sectionSize(section) + SLACK < widget.sectionSizeHint(section):
                    model = widget.model()
                    title = model.headerData(section, widget.orientation()) if model else ""
                    found.append(f"{where}: kolomkop {title!r} te smal")
    return found


def unnamed_in(window: QWidget, where: str) -> list[str]:
    """Focusable widgets a screen reader cannot name (no accessible name, no label buddy, no
    text): what QAccessible reports, as assistive technology would ask it."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not _visible(widget, window) or not widget.isEnabled():
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable combo: the combo carries the name
        if isinstance(widget, QLabel) and not widget.text():
            continue  # an empty message line: nothing to read
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll area viewport, tab bar scroll buttons)
        iface = QAccessible.queryAccessibleInterface(widget)
        name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            found.append(f"{where}: {_name(widget)} heeft geen naam voor de schermlezer")
    return found


def _pages(window: QWidget) -> Iterator[tuple[str, QWidget]]:
    """Every tab of every tab widget in turn (the tab is shown while the caller looks)."""
    for tabs in list(window.findChildren(QTabWidget)):
        if not tabs.isVisibleTo(window):
            continue
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            yield tabs.tabText(i).replace("&", ""), tabs.widget(i)


class Walk:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.problems: list[str] = []
        self.shots: list[str] = []
        self.unnamed: list[str] = []

    def look(self, widget: QWidget, name: str, tabs: bool = True) -> None:
        widget.show()
        for _ in range(3):
            QApplication.processEvents()
        self._check(widget, name)
        if tabs:
            for tab, _page in _pages(widget):
                from PySide6.QtTest import QTest

                QTest.qWait(150)  # a tab may fill itself in the background, then lays out
                self._check(widget, f"{name} › {tab}", shot=False)

    def _check(self, widget: QWidget, name: str, shot: bool = True) -> None:
        self.problems.extend(problems_in(widget, name))
        self.unnamed.extend(unnamed_in(widget, name))
        if shot:
            file = self.out / f"{name}.png"
            widget.grab().save(str(file))
            self.shots.append(file.name)


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    return [a for a in widget.findChildren(QScrollArea) if a.isVisibleTo(widget)]


def walk(out: Path, language: str = "nl") -> dict[str, Any]:
    from app.demo import seed_all
    from app.security.keys import KdfParams
    from app.store import StoreLocation, create_store
    from ui.application import make_app
    from ui.i18n import install_language

    app = make_app(["screen_walk"])
    if language != "nl":
        install_language(app, language)
    out.mkdir(parents=True, exist_ok=True)
    result = Walk(out)
    data = Path(tempfile.mkdtemp(prefix="wegwijs-walk-"))
    location = StoreLocation(data)
    store = create_store(
        location, "voorbeeld wachtwoord lang", kdf=KdfParams(time_cost=1, memory_kib=1024)
    )
    seed_all(store)
    from ui.main_window import MainWindow

    window = MainWindow(store, data)
    window.show()
    window.table.selectRow(0)
    result.look(window, "hoofdvenster")
    if window.table.horizontalScrollBar().isVisible():
        result.problems.append(
            "hoofdvenster: de lijst schuift zijwaarts (laatste kolom niet te zien)"
        )
    window.tabs.setCurrentIndex(0)
    inburgeraar_id = window.selected_id()
    assert inburgeraar_id
    openers: list[tuple[str, Callable[[], Any]]] = [
        ("nieuwe-inburgeraar", window.new_inburgeraar),
        ("bewerken-inburgeraar", window.edit_inburgeraar),
        ("gemeenten", window.manage_gemeenten),
        ("over-wegwijs", window.show_about),
    ]
    for name, open_it in openers:
        dialog = open_it()
        result.look(dialog, name)
        dialog.done(0)
    _intake(window, inburgeraar_id, result)
    _pip(window, inburgeraar_id, result)
    _others(window, result)
    window.close()
    store.close()
    app.processEvents()
    screen = app.primaryScreen()
    geo = screen.geometry()
    return {
        "screen": f"{geo.width()}x{geo.height()}@{screen.devicePixelRatio()}",
        "problems": result.problems,
        "shots": result.shots,
        "unnamed": sorted(set(result.unnamed)),
    }


def _intake(window: Any, inburgeraar_id: str, result: Walk) -> None:
    intake = window.intake.open(inburgeraar_id)
    result.look(intake, "intake", tabs=False)
    for section in intake.definition.sections:
        intake.go_to(section.id)
        QApplication.processEvents()
        result.problems.extend(problems_in(intake, f"intake › {section.title}"))
        for area in _scroll_areas(intake):
            if area.horizontalScrollBar().isVisible():
                result.problems.append(f"intake › {section.title}: schuift zijwaarts")
    for i in range(intake.side.count()):
        intake.side.setCurrentIndex(i)
        QApplication.processEvents()
        result.problems.extend(problems_in(intake, f"intake › {intake.side.tabText(i)}"))
    intake.side.setCurrentIndex(1)
    result.look(intake, "intake-gesprekken", tabs=False)
    summary = intake.show_summary()
    result.look(summary, "intake-samenvatting")
    summary.done(0)
    closing = intake.close_intake()
    result.look(closing, "intake-afronden")
    closing.done(0)
    intake.close()


def _pip(window: Any, inburgeraar_id: str, result: Walk) -> None:
    from ui.pip.launch import open_pip_editor

    editor = open_pip_editor(window, inburgeraar_id)
    assert editor is not None
    result.look(editor, "pip-editor")
    editor.tabs.setCurrentIndex(0)
    editor.done(0)
    from PySide6.QtTest import QTest

    from ui.pdf import actions

    shown: list[Any] = []
    op = actions.open_pip(window, shown.append)  # built in an op; the preview comes after
    for _ in range(600):
        if op is None or not op.running:
            break
        QTest.qWait(50)
    if shown:
        preview = shown[0]
        preview.show()
        QTest.qWait(200)  # the pages came rendered; each is smoothed in its own pass
        result.look(preview, "pip-voorbeeld")
        preview.done(0)


def _others(window: Any, result: Walk) -> None:
    match = window.open_match()
    if match is not None:
        result.look(match, "sleutelpersoon-zoeken")
        match.done(0)
    view = getattr(window, "sleutelpersonen", None)
    if view is not None:
        register = view.register
        dialog = register.new()
        result.look(dialog, "nieuwe-sleutelpersoon")
        dialog.done(0)
    from ui.security.account_dialog import AccountDialog

    account = AccountDialog(window.session, window.data_dir, window)
    result.look(account, "account-toevoegen")
    account.done(0)
    from ui.sync import SyncPart

    part = window.parts.get(SyncPart)
    if part is not None:  # without a server the list is empty; sync_screens.py shows it filled
        conflicts = part.open_conflicts()
        result.look(conflicts, "conflicten-leeg")
        conflicts.done(0)
    from app.store import StoreLocation
    from ui.unlock_dialog import UnlockDialog

    unlock = UnlockDialog(StoreLocation(window.data_dir))
    result.look(unlock, "aanmelden")
    unlock.done(0)
    security = getattr(window, "security", None)
    if security is not None:
        security.autolock.lock()
        result.look(window, "vergrendeld", tabs=False)


if __name__ == "__main__":
    language = sys.argv[2] if len(sys.argv) > 2 else "nl"  # "en": the English translation
    print(json.dumps(walk(Path(sys.argv[1]), language), ensure_ascii=False))
