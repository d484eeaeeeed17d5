"""Beheer tab (beheerder): audit trail check, backups, retention and accounts.

Shows no dossier contents: retention candidates are listed by id, municipality and dates.
One module per page: ui/security/admin_audit.py (the audit trail column), admin_settings.py,
admin_backups.py, admin_retention.py and accounts_box.py; this one puts them together.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from app.session import Session
from app.settings import Settings, settings_path
from ui.i18n import translate
from ui.security.account_dialog import AccountDialog
from ui.security.accounts_box import AccountsPage
from ui.security.admin_audit import AuditSection
from ui.security.admin_backups import BackupsPage
from ui.security.admin_retention import RetentionPage
from ui.security.admin_settings import SettingsPage


class AdminView(AuditSection, SettingsPage, BackupsPage, RetentionPage, QWidget):
    settings_saved = Signal(object)  # the new Settings
    retention_loaded = Signal(int)  # how many dossiers are past the retention period

    def __init__(self, session: Session, data_dir: Path, today: date | None = None) -> None:
        super().__init__()
        self.session = session
        self.data_dir = data_dir
        self.today = today or date.today()
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(self._audit_box(), 3)
        self.left = left  # other parts add their section here (add_section)
        layout.addLayout(left, 1)
        # One subject per page: on a 1366×768 laptop four boxes on top of each other cut text off.
        self.pages = QTabWidget()
        self.pages.setObjectName("beheer_paginas")
        self.pages.addTab(
            self._settings_page(data_dir), translate("security.admin_view", "Instellingen")
        )
        self.pages.addTab(self._backup_box(), translate("security.admin_view", "Back-ups"))
        self.pages.addTab(self._retention_box(), translate("security.admin_view", "Bewaartermijn"))
        self.accounts_page = AccountsPage(session, data_dir)
        self.pages.addTab(self.accounts_page, translate("security.admin_view", "Accounts"))
        layout.addWidget(self.pages, 1)  # half: the five page tabs fit without scroll arrows
        # The retention list scans every dossier: build it when the tab is first shown.
        self._loaded = False
        self._retention_request = 0
        self.retention_busy = False

    def add_section(self, box: QWidget) -> None:
        """A part's own Beheer section (e.g. "Regionale server", ui/sync/): a page of its own,
        titled as its group box."""
        title = box.title() if isinstance(box, QGroupBox) else box.windowTitle()
        self.pages.addTab(box, title or box.objectName())

    # --- behaviour ------------------------------------------------------------------------
    def settings(self) -> Settings:
        return Settings.load(settings_path(self.data_dir))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._refresh_audit()
        self._refresh_backups()
        self._load_retention()
        self.accounts_page.refresh()

    def add_account(self) -> AccountDialog:
        self.pages.setCurrentWidget(self.accounts_page)
        return self.accounts_page.add_account()
