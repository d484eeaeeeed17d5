"""The main window: composes the register list, its filters and the detail pane.

Its register actions (toolbar, menus and their slots) are in ui/main_window_actions.py, the shell
protocol the parts install into (ui/shell.py) in ui/main_window_shell.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.changes import (
    Changes,
    GemeentenChanged,
    InburgeraarAdded,
    InburgeraarChanged,
    any_of,
    register_changed,
)
from app.errors import StoreError
from app.inburgeraars.service import ListFilter, ListRow
from app.security.roles import Permission, may
from app.session import Session
from app.settings import Settings, settings_path
from ui import busy_indicator
from ui.broadcast import broadcast_for
from ui.i18n import translate
from ui.inburgeraars.detail_pane import DetailPane
from ui.inburgeraars.search import SearchRunner
from ui.inburgeraars.selection import Selection
from ui.inburgeraars.table_model import PAGE, InburgeraarTableModel
from ui.main_window_actions import RegisterActions
from ui.main_window_shell import ShellMethods
from ui.screen_fit import fit_window, use_settings
from ui.security import install_security
from ui.shell import Parts, Shell
from ui.sleutelpersonen import install as install_sleutelpersonen
from ui.widgets import ChoiceCombo


class MainWindow(RegisterActions, ShellMethods, QMainWindow):
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
        busy_indicator.indicator_of(self.statusBar())  # its room kept from the start
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
        for column, width in enumerate(self.model.column_widths()):
            table.setColumnWidth(column, width)
        table.setWordWrap(False)
        table.doubleClicked.connect(lambda _i: self.edit_inburgeraar())
        table.activated.connect(lambda _i: self.edit_inburgeraar())  # Enter on a row opens it
        self.table = table

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
