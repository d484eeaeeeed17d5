"""A mock DUO generated at test time from DUO's OpenAPI files, served over two-way TLS.

Every path and method in ../shared/duo-m2m/API becomes a route; each request is validated
against DUO's file (400 without body when it does not match, as DUO answers), every answer the
mock gives is validated too. On top: a small state per BSN (plicht, doelgroep, LBT, termijn,
PIP), some of DUO's rules (403 with `Foutmelding`s), `down` (503), unknown `bron` (401),
and idempotency per `berichtId`: a repeated berichtId gets the first answer again and changes
nothing (deliveries are counted, effects once).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from app.duo.digikoppeling import TlsFiles
from tests.support.duo.contract import ContractError, DuoContract, Operation

BASE = "/v1"  # https://{DUO url:poort}/{major version}, not in the OpenAPI files


@dataclass
class Person:
    plicht: dict[str, Any] = field(default_factory=lambda: {"indicatorInburgeringsplicht": True})
    doelgroep: dict[str, Any] | None = None
    lbt: list[dict[str, Any]] = field(default_factory=list)
    termijn: dict[str, Any] | None = None
    pip: dict[str, Any] | None = None
    results: dict[str, dict[str, Any]] = field(default_factory=dict)  # map/pvt/zroute/uren
    ontheffingen: list[dict[str, Any]] = field(default_factory=list)
    vrijstellingen: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Exchange:
    method: str
    path: str
    bericht_id: str
    status: int
    request_body: Any
    response_body: Any


class MockDuo:
    def __init__(self, contract: DuoContract, *, bron_oins: set[str], doel_oin: str) -> None:
        self.contract = contract
        self.bron_oins = bron_oins
        self.doel_oin = doel_oin
        self.persons: dict[str, Person] = {}
        self.down = False
        self.contactpersonen: list[dict[str, Any]] = []
        self.koppelingen: list[tuple[int, str]] = []  # (contactpersoon, bsn) DUO linked
        self.delay = 0.0
        self.deliveries: Counter[str] = Counter()
        self.effects: Counter[str] = Counter()
        self.exchanges: list[Exchange] = []
        self.violations: list[str] = []  # requests that broke DUO's contract
        self.keep_exchanges = True
        self._answers: dict[str, tuple[int, Any]] = {}
        self._lock = threading.Lock()
        routes: dict[str, list[str]] = {}
        for op in contract.operations:
            routes.setdefault(op.template, []).append(op.method.upper())
        inner = [Route(t, self._handle, methods=m) for t, m in routes.items()]
        self.app = Starlette(routes=[Mount(BASE, routes=inner)])  # type: ignore[arg-type]

    # -- test helpers ----------------------------------------------------------------------
    def person(self, bsn: str, **values: Any) -> Person:
        p = self.persons.setdefault(bsn, Person())
        for key, value in values.items():
            setattr(p, key, value)
        return p

    # -- the endpoint ----------------------------------------------------------------------
    async def _handle(self, request: Request) -> Response:
        try:
            raw = await request.body()
        except ClientDisconnect:  # the caller died mid-request (the SIGKILL test)
            return Response(b"", 400)
        headers = {k: v for k, v in request.headers.items()}
        body = json.loads(raw) if raw else None
        path = request.url.path.removeprefix(BASE)
        method = request.method
        bericht_id = headers.get("berichtid", "")
        if self.delay:
            await asyncio.sleep(self.delay)
        try:
            op = self.contract.check_request_fast(method, path, _spec_headers(headers), body)
        except ContractError as exc:
            self.violations.append(str(exc))
            return self._reply(None, method, path, 400, None, body, bericht_id)
        if self.down:
            return self._reply(op, method, path, 503, None, body, bericht_id)
        if headers.get("bron") not in self.bron_oins or headers.get("doel") != self.doel_oin:
            if _has(op, 401):
                return self._reply(op, method, path, 401, None, body, bericht_id)
            refusal = [{"fouttekst": "Bron niet geautoriseerd voor dit certificaat."}]
            forbidden = refusal if "content" in op.spec["responses"].get("403", {}) else None
            return self._reply(op, method, path, 403, forbidden, body, bericht_id)
        with self._lock:
            self.deliveries[bericht_id] += 1
            if method != "GET" and bericht_id in self._answers:
                status, answer = self._answers[bericht_id]
                return self._reply(op, method, path, status, answer, body, bericht_id)
            status, answer = self._apply(op, request.path_params, body)
            if method != "GET":
                self._answers[bericht_id] = (status, answer)
                if status < 300:
                    self.effects[bericht_id] += 1
        return self._reply(op, method, path, status, answer, body, bericht_id)

    def _reply(
        self,
        op: Operation | None,
        method: str,
        path: str,
        status: int,
        answer: Any,
        request_body: Any,
        bericht_id: str,
    ) -> Response:
        version = op.version if op else "1.0.0"
        headers = {"API-Version": version}
        if bericht_id:
            headers["berichtId"] = bericht_id
        # 503 from DUO's gateway layer can come for an operation whose file does not list it
        if op is not None and _has(op, status) and self.keep_exchanges:  # bench: not checked
            try:
                self.contract.check_response(method, path, status, headers, answer)
            except ContractError as exc:  # the mock itself must keep DUO's contract
                self.violations.append(f"mock: {exc}")
        if self.keep_exchanges:
            self.exchanges.append(Exchange(method, path, bericht_id, status, request_body, answer))
        content = b"" if answer is None else json.dumps(answer).encode()
        media = "application/json" if answer is not None else None
        return Response(content, status, headers=headers, media_type=media)

    # -- DUO's behaviour ---------------------------------------------------------------------
    def _apply(self, op: Operation, params: dict[str, str], body: Any) -> tuple[int, Any]:
        bsn = params.get("bsn")
        person = self.persons.get(bsn) if bsn else None
        if bsn and person is None:
            return 404, None
        key = (op.method, op.template)
        if key == ("post", "/contactpersonen"):
            self.contactpersonen.append(body)
            return 201, {"id": len(self.contactpersonen), "contactpersoongegevens": body}
        if key == ("post", "/contactpersonen/{id}/personen/{bsn}"):
            index = int(params.get("id", "0")) - 1
            if not 0 <= index < len(self.contactpersonen) or not self.contactpersonen[index]:
                return 404, None
            self.koppelingen.append((index + 1, str(bsn)))
            return 201, None
        if op.template == "/contactpersonen/{id}":
            index = int(params.get("id", "0")) - 1
            if not 0 <= index < len(self.contactpersonen) or not self.contactpersonen[index]:
                return 404, None
            # changed: the new details; removed: an empty entry (the number is not reused)
            self.contactpersonen[index] = body if op.method == "put" else {}
            return 200, None
        assert person is not None
        if key == ("get", "/personen/{bsn}/inburgeringsplicht"):
            return 200, person.plicht
        if key == ("get", "/personen/{bsn}/doelgroep"):
            return (200, person.doelgroep) if person.doelgroep else (404, None)
        if key == ("get", "/personen/{bsn}/lbt/resultaten"):
            return 200, person.lbt
        if key == ("get", "/personen/{bsn}/inburgeringstermijn"):
            return (200, person.termijn) if person.termijn else (404, None)
        if key == ("get", "/personen/{bsn}/ontheffingen"):
            return 200, person.ontheffingen
        if key == ("get", "/personen/{bsn}/vrijstellingen"):
            return 200, person.vrijstellingen
        if key == ("get", "/personen/{bsn}/PIP"):
            return (200, {"gemeentecode": "0222", "pip": person.pip}) if person.pip else (404, None)
        if key == ("post", "/personen/{bsn}/PIP"):
            fouten = _pip_rules(person, body)
            if fouten:
                return 403, [{"fouttekst": f} for f in fouten]
            person.pip = body
            return 201, None
        if key == ("delete", "/personen/{bsn}/PIP"):
            # README 'Het verwijderen van een PIP': no termijn yet and no uren registered;
            # the spec's 404 when there is no PIP to delete
            if person.pip is None:
                return 404, None
            fouten = []
            if person.termijn:
                fouten.append("De inburgeringstermijn is al vastgesteld.")
            if any(k.startswith("/personen/{bsn}/uren/") for k in person.results):
                fouten.append("Er zijn al cursusdeelnameuren geregistreerd.")
            if fouten:
                return 403, [{"fouttekst": f} for f in fouten]
            person.pip = None
            return 200, None
        if op.method == "put":
            for field_name in ("datumEindgesprekMap", "datumOndertekeningPvt"):
                value = (body or {}).get(field_name)
                if value and date.fromisoformat(value) > date.today():
                    return 403, [{"fouttekst": "De datum mag niet in de toekomst liggen."}]
            person.results[op.template] = body or {}
            return 200, None
        return 404, None

    # -- running on loopback -----------------------------------------------------------------


def _pip_rules(person: Person, body: dict[str, Any]) -> list[str]:
    """A few of DUO's PIP rules (README, 'Het aanleveren van een PIP')."""
    fouten = []
    dag = date.fromisoformat(body["dagtekeningPip"])
    start = person.plicht.get("begindatum")
    if start and dag < date.fromisoformat(start):
        fouten.append("De datum dagtekening ligt voor de start van de inburgeringsplicht.")
    if body.get("niveau") == "A2" and body["leerroute"] == "O":
        fouten.append("Niveau A2 mag niet in combinatie met de onderwijsroute.")
    if body.get("niveau") == "B1" and body["leerroute"] == "Z":
        fouten.append("Niveau B1 mag niet in combinatie met de Z-route.")
    asiel = (person.doelgroep or {}).get("indeling") == "Asielstatushouder"
    if "geschatteIntensiteitB1Route" in body and (body["leerroute"] != "B" or not asiel):
        fouten.append("Geschatte intensiteit alleen bij de B1-route en bij asielmigranten.")
    return fouten


def _spec_headers(headers: dict[str, str]) -> dict[str, str]:
    names = {"bron": "bron", "doel": "doel", "berichtid": "berichtId"}
    out = {names.get(k, k): v for k, v in headers.items()}
    return out


def _has(op: Operation, status: int) -> bool:
    return str(status) in op.spec["responses"]


class Served:
    """A uvicorn server in a thread on 127.0.0.1 (TLS with client certificates when given)."""

    def __init__(self, app: Any, port: int, tls: TlsFiles | None) -> None:
        kwargs: dict[str, Any] = {}
        if tls is not None:
            import ssl

            kwargs = {
                "ssl_certfile": str(tls.certificate),
                "ssl_keyfile": str(tls.key),
                "ssl_ca_certs": str(tls.ca),
                "ssl_cert_reqs": ssl.CERT_REQUIRED,
            }
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", lifespan="off", **kwargs
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"

    def __enter__(self) -> Served:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("mock server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
