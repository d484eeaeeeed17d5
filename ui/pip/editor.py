"""The PIP editor: route advice and choice, all parts, DUO check, status flow, versions."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.duo.feiten import DuoFeitService
from app.inburgeraars.model import Inburgeraar
from app.pip.model import PipInhoud, PipVersie
from app.pip.prefill import advice_for, prefill
from app.pip.service import DuoCheckError, PipError, PipService
from app.regio import advies_regels
from app.validation import FieldError, ValidationError
from ui.crash_draft import DialogDraft, DraftPlace
from ui.i18n import app_message, app_text, translate
from ui.pip.agreements import AgreementsForm
from ui.pip.check_panel import CheckPanel
from ui.pip.deadlines_panel import DeadlinesPanel
from ui.pip.editor_draft import PipEditorDraft
from ui.pip.fields import set_editable
from ui.pip.history import HistoryView, version_title
from ui.pip.parts import PartsForm, SupportForm
from ui.pip.route_panel import AdvicePanel, RouteForm
from ui.pip.versioning import ChangeBox
from ui.screen_fit import fit_window
from ui.unsaved import AsksBeforeDiscard
from ui.widgets import Field

AnswersProvider = Callable[[str], Mapping[str, object]]


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not to the frame
    area.setWidget(widget)
    area.setWidgetResizable(True)
    return area


class PipEditor(AsksBeforeDiscard, QDialog):
    saved = Signal(str)  # client id

    def __init__(
        self,
        service: PipService,
        inburgeraar: Inburgeraar,
        answers: Mapping[str, object],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        assert inburgeraar.id is not None
        self.service, self.inburgeraar, self.answers = service, inburgeraar, answers
        self.today = today or date.today()
        self.setWindowTitle(translate("pip.editor", "PIP – {naam}").format(naam=inburgeraar.naam))
        self.confirm: Callable[[str], bool] = self._ask
        self.versions: list[PipVersie] = []
        self.shown: PipVersie | None = None
        self.loaded: PipInhoud | None = None
        self._build()
        self.reload()
        fit_window(self, 1100, 760)

    # --- building ---------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.title.setObjectName("pip_titel")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("pip_melding")
        self.duo_status = QLabel()  # DUO's answer to this version, from the regional server
        self.duo_status.setWordWrap(True)
        self.duo_status.setObjectName("pip_duo_status")
        self.advice = AdvicePanel()
        self.route = RouteForm()
        self.route.asielstatushouder = self.inburgeraar.is_asielstatushouder
        self.parts = PartsForm()
        self.support = SupportForm(self.service.session, str(self.inburgeraar.id))
        self.support.set_asielstatushouder(self.inburgeraar.is_asielstatushouder)
        self.agreements = AgreementsForm()
        self.check = CheckPanel()
        self.history = HistoryView()
        self.change = ChangeBox()
        route_page = QWidget()
        col = QVBoxLayout(route_page)
        col.addWidget(self.advice)
        col.addWidget(self.advice.summary)
        col.addWidget(self.route)
        col.addStretch(1)
        versions_page = QWidget()
        vcol = QVBoxLayout(versions_page)
        vcol.addWidget(self.history, 1)
        vcol.addWidget(self.change)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pip_onderdelen")
        self.tabs.addTab(_scroll(route_page), translate("pip.editor", "Leerroute"))
        self.tabs.addTab(_scroll(self.parts), translate("pip.editor", "Trajecten"))
        self.tabs.addTab(_scroll(self.support), translate("pip.editor", "Ondersteuning"))
        self.tabs.addTab(self.agreements, translate("pip.editor", "Afspraken"))
        self.tabs.addTab(self.check, translate("pip.editor", "Controle"))
        self.tabs.addTab(versions_page, translate("pip.editor", "Versies"))
        self.deadlines = DeadlinesPanel(self.service.termijnen, str(self.inburgeraar.id))
        self.tabs.addTab(self.deadlines, translate("pip.editor", "Termijnen"))
        self.save_button = QPushButton(translate("pip.editor", "Opslaan"))
        self.sign_button = QPushButton(translate("pip.editor", "Ter ondertekening"))
        self.fix_button = QPushButton(translate("pip.editor", "Vaststellen"))
        close = QPushButton(translate("pip.editor", "Sluiten"))
        buttons = QHBoxLayout()
        for b in (self.save_button, self.sign_button, self.fix_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.duo_status)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.sign_button.clicked.connect(self.to_signing)
        self.fix_button.clicked.connect(self.vaststellen)
        close.clicked.connect(self.close)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.draft = PipEditorDraft(
            self.service.session, str(self.inburgeraar.id), self.agreements, self._running_draft
        )
        self.route.route_changed.connect(self.parts.set_route)
        self.check.check_requested.connect(self.run_check)
        self.history.chosen.connect(lambda row: self.show_version(self.versions[row]))
        self.change.requested.connect(self.new_version)
        self.tabs.currentChanged.connect(self._on_tab)

    @property
    def fields(self) -> dict[str, Field]:
        return {**self.route.fields, **self.parts.fields, **self.support.fields}

    # --- showing ----------------------------------------------------------------------
    def reload(self) -> None:
        assert self.inburgeraar.id is not None
        self.versions = self.service.versions(self.inburgeraar.id)
        regels = advies_regels(self.service.store)  # the region's age limit (Beheer)
        advies = advice_for(self.inburgeraar, self.answers, self.today, regels)
        self.advice.show_advice(advies)
        self.route.set_advice(advies)
        if self.versions:
            self.show_version(self.versions[-1])
        else:
            self.shown = None
            self._load(prefill(self.inburgeraar, self.answers, self.today, regels), editable=True)
            self.title.setText(
                translate(
                    "pip.editor", "<h2>{naam}</h2>Nieuwe PIP (concept, nog niet opgeslagen)"
                ).format(naam=self.inburgeraar.naam)
            )
        self.history.set_versions(self.versions, len(self.versions) - 1)
        self.change.setVisible(bool(self.versions) and self.versions[-1].status == "vastgesteld")
        if hasattr(self, "deadlines"):
            self.deadlines.refresh()

    def show_version(self, version: PipVersie) -> None:
        self.shown = version
        latest = version is self.versions[-1]
        self._load(version.inhoud, editable=version.bewerkbaar and latest)
        self.check.dagtekening.set_value(version.dagtekening or self.today)
        note = "" if latest else " (oudere versie, alleen lezen)"
        self.title.setText(f"<h2>{self.inburgeraar.naam}</h2>{version_title(version)}{note}")
        self._show_duo_status(version)

    def _show_duo_status(self, version: PipVersie) -> None:
        answer = None
        if version.id and version.status in ("vastgesteld", "gewijzigd"):
            answer = DuoFeitService(self.service.session).pip_status(
                str(self.inburgeraar.id), version.id
            )
        self.duo_status.setVisible(answer is not None)
        if answer is not None:
            rejected = answer.gegevens.get("status") != "bevestigd"
            self.duo_status.setStyleSheet("color: #a4262c;" if rejected else "")
            self.duo_status.setText(answer.omschrijving)

    def _load(self, inhoud: PipInhoud, editable: bool) -> None:
        self.loaded = inhoud
        self.route.load(inhoud.route)
        self.parts.load(
            inhoud.begeleiding, inhoud.taalschakeltraject, inhoud.knm, inhoud.pvt, inhoud.map
        )
        self.support.load(
            inhoud.ontzorgen,
            inhoud.maatschappelijke_begeleiding,
            inhoud.randvoorwaarden,
            inhoud.participatie,
            inhoud.sleutelpersoon,
        )
        self.agreements.load(inhoud.afspraken, inhoud.voortgangsgesprekken)
        self.parts.set_route(inhoud.route.leerroute)
        self.editable = editable
        for f in self.fields.values():
            f.set_error(None)
            set_editable(f.editor, editable)
        self.agreements.set_editable(editable)
        if editable:
            self.support.sp_keuze.prefill_from_match()
        set_editable(self.check.dagtekening, editable)
        for b in (self.save_button, self.sign_button, self.fix_button):
            b.setEnabled(editable)

    # --- collecting -------------------------------------------------------------------
    def collect(self, show: bool = True) -> PipInhoud | None:
        """The content as typed, or None (with messages at the fields) when a date is wrong."""
        errors: dict[str, str] = {}
        asiel = self.inburgeraar.is_asielstatushouder
        route = self.route.value(keep_stored_advice=not self.answers)
        afspraken, gesprekken = self.agreements.values(errors)
        inhoud = PipInhoud(
            route=route,
            begeleiding=self.parts.begeleiding.text(),
            taalschakeltraject=self.parts.taalschakeltraject.text()
            if route.leerroute == "O"
            else "",
            knm=self.parts.knm.text(),
            pvt=self.parts.pvt(errors),
            map=self.parts.map(errors, route.leerroute),
            ontzorgen=self.support.ontzorgen(errors, asiel),
            maatschappelijke_begeleiding=self.support.maatschappelijk.text() if asiel else "",
            randvoorwaarden=self.support.randvoorwaarden.text(),
            participatie=self.support.participatie.text(),
            afspraken=afspraken,
            voortgangsgesprekken=gesprekken,
            sleutelpersoon=self.support.sleutelpersoon(),
        )
        if show:
            self.show_errors(errors)
        return None if errors else inhoud

    def show_errors(self, errors: Mapping[str, str]) -> None:
        for key, f in self.fields.items():
            f.set_error(errors.get(key))
        if errors:
            self.message.setText(
                translate("pip.editor", "<span style='color:#b00020'>Niet opgeslagen: ")
                + " ".join(errors.values())
                + "</span>"
            )

    def is_dirty(self) -> bool:
        if not self.editable:
            return False
        inhoud = self.collect(show=False)
        return inhoud is None or inhoud != self.loaded

    # --- actions ------------------------------------------------------------------------
    def save(self) -> bool:
        inhoud = self.collect()
        if inhoud is None:
            return False
        assert self.inburgeraar.id is not None
        try:
            if self.shown is None:
                self.service.create(self.inburgeraar.id, inhoud)
            else:
                self.service.save(self.shown, inhoud)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        except PipError as exc:
            self._refused(exc)
            return False
        self.reload()
        self.mark_saved()  # stored: the crash draft goes
        self.message.setText(translate("pip.editor", "Opgeslagen."))
        self.saved.emit(self.inburgeraar.id)
        return True

    def _save_if_needed(self) -> bool:
        return self.save() if self.is_dirty() or self.shown is None else True

    def to_signing(self) -> None:
        if not self._save_if_needed() or self.shown is None:
            return
        try:
            self.service.ter_ondertekening(str(self.shown.id))
        except ValidationError as exc:
            self.run_check()
            self.show_errors(exc.errors)
            return
        except PipError as exc:
            self._refused(exc)
            return
        self.reload()
        self.message.setText(translate("pip.editor", "Klaar voor ondertekening."))

    def run_check(self) -> bool:
        """Fill the Controle tab; True when the PIP may be vastgesteld."""
        inhoud = self.collect() if self.editable else self.loaded
        if inhoud is None:
            return False
        try:
            dagtekening = self.check.dagtekening.value()
            self.check.dagtekening_field.set_error(None)
        except FieldError as exc:
            self.check.dagtekening_field.set_error(app_text(str(exc)))
            return False
        pip = self.shown or PipVersie(str(self.inburgeraar.id), 1, "concept", inhoud)
        found = self.service.controle(replace(pip, inhoud=inhoud), dagtekening, self.answers)
        self.check.show_result(found.fouten, found.ontbreekt, found.let_op)
        return found.mag_vastgesteld

    def vaststellen(self) -> None:
        ok = self.run_check()
        if not ok:
            self.tabs.setCurrentWidget(self.check)
            self.message.setText(
                translate(
                    "pip.editor",
                    "<span style='color:#b00020'>Nog niet vast te stellen: zie Controle.</span>",
                )
            )
            return
        dagtekening = self.check.dagtekening.value()
        if dagtekening is None or not self._save_if_needed() or self.shown is None:
            return
        if not self.confirm("Na vaststellen kan deze versie niet meer worden gewijzigd. Doorgaan?"):
            return
        try:
            self.service.vaststellen(str(self.shown.id), dagtekening)
        except DuoCheckError as exc:
            self.check.show_result([v.tekst for v in exc.violations], [], [])
            self.tabs.setCurrentWidget(self.check)
            return
        except (ValidationError, PipError) as exc:
            self._refused(exc)
            return
        self.reload()
        self.message.setText(
            translate(
                "pip.editor",
                "Vastgesteld. Wijzigen kan alleen met een nieuwe versie (tab Versies).",
            )
        )
        assert self.inburgeraar.id is not None
        self.saved.emit(self.inburgeraar.id)

    def new_version(self, soort: str, reden: str) -> None:
        assert self.inburgeraar.id is not None
        try:
            self.service.wijzigen(self.inburgeraar.id, soort, reden)
        except ValidationError as exc:
            self.change.show_errors(exc.errors)
            return
        except PipError as exc:
            self._refused(exc)
            return
        self.change.clear()
        self.reload()
        self.tabs.setCurrentIndex(0)
        self.message.setText(translate("pip.editor", "Nieuwe versie gemaakt (concept)."))
        self.saved.emit(self.inburgeraar.id)

    def _refused(self, exc: BaseException) -> None:
        """Why the service said no, in red under the tabs (in the chosen language)."""
        self.message.setText(f"<span style='color:#b00020'>{escape(app_message(exc))}</span>")

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.check:
            self.run_check()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, translate("pip.editor", "PIP"), text)
        return answer == QMessageBox.StandardButton.Yes

    # --- crash draft (ui/pip/editor_draft.py) -----------------------------------------------
    def crash_draft(self) -> DraftPlace | None:
        return self.draft.place()

    def _running_draft(self) -> DialogDraft | None:
        return self._crash_draft

    # --- unsaved input: Esc, the close button, Ctrl+W and Sluiten ask (ui/unsaved.py) ----------
    def has_unsaved_input(self) -> bool:
        return self.is_dirty()

    def save_unsaved(self) -> bool:
        return self.save()
