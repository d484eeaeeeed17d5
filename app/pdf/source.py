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
from app.clients.model import Inburgeraar
from app.clients.service import ClientService
from app.deadlines.engine import SOORTEN, Termijn
from app.defaults import load_defaults_or_builtin
from app.gemeenten import aangewezen_dagen, gegevens
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


def _client(session: Session, client_ref: str) -> tuple[Inburgeraar, ClientService]:
    require(session, Permission.DOSSIER_EXPORTEREN)
    service = session.clients
    client = service.get(client_ref) or service.find(client_ref)
    if client is None:
        raise NotFound(f"Geen inburgeraar gevonden met '{client_ref}'.")
    return client, service


def resolve(session: Session, client_ref: str) -> str:
    """The id of the client *client_ref* (id, BSN or V-nummer) names; NotFound otherwise."""
    client, _service = _client(session, client_ref)
    assert client.id is not None
    return client.id


def _context(
    session: Session, client: Inburgeraar, service: ClientService, pip: PipVersie | None
) -> Context:
    settings = Settings.load(settings_path(session.data_dir))
    code = client.gemeentecode
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
    assert client.id is not None
    return Context(
        gemeente,
        settings.klantmanager_contact,
        sp_contact,
        klantmanager_telefoon=settings.klantmanager_telefoon,
        klantmanager_email=settings.klantmanager_email,
        sleuteldatums=sleuteldatums(session.termijnen.for_client(client.id)),
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
    session: Session, client_ref: str
) -> tuple[Inburgeraar, PipVersie | None, PipDocument]:
    client, service = _client(session, client_ref)
    assert client.id is not None
    pip = session.pip.current(client.id)
    return client, pip, pip_document(client, pip, _context(session, client, service, pip))


def has_pip(session: Session, client_id: str) -> bool:
    """Whether any PIP version exists (what `pip check` and `pdf pip` both go by)."""
    return session.pip.current(client_id) is not None


def document_for(session: Session, client_id: str) -> PipDocument:
    """The formal PIP of one client: its newest version (a concept until vastgesteld)."""
    return _pip_and_doc(session, client_id)[2]


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


def handout_for(session: Session, client_id: str, taal: str | None = None) -> HandoutDocument:
    """The handout, built from the formal document: only the fields a handout may carry.
    Contact is by work phone and e-mail only (the klantmanager's and the key person's)."""
    client, service = _client(session, client_id)
    assert client.id is not None
    pip = session.pip.current(client.id)
    ctx = _context(session, client, service, pip)
    doc = pip_document(client, pip, ctx)
    sp = doc.sleutelpersoon
    today = date.today()
    gemeente = f"Gemeente {doc.gemeente.naam}" if doc.gemeente.naam else ""
    return HandoutDocument(
        voornaam=client.voornamen.split()[0],
        leerroute=doc.leerroute.code,
        taal=taal or client.voorkeurstaal,
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


def record_output(session: Session, action: str, kind: str, client_id: str) -> None:
    """Log that a PIP or handout of *client_id* was printed or saved to a file."""
    if action not in OUTPUTS or kind not in KINDS:
        raise ValueError(f"{action} {kind}")
    require(session, Permission.DOSSIER_EXPORTEREN)
    audit(session, action, kind, client_id)


def _safe(text: str) -> str:
    from app.clients.model import fold

    return re.sub(r"[^A-Za-z0-9]+", "-", fold(text)).strip("-").title() or "Onbekend"


def pip_filename(doc: PipDocument) -> str:
    """E.g. PIP-Tesfamariam-v2-2026-12-01.pdf: surname, version, dagtekening; never a BSN."""
    when = (doc.dagtekening or date.today()).isoformat()
    return f"PIP-{_safe(doc.dossier.achternaam)}-v{doc.versie}-{when}.pdf"


def handout_filename(doc: HandoutDocument) -> str:
    when = (doc.datum or date.today()).isoformat()
    return f"Uitleg-PIP-{_safe(doc.voornaam)}-{doc.taal}-{when}.pdf"
