"""The register's own actions: the toolbar, the Bestand, Inburgeraar and Help menus, and what they
do (a new or edited inburgeraar, gemeenten, demo data, a backup on demand, help and about).

A mixin of `ui.main_window.MainWindow`; it uses the window's session, service, filters and
selection. Texts keep the translation context "main_window".
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox, QToolBar

from app.changes import (
    BackupsChanged,
    GemeentenChanged,
    InburgeraarAdded,
    InburgeraarChanged,
    InzetChanged,
    RegisterChanged,
    SleutelpersonenChanged,
)
from app.demo import DemoReport, seed_all
from app.inburgeraars.service import InburgeraarService
from app.security import backup
from app.session import Session
from app.settings import Settings, backup_folder
from ui.about_dialog import AboutDialog
from ui.accessible import announce_status
from ui.broadcast import Broadcaster
from ui.help_dialog import HelpDialog
from ui.i18n import translate
from ui.inburgeraars.detail_pane import DetailPane
from ui.inburgeraars.gemeente_dialog import GemeenteDialog
from ui.inburgeraars.inburgeraar_dialog import InburgeraarDialog
from ui.mixin_base import MainWindowMixin
from ui.ops import Op
from ui.widgets import ChoiceCombo

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class RegisterActions(MainWindowMixin):
    """The actions of the register and their slots."""

    if TYPE_CHECKING:  # made by MainWindow
        session: Session
        data_dir: Path
        settings: Settings
        service: InburgeraarService
        broadcast: Broadcaster
        search: QLineEdit
        gemeente: ChoiceCombo
        detail: DetailPane
        toolbar: QToolBar
        menus: dict[str, QMenu]

        def refresh(self) -> None: ...

        def selected_id(self) -> str | None: ...

        def select(self, inburgeraar_id: str) -> bool: ...

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

        install_pdf(cast("MainWindow", self))  # this mixin is only ever part of a MainWindow
        self.help_action = self._action(
            translate("main_window", "&Gebruikershandleiding"), "F1", self.show_help
        )
        self.about_action = QAction(translate("main_window", "&Over Wegwijs"), self)
        self.about_action.triggered.connect(self.show_about)
        self.menus["help"] = menu.addMenu(translate("main_window", "&Help"))
        self.menus["help"].addAction(self.help_action)
        self.menus["help"].addAction(self.about_action)

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
