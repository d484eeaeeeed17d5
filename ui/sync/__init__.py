"""The regional server in the main window, installed with one call: the background sync (an op,
after sign-in, every few minutes, on "Nu synchroniseren"), its state in the status bar, the
Conflicten list and, for a beheerder, Beheer → "Regionale server".

With no server configured nothing shows but the Beheer section: the laptop is offline-first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtGui import QAction

from app.changes import Changes, ConflictsChanged, SyncFinished
from app.security.roles import Permission, may
from app.server import sync as client_sync
from app.server.conflict_rows import conflicted_inburgeraars
from app.server.sync_view import SyncState, conflict_words
from ui.accessible import announce_status
from ui.broadcast import broadcast_for
from ui.i18n import translate
from ui.shell import Shell
from ui.sync import runner as runner_module
from ui.sync.conflicts_view import ConflictsDialog
from ui.sync.runner import Outcome, SyncRunner
from ui.sync.server_box import ServerBox
from ui.sync.status import SyncStatus


class Marks(Protocol):
    def set_conflicted(self, ids: set[str]) -> None: ...


@dataclass
class SyncPart:
    runner: SyncRunner
    status: SyncStatus
    sync_action: QAction
    conflicts_action: QAction
    server_box: ServerBox | None
    dialogs: list[ConflictsDialog] = field(default_factory=list)

    def open_conflicts(self) -> ConflictsDialog:
        """The Conflicten list (one window; raised when already open)."""
        for dialog in self.dialogs:
            if dialog.isVisible():
                dialog.view.reload()
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        parent = self.status.window()
        dialog = ConflictsDialog(
            self.runner.session, parent, after_resolve=lambda: self.runner.sync_now()
        )
        self.dialogs[:] = [dialog]
        dialog.open()
        return dialog


def install(
    shell: Shell,
    *,
    interval_ms: int | None = None,
    first_ms: int | None = None,
    admin: object = None,
    markers: Sequence[Marks] = (),
) -> SyncPart:
    """Install the sync into *shell*; *admin* is the Beheer view (an ``add_section`` owner),
    *markers* the views that mark a dossier with an open conflict (register, detail pane)."""
    session = shell.session
    window = shell.statusBar().window()
    minutes = session.settings.sync_minuten
    runner = SyncRunner(
        session,
        window,
        interval_ms if interval_ms is not None else minutes * 60_000,
        first_ms if first_ms is not None else runner_module.FIRST_SYNC_MS,
    )
    part_ref: list[SyncPart] = []
    status = SyncStatus(lambda: part_ref[0].open_conflicts())
    shell.statusBar().addPermanentWidget(status)
    sync_action = shell.add_action(
        translate("sync", "Nu synchroniseren"),
        runner.sync_now,
        shortcut="Ctrl+Shift+S",
        tooltip=translate("sync", "Wissel nu de wijzigingen uit met de regionale server"),
        name="nu_synchroniseren",
        menu="bestand",
        toolbar=True,
    )
    conflicts_action = shell.add_action(
        translate("sync", "Conflicten…"),
        lambda: part_ref[0].open_conflicts(),
        name="conflicten",
        menu="bestand",
    )
    box = None
    if admin is not None and may(session, Permission.INSTELLINGEN_BEHEREN):
        box = ServerBox(session)
        add_section = getattr(admin, "add_section", None)
        if add_section is not None:
            add_section(box)
    part = SyncPart(runner, status, sync_action, conflicts_action, box)
    part_ref.append(part)

    def show(state: SyncState) -> None:
        status.show_state(state)
        on = state.kind != "off"
        sync_action.setVisible(on)
        conflicts_action.setVisible(on)
        sync_action.setEnabled(state.kind != "busy")

    def finished(outcome: object) -> None:
        bar = shell.statusBar()
        if isinstance(outcome, Outcome):
            text = outcome.result.summary()
            new = outcome.result.nieuwe_conflicten
            if new:
                text += " — " + translate("sync", "nieuw: %s") % conflict_words(new)
            announce_status(bar, text, 8000)
        else:
            announce_status(bar, runner.state.text, 8000)

    def progress(text: str) -> None:
        status.label.setText(translate("sync", "Synchroniseren… %s") % text)

    runner.state_changed.connect(show)
    runner.finished.connect(finished)
    runner.progress.connect(progress)
    show(runner.state)
    if box is not None:
        runner.hold = box.connecting
        box.sync_running = lambda: runner.running
        box.connected.connect(lambda _rol: (runner.refresh_state(), runner.sync_now()))
        box.interval_saved.connect(runner.set_interval)

    def mark(items: Changes = ()) -> None:
        if items and not any(isinstance(c, ConflictsChanged | SyncFinished) for c in items):
            return
        ids = conflicted_inburgeraars(session) if client_sync.configured(session) else set()
        for view in markers:
            view.set_conflicted(ids)

    broadcast_for(session).subscribe(runner, mark)
    mark()
    shell.parts.put(part)
    return part
