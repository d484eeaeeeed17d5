"""`wegwijs duo-gateway`: the Notificatie API, the sender and the processor in one process.

Loops on one event loop, each with its own PostgreSQL connection: uvicorn serves
`POST /notificaties` (TLS, DUO's client certificate required); `senders` loops send due
meldingen in batches (two batches in flight: one is answered while the other is recorded);
the processor handles stored notifications as soon as one arrives (woken by the receiver)
and at least every `poll_seconds`; the "ophalen" loop answers officers' requests for DUO's
current facts (raadpleging.py) within a quarter of a second. Any loop losing its connection
reconnects with back-off; DUO being down only makes meldingen wait.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from collections.abc import Awaitable, Callable
from typing import Any

import psycopg
import uvicorn

from app.duo import digikoppeling
from app.duo.client import DuoClient
from app.duo.config import GatewayConfig
from app.duo.pip_scan import enqueue_new_pips
from app.duo.processor import process_batch
from app.duo.raadpleging import answer_one
from app.duo.receiver import PgStore, notification_app
from app.duo.resultaten_scan import enqueue_new_results
from app.duo.sender import send_batch

log = logging.getLogger("wegwijs.duo")


async def _connect(dsn: str) -> psycopg.AsyncConnection[Any]:
    return await psycopg.AsyncConnection.connect(dsn, autocommit=True)


async def _loop(
    name: str,
    dsn: str,
    step: Callable[[psycopg.AsyncConnection[Any]], Awaitable[bool]],
    idle: Callable[[], Awaitable[None]],
    stop: asyncio.Event,
) -> None:
    """Run *step* while it finds work, *idle* when it does not; reconnect on database errors."""
    failures = 0
    while not stop.is_set():
        try:
            conn = await _connect(dsn)
        except psycopg.OperationalError:
            failures += 1
            log.warning("%s: database niet bereikbaar, opnieuw over %ss", name, min(failures, 30))
            await asyncio.sleep(min(failures, 30))
            continue
        failures = 0
        try:
            while not stop.is_set():
                if not await step(conn):
                    await idle()
        except psycopg.OperationalError:
            log.warning("%s: verbinding met de database verbroken", name)
        finally:
            await conn.close()


def _duo_client(config: GatewayConfig) -> DuoClient:
    tls = digikoppeling.client_context(config.tls) if config.tls else None
    return DuoClient(config.duo_url, config.duo_oin, tls, max_connections=config.connections)


def _uvicorn(config: GatewayConfig, app: Any) -> uvicorn.Server:
    kwargs: dict[str, Any] = {}
    if config.tls is not None:
        kwargs = {
            "ssl_certfile": str(config.tls.certificate),
            "ssl_keyfile": str(config.tls.key),
            "ssl_ca_certs": str(config.tls.ca),
            "ssl_cert_reqs": ssl.CERT_REQUIRED,
        }
    return uvicorn.Server(
        uvicorn.Config(
            app,
            host=config.host,
            port=config.port,
            log_level="warning",
            lifespan="off",
            access_log=False,  # the path holds no BSN, but headers and bodies stay out of logs
            **kwargs,
        )
    )


async def run(config: GatewayConfig, stop: asyncio.Event | None = None) -> None:
    stop = stop or asyncio.Event()
    wake = asyncio.Event()
    client = _duo_client(config)
    store = PgStore(config.dsn, wake)
    server = _uvicorn(config, notification_app(config, store))

    def sender(scans: bool) -> Callable[[psycopg.AsyncConnection[Any]], Awaitable[bool]]:
        async def send(conn: psycopg.AsyncConnection[Any]) -> bool:
            if scans:  # one loop looks for new PIPs and results; all send (SKIP LOCKED)
                await enqueue_new_pips(conn)
                await enqueue_new_results(conn)
            handled, retry = await send_batch(conn, client, config)
            return handled > retry  # only retries left: wait for their back-off

        return send

    async def process(conn: psycopg.AsyncConnection[Any]) -> bool:
        return await process_batch(conn, client, config) > 0

    async def consult(conn: psycopg.AsyncConnection[Any]) -> bool:
        return await answer_one(conn, client, config)

    async def sleep() -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), config.poll_seconds)

    async def wait_for_notification() -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(wake.wait(), config.poll_seconds)
        wake.clear()

    async def soon() -> None:  # an officer waits for "Gegevens DUO ophalen"
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), min(config.poll_seconds, 0.25))

    async def serve() -> None:
        await server.serve()
        stop.set()

    tasks = [
        asyncio.create_task(serve()),
        *(
            asyncio.create_task(
                _loop(f"verzenden {i + 1}", config.dsn, sender(i == 0), sleep, stop)
            )
            for i in range(config.senders)
        ),
        asyncio.create_task(_loop("verwerken", config.dsn, process, wait_for_notification, stop)),
        asyncio.create_task(_loop("ophalen", config.dsn, consult, soon, stop)),
    ]
    try:
        await stop.wait()
    finally:
        server.should_exit = True
        wake.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        await client.aclose()
        await store.close()
