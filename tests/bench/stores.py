"""Benchmark stores of 100,000 and 1,000,000 fictional inburgeraars, built once and cached.

Building the big stores takes minutes (1,000,000: tens of minutes), so each is built once into
a cache folder keyed by the generator's version (a hash of the generator and the names it
draws from), brought up to the current schema by opening it (the migrations run as at sign-in),
and copied into the run's temporary folder, so no benchmark changes the
cached copy. Set WEGWIJS_BENCH_CACHE to put the cache elsewhere (default ~/.cache/wegwijs-bench).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
from datetime import date
from pathlib import Path

from app.demo.inburgeraars import FictionalNumbers, generate_inburgeraars
from app.inburgeraars.service import InburgeraarService
from app.store import StoreLocation, create_store, unlock

BUILDER_VERSION = "2"  # raise when the way a store is built changes
ROOT = Path(__file__).resolve().parents[2]
_SOURCES = ("app/demo/inburgeraars.py", "app/demo/names.py", "tests/bench/stores.py")
BATCH = 10_000


def generator_version() -> str:
    digest = hashlib.sha256(BUILDER_VERSION.encode())
    for name in _SOURCES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()[:16]


def cache_root() -> Path:
    configured = os.environ.get("WEGWIJS_BENCH_CACHE")
    return Path(configured) if configured else Path.home() / ".cache" / "wegwijs-bench"


def build(location: StoreLocation, count: int, passphrase: str) -> None:
    """*count* people with BSNs and V-nummers as in real data (unique over the whole store),
    deadlines computed as a store in use has them."""
    store = create_store(location, passphrase)
    service = InburgeraarService(store)
    rng = random.Random(42)
    numbers = FictionalNumbers(rng)
    today = date(2026, 12, 1)
    for start in range(0, count, BATCH):
        service.insert_many(generate_inburgeraars(min(BATCH, count - start), rng, today, numbers))
    from app.deadlines.service import TermijnService

    TermijnService(store).rebuild_all()
    store.close()


def cached_store(count: int, passphrase: str, into: Path) -> StoreLocation:
    """A copy of the cached store of *count* people in *into*, building it first if needed."""
    folder = cache_root() / f"{generator_version()}-{count}"
    if not (folder / "klaar").exists():
        partial = folder.with_name(folder.name + ".bouw")
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        build(StoreLocation(partial), count, passphrase)
        (partial / "klaar").write_text(str(count))
        shutil.rmtree(folder, ignore_errors=True)
        partial.rename(folder)
    unlock(StoreLocation(folder), passphrase).close()  # new migrations run once, on the cache
    target = into / "data"
    shutil.copytree(folder, target, ignore=shutil.ignore_patterns("klaar", "backups"))
    return StoreLocation(target)
