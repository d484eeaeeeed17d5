-- Security hardening (issue 12):
-- * account_rol: the roles of every account, also inside the encrypted store. The key file's
--   roles alone no longer grant anything: a sign-in gets the roles both agree on, so re-wrapping
--   one's own key-file entry with more roles does not make a beheerder. A revoked account is
--   gone from here (and its wrap from the key file).
-- * audit_sleutel: the random key of the audit trail's HMAC chain (not in audit_regel, which it
--   protects) and the line number from which lines carry an HMAC instead of a plain SHA-256.

CREATE TABLE account_rol (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    naam        TEXT NOT NULL UNIQUE,
    rollen      TEXT NOT NULL
);

CREATE TABLE audit_sleutel (
    id          TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    sleutel     BLOB NOT NULL CHECK (length(sleutel) = 32),
    vanaf       INTEGER NOT NULL
);

CREATE TRIGGER audit_sleutel_geen_wijziging BEFORE UPDATE ON audit_sleutel
BEGIN
    SELECT RAISE(ABORT, 'audit_sleutel verandert niet');
END;
