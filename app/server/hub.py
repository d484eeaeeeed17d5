"""`make hub`: a throwaway regional server on this machine, with the demo region, and two laptops
connected to it, so a new user can watch two laptops sync and conflict. Stops with Ctrl+C and
removes everything (the folders are temporary; all data is fictional)."""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from app.server import admin
from app.server import sync as client_sync
from app.server.cluster import DEFAULT_PORT, ClusterError, create_cluster, port_free

OFFICERS = (("anouk", "0294", "klantmanager"), ("bram", "0294", "klantmanager"))
STORE_PASSWORD = "demo wachtwoord laptop"
SERVER_PASSWORD = "demo wachtwoord server"


def main() -> int:
    from app.demo import seed_all
    from app.store import StoreLocation, create_store

    port = DEFAULT_PORT if port_free(DEFAULT_PORT) else DEFAULT_PORT + 1
    try:
        cluster = create_cluster(port)
    except ClusterError as exc:
        print(f"make hub: {exc}", file=sys.stderr)
        return 3
    base = Path(tempfile.mkdtemp(prefix="wegwijs-hub-"))
    try:
        cluster.create_database("wegwijs")
        admin.init(cluster.dsn("wegwijs"))
        for naam, gemeente, rol in OFFICERS:
            admin.user_add(cluster.dsn("wegwijs"), naam, gemeente, rol, SERVER_PASSWORD)
        admin.user_add(cluster.dsn("wegwijs"), "cora", "0294", "coordinator", SERVER_PASSWORD)
        if cluster.ssl:
            dsn = (
                f"host=localhost port={port} dbname=wegwijs sslmode=verify-full "
                f"sslrootcert={cluster.ca_file}"
            )
            env = ""
        else:
            dsn = f"host=127.0.0.1 port={port} dbname=wegwijs sslmode=disable"
            os.environ[client_sync.INSECURE_ENV] = "1"
            env = f"{client_sync.INSECURE_ENV}=1 "
            print("Let op: deze PostgreSQL-build kan geen TLS; de demo draait zonder.")
        (base / "wachtwoord-laptop.txt").write_text(STORE_PASSWORD + "\n", "utf-8")
        (base / "wachtwoord-server.txt").write_text(SERVER_PASSWORD + "\n", "utf-8")
        lines = []
        for i, (naam, _gemeente, _rol) in enumerate(OFFICERS):
            folder = base / f"laptop-{naam}"
            store = create_store(StoreLocation(folder), STORE_PASSWORD, naam)
            try:
                if i == 0:
                    seed_all(store)
                client_sync.setup(store, dsn, naam, SERVER_PASSWORD)
                client_sync.run(store)
            finally:
                store.close()
            lines.append((naam, folder))
        print()
        print(f"Regionale server draait op poort {port} (map {cluster.folder}).")
        print(
            f"Accounts anouk, bram (klantmanager 0294), cora (coördinator); wachtwoord: "
            f"{SERVER_PASSWORD!r}"
        )
        print(f"Twee laptops, elk met wachtwoord {STORE_PASSWORD!r}; start ze in twee terminals:")
        for naam, folder in lines:
            print(f"  {env}.venv/bin/wegwijs --data-dir {shlex.quote(str(folder))} --user {naam}")
        print("Synchroniseer vanaf de opdrachtregel (of met 'Nu synchroniseren' in de app):")
        for naam, folder in lines:
            print(
                f"  {env}.venv/bin/wegwijs --data-dir {shlex.quote(str(folder))} --user {naam} "
                f"--passphrase-file {base / 'wachtwoord-laptop.txt'} sync"
            )
        print(
            f"Een nieuwe laptop verbinden: wegwijs sync setup --server {shlex.quote(dsn)} "
            "--user NAAM"
        )
        print("Stoppen: Ctrl+C (de server en beide laptops worden opgeruimd).")
        sys.stdout.flush()
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        cluster.destroy()
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
