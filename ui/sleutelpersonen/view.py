"""The Sleutelpersonen tab: the register (search, filters, edit, import/export), the workload,
the expense claims and the reach overview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import reference
from app.security.roles import Permission, may
from app.sleutelpersonen.model import STATUSSEN
from app.sleutelpersonen.service import PersoonFilter, SleutelpersoonService
from app.sleutelpersonen.transfer import ImportPlan, export_file, lees_import, voer_uit
from ui.i18n import QT_TRANSLATE_NOOP, translate
from ui.list_model import ID_ROLE
from ui.sleutelpersonen.dialog import SleutelpersoonDialog
from ui.sleutelpersonen.pages import BereikPage, DeclaratiesPage, WerkdrukPage, _table
from ui.sleutelpersonen.table_model import SleutelpersoonTableModel
from ui.widgets import ChoiceCombo

COORDINATOR_ONLY = QT_TRANSLATE_NOOP(
    "tekst", "Alleen de coördinator sleutelpersonen wijzigt het register."
)
CLAIMS_COORDINATOR_ONLY = QT_TRANSLATE_NOOP(
    "tekst",
    "Declaraties bekijken en goedkeuren doet de coördinator sleutelpersonen. "
    "Uw rol geeft hier geen toegang toe.",
)
NO_KEY_PERSONS = QT_TRANSLATE_NOOP("tekst", "Uw rol geeft geen toegang tot sleutelpersonen.")


class RegisterPage(QWidget):
    changed = Signal(str)

    def __init__(self, service: SleutelpersoonService) -> None:
        super().__init__()
        self.service = service
        self.model = SleutelpersoonTableModel(service)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("sleutelpersonen.view", "Zoek op naam of taal"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("sleutelpersonen.view", "Zoeken"))
        self.gemeente = ChoiceCombo(
            sorted(service.gemeente_namen().items(), key=lambda kv: kv[1]),
            empty=translate("sleutelpersonen.view", "Alle gemeenten"),
        )
        self.status = ChoiceCombo(
            list(STATUSSEN.items()), empty=translate("sleutelpersonen.view", "Alle statussen")
        )
        # Only the languages the pool speaks: a short list, and no 8,000-item model at start-up.
        self.taal = ChoiceCombo(
            self._pool_talen(), empty=translate("sleutelpersonen.view", "Alle talen")
        )
        self.taal.setAccessibleName(translate("sleutelpersonen.view", "Filter taal"))
        for widget in (self.gemeente, self.status, self.taal):
            widget.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.refresh)
        self.table = _table(self.model)
        self.table.setAccessibleName(translate("sleutelpersonen.view", "Sleutelpersonen"))
        self.table.setColumnWidth(0, 190)
        self.table.setColumnWidth(1, 125)
        self.table.setColumnWidth(2, 260)
        self.table.setColumnWidth(4, 230)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.count = QLabel()
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.taal, 2)
        filters.addWidget(self.gemeente, 1)
        filters.addWidget(self.status, 1)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        beheren = may(service.session, Permission.SLEUTELPERSONEN_BEHEREN)
        for text, slot in (
            ("Nieuwe sleutelpersoon", self.new),
            ("Bewerken", self.edit),
            ("Importeren…", self.choose_import),
            ("Exporteren…", self.choose_export),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            button.setEnabled(beheren)
            if not beheren:
                button.setToolTip(translate("tekst", COORDINATOR_ONLY))
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout.addLayout(buttons)
        self.refresh()

    def _pool_talen(self) -> list[tuple[str, str]]:
        codes = {t.code for p in self.service.lijst() for t in p.talen}
        items = [(c, reference.language_name(c) or c) for c in codes]
        return sorted(items, key=lambda item: item[1].casefold())

    def current_filter(self) -> PersoonFilter:
        return PersoonFilter(
            text=self.search.text(),
            gemeentecode=self.gemeente.code() or None,
            status=self.status.code() or None,
            taal=self.taal.code() or None,
        )

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())
        n = len(self.model.rows)
        self.count.setText(translate("sleutelpersonen.view", "%n sleutelpersonen", None, n))

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def new(self) -> SleutelpersoonDialog:
        dialog = SleutelpersoonDialog(self.service, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def edit(self) -> SleutelpersoonDialog | None:
        pid = self.selected_id()
        person = self.service.get(pid) if pid else None
        if person is None:
            return None
        dialog = SleutelpersoonDialog(self.service, person, parent=self)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _reload_talen(self) -> None:
        """New key persons may bring new languages into the filter; keep the current choice."""
        current = self.taal.code()
        self.taal.blockSignals(True)
        self.taal.clear()
        self.taal.addItem(translate("sleutelpersonen.view", "Alle talen"), "")
        for code, naam in self._pool_talen():
            self.taal.addItem(naam, code)
        self.taal.set_code(current)
        self.taal.blockSignals(False)

    def _saved(self, person_id: str) -> None:
        self._reload_talen()
        self.refresh()
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.selectRow(row)
        self.changed.emit(person_id)

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("sleutelpersonen.view", "Sleutelpersonen importeren"),
            "",
            translate("sleutelpersonen.view", "Sleutelpersonen (*.csv *.json)"),
        )
        if name:
            self.import_file(Path(name), self._ask)

    def _ask(self, plan: ImportPlan) -> bool:
        answer = QMessageBox.question(
            self,
            translate("sleutelpersonen.view", "Importeren"),
            translate(
                "sleutelpersonen.view",
                "{nieuw} nieuwe en {bijwerken} bestaande sleutelpersonen inlezen?",
            ).format(nieuw=plan.nieuw, bijwerken=plan.bijwerken),
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self, path: Path, accept: object) -> ImportPlan:
        """Check the file; show every bad row; write only when *accept(plan)* says yes."""
        try:
            plan = lees_import(self.service, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("sleutelpersonen.view", "Importeren"),
                translate("sleutelpersonen.view", "Kan het bestand niet lezen: {strerror}.").format(
                    strerror=exc.strerror
                ),
            )
            return ImportPlan()
        if plan.fouten:
            self.import_errors = "\n".join(f.tekst() for f in plan.fouten[:50])
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                translate("sleutelpersonen.view", "Importeren"),
                translate("sleutelpersonen.view", "Er is niets ingelezen."),
                parent=self,
            )
            box.setInformativeText(
                translate(
                    "sleutelpersonen.view", "%n fouten in het bestand.", None, len(plan.fouten)
                )
            )
            box.setDetailedText(self.import_errors)
            box.open()
            return plan
        if callable(accept) and accept(plan):
            voer_uit(self.service, plan)
            self._reload_talen()
            self.refresh()
            self.changed.emit("")
        return plan

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("sleutelpersonen.view", "Sleutelpersonen exporteren"),
            "sleutelpersonen.csv",
            translate("sleutelpersonen.view", "Excel (*.csv);;JSON (*.json)"),
        )
        if name:
            export_file(self.service, Path(name), overwrite=True)  # the dialog asked


def no_access(text: str) -> QLabel:
    """What a page says instead of its contents when the role may not use it."""
    label = QLabel(text)
    label.setObjectName("geen_toegang")
    label.setWordWrap(True)
    label.setMargin(24)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class SleutelpersonenView(QTabWidget):
    """The tab in the main window. A klantmanager reads the register, workload and reach;
    changing them and the expense claims are for the coördinator sleutelpersonen."""

    def __init__(self, service: SleutelpersoonService, door: str = "") -> None:
        super().__init__()
        self.setObjectName("sleutelpersonen")
        self.service = service
        inzet = service.session.inzet
        beheren = may(service.session, Permission.SLEUTELPERSONEN_BEHEREN)
        self.register = RegisterPage(service)
        self.werkdruk = WerkdrukPage(inzet, beheren)
        self.declaraties = DeclaratiesPage(inzet, door) if beheren else None
        self.bereik = BereikPage(inzet)
        self.addTab(self.register, translate("sleutelpersonen.view", "Register"))
        self.addTab(self.werkdruk, translate("sleutelpersonen.view", "Werkdruk"))
        self.addTab(
            self.declaraties or no_access(translate("tekst", CLAIMS_COORDINATOR_ONLY)),
            translate("sleutelpersonen.view", "Declaraties"),
        )
        self.addTab(self.bereik, translate("sleutelpersonen.view", "Bereik"))
        self.register.changed.connect(lambda _id: self.refresh_all())
        self.currentChanged.connect(lambda _n: self.refresh_all())
        self.setTabPosition(QTabWidget.TabPosition.North)
        self.setDocumentMode(True)

    def refresh_all(self) -> None:
        self.werkdruk.bar.apply()
        if self.declaraties is not None:
            self.declaraties.bar.apply()
        self.bereik.load()
