"""The errors a user can see, in one place: ``str(error)`` is a complete Dutch sentence.

``db/`` raises its own low-level errors (a wrong key, a damaged file, a full disk); they already
carry a Dutch sentence and are re-exported here under the same names, so ``ui/`` catches errors
from ``app.errors`` only and never imports ``db``. Errors that are about meaning rather than the
file (a duplicate BSN, a permission refused) are defined here and raised by the services.
:func:`user_message` turns any exception into the sentence to show (used by the op runner).
"""

from __future__ import annotations

from app.validation import ValidationError
from db.errors import (
    DiskFullError,
    StoreDamagedError,
    StoreError,
    StoreExistsError,
    StoreMissingError,
    StoreTooNewError,
    WrongKeyError,
)

__all__ = [
    "DiskFullError",
    "DuplicateError",
    "StoreDamagedError",
    "StoreError",
    "StoreExistsError",
    "StoreMissingError",
    "StoreTooNewError",
    "TemplatedError",
    "UserError",
    "ValidationError",
    "WrongKeyError",
    "user_message",
]

# Every error meant for the user derives from this (db's errors included).
UserError = StoreError


class DuplicateError(UserError):
    """A unique value (BSN, V-nummer, code) is already in use by another record."""

    def __init__(self, field: str, existing_id: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.existing_id = existing_id


class TemplatedError(UserError):
    """A user-facing error whose sentence holds values: raised with a fixed Dutch template
    ("… door {door} op {datum}. Er is niets veranderd.") and the values, so the translators get
    the template (tools/i18n_app_texts.py) and ui/ shows it translated with the values filled in
    (`ui.i18n.app_message`). ``str(error)`` is the Dutch sentence, as for every UserError."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = {key: str(value) for key, value in values.items()}
        super().__init__(template.format(**self.values))


UNEXPECTED = (
    "Er ging iets onverwachts mis; er is niets half opgeslagen. Probeer het opnieuw, en meld het "
    "aan de beheerder als het blijft gebeuren."
)


def user_message(exc: BaseException) -> str:
    """The Dutch sentence for *exc*: its own for a user-facing error, a plain one otherwise
    (never the technical text, which could hold personal data)."""
    if isinstance(exc, ValidationError):
        return "\n".join(exc.errors.values())
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return "Er is te weinig geheugen vrij. Sluit andere programma's en probeer het opnieuw."
    if isinstance(exc, OSError):
        return f"Het bestand kon niet worden gelezen of geschreven ({exc.strerror or 'fout'})."
    return UNEXPECTED
