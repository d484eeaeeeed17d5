"""Property test: random offline edits on three laptops, synced in random order, always end in
the same state everywhere, and every same-field clash is a listed conflict.

The model predicts the server's rule: a field edit made on a version older than the server's
current one, which another laptop set to another value, is a conflict (the first value stands).
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

import psycopg
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from app.inburgeraars.service import InburgeraarService
from app.server.cluster import Cluster
from tests.conftest import valid_form
from tests.support.laptops import Laptop, dossier_view, new_server

FIELDS = ("telefoon", "woonplaats", "email")
VALUES = {
    "telefoon": ("0543 111111", "0543 222222", "0543 333333"),
    "woonplaats": ("Aalten", "Winterswijk", "Lochem"),
    "email": ("a@example.nl", "b@example.nl", ""),
}
N = 3
_databases = itertools.count(1)
CLUSTER: list[Cluster] = []


class Region(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        cluster = CLUSTER[0]
        name = f"prop{next(_databases)}"
        cluster.create_database(name)
        self.server = new_server(cluster, name)
        self.tmp = Path(tempfile.mkdtemp(prefix="wegwijs-prop-"))
        self.laps: list[Laptop] = []
        for i in range(N):
            user = f"km{i}"
            self.server.add_user(user)
            self.laps.append(Laptop(self.tmp / user, self.server, user))
        self.inburgeraar_id = InburgeraarService(self.laps[0].session).save(valid_form()).id
        for lap in (self.laps[0], *self.laps):
            lap.sync()
        self.apparaat = [
            lap.store.conn.execute("SELECT apparaat FROM sync_instelling").fetchone()[0]
            for lap in self.laps
        ]
        row = self._row(self.laps[0])
        # the model: server (value, version, device) per field; per laptop known version, edits
        self.srv: dict[str, tuple[Any, int, int]] = {f: (row[f], 0, -1) for f in FIELDS}
        self.known = [{f: 0 for f in FIELDS} for _ in range(N)]
        self.edits: list[dict[str, Any]] = [{} for _ in range(N)]
        self.local = [{f: row[f] for f in FIELDS} for _ in range(N)]
        self.version = 0
        self.expected_conflicts = 0

    def _row(self, lap: Laptop) -> dict[str, Any]:
        cur = lap.store.conn.execute(
            f"SELECT {', '.join(FIELDS)} FROM inburgeraar WHERE id = ?", (self.inburgeraar_id,)
        )
        return dict(zip(FIELDS, cur.fetchone(), strict=True))

    @rule(i=st.integers(0, N - 1), field=st.sampled_from(FIELDS), pick=st.integers(0, 2))
    def edit_offline(self, i: int, field: str, pick: int) -> None:
        value = VALUES[field][pick]
        with self.laps[i].store.transaction() as conn:
            conn.execute(
                f"UPDATE inburgeraar SET {field} = ? WHERE id = ?", (value, self.inburgeraar_id)
            )
        if value != self.local[i][field]:
            self.edits[i][field] = value
            self.local[i][field] = value

    @rule(i=st.integers(0, N - 1))
    def sync(self, i: int) -> None:
        for field, value in self.edits[i].items():
            sv, sver, sdev = self.srv[field]
            self.version += 1
            if sv == value or self.known[i][field] >= sver or sdev == i:
                if sv != value:
                    self.srv[field] = (value, self.version, i)
            else:
                self.expected_conflicts += 1
        self.edits[i] = {}
        for field in FIELDS:
            self.local[i][field] = self.srv[field][0]
            self.known[i][field] = max(self.known[i][field], self.srv[field][1])
        self.laps[i].sync()
        assert self._row(self.laps[i]) == self.local[i]

    @invariant()
    def conflicts_as_predicted(self) -> None:
        if not hasattr(self, "server"):
            return
        with psycopg.connect(self.server.admin_dsn) as conn:
            count = conn.execute("SELECT count(*) FROM wegwijs.sync_conflict").fetchone()[0]
        assert count == self.expected_conflicts

    def teardown(self) -> None:
        if not hasattr(self, "laps"):
            return
        try:
            for i in list(range(N)) * 2:  # everyone syncs, the model predicting as before
                self.sync(i)
            self.conflicts_as_predicted()
            views = [dossier_view(lap.state()) for lap in self.laps]
            for view in views[1:]:
                differ = {
                    k: (view.get(k), views[0].get(k))
                    for k in set(view) | set(views[0])
                    if view.get(k) != views[0].get(k)
                }
                assert not differ
            listed = [sorted(c["id"] for c in lap.conflicts(open_only=False)) for lap in self.laps]
            assert all(len(x) == self.expected_conflicts and x == listed[0] for x in listed)
        finally:
            for lap in self.laps:
                lap.close()


def test_random_offline_edits_converge_and_every_clash_is_listed(pg_cluster: Cluster) -> None:
    CLUSTER[:] = [pg_cluster]
    run_state_machine_as_test(
        Region,
        settings=settings(
            max_examples=8,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            phases=[Phase.explicit, Phase.reuse, Phase.generate],
        ),
    )
