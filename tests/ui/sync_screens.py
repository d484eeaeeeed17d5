"""The sync screens with real content: two laptops on a throwaway PostgreSQL, one conflict, then
Beheer → Regionale server, the Conflicten list and the register with its conflict marker are
checked like tests/ui/screen_walk.py checks every window (fits, nothing cut off, every field
named) and saved as PNG.

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.sync_screens OUT_DIR

Prints one JSON object like screen_walk. tests/ui/test_sync_screens.py runs it at 1366×768;
`make screenshots` writes docs/img/ (regionale-server.png, conflicten.png, sync-register.png).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStackedWidget, QTabWidget


def shoot(out: Path) -> dict[str, Any]:
    from app.demo import seed_all
    from app.inburgeraars.json_shape import FORM_FIELDS, form_from_json, inburgeraar_to_json
    from app.inburgeraars.service import InburgeraarService, ListFilter
    from app.server.cluster import DEFAULT_PORT, create_cluster, port_free
    from tests.support.laptops import Laptop, new_server
    from tests.ui.screen_walk import Walk
    from ui.application import make_app
    from ui.sync import SyncPart
    from ui.sync import runner as runner_module

    app = make_app(["sync_screens"])
    out.mkdir(parents=True, exist_ok=True)
    result = Walk(out)
    first = int(os.environ.get("WEGWIJS_TEST_PG_PORT", DEFAULT_PORT)) + 70
    port = next(p for p in range(first, first + 60) if port_free(p))
    cluster = create_cluster(port)
    try:
        cluster.create_database("schermen")
        server = new_server(cluster, "schermen")
        server.add_user("anouk")
        server.add_user("bram")
        folder = Path(tempfile.mkdtemp(prefix="wegwijs-sync-shots-"))
        a = Laptop(folder / "a", server, "anouk")
        b = Laptop(folder / "b", server, "bram")
        seed_all(a.session)
        a.sync()
        b.sync()
        rows = InburgeraarService(a.session).page(ListFilter(gemeentecode="0294"), 0, 1)
        inburgeraar = rows[0].id
        for lap, phone in ((a, "0543 111111"), (b, "0543 999999")):
            svc = InburgeraarService(lap.session)
            current = svc.get(inburgeraar)
            assert current is not None
            shape = inburgeraar_to_json(current)
            form = form_from_json({k: v for k, v in shape.items() if k in FORM_FIELDS})
            form.update(id=inburgeraar, version=str(current.version), telefoon=phone)
            svc.save(form)
        a.sync()
        b.sync()
        runner_module.FIRST_SYNC_MS = -1
        from ui.main_window import MainWindow

        window = MainWindow(b.session, b.session.data_dir)
        window.show()
        window.select(inburgeraar)
        QTest.qWait(200)
        result.look(window, "sync-register", tabs=False)
        part = window.parts.need(SyncPart)
        assert part.server_box is not None
        # Beheer holds its sections as pages: show the Beheer tab and the Regionale server page
        widget = part.server_box
        while widget is not None and window.tabs.indexOf(widget) < 0:
            parent = widget.parentWidget()
            pages = parent.parentWidget() if isinstance(parent, QStackedWidget) else None
            if isinstance(pages, QTabWidget):
                pages.setCurrentWidget(widget)
            widget = parent
        assert widget is not None, "Regionale server staat niet in een tabblad"
        window.tabs.setCurrentWidget(widget)
        QTest.qWait(200)
        result.look(window, "regionale-server", tabs=False)
        dialog = part.open_conflicts()
        result.look(dialog, "conflicten")
        dialog.done(0)
        window.close()
        a.close()
        b.close()
        app.processEvents()
    finally:
        cluster.destroy()
    screen = app.primaryScreen()
    geo = screen.geometry()
    return {
        "screen": f"{geo.width()}x{geo.height()}@{screen.devicePixelRatio()}",
        "problems": result.problems,
        "shots": result.shots,
        "unnamed": sorted(set(result.unnamed)),
    }


if __name__ == "__main__":
    print(json.dumps(shoot(Path(sys.argv[1])), ensure_ascii=False))
