"""The intake window: progress sidebar, one page per domain, and the side panels.

Every answer goes to the service the moment it is given; the indicator says "Opgeslagen".
"""

from __future__ import annotations

from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.concepten import InvoerConcepten
from app.intake.conditions import names
from app.intake.gesprekken import GesprekService
from app.intake.progress import (
    NIET_VAN_TOEPASSING,
    VOLLEDIG,
    assess,
    context,
    first_open_question,
    valid_answers,
)
from app.intake.service import IntakeService
from app.validation import FieldError
from ui.accessible import announce
from ui.i18n import app_text, translate
from ui.intake.drafts import IntakeDrafts
from ui.intake.gesprek_panels import GesprekkenPanel
from ui.intake.page import SectionPage
from ui.intake.panels import MissingList
from ui.intake.signalen_panel import SignalenPanel
from ui.screen_fit import fit_window

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
MARKS = {VOLLEDIG: "✓", NIET_VAN_TOEPASSING: "–"}
SAVED_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b00020;"


class IntakeWindow(QMainWindow):
    saved = Signal(str)  # question id, after its answer was committed
    match_dialog: QWidget | None = None
    open_match: object = None  # set by ui.intake.koppeling when installed
    closed = Signal(str)  # client id

    def __init__(self, service: IntakeService, inburgeraar_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.inburgeraar_id = inburgeraar_id
        self.definition = service.definition
        self.facts = service.facts(inburgeraar_id)
        inburgeraar = service.inburgeraars.get(inburgeraar_id)
        self.inburgeraar_name = inburgeraar.naam if inburgeraar else ""
        self.setWindowTitle(
            translate("intake.window", "Brede intake – {inburgeraar_name}").format(
                inburgeraar_name=self.inburgeraar_name
            )
        )
        self.answers: dict[str, object] = service.stored_answers(inburgeraar_id)
        # What was typed and not yet saved when the app last stopped (killed, crashed).
        self.drafts = IntakeDrafts(
            InvoerConcepten(service.session, "intake", inburgeraar_id), inburgeraar_id
        )
        restored = self.drafts.restore(service, self.answers)
        self.pages: dict[str, SectionPage] = {}
        self._dependents = {
            name
            for s in self.definition.sections
            for node in [s.condition, *(q.condition for q in s.questions)]
            if node is not None
            for name in names(node)
        }
        self._build()
        self.refresh_progress()
        service.mark_open(inburgeraar_id)
        position = service.resume_position(inburgeraar_id)
        self.go_to(position.section_id, position.question_id or None)
        if restored:
            announce(
                self.indicator,
                translate(
                    "intake.window",
                    "Wat u typte voordat Wegwijs stopte, is teruggezet en opgeslagen.",
                ),
            )
        fit_window(self, 1180, 760)
        # The domains list as wide as its longest line; the questions get most of the rest.
        side = min(self.sidebar.sizeHintForColumn(0) + 24, 300)
        rest = max(self.width() - side, 400)
        self.splitter.setSizes([side, rest * 62 // 100, rest * 38 // 100])

    # --- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("domeinen")
        self.sidebar.setAccessibleName(translate("intake.window", "Domeinen"))
        for section in self.definition.sections:
            item = QListWidgetItem(section.title)
            item.setData(SECTION_ROLE, section.id)
            self.sidebar.addItem(item)
        self.sidebar.setMaximumWidth(300)
        self.sidebar.currentRowChanged.connect(self._on_sidebar)
        self.stack = QStackedWidget()
        self.previous_button = QPushButton(translate("intake.window", "V&orige"))
        self.next_button = QPushButton(translate("intake.window", "&Volgende"))
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.indicator = QLabel(translate("intake.window", "Elk antwoord wordt direct opgeslagen."))
        self.indicator.setObjectName("opgeslagen")
        self.indicator.setAccessibleName(translate("intake.window", "Opslagstatus"))
        nav = QHBoxLayout()
        nav.addWidget(self.indicator, 1)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        center = QWidget()
        column = QVBoxLayout(center)
        column.addWidget(self.stack, 1)
        column.addLayout(nav)
        self.missing = MissingList()
        self.missing.jump.connect(self.go_to)
        gesprekken = GesprekService(self.service)
        self.gesprekken_panel = GesprekkenPanel(gesprekken, self.inburgeraar_id)
        self.signalen_panel = SignalenPanel(gesprekken, self.inburgeraar_id)
        self.side = QTabWidget()
        self.side.addTab(self.missing, translate("intake.window", "Nog nodig"))
        self.side.addTab(self.gesprekken_panel, translate("intake.window", "Gesprekken"))
        self.side.addTab(self.signalen_panel, translate("intake.window", "Signalen"))
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(center)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._actions()

    def _actions(self) -> None:
        def add(text: str, keys: str, slot: object) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        add("Volgende pagina", "Ctrl+PgDown", self.next_page)
        add("Vorige pagina", "Ctrl+PgUp", self.previous_page)
        self.summary_action = add("Samenvatting", "Ctrl+R", self.show_summary)
        self.close_action = add("Afronden…", "Ctrl+Shift+A", self.close_intake)
        add("Nog nodig", "Ctrl+Shift+N", self._focus_missing)
        # Every answer is already stored: Esc and Ctrl+W close without a question.
        self.close_window_action = add("Sluiten", "Ctrl+W", self.close)
        self.close_window_action.setShortcuts([QKeySequence("Ctrl+W"), QKeySequence("Esc")])
        toolbar = self.addToolBar(translate("intake.window", "Intake"))
        toolbar.setObjectName("intakebalk")
        toolbar.setMovable(False)
        toolbar.addAction(self.summary_action)
        toolbar.addAction(self.close_action)
        self.status_label = QLabel()
        toolbar.addWidget(self.status_label)
        who = QLabel(f"   {self.inburgeraar_name} · {self.facts.doelgroep}")
        who.setStyleSheet("font-weight: bold;")
        toolbar.addWidget(who)

    # --- pages ------------------------------------------------------------------------------
    def page(self, section_id: str) -> SectionPage:
        page = self.pages.get(section_id)
        if page is None:
            section = self.definition.section(section_id)
            if section is None:
                raise KeyError(section_id)
            page = SectionPage(section, self.answers)
            page.given.connect(self.save)
            page.typed.connect(self.drafts.typed)
            for qid, (raw, why) in self.drafts.unsaved.items():
                if qid in page.rows:  # a draft that is no valid answer: back in its field, typed
                    page.editor(qid).show_typed(raw)
                    page.set_error(qid, why)
            self.pages[section_id] = page
            self.stack.addWidget(page)
        return page

    def current_section(self) -> str:
        item = self.sidebar.currentItem()
        return str(item.data(SECTION_ROLE)) if item else self.definition.sections[0].id

    def go_to(self, section_id: str, question_id: str | None = None) -> None:
        ids = [s.id for s in self.definition.sections]
        if section_id not in ids:
            section_id = ids[0]
        page = self.page(section_id)
        page.update_visibility(self._context())
        self.stack.setCurrentWidget(page)
        self._chain_focus(page)
        row = ids.index(section_id)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(ids) - 1)
        visible = page.visible_ids()
        asked = question_id if question_id in visible else None
        if asked and asked in self.answers:
            asked = None  # already answered: land on the first open question instead
        target = (
            asked
            or first_open_question(self.definition, self.answers, self.facts, section_id)
            or (question_id if question_id in visible else None)
            or (visible[0] if visible else None)
        )
        if target:
            page.focus_question(target)
        self.service.set_position(self.inburgeraar_id, section_id, target or "")

    def _chain_focus(self, page: SectionPage) -> None:
        chain = [self.sidebar, *page.focus_chain(), self.previous_button, self.next_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _on_sidebar(self, row: int) -> None:
        if 0 <= row < len(self.definition.sections):
            self._flush_current()
            self.go_to(self.definition.sections[row].id)

    def next_page(self) -> None:
        self._step(1)

    def previous_page(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        self._flush_current()
        row = self.sidebar.currentRow() + delta
        if 0 <= row < len(self.definition.sections):
            self.go_to(self.definition.sections[row].id)

    def flush_all(self) -> None:
        """Store every typed-but-not-yet-saved field (answers and side-form drafts)."""
        for page in self.pages.values():
            page.flush()
        self.gesprekken_panel.flush()
        self.signalen_panel.flush()

    def _flush_current(self) -> None:
        page = self.stack.currentWidget()
        if isinstance(page, SectionPage):
            page.flush()

    # --- saving -----------------------------------------------------------------------------
    def _context(self) -> dict[str, object]:
        return context(valid_answers(self.definition, self.answers), self.facts)

    def save(self, question_id: str, raw: object) -> None:
        section = self.definition.section_of(question_id)
        page = self.pages.get(section.id) if section else None
        try:
            stored = self.service.save_answer(self.inburgeraar_id, question_id, raw)
        except FieldError as exc:
            if page:
                page.set_error(question_id, app_text(str(exc)))
            self.indicator.setStyleSheet(ERROR_STYLE)
            announce(
                self.indicator,
                translate("intake.window", "Niet opgeslagen: {exc}").format(exc=app_text(str(exc))),
            )
            return
        if page:
            page.set_error(question_id, None)
        self.drafts.unsaved.pop(question_id, None)
        self.drafts.saved(question_id)
        if stored is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = stored
        self.indicator.setStyleSheet(SAVED_STYLE)
        announce(
            self.indicator,
            translate("intake.window", "Opgeslagen om {now:%H:%M:%S}").format(now=datetime.now()),
        )
        if question_id in self._dependents:
            ctx = self._context()
            for each in self.pages.values():
                each.update_visibility(ctx)
            if page:
                self._chain_focus(page)
        self.refresh_progress()
        self.saved.emit(question_id)

    def take_in_stored(self) -> list[str]:
        """Answers stored elsewhere (a sync brought a colleague's) show here; a field with
        typing not yet saved keeps the typing (its save follows). Returns the ids shown."""
        stored = self.service.stored_answers(self.inburgeraar_id)
        shown = []
        for qid in set(stored) | set(self.answers):
            new = stored.get(qid)
            if new == self.answers.get(qid):
                continue
            section = self.definition.section_of(qid)
            page = self.pages.get(section.id) if section else None
            if page is not None and qid in page.rows:
                editor = page.editor(qid)
                if editor.typing():
                    continue
                editor.set_value(new)
            if new is None:
                self.answers.pop(qid, None)
            else:
                self.answers[qid] = new
            shown.append(qid)
        if shown:
            ctx = self._context()
            for each in self.pages.values():
                each.update_visibility(ctx)
            self.refresh_progress()
        return shown

    def refresh_progress(self) -> None:
        result = assess(self.definition, self.answers, self.facts)
        for row, progress in enumerate(result.sections):
            item = self.sidebar.item(row)
            mark = MARKS.get(progress.status, "○")
            legal = "  · verplicht" if progress.legal_minimum else ""
            count = f"  {progress.answered}/{progress.shown}" if progress.shown else ""
            item.setText(f"{mark}  {progress.title}{count}{legal}")
            item.setToolTip(progress.reason)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{progress.title}: {progress.reason}")
        self.missing.show_missing(result.missing)
        info = self.service.info(self.inburgeraar_id)
        done = info is not None and info.status == "afgerond"
        self.status_label.setText(
            translate("intake.window", "  Afgerond")
            if done
            else translate("intake.window", "  Nog {len} nodig").format(len=len(result.missing))
        )
        self.assessment = result

    def _focus_missing(self) -> None:
        self.side.setCurrentWidget(self.missing)
        self.missing.setFocus()

    # --- dialogs ----------------------------------------------------------------------------
    def show_summary(self) -> QWidget:
        from ui.intake.summary import SummaryDialog

        self._flush_current()
        dialog = SummaryDialog(self.service, self.inburgeraar_id, self)
        dialog.open()
        return dialog

    def close_intake(self) -> QWidget:
        from ui.intake.summary import CloseDialog

        self._flush_current()
        dialog = CloseDialog(self.service, self.inburgeraar_id, self)
        dialog.accepted.connect(self.refresh_progress)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush_all()
        self.service.mark_closed(self.inburgeraar_id)
        self.closed.emit(self.inburgeraar_id)
        super().closeEvent(event)
