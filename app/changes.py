"""What changed, as typed events: the one vocabulary for "refresh yourself".

An operation (a save, demo data, a retention run, a sync with the regional server, another
process) ends by publishing a tuple of these; every view listens and refreshes what it shows
when a change concerns it. Plain Python: the Qt side (``ui/broadcast.py``) only carries them.

Add a type here when a new kind of data can change; a view that does not know it ignores it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """Base of every change event."""


# --- inburgeraars ----------------------------------------------------------------------------
@dataclass(frozen=True)
class InburgeraarAdded(Change):
    inburgeraar_id: str


@dataclass(frozen=True)
class InburgeraarChanged(Change):
    """Personal data or status of one inburgeraar changed."""

    inburgeraar_id: str


@dataclass(frozen=True)
class InburgeraarRemoved(Change):
    inburgeraar_id: str


@dataclass(frozen=True)
class RegisterChanged(Change):
    """Many inburgeraars at once (demo data, an import, a retention run, a restore): reload all."""


@dataclass(frozen=True)
class IntakeChanged(Change):
    inburgeraar_id: str


@dataclass(frozen=True)
class PipChanged(Change):
    inburgeraar_id: str


@dataclass(frozen=True)
class KoppelingChanged(Change):
    """The sleutelpersoon matched to one inburgeraar (or an exclusion) changed."""

    inburgeraar_id: str


@dataclass(frozen=True)
class TermijnenChanged(Change):
    """Deadlines changed beyond what the per-person events above say (a rebuild)."""


# --- sleutelpersonen -------------------------------------------------------------------------
@dataclass(frozen=True)
class SleutelpersonenChanged(Change):
    """The registry of key persons changed (added, edited, imported)."""


@dataclass(frozen=True)
class InzetChanged(Change):
    """Engagements or expense claims changed."""


# --- the rest --------------------------------------------------------------------------------
@dataclass(frozen=True)
class GemeentenChanged(Change):
    pass


@dataclass(frozen=True)
class SettingsChanged(Change):
    pass


@dataclass(frozen=True)
class AccountsChanged(Change):
    pass


@dataclass(frozen=True)
class AuditChanged(Change):
    """New audit lines (almost every action writes one; only the audit view listens)."""


@dataclass(frozen=True)
class BackupsChanged(Change):
    pass


# --- the regional server ----------------------------------------------------------------------
@dataclass(frozen=True)
class SyncFinished(Change):
    """A sync with the regional server ended (its state in the status bar may differ now)."""


@dataclass(frozen=True)
class ConflictsChanged(Change):
    """Open conflicts came in or were resolved (the Conflicten list and the markers)."""


Changes = tuple[Change, ...]

_PER_INBURGERAAR = (
    InburgeraarAdded,
    InburgeraarChanged,
    InburgeraarRemoved,
    IntakeChanged,
    PipChanged,
    KoppelingChanged,
)


def inburgeraar_ids(changes: Iterable[Change]) -> set[str]:
    """The inburgeraars named by *changes* (per-person events only)."""
    return {c.inburgeraar_id for c in changes if isinstance(c, _PER_INBURGERAAR)}


def concerns_inburgeraar(changes: Iterable[Change], inburgeraar_id: str) -> bool:
    """Whether *changes* may change what is shown for *inburgeraar_id* (a register-wide change
    concerns everyone)."""
    items = tuple(changes)
    return any(isinstance(c, RegisterChanged) for c in items) or inburgeraar_id in inburgeraar_ids(
        items
    )


def any_of(changes: Iterable[Change], *kinds: type[Change]) -> bool:
    return any(isinstance(c, kinds) for c in changes)


def register_changed(changes: Iterable[Change]) -> bool:
    """Whether the register list (names, statuses, counts) may show something else now."""
    return any_of(
        changes,
        InburgeraarAdded,
        InburgeraarChanged,
        InburgeraarRemoved,
        RegisterChanged,
        PipChanged,  # the status follows the PIP
        GemeentenChanged,
    )
