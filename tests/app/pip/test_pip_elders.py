"""A newcomer who moved in with a PIP from another municipality: that PIP counts as the first
(DUO: "first PIP, whatever municipality") and starts the inburgeringstermijn."""

from __future__ import annotations

from datetime import date

import pytest

from app.inburgeraars.model import inburgeraar_from_form
from app.inburgeraars.service import InburgeraarService
from app.pip.service import DuoCheckError, PipService
from app.validation import ValidationError
from tests.conftest import TODAY, valid_form
from tests.support.pip import complete_inhoud


@pytest.mark.parametrize(
    ("value", "fragment"), [("01-06-2021", "01-01-2022"), ("01-01-2030", "toekomst"), ("x", "dd")]
)
def test_wrong_date_is_refused(value: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as info:
        inburgeraar_from_form(valid_form(dagtekening_pip_elders=value), {"0294"}, TODAY)
    assert fragment in info.value.errors["dagtekening_pip_elders"]


def test_earlier_pip_elsewhere_drives_termijn_and_first_pip_rule(
    inburgeraars: InburgeraarService,
) -> None:
    inburgeraar = inburgeraars.save(valid_form(dagtekening_pip_elders="10-04-2025"))
    assert inburgeraar.id and inburgeraar.dagtekening_pip_elders == date(2025, 4, 10)
    pips = PipService(inburgeraars.session)
    soorten = {t.soort: t for t in pips.termijnen.for_inburgeraar(inburgeraar.id)}
    assert "pip" not in soorten  # a PIP exists already: no 10-week deadline
    assert soorten["inburgeringstermijn"].datum == date(2028, 4, 10)
    # A2 on the B1-route is allowed: this is not the person's first PIP
    pip = pips.create(inburgeraar.id, complete_inhoud(niveau="A2"))
    assert pip.id
    with pytest.raises(DuoCheckError) as info:  # but not dated before the PIP elsewhere
        pips.vaststellen(pip.id, date(2025, 4, 1))
    assert "a2_eerste_pip" not in {v.code for v in info.value.violations}
    done = pips.vaststellen(pip.id, date(2025, 6, 1))
    assert done.status == "vastgesteld"
    soorten = {t.soort: t for t in pips.termijnen.for_inburgeraar(inburgeraar.id)}
    assert soorten["inburgeringstermijn"].datum == date(2028, 4, 10)  # a move never moves it
