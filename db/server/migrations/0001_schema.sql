-- Regional server, version 1: the change log, the current value of every field, conflicts,
-- officers and dossier sharing. All in schema "wegwijs". No table is written directly by an
-- officer: wegwijs.sync_push (0002) is the only way in; row-level security (0003) decides
-- what each officer reads.

CREATE SCHEMA IF NOT EXISTS wegwijs;

-- Config, written by `wegwijs server init` from db/server/tables.py.
CREATE TABLE wegwijs.sync_tabel (
    tabel        text PRIMARY KEY,
    scope        text NOT NULL CHECK (scope IN ('dossier', 'pool', 'regio')),
    dossier_via  text NOT NULL DEFAULT '',
    ouder        text NOT NULL DEFAULT '',
    sleutel      text[] NOT NULL DEFAULT '{}',
    coordinator  text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE wegwijs.sync_ref (
    tabel      text NOT NULL,
    veld       text NOT NULL,
    ref_tabel  text NOT NULL,
    PRIMARY KEY (tabel, veld)
);

-- One row per server account (a PostgreSQL LOGIN role of the same name).
CREATE TABLE wegwijs.officer (
    naam          text PRIMARY KEY,
    gemeentecode  text NOT NULL CHECK (gemeentecode ~ '^[0-9]{4}$'),
    rol           text NOT NULL CHECK (rol IN ('klantmanager', 'coordinator', 'beheerder')),
    aangemaakt_op timestamptz NOT NULL DEFAULT now()
);

-- The municipality of each dossier (kept after a purge: a code, no personal data), so a
-- tombstone still reaches exactly the laptops that held the dossier.
CREATE TABLE wegwijs.sync_dossier (
    id            text PRIMARY KEY,
    gemeentecode  text NOT NULL
);
CREATE INDEX sync_dossier_gemeente ON wegwijs.sync_dossier (gemeentecode, id);

-- A dossier shared with a klantmanager of another municipality (vervanging).
CREATE TABLE wegwijs.dossier_deling (
    dossier_id  text NOT NULL,
    officer     text NOT NULL REFERENCES wegwijs.officer (naam) ON DELETE CASCADE,
    gedeeld_op  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (dossier_id, officer)
);
CREATE INDEX dossier_deling_officer ON wegwijs.dossier_deling (officer, dossier_id);

CREATE SEQUENCE wegwijs.sync_seq;

-- Every row the server knows; deleted = tombstone (its fields are purged).
CREATE TABLE wegwijs.sync_row (
    tabel       text NOT NULL,
    row_id      text NOT NULL,
    scope       text NOT NULL,
    dossier_id  text,
    sleutel     text,
    coord       boolean NOT NULL DEFAULT false,
    deleted     boolean NOT NULL DEFAULT false,
    seq         bigint NOT NULL,
    PRIMARY KEY (tabel, row_id)
);
CREATE INDEX sync_row_tombstone ON wegwijs.sync_row (seq) WHERE deleted;
CREATE UNIQUE INDEX sync_row_sleutel ON wegwijs.sync_row (tabel, sleutel)
    WHERE sleutel IS NOT NULL AND NOT deleted;

-- A row made on a second laptop with the natural key of an existing row: alias_id -> row_id.
CREATE TABLE wegwijs.sync_alias (
    tabel     text NOT NULL,
    alias_id  text NOT NULL,
    row_id    text NOT NULL,
    PRIMARY KEY (tabel, alias_id)
);

-- The current value of every field, with the sequence number of the change that set it.
-- A pull reads "fields with seq > my cursor" through the index on seq: its cost depends on
-- what changed since, not on how many dossiers the region has.
CREATE TABLE wegwijs.sync_field (
    tabel       text NOT NULL,
    row_id      text NOT NULL,
    veld        text NOT NULL,
    waarde      jsonb,
    seq         bigint NOT NULL,
    change_id   uuid NOT NULL,
    apparaat    text NOT NULL,
    officer     text NOT NULL,
    scope       text NOT NULL,
    dossier_id  text,
    coord       boolean NOT NULL DEFAULT false,
    PRIMARY KEY (tabel, row_id, veld)
);
CREATE INDEX sync_field_seq ON wegwijs.sync_field (seq);
CREATE INDEX sync_field_dossier ON wegwijs.sync_field (dossier_id, seq);

-- Every change received, once (change_id), with the result the laptop was given; a change
-- sent again (the laptop died before it heard the answer) gets the same result back.
CREATE TABLE wegwijs.sync_change (
    seq          bigint PRIMARY KEY,
    change_id    uuid NOT NULL UNIQUE,
    apparaat     text NOT NULL,
    officer      text NOT NULL,
    tabel        text NOT NULL,
    row_id       text NOT NULL,
    op           text NOT NULL,
    gemaakt_op   text NOT NULL,
    ontvangen_op timestamptz NOT NULL DEFAULT now(),
    resultaat    jsonb NOT NULL
);

-- A same-field clash: the value that arrived first stands (server_*), the other is kept
-- (ander_*), until someone resolves it with a new change.
CREATE TABLE wegwijs.sync_conflict (
    id               uuid PRIMARY KEY,
    seq              bigint NOT NULL,
    soort            text NOT NULL CHECK (soort IN ('veld', 'pip_concept', 'vastgesteld')),
    tabel            text NOT NULL,
    row_id           text NOT NULL,
    veld             text NOT NULL,
    scope            text NOT NULL,
    dossier_id       text,
    coord            boolean NOT NULL DEFAULT false,
    server_waarde    jsonb,
    server_change    uuid,
    server_officer   text,
    server_apparaat  text,
    server_op        text,
    ander_waarde     jsonb,
    ander_change     uuid NOT NULL,
    ander_officer    text NOT NULL,
    ander_apparaat   text NOT NULL,
    ander_op         text NOT NULL,
    status           text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'opgelost')),
    opgelost_door    text,
    opgelost_op      timestamptz,
    oplossing        jsonb
);
CREATE INDEX sync_conflict_seq ON wegwijs.sync_conflict (seq);

-- The audit trail of each laptop, as received, and what the check on arrival found.
CREATE TABLE wegwijs.audit_apparaat (
    apparaat        text PRIMARY KEY,
    officer         text NOT NULL,
    laatste_nummer  bigint NOT NULL DEFAULT 0,
    laatste_hash    text NOT NULL DEFAULT '',
    bijgewerkt_op   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE wegwijs.audit_regel (
    apparaat    text NOT NULL,
    volgnummer  bigint NOT NULL,
    regel       jsonb NOT NULL,
    hash        text NOT NULL,
    vorige_hash text NOT NULL,
    ontvangen_op timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (apparaat, volgnummer)
);

CREATE TABLE wegwijs.audit_bevinding (
    id          bigserial PRIMARY KEY,
    apparaat    text NOT NULL,
    volgnummer  bigint NOT NULL,
    soort       text NOT NULL,
    uitleg      text NOT NULL,
    gevonden_op timestamptz NOT NULL DEFAULT now()
);
