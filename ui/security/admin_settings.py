"""Beheer page "Instellingen": auto-lock, retention period, the regional figures, the letterhead
per gemeente and the language.

A mixin of `ui.security.admin_view.AdminView`; texts keep the context "security.admin_view".
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from app.settings import save_settings
from ui.i18n import translate
from ui.plural import plural_suffix
from ui.security.admin_widgets import AdminPart, push_button
from ui.security.taal_box import TaalBox


class SettingsPage(AdminPart):
    """The page "Instellingen" of Beheer."""

    if TYPE_CHECKING:  # made by AdminView
        settings_saved: Signal

    def _settings_page(self, data_dir: Path) -> QWidget:
        settings = QWidget()
        col = QVBoxLayout(settings)
        col.addWidget(self._settings_box())
        self.taal_box = TaalBox(data_dir)
        col.addWidget(self.taal_box)
        col.addStretch(1)
        return settings

    def _settings_box(self) -> QGroupBox:
        box = QGroupBox(translate("security.admin_view", "Instellingen"))
        form = QFormLayout(box)
        current = self.settings()
        self.autolock = QSpinBox()
        self.autolock.setRange(1, 60)
        self.autolock.setSuffix(translate("security.admin_view", " min"))
        self.autolock.setValue(current.autolock_minuten)
        self.autolock.setAccessibleName(translate("security.admin_view", "Vergrendelen na"))
        form.addRow(translate("security.admin_view", "Vergrendelen na"), self.autolock)
        self.jaren = QSpinBox()
        self.jaren.setRange(1, 30)
        plural_suffix(self.jaren, lambda n: translate("security.admin_view", " jaar", None, n))
        self.jaren.setValue(current.bewaartermijn_jaren)
        self.jaren.setAccessibleName(
            translate("security.admin_view", "Bewaartermijn na einde plicht")
        )
        form.addRow(translate("security.admin_view", "Bewaren na einde plicht"), self.jaren)
        # Regional figures the law does not fix (advice, PIP editor and deadlines use them).
        self.max_leeftijd = QSpinBox()
        self.max_leeftijd.setRange(16, 40)
        plural_suffix(
            self.max_leeftijd, lambda n: translate("security.admin_view", " jaar", None, n)
        )
        self.max_leeftijd.setValue(current.onderwijsroute_max_leeftijd)
        self.max_leeftijd.setAccessibleName(
            translate("security.admin_view", "Onderwijsroute tot en met leeftijd")
        )
        form.addRow(translate("security.admin_view", "Onderwijsroute tot"), self.max_leeftijd)
        self.routewissel = QSpinBox()
        self.routewissel.setRange(1, 36)
        plural_suffix(
            self.routewissel, lambda n: translate("security.admin_view", " maanden", None, n)
        )
        self.routewissel.setValue(current.routewissel_maanden)
        self.routewissel.setAccessibleName(translate("security.admin_view", "Routewissel binnen"))
        form.addRow(translate("security.admin_view", "Routewissel binnen"), self.routewissel)
        form.addRow(push_button(translate("security.admin_view", "Opslaan"), self.save_settings))
        form.addRow(
            push_button(
                translate("AdminView", "Briefhoofd per gemeente…"),  # was self.tr in AdminView
                self.open_briefhoofd,
            )
        )
        return box

    def open_briefhoofd(self) -> None:
        from ui.regio.briefhoofd_dialog import BriefhoofdDialog

        BriefhoofdDialog(self.session, self.settings().standaard_gemeentecode, self).exec()

    def save_settings(self) -> None:
        new = replace(
            self.settings(),
            autolock_minuten=self.autolock.value(),
            bewaartermijn_jaren=self.jaren.value(),
            onderwijsroute_max_leeftijd=self.max_leeftijd.value(),
            routewissel_maanden=self.routewissel.value(),
        )
        save_settings(self.session, new, "autolock/bewaartermijn/regio")
        self.settings_saved.emit(new)
        self.refresh()
