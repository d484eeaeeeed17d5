"""Where the documents' contents come from: the client record, the newest PIP version and the
settings (municipality address, the officer's work contact).

``document_for`` and ``handout_for`` are the only places that know the data model (through
``from_pip``); the PDF builders only see the view-models of ``document.py``. Without a PIP the
documents show an empty concept ("nog niet bepaald").

Building a document needs ``DOSSIER_EXPORTEREN``; whoever prints or saves it calls
:func:`record_output` so the audit trail says who printed or exported which dossier (ids only).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from app import briefhoofd
from app.deadlines.engine import SOORTEN, Termijn
from app.defaults import load_defaults_or_builtin
from app.gemeenten import aangewezen_dagen, gegevens
from app.inburgeraars.model import Inburgeraar
from app.inburgeraars.service import InburgeraarService
from app.pdf.document import Contact, Gemeente, HandoutAfspraak, HandoutDocument, PipDocument
from app.pdf.from_pip import Context, pip_document
from app.pip.model import PipVersie
from app.security.audit import audit
from app.security.roles import Permission, may, require
from app.settings import Settings, settings_path

if TYPE_CHECKING:
    from app.session import Session


class NotFound(LookupError):
    pass


def _inburgeraar(session: Session, inburgeraar_ref: str) -> tuple[Inburgeraar, InburgeraarService]:
    require(session, Permission.DOSSIER_EXPORTEREN)
    service = session.inburgeraars
    inburgeraar = service.get(inburgeraar_ref) or service.find(inburgeraar_ref)
    if inburgeraar is None:
        raise NotFound(f"Geen inburgeraar gevonden met '{inburgeraar_ref}'.")
    return inburgeraar, service


def resolve(session: Session, inburgeraar_ref: str) -> str:
    """The id of the client *inburgeraar_ref* (id, BSN or V-nummer) names; NotFound otherwise."""
    inburgeraar, _service = _inburgeraar(session, inburgeraar_ref)
    assert inburgeraar.id is not None
    return inburgeraar.id


def _context(
    session: Session, inburgeraar: Inburgeraar, service: InburgeraarService, pip: PipVersie | None
) -> Context:
    settings = Settings.load(settings_path(session.data_dir))
    code = inburgeraar.gemeentecode
    beheer = briefhoofd.beheer_waarden(session, code)
    g = gegevens(code, settings, load_defaults_or_builtin()[0].gemeenten, beheer)
    gemeente = Gemeente(
        # the header says "Gemeente …": the register's name unless Beheer set one
        naam=beheer.get("naam") or service.gemeente_name(code),
        adres=g.postadres,
        logo_pad=g.logo,
        logo_data=briefhoofd.logo_van(session, code),
        code=code,
        bezoekadres=g.bezoekadres,
        telefoon=g.telefoon,
        email=g.email,
        website=g.website,
        bezwaar_online=g.bezwaar_online,
        ondertekenaar=g.ondertekenaar,
        ondertekenaar_functie=g.ondertekenaar_functie,
    )
    sp_contact = sp_tel = sp_mail = sp_tijden = ""
    sp_id = pip.inhoud.sleutelpersoon.sleutelpersoon_id if pip else ""
    if sp_id and may(session, Permission.SLEUTELPERSONEN_LEZEN):
        person = session.sleutelpersonen.get(sp_id)
        if person is not None:
            sp_tel, sp_mail = person.werk_telefoon, person.werk_email
            sp_tijden = person.beschikbaarheid_tekst
            sp_contact = " · ".join(p for p in (sp_tel, sp_mail, sp_tijden) if p)
    assert inburgeraar.id is not None
    return Context(
        gemeente,
        settings.klantmanager_contact,
        sp_contact,
        klantmanager_telefoon=settings.klantmanager_telefoon,
        klantmanager_email=settings.klantmanager_email,
        sleuteldatums=sleuteldatums(session.termijnen.for_inburgeraar(inburgeraar.id)),
        aangewezen_dagen=aangewezen_dagen(settings),
        sleutelpersoon_telefoon=sp_tel,
        sleutelpersoon_email=sp_mail,
        sleutelpersoon_tijden=sp_tijden,
    )


SLEUTELSOORTEN = ("inburgeringstermijn", "routewissel", "ontzorgen", "pvt", "map")


def sleuteldatums(items: list[Termijn]) -> tuple[tuple[str, date | None], ...]:
    """The key dates the letter prints: the same items the Termijnen view shows."""
    return tuple(
        (SOORTEN[t.soort], t.datum)
        for soort in SLEUTELSOORTEN
        for t in items
        if t.soort == soort and t.datum is not None
    )


def _pip_and_doc(
    session: Session, inburgeraar_ref: str
) -> tuple[Inburgeraar, PipVersie | None, PipDocument]:
    inburgeraar, service = _inburgeraar(session, inburgeraar_ref)
    assert inburgeraar.id is not None
    pip = session.pip.current(inburgeraar.id)
    return (
        inburgeraar,
        pip,
        pip_document(inburgeraar, pip, _context(session, inburgeraar, service, pip)),
    )


def has_pip(session: Session, inburgeraar_id: str) -> bool:
    """Whether any PIP version exists (what `pip check` and `pdf pip` both go by)."""
    return session.pip.current(inburgeraar_id) is not None


def document_for(session: Session, inburgeraar_id: str) -> PipDocument:
    """The formal PIP of one client: its newest version (a concept until vastgesteld)."""
    return _pip_and_doc(session, inburgeraar_id)[2]


def _handout_afspraken(pip: PipVersie | None, today: date) -> tuple[HandoutAfspraak, ...]:
    """Open agreements the officer left ticked 'op uitleg' and planned progress talks (with a
    fixed text: their subject is the officer's free text and stays off the handout)."""
    if pip is None:
        return ()
    items = [
        HandoutAfspraak(a.wat, a.datum, a.wie)
        for a in pip.inhoud.afspraken
        if a.op_uitleg and not a.afgerond and (a.datum is None or a.datum >= today)
    ]
    items += [
        HandoutAfspraak("Gesprek met je klantmanager over hoe het gaat", v.datum)
        for v in pip.inhoud.voortgangsgesprekken
        if not v.gehouden and v.datum >= today
    ]
    return tuple(sorted(items, key=lambda a: (a.datum is None, a.datum or today)))


def handout_for(session: Session, inburgeraar_id: str, taal: str | None = None) -> HandoutDocument:
    """The handout, built from the formal document: only the fields a handout may carry.
    Contact is by work phone and e-mail only (the klantmanager's and the key person's)."""
    inburgeraar, service = _inburgeraar(session, inburgeraar_id)
    assert inburgeraar.id is not None
    pip = session.pip.current(inburgeraar.id)
    ctx = _context(session, inburgeraar, service, pip)
    doc = pip_document(inburgeraar, pip, ctx)
    sp = doc.sleutelpersoon
    today = date.today()
    gemeente = f"Gemeente {doc.gemeente.naam}" if doc.gemeente.naam else ""
    return HandoutDocument(
        voornaam=inburgeraar.voornamen.split()[0],
        leerroute=doc.leerroute.code,
        taal=taal or inburgeraar.voorkeurstaal,
        afspraken=_handout_afspraken(pip, today),
        klantmanager=Contact(
            doc.klantmanager,
            doc.klantmanager_contact,
            telefoon=doc.klantmanager_telefoon,
            email=doc.klantmanager_email,
            organisatie=gemeente,
        )
        if doc.klantmanager
        else None,
        sleutelpersoon=Contact(
            sp.naam,
            ctx.sleutelpersoon_tijden,
            telefoon=ctx.sleutelpersoon_telefoon,
            email=ctx.sleutelpersoon_email,
        )
        if sp
        else None,
        gemeente=doc.gemeente.naam,
        datum=today,
        plan_vastgesteld=doc.is_besluit,
    )


OUTPUTS = ("afgedrukt", "geëxporteerd")
KINDS = ("pip", "uitleg")


def record_output(session: Session, action: str, kind: str, inburgeraar_id: str) -> None:
    """Log that a PIP or handout of *inburgeraar_id* was printed or saved to a file."""
    if action not in OUTPUTS or kind not in KINDS:
        raise ValueError(f"{action} {kind}")
    require(session, Permission.DOSSIER_EXPORTEREN)
    audit(session, action, kind, inburgeraar_id)


def _safe(text: str) -> str:
    from app.inburgeraars.model import fold

    return re.sub(r"[^A-Za-z0-9]+", "-", fold(text)).strip("-").title() or "Onbekend"


def pip_filename(doc: PipDocument) -> str:
    """E.g. PIP-Tesfamariam-v2-2026-12-01.pdf: surname, version, dagtekening; never a BSN."""
    when = (doc.dagtekening or date.today()).isoformat()
    return f"PIP-{_safe(doc.dossier.achternaam)}-v{doc.versie}-{when}.pdf"


def handout_filename(doc: HandoutDocument) -> str:
    when = (doc.datum or date.today()).isoformat()
    return f"Uitleg-PIP-{_safe(doc.voornaam)}-{doc.taal}-{when}.pdf"
