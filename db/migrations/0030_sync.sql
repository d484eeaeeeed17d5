-- Sync with the regional server: the outbox of per-field changes, the server version each field
-- was last seen at, the mirror of the server's conflicts, and this laptop's connection.
-- Bookkeeping tables, not records: no uuid/created_at/version columns of their own.
-- The change triggers on the synced tables are (re)made by db/sync_local.py when sync is set
-- up, from the columns the tables have at that moment.

-- One row per change made on this laptop and not yet accepted by the server. op: insert (waarde
-- is the whole row as JSON), set (one field, waarde is its JSON value), delete, oplossen.
CREATE TABLE sync_uit (
    volgnr       INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    tabel        TEXT NOT NULL,
    rij          TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('insert', 'set', 'delete', 'oplossen')),
    veld         TEXT,
    waarde       TEXT,
    basis        INTEGER NOT NULL DEFAULT 0,
    conflict_id  TEXT,
    gemaakt_op   TEXT NOT NULL,
    geweigerd    TEXT
);

CREATE INDEX sync_uit_veld ON sync_uit (tabel, rij, veld);

CREATE TABLE sync_veld (
    tabel  TEXT NOT NULL,
    rij    TEXT NOT NULL,
    veld   TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    PRIMARY KEY (tabel, rij, veld)
) WITHOUT ROWID;

-- aan = 1 while pulled changes are applied: the triggers then stay quiet (no echo).
CREATE TABLE sync_stil (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    aan  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO sync_stil (id, aan) VALUES (1, 0);

CREATE TABLE sync_instelling (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    apparaat         TEXT NOT NULL,
    server           TEXT NOT NULL,
    gebruiker        TEXT NOT NULL,
    wachtwoord       TEXT NOT NULL,
    cursor           INTEGER NOT NULL DEFAULT 0,
    audit_verstuurd  INTEGER NOT NULL DEFAULT 0,
    laatste_sync     TEXT,
    laatste_fout     TEXT NOT NULL DEFAULT '',
    ingesteld_op     TEXT NOT NULL
);

CREATE TABLE sync_conflict (
    id               TEXT PRIMARY KEY,
    seq              INTEGER NOT NULL,
    soort            TEXT NOT NULL,
    tabel            TEXT NOT NULL,
    rij              TEXT NOT NULL,
    veld             TEXT NOT NULL,
    server_waarde    TEXT,
    server_door      TEXT,
    server_apparaat  TEXT,
    server_op        TEXT,
    ander_waarde     TEXT,
    ander_door       TEXT,
    ander_apparaat   TEXT,
    ander_op         TEXT,
    status           TEXT NOT NULL,
    opgelost_door    TEXT
);

CREATE INDEX sync_conflict_rij ON sync_conflict (tabel, rij);
