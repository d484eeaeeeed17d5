"""The session: the one thing the UI and the CLI hold.

A :class:`Session` is the signed-in officer (an :class:`~app.security.roles.Actor` with roles), the
open store, the data folder and the settings. It hands out the services, each built on first use
and kept for the session; a service gets the session (and through it its collaborators) and never
builds another service. Work on another thread gets a session of its own (:meth:`Session.worker`):
the same officer on a connection of its own, because a connection is never shared by threads.

The signed-in officer lives here and nowhere else: ``db`` only knows connections.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from app.security.roles import Actor, Permission, may, require
from app.settings import Settings, settings_path
from db.connection import Store

if TYPE_CHECKING:
    from app.deadlines.service import TermijnService
    from app.inburgeraars.service import InburgeraarService
    from app.intake.gesprek_beheer import GesprekBeheer
    from app.intake.gesprekken import GesprekService
    from app.intake.service import IntakeService
    from app.matching.service import MatchService
    from app.pip.service import PipService
    from app.security.retention import RetentionService
    from app.sleutelpersonen.inzet_service import InzetService
    from app.sleutelpersonen.service import SleutelpersoonService


class Session:
    """Signed-in officer + store + data folder + settings; hands out the services."""

    def __init__(
        self,
        store: Store,
        actor: Actor | None = None,
        data_dir: Path | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.store = store
        # None means nobody is signed in: every permission check refuses.
        self.actor = actor
        self.data_dir = data_dir if data_dir is not None else store.path.parent
        self._settings = settings

    # --- who and what -------------------------------------------------------------------------
    @property
    def settings(self) -> Settings:
        """The officer's settings (read once; :meth:`reload_settings` after saving them)."""
        if self._settings is None:
            self._settings = Settings.load(settings_path(self.data_dir))
        return self._settings

    def reload_settings(self) -> Settings:
        self._settings = None
        return self.settings

    def may(self, permission: Permission) -> bool:
        return may(self, permission)

    def require(self, permission: Permission) -> Actor:
        return require(self, permission)

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def key(self) -> bytes | str:
        """The key the store is open with (to wrap it for a new account or check a backup;
        never logged or shown)."""
        return self.store.raw_key

    @property
    def integrity_checked(self) -> bool:
        """Whether the full integrity_check ran for this store (a large one is checked after
        the window shows: :meth:`integrity_problems_in_worker`)."""
        return self.store.integrity_checked

    def mark_integrity_checked(self) -> None:
        self.store.integrity_checked = True

    def integrity_problems_in_worker(self) -> list[str]:
        """PRAGMA integrity_check on a connection of its own (safe on a worker thread)."""
        own = self.store.reopen()
        try:
            return own.integrity_problems()
        finally:
            own.conn.close()

    # --- services (built on first use, one per session) ---------------------------------------
    @cached_property
    def inburgeraars(self) -> InburgeraarService:
        from app.inburgeraars.service import InburgeraarService

        return InburgeraarService(self)

    @cached_property
    def intake(self) -> IntakeService:
        from app.intake.service import IntakeService

        return IntakeService(self)

    @cached_property
    def gesprekken(self) -> GesprekService:
        from app.intake.gesprekken import GesprekService

        return GesprekService(self.intake)

    @cached_property
    def gesprek_beheer(self) -> GesprekBeheer:
        from app.intake.gesprek_beheer import GesprekBeheer

        return GesprekBeheer(self.gesprekken)

    @cached_property
    def termijnen(self) -> TermijnService:
        from app.deadlines.service import TermijnService

        return TermijnService(self)

    @cached_property
    def pip(self) -> PipService:
        from app.pip.service import PipService

        return PipService(self)

    @cached_property
    def sleutelpersonen(self) -> SleutelpersoonService:
        from app.sleutelpersonen.service import SleutelpersoonService

        return SleutelpersoonService(self)

    @cached_property
    def inzet(self) -> InzetService:
        from app.sleutelpersonen.inzet_service import InzetService

        return InzetService(self)

    @cached_property
    def matching(self) -> MatchService:
        from app.matching.service import MatchService

        return MatchService(self)

    @cached_property
    def retention(self) -> RetentionService:
        from app.security.retention import RetentionService

        return RetentionService(self)

    # --- threads and lifetime -----------------------------------------------------------------
    def worker(self) -> Session:
        """A session for another thread: the same officer and settings on a connection of its
        own. The caller closes it (:meth:`close`), on the thread that used it."""
        return Session(self.store.reopen(), self.actor, self.data_dir, self._settings)

    @contextmanager
    def worker_session(self) -> Iterator[Session]:
        own = self.worker()
        try:
            yield own
        finally:
            own.close_connection()

    def close_connection(self) -> None:
        """Close without a checkpoint (a worker's connection)."""
        self.store.abandon()
        self.forget_services()

    def close(self) -> None:
        """Checkpoint and close the store (the main session, when the app ends)."""
        self.store.close()
        self.forget_services()

    def forget_services(self) -> None:
        """Drop the services handed out. Each holds this session, so they and the session form
        a reference cycle that only a full garbage collection frees, with everything their
        caches hold: after an assign-all a worker session kept the facts of 60,115 waiting
        people, and the next full collection, on the GUI thread, took ~100 ms
        (tests/bench/test_gui_block_bench.py). Dropped here, they go by reference counting on
        the thread that closes the session."""
        for name in list(vars(self)):
            if isinstance(getattr(type(self), name, None), cached_property):
                del self.__dict__[name]
