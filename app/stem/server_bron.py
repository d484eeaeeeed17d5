"""The quarterly report's rows from the regional server: the whole region, not one laptop.

:class:`ServerBron` is a :class:`app.stem.rapport.RapportBron` that reads through the server's
report functions (db/server/migrations/0020_stem_rapport.sql): coded fields with a pseudonym
per newcomer, the age at the quarter's end instead of the date of birth, free text only where
it was marked shareable. The server lets only a coördinator or beheerder account call them;
the suppression of small cells stays in the app (app/stem/onderdrukking.py) and works on the
regional counts.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import TracebackType
from typing import TYPE_CHECKING, Any

from app.errors import UserError
from app.security.roles import Permission, require
from db.server import rapport as queries
from db.server import remote

if TYPE_CHECKING:
    from app.session import Session

Row = dict[str, Any]


class RegioRapportError(UserError):
    """The regional report cannot be made (Dutch message; nothing was written). ``code``: the
    CLI exit code (2: not allowed or not set up, 3: the server cannot be reached)."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


class ServerBron:
    """Rows of the whole region from the server this laptop syncs with."""

    naam = "de regionale server (alle gemeenten van de regio)"

    def __init__(self, session: Session) -> None:
        require(session, Permission.RAPPORT_MAKEN)
        from app.server import sync

        try:  # read from the store here; connect on first use (it may be another thread)
            self.login = sync.login(session)
        except sync.SyncError as exc:
            raise RegioRapportError(str(exc), exc.code) from None
        self.conn: Any = None

    def __enter__(self) -> ServerBron:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _call(self, what: str, *args: Any) -> Any:
        import psycopg

        if self.conn is None:
            try:
                self.conn = remote.connect(*self.login)
            except psycopg.Error:
                raise RegioRapportError(
                    "De regionale server is niet bereikbaar. Probeer het opnieuw als u online "
                    "bent; er is niets bewaard.",
                    3,
                ) from None
        try:
            return getattr(queries, what)(self.conn, *args)
        except psycopg.errors.InsufficientPrivilege:
            raise RegioRapportError(
                "Uw serveraccount mag geen regiorapport maken: dat mag een coördinator of "
                "beheerder. Maak het rapport over dit gegevensbestand, of vraag de beheerder."
            ) from None
        except psycopg.errors.UndefinedFunction:
            raise RegioRapportError(
                "De server kent het regiorapport nog niet. Vraag de beheerder om "
                "'wegwijs server init' opnieuw te draaien (dat werkt de server bij)."
            ) from None
        except psycopg.OperationalError:
            raise RegioRapportError(
                "De verbinding met de server viel weg. Probeer het opnieuw als u online bent.", 3
            ) from None

    def signalen(self, first: date, last: date) -> list[Row]:
        return list(self._call("signalen", first, last))

    def ervaringen(self, periode: str) -> list[Row]:
        return list(self._call("ervaringen", periode))

    def feedback(self, first: date, last: date) -> list[Row]:
        return list(self._call("feedback", first, last))

    def bereik(self, first: date, last: date) -> list[Row]:
        """As the local rows: the age at *last* comes back as the birth date that gives it (the
        server never sends the real one); a person without a known age is left out."""
        out = []
        for r in self._call("bereik", first, last):
            age = r.pop("leeftijd")
            if age is None:
                continue
            r["geboortedatum"] = date(last.year - int(age), last.month, last.day).isoformat()
            out.append(r)
        return out

    def gemeenten(self) -> Mapping[str, str]:
        return dict(self._call("gemeenten"))
