"""The HTTP client for DUO's APIs (httpx over two-way TLS), and what an answer means.

`Uitkomst` sorts every answer: confirmed; rejected by DUO with its rule violations (403 with
`Foutmelding`s) or because DUO does not know the person (404); a request DUO found malformed
(400, our fault: not retried, shown to beheer); or try again later (401, 5xx, no connection).
"""

from __future__ import annotations

import json
import ssl
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx

from app.duo.digikoppeling import major_version, request_headers
from app.duo.meldingen import Melding
from app.duo.messages.common import DuoMessageError
from app.duo.messages.notifications import Foutmelding

SUPPORTED_MAJOR = 1


class Uitkomst(StrEnum):
    BEVESTIGD = "bevestigd"
    AFGEWEZEN = "afgewezen"
    FOUT_VERZOEK = "fout_verzoek"
    OPNIEUW = "opnieuw"


@dataclass(frozen=True)
class Antwoord:
    uitkomst: Uitkomst
    status: int | None  # None when no answer came (connection, timeout)
    body: Any = None
    fouten: tuple[str, ...] = ()
    api_version: str | None = None
    reden: str = ""  # Dutch, no personal data: for the backlog and the dossier


def classify(status: int, body: Any, api_version: str | None) -> Antwoord:
    if 200 <= status < 300:
        return Antwoord(Uitkomst.BEVESTIGD, status, body, api_version=api_version)
    if status == 403 and isinstance(body, list):
        try:
            fouten = tuple(f.fouttekst for f in Foutmelding.list_from_json(body))
        except DuoMessageError:
            fouten = ()
        return Antwoord(
            Uitkomst.AFGEWEZEN,
            status,
            body,
            fouten,
            api_version,
            "DUO wijst het af: " + "; ".join(fouten) if fouten else "DUO wijst het af.",
        )
    if status == 403:
        return Antwoord(Uitkomst.AFGEWEZEN, status, body, (), api_version, "Niet geautoriseerd.")
    if status == 404:
        return Antwoord(
            Uitkomst.AFGEWEZEN,
            status,
            body,
            (),
            api_version,
            "DUO kent deze persoon niet voor deze gemeente.",
        )
    if status == 400:
        return Antwoord(
            Uitkomst.FOUT_VERZOEK,
            status,
            body,
            (),
            api_version,
            "DUO vindt het bericht ongeldig (400): melden bij beheer.",
        )
    if status == 401:
        return Antwoord(
            Uitkomst.OPNIEUW,
            status,
            body,
            (),
            api_version,
            "DUO herkent ons certificaat of OIN niet (401): melden bij beheer.",
        )
    return Antwoord(
        Uitkomst.OPNIEUW, status, body, (), api_version, f"DUO niet beschikbaar ({status})."
    )


class DuoClient:
    """One connection pool to DUO for the gateway; `bron` is chosen per gemeente per call."""

    def __init__(
        self,
        base_url: str,
        doel_oin: str,
        tls: ssl.SSLContext | None,
        *,
        timeout: float = 10.0,
        max_connections: int = 10,
    ) -> None:
        self.doel_oin = doel_oin
        self._http = httpx.AsyncClient(
            base_url=base_url.rstrip("/"),
            verify=tls if tls is not None else True,
            timeout=timeout,
            limits=httpx.Limits(max_connections=max_connections),
        )

    async def aclose(self) -> None:
        await self._http.aclose()

    async def request(
        self,
        method: str,
        path: str,
        *,
        bron_oin: str,
        bericht_id: str,
        body: dict[str, Any] | None = None,
    ) -> Antwoord:
        headers = request_headers(bron_oin=bron_oin, doel_oin=self.doel_oin, bericht_id=bericht_id)
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(body).encode()
        try:
            response = await self._http.request(method, path, headers=headers, content=content)
        except httpx.HTTPError as exc:
            return Antwoord(
                Uitkomst.OPNIEUW, None, reden=f"Geen verbinding met DUO ({type(exc).__name__})."
            )
        return self._answer(response)

    def _answer(self, response: httpx.Response) -> Antwoord:
        version = response.headers.get("API-Version")
        major = major_version(version)
        body: Any = None
        if response.content:
            try:
                body = response.json()
            except ValueError:
                body = None
        if major is not None and major != SUPPORTED_MAJOR:
            return Antwoord(
                Uitkomst.FOUT_VERZOEK,
                response.status_code,
                body,
                (),
                version,
                f"DUO antwoordt met API-versie {version}; Wegwijs kent versie 1.",
            )
        return classify(response.status_code, body, version)

    async def send(self, melding: Melding, *, bron_oin: str, bericht_id: str) -> Antwoord:
        return await self.request(
            melding.method,
            melding.path,
            bron_oin=bron_oin,
            bericht_id=bericht_id,
            body=melding.body,
        )
