"""The workload, expense-claim and reach pages of the Sleutelpersonen tab."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.changes import Changes, SyncFinished, any_of
from app.server.sync_view import hours_source
from app.sleutelpersonen.bereik import DIMENSIES, Bereik, bereik_csv
from app.sleutelpersonen.inzet_service import DeclaratieRegel, InzetService, declaraties_csv
from app.sleutelpersonen.werkdruk import euro, parse_maand
from app.validation import FieldError, ValidationError
from ui.broadcast import broadcast_for
from ui.i18n import QT_TRANSLATE_NOOP, app_text, translate
from ui.list_model import ID_ROLE, RowsTableModel
from ui.sleutelpersonen.table_model import WerkdrukModel
from ui.widgets import ERROR_STYLE


def _table(model: QAbstractTableModel) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.setAlternatingRowColors(True)
    return table


class MaandBalk(QWidget):
    """Month field (jjjj-mm) with a Toon button; calls back with a valid month."""

    def __init__(self, on_month: Callable[[str], None], extra: list[QWidget] | None = None) -> None:
        super().__init__()
        self.on_month = on_month
        self.edit = QLineEdit(date.today().strftime("%Y-%m"))
        self.edit.setAccessibleName(translate("sleutelpersonen.pages", "Maand"))
        self.edit.setMaximumWidth(90)
        self.edit.returnPressed.connect(self.apply)
        show = QPushButton(translate("sleutelpersonen.pages", "Toon"))
        show.clicked.connect(self.apply)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(translate("sleutelpersonen.pages", "Maand")))
        row.addWidget(self.edit)
        row.addWidget(show)
        row.addWidget(self.error, 1)
        for w in extra or []:
            row.addWidget(w)

    def month(self) -> str | None:
        try:
            value = parse_maand(self.edit.text())
        except FieldError as exc:
            self.error.setText(app_text(str(exc)))
            return None
        self.error.clear()
        return value

    def apply(self) -> None:
        value = self.month()
        if value:
            self.on_month(value)


class WerkdrukPage(QWidget):
    def __init__(self, service: InzetService, beheren: bool = True) -> None:
        super().__init__()
        self.service = service
        self.model = WerkdrukModel()
        self.table = _table(self.model)
        for column, width in enumerate((200, 130, 90, 90, 80, 130)):
            self.table.setColumnWidth(column, width)
        book = QPushButton(translate("sleutelpersonen.pages", "Inzet boeken…"))
        book.clicked.connect(self.book)
        book.setEnabled(beheren)
        if not beheren:
            book.setToolTip(
                translate(
                    "sleutelpersonen.pages", "Inzet boeken doet de coördinator sleutelpersonen."
                )
            )
        self.bar = MaandBalk(self.load, [book])
        self.table.doubleClicked.connect(lambda _i: self.show_inzet())
        legend = QLabel(
            translate(
                "sleutelpersonen.pages",
                "Rood: overbelast of bijna vol. Geel: lang of nooit gevraagd. "
                "Dubbelklik op een naam voor de inzetten van die maand.",
            )
        )
        self.bron = QLabel()  # hours of every laptop, as of the last sync
        self.bron.setObjectName("werkdruk_bron")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.bron)
        layout.addWidget(self.table, 1)
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.bar.apply()
        broadcast_for(service.session).subscribe(self, self._on_changes)

    def load(self, maand: str) -> None:
        self.model.set_rows(self.service.werkdruk(maand))
        text = hours_source(self.service.session)
        self.bron.setText(text)
        self.bron.setVisible(bool(text))

    def _on_changes(self, items: Changes) -> None:
        if any_of(items, SyncFinished):
            self.bar.apply()

    def show_inzet(self) -> QWidget | None:
        from ui.sleutelpersonen.inzet_lijst import InzetLijstDialog

        index = self.table.currentIndex()
        maand = self.bar.month()
        if not index.isValid() or maand is None:
            return None
        dialog = InzetLijstDialog(self.service, str(index.data(ID_ROLE)), maand, self)
        dialog.finished.connect(lambda _r: self.bar.apply())
        dialog.open()
        self.inzet_lijst = dialog
        return dialog

    def book(self) -> QWidget:
        from ui.sleutelpersonen.inzet_dialog import InzetDialog

        index = self.table.currentIndex()
        person = str(index.data(ID_ROLE)) if index.isValid() else None
        dialog = InzetDialog(self.service, person, parent=self)
        dialog.saved.connect(lambda _id: self.bar.apply())
        dialog.open()
        self.inzet_dialog = dialog
        return dialog


class DeclaratieModel(RowsTableModel[DeclaratieRegel]):
    HEADERS = (
        QT_TRANSLATE_NOOP("kolom", "Naam"),
        QT_TRANSLATE_NOOP("kolom", "Inzetten"),
        QT_TRANSLATE_NOOP("kolom", "Km"),
        QT_TRANSLATE_NOOP("kolom", "Km-vergoeding"),
        QT_TRANSLATE_NOOP("kolom", "Onkosten"),
        QT_TRANSLATE_NOOP("kolom", "Totaal"),
        QT_TRANSLATE_NOOP("kolom", "Status"),
    )

    def display(self, r: DeclaratieRegel, column: int) -> str:
        b = r.berekening
        status = f"goedgekeurd {r.goedgekeurd_op[:10]}" if r.goedgekeurd_op else "te beoordelen"
        values = (
            r.naam,
            str(b.inzetten),
            str(b.km),
            euro(b.km_vergoeding_cent),
            euro(b.onkosten_cent),
            euro(b.totaal_cent),
            status,
        )
        return values[column]

    def role_data(self, r: DeclaratieRegel, role: int) -> Any:
        return r.berekening.sleutelpersoon_id if role == ID_ROLE else None


class DeclaratiesPage(QWidget):
    def __init__(self, service: InzetService, door: str = "") -> None:
        super().__init__()
        self.service = service
        self.door = door
        self.maand = ""
        self.model = DeclaratieModel()
        self.table = _table(self.model)
        self.table.setColumnWidth(0, 200)
        self.approve_button = QPushButton(translate("sleutelpersonen.pages", "Goedkeuren"))
        self.approve_button.clicked.connect(self.approve)
        export = QPushButton(translate("sleutelpersonen.pages", "Exporteren (CSV)…"))
        export.clicked.connect(self.export)
        pdf = QPushButton(translate("sleutelpersonen.pages", "Afdrukken (PDF)…"))
        pdf.clicked.connect(self.pdf)
        self.bar = MaandBalk(self.load, [self.approve_button, pdf, export])
        self.tarief = QLabel()
        self.tarief_edit = QLineEdit()
        self.tarief_edit.setAccessibleName(
            translate("sleutelpersonen.pages", "Kilometertarief in euro")
        )
        self.tarief_edit.setMaximumWidth(80)
        save_rate = QPushButton(translate("sleutelpersonen.pages", "Tarief opslaan"))
        save_rate.clicked.connect(self.save_rate)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.tarief)
        rate_row.addWidget(QLabel(translate("sleutelpersonen.pages", "Nieuw tarief (€ per km):")))
        rate_row.addWidget(self.tarief_edit)
        rate_row.addWidget(save_rate)
        rate_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(rate_row)
        self.bar.apply()

    def load(self, maand: str) -> None:
        self.maand = maand
        self.model.set_rows(self.service.declaraties(maand))
        self.tarief.setText(
            translate("sleutelpersonen.pages", "Kilometertarief: {euro} per km").format(
                euro=euro(self.service.km_tarief_cent())
            )
        )

    def save_rate(self) -> None:
        """A new rate counts for claims not yet approved; approved ones keep theirs."""
        from app.sleutelpersonen.inzet import parse_bedrag

        try:
            self.service.set_km_tarief_cent(parse_bedrag(self.tarief_edit.text()))
        except FieldError as exc:
            self.bar.error.setText(
                translate("sleutelpersonen.pages", "Tarief: {exc}").format(exc=app_text(str(exc)))
            )
            return
        self.tarief_edit.clear()
        self.bar.error.clear()
        self.load(self.maand)

    def approve(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.bar.error.setText(translate("sleutelpersonen.pages", "Kies eerst een regel."))
            return
        try:
            self.service.keur_goed(str(index.data(ID_ROLE)), self.maand, self.door)
        except ValidationError as exc:
            self.bar.error.setText(" ".join(exc.errors.values()))
            return
        self.load(self.maand)

    def pdf(self, path: str | None = None) -> None:
        from app.sleutelpersonen.declaratie_pdf import schrijf_declaratie_pdf

        index = self.table.currentIndex()
        if not index.isValid():
            self.bar.error.setText(translate("sleutelpersonen.pages", "Kies eerst een regel."))
            return
        regel = self.model.rows[index.row()]
        pid = regel.berekening.sleutelpersoon_id
        person = self.service.personen.get(pid)
        if person is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("sleutelpersonen.pages", "Declaratie opslaan"),
                f"declaratie-{self.maand}.pdf",
                translate("sleutelpersonen.pages", "PDF (*.pdf)"),
            )
        if path:
            from app.briefhoofd import beheer_waarden
            from app.settings import Settings, settings_path

            inzetten = self.service.in_maand(self.maand, pid)
            settings = Settings.load(settings_path(self.service.store.path.parent))
            code = settings.standaard_gemeentecode
            eigen = beheer_waarden(self.service.session, code) if code else {}
            schrijf_declaratie_pdf(
                Path(path),
                person,
                regel,
                inzetten,
                gemeente=eigen.get("naam") or settings.gemeente_naam,
                kostenplaats=eigen.get("kostenplaats") or settings.kostenplaats,
            )

    def export(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("sleutelpersonen.pages", "Declaraties opslaan"),
                f"declaraties-{self.maand}.csv",
                translate("sleutelpersonen.pages", "CSV (*.csv)"),
            )
        if path:
            Path(path).write_bytes(declaraties_csv(self.model.rows))


class BarChart(QWidget):
    """Horizontal bars: label, bar, count. Simple and readable on paper and screen."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[str, int]] = []
        self.setMinimumHeight(200)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        self.items = items[:12]
        self.setMinimumHeight(24 * len(self.items) + 10)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        top = max((n for _, n in self.items), default=1) or 1
        label_w, width = 200, max(50, self.width() - 260)
        for row, (label, n) in enumerate(self.items):
            y = 5 + row * 24
            painter.setPen(QColor("#212529"))
            painter.drawText(5, y, label_w - 10, 20, Qt.AlignmentFlag.AlignVCenter, label)
            bar = int(width * n / top)
            painter.fillRect(label_w, y + 3, bar, 14, QColor("#2e6da4"))
            painter.drawText(label_w + bar + 6, y, 50, 20, Qt.AlignmentFlag.AlignVCenter, str(n))
        painter.end()


class BereikPage(QWidget):
    def __init__(self, service: InzetService) -> None:
        super().__init__()
        self.service = service
        self.result: Bereik | None = None
        self.dimensie = QComboBox()
        for code, label in DIMENSIES.items():
            self.dimensie.addItem(label, code)
        self.dimensie.setAccessibleName(translate("sleutelpersonen.pages", "Indeling"))
        self.dimensie.currentIndexChanged.connect(self._show)
        export = QPushButton(translate("sleutelpersonen.pages", "Exporteren (CSV)…"))
        export.clicked.connect(self.export)
        self.total = QLabel()
        self.total.setWordWrap(True)
        self.chart = BarChart()
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("sleutelpersonen.pages", "Indeling")))
        top.addWidget(self.dimensie)
        top.addWidget(self.total, 1)
        top.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)
        self.load()

    def load(self) -> None:
        self.result = self.service.bereik(date.today())
        self._show()

    def _show(self) -> None:
        if self.result is None:
            return
        self.total.setText(
            translate(
                "sleutelpersonen.pages", "{totaal} inburgeraars ondersteund door een sleutelpersoon"
            ).format(totaal=self.result.totaal)
        )
        self.chart.set_items(self.result.per[str(self.dimensie.currentData())])

    def export(self, path: str | None = None) -> None:
        if self.result is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("sleutelpersonen.pages", "Bereik opslaan"),
                "bereik.csv",
                translate("sleutelpersonen.pages", "CSV (*.csv)"),
            )
        if path:
            Path(path).write_bytes(bereik_csv(self.result))
