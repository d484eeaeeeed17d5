"""Beheer → "Regionale server": connect this laptop once (server address, account, password)
and see or change the connection. Only a beheerder (app.server.sync_view.connect_laptop
checks it); the password is kept wrapped with the store key by app.server.sync.setup.

Connecting talks to the server, so it runs as an op; a bad input is a Dutch message and
changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.errors import user_message
from app.server import sync as client_sync
from app.server.sync_view import ConnectError, connect_laptop
from app.session import Session
from app.settings import Settings, save_settings
from ui.i18n import app_text
from ui.ops import Op, OpContext


class ServerBox(QGroupBox):
    connected = Signal(str)  # the server role of the account
    interval_saved = Signal(int)  # minutes

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Regionale server"))
        self.setObjectName("regionale_server")
        self.session = session
        self.op: Op[str] | None = None
        self.sync_running: Callable[[], bool] = lambda: False
        form = QFormLayout(self)
        # labels above the fields when the Beheer tab is narrow (the window may shrink)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.current = QLabel()
        self.current.setObjectName("server_huidig")
        self.current.setWordWrap(True)
        form.addRow(self.current)
        self.dsn = QLineEdit()
        self.dsn.setObjectName("server_adres")
        self.dsn.setPlaceholderText(self.tr("host=… dbname=… sslmode=verify-full"))
        self.dsn.setAccessibleName(self.tr("Serveradres"))
        self.dsn.setToolTip(
            self.tr(
                "Het adres dat IT u geeft, met sslmode=verify-full (de verbinding is "
                "versleuteld en het certificaat van de server wordt gecontroleerd)."
            )
        )
        self.user = QLineEdit()
        self.user.setObjectName("server_account")
        self.user.setAccessibleName(self.tr("Serveraccount"))
        self.password = QLineEdit()
        self.password.setObjectName("server_wachtwoord")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Serverwachtwoord"))
        form.addRow(self.tr("Serveradres:"), self.dsn)
        form.addRow(self.tr("Serveraccount:"), self.user)
        form.addRow(self.tr("Serverwachtwoord:"), self.password)
        self.interval = QSpinBox()
        self.interval.setObjectName("sync_minuten")
        low, high = _range()
        self.interval.setRange(low, high)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setAccessibleName(self.tr("Synchroniseren elke (minuten)"))
        self.interval.setValue(session.settings.sync_minuten)
        self.interval.editingFinished.connect(self.save_interval)
        self.button = QPushButton(self.tr("Verbinden"))
        self.button.setObjectName("server_verbinden")
        self.button.clicked.connect(lambda _checked=False: self.connect_server())
        form.addRow(self.tr("Synchroniseren elke:"), self.interval)
        form.addRow(self.button)
        self.message = QLabel()
        self.message.setObjectName("server_melding")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.show_current()

    def show_current(self) -> None:
        status = client_sync.status(self.session)
        if status["ingesteld"]:
            self.current.setText(
                self.tr("Verbonden met de regionale server als %s.") % status["gebruiker"]
            )
            self.current.setToolTip(str(status["server"]))
            self.button.setText(self.tr("Verbinding wijzigen"))
            if not self.dsn.text():
                self.dsn.setText(str(status["server"]))
                self.user.setText(str(status["gebruiker"]))
        else:
            self.current.setText(
                self.tr(
                    "Deze laptop werkt alleen lokaal. Verbind hem met de regionale server om "
                    "dossiers met collega's te delen."
                )
            )
            self.button.setText(self.tr("Verbinden"))

    def connecting(self) -> bool:
        return self.op is not None and self.op.running

    def connect_server(self) -> Op[str] | None:
        if self.sync_running():  # never change the connection under a running sync
            self.message.setText(self.tr("Er loopt een synchronisatie; probeer het zo opnieuw."))
            return None
        dsn, user, password = self.dsn.text(), self.user.text(), self.password.text()
        self.message.setText(self.tr("Verbinden met de server…"))
        self.op = (
            Op(
                self,
                lambda ctx: _connect(ctx, dsn, user, password),
                session=self.session,
                title=self.tr("Regionale server"),
            )
            .disable(self.button)
            .success(self._connected)
            .failure(self._failed)
            .run()
        )
        return self.op

    def _connected(self, rol: str) -> None:
        self.password.clear()
        self.show_current()
        self.message.setText(
            self.tr("Verbonden als %s (%s). De eerste synchronisatie begint nu.")
            % (self.user.text().strip(), rol)
        )
        self.connected.emit(rol)

    def _failed(self, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, ConnectError) else user_message(exc)
        self.message.setText(text)

    def save_interval(self) -> None:
        minutes = self.interval.value()
        if minutes == self.session.settings.sync_minuten:
            return
        new: Settings = replace(self.session.settings, sync_minuten=minutes)
        try:
            save_settings(self.session, new, "synchronisatie-interval")
        except Exception as exc:  # a Dutch message; nothing changed
            self.message.setText(app_text(user_message(exc)))
            return
        self.session.reload_settings()
        self.message.setText(self.tr("Synchroniseert nu elke %d minuten.") % minutes)
        self.interval_saved.emit(minutes)


def _range() -> tuple[int, int]:
    _kind, rule = Settings.rules()["sync_minuten"]
    return int(rule.lo or 1), int(rule.hi or 120)


def _connect(ctx: OpContext, dsn: str, user: str, password: str) -> str:
    return connect_laptop(ctx.session, dsn, user, password)
