"""Where the documents' contents come from: the client record (and, once merged, the PIP).

``document_for`` and ``handout_for`` are the only places that know the data model; the PDF
builders only see the view-models of ``document.py``. Until the PIP model is merged the PIP is
empty (no route, no parts): the documents then show "nog niet bepaald" and concept status.

Building a document needs ``DOSSIER_EXPORTEREN``; whoever prints or saves it calls
:func:`record_output` so the audit trail says who printed or exported which dossier (ids only).
"""

from __future__ import annotations

import re
from datetime import date

from app.clients.model import Inburgeraar
from app.clients.service import ClientService
from app.pdf.document import Contact, Dossier, Gemeente, HandoutDocument, Leerroute, PipDocument
from app.security.audit import audit
from app.security.roles import Permission, require
from db.connection import Store


class NotFound(LookupError):
    pass


def _client(store: Store, client_ref: str) -> tuple[Inburgeraar, ClientService]:
    require(store, Permission.DOSSIER_EXPORTEREN)
    service = ClientService(store)
    client = service.get(client_ref) or service.find(client_ref)
    if client is None:
        raise NotFound(f"Geen inburgeraar gevonden met '{client_ref}'.")
    return client, service


def resolve(store: Store, client_ref: str) -> str:
    """The id of the client *client_ref* (id, BSN or V-nummer) names; NotFound otherwise."""
    client, _service = _client(store, client_ref)
    assert client.id is not None
    return client.id


def document_for(store: Store, client_id: str) -> PipDocument:
    """The formal PIP of one client. TODO(lead): fill route, parts and afspraken from the PIP."""
    client, service = _client(store, client_id)
    return PipDocument(
        gemeente=Gemeente(service.gemeente_name(client.gemeentecode)),
        dossier=Dossier(
            voornamen=client.voornamen,
            voorvoegsel=client.voorvoegsel,
            achternaam=client.achternaam,
            geboortedatum=client.geboortedatum,
            bsn=client.bsn or "",
            v_nummer=client.v_nummer or "",
            doelgroep=client.doelgroep,
        ),
        leerroute=Leerroute(code="", naam=""),
        versie=1,
        status="concept",
        dagtekening=None,
        klantmanager=client.klantmanager,
    )


def handout_for(store: Store, client_id: str, taal: str | None = None) -> HandoutDocument:
    """The handout, built from the formal document: only the fields a handout may carry."""
    client, _service = _client(store, client_id)
    pip = document_for(store, client_id)
    sp = pip.sleutelpersoon
    return HandoutDocument(
        voornaam=client.voornamen.split()[0],
        leerroute=pip.leerroute.code,
        taal=taal or client.voorkeurstaal,
        klantmanager=Contact(pip.klantmanager, pip.klantmanager_contact)
        if pip.klantmanager
        else None,
        sleutelpersoon=Contact(sp.naam, sp.werkcontact) if sp else None,
        gemeente=pip.gemeente.naam,
        datum=date.today(),
    )


OUTPUTS = ("afgedrukt", "geëxporteerd")
KINDS = ("pip", "uitleg")


def record_output(store: Store, action: str, kind: str, client_id: str) -> None:
    """Log that a PIP or handout of *client_id* was printed or saved to a file."""
    if action not in OUTPUTS or kind not in KINDS:
        raise ValueError(f"{action} {kind}")
    require(store, Permission.DOSSIER_EXPORTEREN)
    audit(store, action, kind, client_id)


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
