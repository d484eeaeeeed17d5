-- Security: the audit trail. Append-only and hash-chained; no personal data, no secrets.
-- Accounts live in the key file next to the store (they must be read before it is unlocked).

CREATE TABLE audit_regel (
    id           TEXT PRIMARY KEY,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    volgnummer   INTEGER NOT NULL UNIQUE,
    tijdstip     TEXT NOT NULL,
    actie        TEXT NOT NULL,
    object_type  TEXT NOT NULL,
    object_id    TEXT NOT NULL DEFAULT '',
    resultaat    TEXT NOT NULL,
    herkomst     TEXT NOT NULL,
    actor        TEXT NOT NULL,
    vorige_hash  TEXT NOT NULL,
    hash         TEXT NOT NULL
);

CREATE TRIGGER audit_regel_geen_wijziging BEFORE UPDATE ON audit_regel
BEGIN
    SELECT RAISE(ABORT, 'audit_regel is alleen aan te vullen');
END;

CREATE TRIGGER audit_regel_geen_verwijdering BEFORE DELETE ON audit_regel
BEGIN
    SELECT RAISE(ABORT, 'audit_regel is alleen aan te vullen');
END;
