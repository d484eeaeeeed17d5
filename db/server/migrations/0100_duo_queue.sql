-- The DUO link (0100-0199): the queues of the gateway and the DUO facts it writes into dossiers.
-- At-least-once on the wire, exactly once in effect: every message has its berichtId (UUID) as
-- the key; an outgoing melding is sent again with the same berichtId until DUO answers, an
-- incoming notification is stored once (a repeat is acknowledged and ignored) and processed in
-- the same transaction that marks it done.

CREATE SCHEMA IF NOT EXISTS wegwijs;

-- Outgoing meldingen (PIP, PIP verwijderen, MAP/PVT/Z-route, uren). The BSN is in `pad`.
CREATE TABLE wegwijs.duo_uitgaand (
    id              bigserial PRIMARY KEY,
    bericht_id      uuid NOT NULL UNIQUE,
    gemeentecode    text NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    dossier_id      text,
    onderwerp_id    text,            -- e.g. the PIP version's id
    soort           text NOT NULL,
    methode         text NOT NULL CHECK (methode IN ('POST', 'PUT', 'DELETE')),
    pad             text NOT NULL,
    inhoud          jsonb,
    status          text NOT NULL DEFAULT 'wachtend'
                    CHECK (status IN ('wachtend', 'bevestigd', 'afgewezen', 'fout')),
    pogingen        int NOT NULL DEFAULT 0,
    volgende_poging timestamptz NOT NULL DEFAULT now(),
    laatste_reden   text NOT NULL DEFAULT '',
    http_status     int,
    api_versie      text,
    antwoord        jsonb,
    aangemaakt_op   timestamptz NOT NULL DEFAULT now(),
    afgerond_op     timestamptz
);
CREATE INDEX duo_uitgaand_wachtend ON wegwijs.duo_uitgaand (volgende_poging, id)
    WHERE status = 'wachtend';
-- One melding per thing sent: a PIP version is queued once, however often the sync repeats it.
CREATE UNIQUE INDEX duo_uitgaand_onderwerp ON wegwijs.duo_uitgaand (soort, onderwerp_id)
    WHERE onderwerp_id IS NOT NULL;

-- Incoming notifications, stored as received (body as DUO sent it).
CREATE TABLE wegwijs.duo_inkomend (
    bericht_id      uuid PRIMARY KEY,
    bron            text NOT NULL,
    doel            text NOT NULL,
    gemeentecode    text NOT NULL,
    gebeurtenis_id  text NOT NULL,
    bsn             text,
    registratie     timestamptz NOT NULL,
    inhoud          jsonb NOT NULL,
    status          text NOT NULL DEFAULT 'ontvangen'
                    CHECK (status IN ('ontvangen', 'verwerkt', 'onbekend', 'fout')),
    pogingen        int NOT NULL DEFAULT 0,
    volgende_poging timestamptz NOT NULL DEFAULT now(),
    laatste_reden   text NOT NULL DEFAULT '',
    ontvangen_op    timestamptz NOT NULL DEFAULT now(),
    verwerkt_op     timestamptz
);
CREATE INDEX duo_inkomend_open ON wegwijs.duo_inkomend (volgende_poging, ontvangen_op)
    WHERE status = 'ontvangen';

-- Every change DUO causes, per dossier, "bron: DUO". `dossier_id` is NULL for a new
-- inburgeringsplichtige the region does not hold yet (an aanmelding van DUO, to be taken into
-- the register by an officer) and for a notification about a BSN the region does not hold.
CREATE TABLE wegwijs.duo_feit (
    id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    seq             bigserial NOT NULL UNIQUE,
    gemeentecode    text NOT NULL,
    dossier_id      text,
    bsn             text,
    soort           text NOT NULL,
    gegevens        jsonb NOT NULL DEFAULT '{}',
    omschrijving    text NOT NULL,
    waarschuwing    text NOT NULL DEFAULT '',
    gebeurtenis_id  text,
    bericht_id      uuid NOT NULL,
    vastgelegd_op   timestamptz NOT NULL DEFAULT now(),
    afgehandeld     boolean NOT NULL DEFAULT false,
    UNIQUE (bericht_id, soort)
);
CREATE INDEX duo_feit_dossier ON wegwijs.duo_feit (dossier_id, seq);
CREATE INDEX duo_feit_open ON wegwijs.duo_feit (gemeentecode, seq) WHERE NOT afgehandeld;
