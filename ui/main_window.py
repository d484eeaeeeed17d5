"""The main window: composes the register list, its filters and the detail pane."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.changes import (
    BackupsChanged,
    Changes,
    GemeentenChanged,
    InburgeraarAdded,
    InburgeraarChanged,
    InzetChanged,
    RegisterChanged,
    SleutelpersonenChanged,
    any_of,
    register_changed,
)
from app.demo import DemoReport, seed_all
from app.errors import StoreError
from app.inburgeraars.service import ListFilter, ListRow
from app.security import backup
from app.security.roles import Permission, may
from app.session import Session
from app.settings import Settings, backup_folder, settings_path
from ui.about_dialog import AboutDialog
from ui.accessible import announce_status
from ui.broadcast import broadcast_for
from ui.help_dialog import HelpDialog
from ui.i18n import translate
from ui.inburgeraars.detail_pane import DetailPane
from ui.inburgeraars.gemeente_dialog import GemeenteDialog
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.inburgeraars.search import SearchRunner
from ui.inburgeraars.selection import Selection
from ui.inburgeraars.table_model import PAGE, InburgeraarTableModel
from ui.ops import Op
from ui.screen_fit import fit_window, use_settings
from ui.security import install_security
from ui.shell import Parts, Shell
from ui.sleutelpersonen import install as install_sleutelpersonen
from ui.widgets import ChoiceCombo

if TYPE_CHECKING:
    from ui.pip.termijnen import TermijnenView


class MainWindow(QMainWindow):
    # Kept for parts not yet on the broadcast: the id of an inburgeraar that was added or
    # changed, re-emitted from ``self.broadcast``. New code subscribes to the broadcast.
    changed = Signal(str)

    def __init__(self, session: Session, data_dir: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.data_dir = data_dir if data_dir is not None else session.data_dir
        loaded = Settings.load_checked(settings_path(self.data_dir))
        use_settings(self.data_dir / "venster.ini")  # window sizes per screen, no personal data
        self.settings = loaded.settings
        self.service = session.inburgeraars
        self.broadcast = broadcast_for(session)
        self.parts = Parts()  # the installed parts' handles (ui/shell.py)
        self.setWindowTitle(translate("main_window", "Wegwijs"))
        self.model = InburgeraarTableModel(self.service)
        self.searcher = SearchRunner(session, PAGE, self)
        self.searcher.rows_ready.connect(self._search_rows)
        self.searcher.count_ready.connect(self._search_count)
        self.searcher.failed.connect(self._search_failed)
        self._build_filters()
        self._build_table()
        self.detail = DetailPane(self.service)
        self.selection = Selection(
            self.table, self.model, self.detail, (self.search, self.gemeente, self.status)
        )
        splitter = QSplitter()
        splitter.setObjectName("hoofdsplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        register = QWidget()
        layout = QVBoxLayout(register)
        layout.addWidget(self.filter_bar)
        layout.addWidget(splitter, 1)
        # Each part of the product adds its own view as a tab (Termijnen, Sleutelpersonen …).
        self.tabs = QTabWidget()
        self.tabs.setObjectName("weergaven")
        self.tabs.addTab(register, translate("main_window", "Inburgeraars"))
        self.setCentralWidget(self.tabs)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        if loaded.problems:  # a bad instellingen.json: say so; the defaults are in use
            self.statusBar().showMessage(loaded.message(), 30000)
        self._build_actions()
        install_sleutelpersonen(self)
        self.broadcast.subscribe(self, self._on_changes)
        from ui.intake.launcher import IntakeLauncher

        self.intake = IntakeLauncher(self)  # brede intake: action Ctrl+I, resume after a crash
        from ui import pip as pip_ui

        pip_ui.install(self)  # PIP editor (Ctrl+P) and the Termijnen tab
        from ui import stem as stem_ui

        stem_ui.install(self)  # Signalen tab, Stem van de nieuwkomer tab, ervaring met het aanbod
        from ui import duo as duo_ui

        duo_ui.install(self)  # Gegevens DUO ophalen (through the regional server)
        fit_window(self, 1200, 720)
        self._restore_layout()
        self.refresh()
        self.security = install_security(self)  # Ctrl+L, auto-lock, automatic backups, Beheer tab
        from ui import sync as sync_ui  # regional server: background sync, status, Conflicten

        admin = self.security.admin_view if self.security else None
        sync_ui.install(self, admin=admin, markers=(self.model, self.detail))

    # --- building -------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            translate("main_window", "Zoek op naam, BSN of V-nummer  (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("main_window", "Zoeken"))
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)  # Down moves into the list
        self.gemeente = ChoiceCombo(
            [(c, n) for c, n in self.service.gemeente_list()],
            empty=translate("main_window", "Alle gemeenten"),
        )
        self.gemeente.setAccessibleName(translate("main_window", "Filter gemeente"))
        self.gemeente.currentIndexChanged.connect(self.refresh)
        self.status = ChoiceCombo(
            list(reference.STATUSSEN.items()), empty=translate("main_window", "Alle statussen")
        )
        self.status.setAccessibleName(translate("main_window", "Filter status"))
        self.status.currentIndexChanged.connect(self.refresh)
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.search, 3)
        row.addWidget(self.gemeente, 1)
        row.addWidget(self.status, 1)
        self.filter_bar = bar

    def _build_table(self) -> None:
        table = QTableView()
        table.setObjectName("inburgeraars")
        table.setAccessibleName(translate("main_window", "Inburgeraars"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        # Widths that show every column on a 1366-pixel laptop beside the detail pane.
        for column, width in enumerate((180, 118, 95, 100, 125, 110)):
            table.setColumnWidth(column, width)
        table.setWordWrap(False)
        table.doubleClicked.connect(lambda _i: self.edit_inburgeraar())
        table.activated.connect(lambda _i: self.edit_inburgeraar())  # Enter on a row opens it
        self.table = table

    def _action(self, text: str, shortcut: QKeySequence | str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            translate("main_window", "Nieuwe inburgeraar"), "Ctrl+N", self.new_inburgeraar
        )
        self.edit_action = self._action(
            translate("main_window", "Bewerken"), "Ctrl+E", self.edit_inburgeraar
        )
        self.find_action = self._action(
            translate("main_window", "Zoeken"), "Ctrl+F", self.focus_search
        )
        self.quit_action = self._action(translate("main_window", "Afsluiten"), "Ctrl+Q", self.close)
        self.backup_action = self._action(
            translate("main_window", "Back-up maken…"), "Ctrl+Shift+B", self.make_backup
        )
        self.refresh_action = self._action(
            translate("main_window", "Vernieuwen"), "F5", self.refresh
        )
        self.gemeente_action = QAction(translate("main_window", "Gemeenten beheren…"), self)
        self.gemeente_action.triggered.connect(self.manage_gemeenten)
        self.demo_action = QAction(translate("main_window", "Fictieve voorbeelddata laden"), self)
        self.demo_action.triggered.connect(self.load_demo)
        toolbar = QToolBar("Werkbalk")
        toolbar.setObjectName("werkbalk")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.edit_action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        menu = self.menuBar()
        bestand = menu.addMenu(translate("main_window", "&Bestand"))
        bestand.addAction(self.backup_action)
        bestand.addAction(self.gemeente_action)
        bestand.addAction(self.demo_action)
        bestand.addSeparator()
        bestand.addAction(self.quit_action)
        dossier = menu.addMenu(translate("main_window", "&Inburgeraar"))
        dossier.addAction(self.new_action)
        dossier.addAction(self.edit_action)
        dossier.addAction(self.find_action)
        dossier.addAction(self.refresh_action)
        dossier.addSeparator()
        # Menus by name, so each part of the product can add its actions in one line.
        self.menus = {"bestand": bestand, "inburgeraar": dossier}
        from ui.pdf.actions import install as install_pdf

        install_pdf(self)
        self.help_action = self._action(
            translate("main_window", "&Gebruikershandleiding"), "F1", self.show_help
        )
        self.about_action = QAction(translate("main_window", "&Over Wegwijs"), self)
        self.about_action.triggered.connect(self.show_about)
        self.menus["help"] = menu.addMenu(translate("main_window", "&Help"))
        self.menus["help"].addAction(self.help_action)
        self.menus["help"].addAction(self.about_action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """From the search field, Down moves into the list (on the first row if none is chosen)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.model.rowCount():
                if self.selected_id() is None:
                    self.table.selectRow(0)
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)

    # --- behaviour ------------------------------------------------------------------------
    def current_filter(self) -> ListFilter:
        return ListFilter(
            text=self.search.text(),
            gemeentecode=self.gemeente.code() or None,
            status=self.status.code() or None,
            sort=self.model.filter.sort,
            descending=self.model.filter.descending,
        )

    def refresh(self) -> None:
        """Reload the list now (after a save, a filter change, F5); typing uses `_typed`."""
        if not may(self.session, Permission.REGISTER_LEZEN):  # e.g. a beheerder only
            self.count_label.setText(
                translate("main_window", "Uw rol geeft geen toegang tot het register.")
            )
            return
        self.searcher.cancel()  # a keystroke's search still running is now stale
        selected = self.selected_id()
        flt = self.current_filter()
        self.model.set_filter(flt)
        # A short result is its own count; only a full first page needs counting in SQL.
        count = len(self.model.rows) if self.model.exhausted else self.service.count(flt)
        self._show_count(flt, count)
        self.selection.restore(selected)  # a row the search now hides is no longer selected

    def _typed(self) -> None:
        """A keystroke in the search field: the search runs off the GUI thread, latest wins."""
        if may(self.session, Permission.REGISTER_LEZEN):
            self.searcher.request(self.current_filter())

    def _search_rows(self, flt: ListFilter, rows: list[ListRow]) -> None:
        if flt != self.current_filter():
            return
        selected = self.selected_id()
        self.model.show_rows(flt, rows)
        if self.model.exhausted:
            self._show_count(flt, len(rows))
        else:  # the count follows from the worker
            self.count_label.setText(
                translate("main_window", "meer dan {len} inburgeraars").format(len=len(rows))
            )
        self.selection.restore(selected)  # a row the search now hides is no longer selected

    def _search_count(self, flt: ListFilter, count: int) -> None:
        if flt == self.current_filter():
            self._show_count(flt, count)

    def _search_failed(self, exc: BaseException) -> None:
        message = str(exc) if isinstance(exc, StoreError) else "Zoeken is mislukt."
        self.statusBar().showMessage(message, 8000)

    def _show_count(self, flt: ListFilter, count: int) -> None:
        self.count_label.setText(translate("main_window", "%n inburgeraars", None, count))
        may_seed = may(self.session, Permission.DOSSIER_WIJZIGEN)  # seeding adds dossiers
        self.demo_action.setEnabled(count == 0 and not flt.text and may_seed)
        if count == 0 and not (flt.text or flt.gemeentecode or flt.status):
            self.statusBar().showMessage(
                translate(
                    "main_window",
                    "Nog geen inburgeraars. Kies Nieuwe inburgeraar (Ctrl+N), "
                    "of Bestand > Fictieve voorbeelddata laden om rond te kijken.",
                )
            )

    def selected_id(self) -> str | None:
        """The current inburgeraar: the selected row, the one source every action follows."""
        return self.selection.current_id()

    def selected_name(self) -> str:
        """The name of the current inburgeraar, for titles and confirmations."""
        return self.selection.current_name()

    def select(self, inburgeraar_id: str) -> bool:
        """Make *inburgeraar_id* the current one (the filter is cleared if it hides them)."""
        return self.selection.select(inburgeraar_id, self.refresh)

    def _on_changes(self, items: Changes) -> None:
        saved = [
            c.inburgeraar_id for c in items if isinstance(c, InburgeraarAdded | InburgeraarChanged)
        ]
        if any_of(items, GemeentenChanged):
            self._reload_gemeenten()  # refreshes too
        elif register_changed(items) or saved:
            self.refresh()
        if saved:
            self.selection.sync_detail(force=True)  # show what was just stored
            for inburgeraar_id in saved:
                self.changed.emit(inburgeraar_id)

    def publish_saved(self, inburgeraar_id: str) -> None:
        """A dialog saved one inburgeraar: tell every view."""
        self.broadcast.publish([InburgeraarChanged(inburgeraar_id)])

    def _on_inburgeraar_saved(self, inburgeraar_id: str, added: bool = False) -> None:
        """A saved new or edited person becomes the selection, named in the confirmation."""
        change = InburgeraarAdded(inburgeraar_id) if added else InburgeraarChanged(inburgeraar_id)
        self.broadcast.publish([change])
        self.select(inburgeraar_id)
        inburgeraar = self.detail.inburgeraar
        name = inburgeraar.naam if inburgeraar and inburgeraar.id == inburgeraar_id else ""
        announce_status(
            self.statusBar(),
            translate("main_window", "Opgeslagen: {name}").format(name=name)
            if name
            else translate("main_window", "Opgeslagen"),
        )

    # --- the shell the parts install into (ui/shell.py) ----------------------------------------
    def add_tab(self, widget: QWidget, title: str) -> int:
        return self.tabs.addTab(widget, title)

    def add_action(
        self,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: str | None = None,
        tooltip: str | None = None,
        name: str | None = None,
        menu: str | None = "inburgeraar",
        toolbar: bool = False,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tooltip:
            action.setToolTip(tooltip)
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # the shortcut works whichever tab is shown
        if menu is not None:
            self.menus[menu].addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    def menu(self, key: str) -> QMenu:
        return self.menus[key]

    def current_inburgeraar(self) -> str | None:
        return self.selected_id()

    def open_inburgeraar(self, inburgeraar_id: str) -> None:
        """Show *inburgeraar_id* in the register, clearing a search that hides them."""
        self.tabs.setCurrentIndex(0)
        self.select(inburgeraar_id)  # the selection clears a filter that hides them

    # --- typed handles of parts other code looks up ---------------------------------------------
    @property
    def pip_action(self) -> QAction:
        from ui.pip import PipPart

        return self.parts.need(PipPart).action

    @property
    def termijnen(self) -> TermijnenView | None:
        from ui.pip import PipPart

        return self.parts.need(PipPart).termijnen

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_inburgeraar(self) -> InburgeraarDialog:
        dialog = InburgeraarDialog(
            self.service,
            parent=self,
            default_gemeente=self.settings.standaard_gemeentecode or self.gemeente.code(),
            default_klantmanager=self.settings.klantmanager,
        )
        dialog.saved.connect(lambda cid: self._on_inburgeraar_saved(cid, added=True))
        dialog.open()
        return dialog

    def edit_inburgeraar(self) -> InburgeraarDialog | None:
        inburgeraar_id = self.selected_id()
        inburgeraar = self.service.get(inburgeraar_id) if inburgeraar_id else None
        if inburgeraar is None:
            self.statusBar().showMessage(
                translate("main_window", "Kies eerst een inburgeraar in de lijst."), 4000
            )
            return None
        dialog = InburgeraarDialog(self.service, inburgeraar, parent=self)
        dialog.saved.connect(self._on_inburgeraar_saved)
        dialog.open()
        return dialog

    def manage_gemeenten(self) -> GemeenteDialog:
        dialog = GemeenteDialog(self.service, self)
        dialog.added.connect(lambda _code: self.broadcast.publish([GemeentenChanged()]))
        dialog.open()
        return dialog

    def _reload_gemeenten(self) -> None:
        current = self.gemeente.code()
        self.gemeente.blockSignals(True)
        self.gemeente.clear()
        self.gemeente.addItem(translate("main_window", "Alle gemeenten"), "")
        for code, naam in self.service.gemeente_list():
            self.gemeente.addItem(naam, code)
        self.gemeente.set_code(current)
        self.gemeente.blockSignals(False)
        self.refresh()

    def load_demo(self) -> Op[DemoReport] | None:
        """Only into an empty store: a new user sees a working app at once (an op: ~2.5 s)."""
        if self.service.total():
            self.statusBar().showMessage(
                translate("main_window", "Voorbeelddata kan alleen in een leeg bestand."), 5000
            )
            return None

        def shown(report: DemoReport) -> None:
            # Several sentences: a window that shows them all, not a cut-off status line.
            announce_status(
                self.statusBar(), translate("main_window", "Fictieve voorbeelddata geladen."), 8000
            )
            box = QMessageBox(
                QMessageBox.Icon.Information,
                translate("main_window", "Voorbeelddata"),
                "\n".join(report.lines),
            )
            box.setParent(self, box.windowFlags())
            box.setObjectName("voorbeelddata")
            box.open()
            self.demo_report = box

        return (
            Op(
                self,
                lambda ctx: seed_all(ctx.session),
                session=self.session,
                title=translate("main_window", "Voorbeelddata"),
            )
            .progress(translate("main_window", "Fictieve voorbeelddata laden…"))
            .disable(self.demo_action)
            .changes((RegisterChanged(), SleutelpersonenChanged(), InzetChanged()))
            .success(shown)
            .run()
        )

    def make_backup(self) -> Op[Path]:
        """On demand, into the beheerder's backup folder, with the key file beside it (an op:
        the copy grows with the store)."""
        folder = backup_folder(self.data_dir)
        return (
            Op(self, lambda ctx: backup.make_backup(ctx.session, folder), session=self.session)
            .progress(translate("main_window", "Back-up maken…"))
            .disable(self.backup_action)
            .changes((BackupsChanged(),))
            .success(
                lambda path: self.statusBar().showMessage(
                    translate("main_window", "Back-up gemaakt (versleuteld): {name}").format(
                        name=path.name
                    ),
                    6000,
                )
            )
            .run()
        )

    def show_help(self) -> HelpDialog:
        dialog = HelpDialog(self)
        dialog.open()
        return dialog

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.open()
        return dialog

    # --- layout memory --------------------------------------------------------------------
    def _qsettings(self) -> QSettings:
        return QSettings(str(self.data_dir / "venster.ini"), QSettings.Format.IniFormat)

    def _restore_layout(self) -> None:
        qs = self._qsettings()
        geometry = qs.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = qs.value("state")
        if state is not None:
            self.restoreState(state)
        splitter = qs.value("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        header = qs.value("header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        qs = self._qsettings()
        qs.setValue("geometry", self.saveGeometry())
        qs.setValue("state", self.saveState())
        qs.setValue("splitter", self.splitter.saveState())
        qs.setValue("header", self.table.horizontalHeader().saveState())
        qs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.searcher.close()
        self.save_layout()
        super().closeEvent(event)


if TYPE_CHECKING:

    def _is_a_shell(window: MainWindow) -> Shell:
        return window  # mypy checks that MainWindow offers everything ui/shell.py promises
