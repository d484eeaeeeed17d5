"""The PIP editor's crash draft (ui/crash_draft.py): where it lives, and the rows it keeps.

The editor's fields are found and kept like any dialog's. The rows of Afspraken and
Voortgangsgesprekken live in table models, not in input widgets, so they travel in the draft's
``extra`` (read as typed, put back as typed), and every edit, added or removed row writes the
draft at once, as a keystroke in a field does. The draft is kept in the encrypted store
(``invoer_concept``, soort ``pip``, one per inburgeraar), only for who may save a PIP.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.crash_draft import DialogDraft, DraftPlace, draft_place
from ui.pip.agreements import AgreementsForm

if TYPE_CHECKING:
    from app.session import Session


class PipEditorDraft:
    """Made with the editor's Afspraken tab; *current* gives the dialog's running draft (None
    until the editor is first shown, and for who keeps no draft)."""

    def __init__(
        self,
        session: Session,
        inburgeraar_id: str,
        agreements: AgreementsForm,
        current: Callable[[], DialogDraft | None],
    ) -> None:
        self._session = session
        self._inburgeraar_id = inburgeraar_id
        self._agreements = agreements
        self._current = current
        for rows in (agreements.afspraken, agreements.gesprekken):
            rows.watch(self._rows_changed)

    def place(self) -> DraftPlace | None:
        """For the editor's ``crash_draft()``: its fields plus the rows, keyed by inburgeraar."""
        own = self._inburgeraar_id
        return draft_place(self._session, "pip", own, own, extra=(self.rows, self.put_rows))

    def rows(self) -> list[Any]:
        """[afspraken, voortgangsgesprekken], every row as typed (JSON-safe)."""
        return [self._agreements.afspraken.raw(), self._agreements.gesprekken.raw()]

    def put_rows(self, value: Any) -> None:
        """Put rows read by :meth:`rows` back; a value of another shape is left alone."""
        if isinstance(value, list) and len(value) == 2:
            self._agreements.afspraken.put_raw(value[0])
            self._agreements.gesprekken.put_raw(value[1])

    def _rows_changed(self) -> None:
        draft = self._current()
        if draft is not None:
            draft.changed()
