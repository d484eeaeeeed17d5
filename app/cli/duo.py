"""wegwijs duo-gateway: the DUO link on the regional server (see docs/server.md)."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_INPUT, EXIT_OK, CliError

DEFAULT_CONFIG = "/etc/wegwijs/duo-gateway.toml"


def register(sub: Any) -> None:
    p = sub.add_parser(
        "duo-gateway",
        help="koppeling met DUO op de regionale server (notificaties, PIP en resultaten)",
    )
    p.add_argument(
        "--config",
        default=os.environ.get("WEGWIJS_DUO_CONFIG", DEFAULT_CONFIG),
        help=f"instellingenbestand (TOML; standaard {DEFAULT_CONFIG} of $WEGWIJS_DUO_CONFIG)",
    )
    p.add_argument(
        "--achterstand",
        action="store_true",
        help="toon wat wacht, wat mislukte en onbekende BSN's (JSON) en stop",
    )
    p.set_defaults(func=cmd_duo_gateway)


def cmd_duo_gateway(args: argparse.Namespace) -> int:
    from app.duo.config import load_config
    from app.duo.digikoppeling import ConfigError

    try:
        config = load_config(Path(args.config))
    except ConfigError as exc:
        raise CliError(str(exc), EXIT_INPUT) from exc
    if args.achterstand:
        counts = asyncio.run(_backlog(config.dsn))
        print(json.dumps(counts, indent=2, sort_keys=True))
        return EXIT_OK
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    asyncio.run(_serve(config))
    return EXIT_OK


async def _backlog(dsn: str) -> dict[str, int]:
    import psycopg

    from db.server import duo_queue

    try:
        async with await psycopg.AsyncConnection.connect(dsn) as conn:
            return await duo_queue.backlog(conn)
    except psycopg.OperationalError as exc:
        raise CliError("De database van de regionale server is niet bereikbaar.", 3) from exc


async def _serve(config: Any) -> None:
    from app.duo.service import run

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    await run(config, stop)
