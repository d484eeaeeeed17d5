"""Our side of DUO's Notificatie API: `POST /notificaties` (Notificatie API 1.8.0).

A notification is checked (headers, body against DUO's shape), stored once per berichtId and
acknowledged with 201; a repeat gets 201 too and changes nothing. Processing happens after the
answer (processor.py), so DUO never waits for our consults. Every answer carries API-Version.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import psycopg
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from app.duo.config import GatewayConfig
from app.duo.digikoppeling import NOTIFICATIE_API_VERSION
from app.duo.messages.common import DuoMessageError
from app.duo.messages.notifications import Notificatie
from db.server import duo_queue

HEADERS = {"API-Version": NOTIFICATIE_API_VERSION}

Store = Callable[[dict[str, Any]], Awaitable[bool]]


def _empty(status: int, bericht_id: str | None = None) -> Response:
    headers = dict(HEADERS)
    if bericht_id:
        headers["berichtId"] = bericht_id
    return Response(b"", status, headers=headers)


def notification_app(config: GatewayConfig, store: Store, base: str = "/v1") -> Starlette:
    """The ASGI app; *store* saves one notification and says whether it was new."""

    async def post(request: Request) -> Response:
        bron = request.headers.get("bron", "")
        doel = request.headers.get("doel", "")
        raw_id = request.headers.get("berichtId", "")
        try:
            bericht_id = str(uuid.UUID(raw_id))
        except ValueError:
            return _empty(400)
        if bron != config.duo_oin:
            return _empty(403, bericht_id)
        gemeentecode = config.gemeente_of(doel)
        if gemeentecode is None:
            return _empty(403, bericht_id)
        try:
            body = json.loads(await request.body())
            notificatie = Notificatie.from_json(body)
        except (ValueError, DuoMessageError):
            return _empty(400, bericht_id)
        try:
            await store(
                {
                    "bericht_id": bericht_id,
                    "bron": bron,
                    "doel": doel,
                    "gemeentecode": gemeentecode,
                    "gebeurtenis_id": notificatie.gebeurtenis_id,
                    "bsn": notificatie.bsn,
                    "registratie": notificatie.registratie,
                    "inhoud": body,
                }
            )
        except psycopg.Error:
            return JSONResponse(
                {"fouttekst": "Tijdelijk niet beschikbaar, probeer het later opnieuw."},
                503,
                headers={**HEADERS, "berichtId": bericht_id},
            )
        return _empty(201, bericht_id)

    return Starlette(routes=[Mount(base, routes=[Route("/notificaties", post, methods=["POST"])])])


class PgStore:
    """Stores notifications over one connection (serialised), and wakes the processor.

    A lost connection makes this answer 503 (DUO sends again later) and is opened anew on the
    next notification."""

    def __init__(self, dsn: str, wake: asyncio.Event) -> None:
        self.dsn = dsn
        self.wake = wake
        self.conn: psycopg.AsyncConnection[Any] | None = None
        self._lock = asyncio.Lock()

    async def __call__(self, values: dict[str, Any]) -> bool:
        async with self._lock:
            try:
                if self.conn is None or self.conn.closed:
                    self.conn = await psycopg.AsyncConnection.connect(self.dsn, autocommit=True)
                async with self.conn.transaction():
                    new = await duo_queue.store_notificatie(self.conn, **values)
            except psycopg.OperationalError:
                await self.close()
                raise
        self.wake.set()
        return new

    async def close(self) -> None:
        if self.conn is not None:
            await self.conn.close()
            self.conn = None
