"""A session's lifetime: a closed worker session goes at once, with its services' caches."""

from __future__ import annotations

import gc
import weakref

from app.inburgeraars.service import InburgeraarService
from tests.conftest import TODAY, valid_form


def test_a_closed_worker_session_is_freed_without_waiting_for_the_cycle_collector(
    inburgeraars: InburgeraarService,
) -> None:
    saved = inburgeraars.save(valid_form(), TODAY)
    gc.collect()
    gc.disable()  # only reference counting may free it: no full collection on the GUI thread later
    try:
        with inburgeraars.session.worker_session() as own:
            facts = own.intake.facts(str(saved.id))  # fills the intake service's cache
            session, service = weakref.ref(own), weakref.ref(own.intake)
        del own
        assert facts.leeftijd is not None
        assert session() is None and service() is None
    finally:
        gc.enable()
    assert inburgeraars.session.intake.facts(str(saved.id)) == facts  # the main session works on
