-- The county server's store. Users, roles and area scopes live here: the county is their
-- authority (issue 11). Passwords are Argon2id hashes (encoded string).
CREATE TABLE server_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE users (
    name          text PRIMARY KEY,
    display_name  text NOT NULL,
    role          text NOT NULL,
    scopes        text[] NOT NULL,
    password_hash text NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- A laptop: enrolled once with a one-time code (only its hash is kept), then known by a
-- credential it keeps in its keychain (again only the hash here). Revoked devices stop syncing.
CREATE TABLE devices (
    id              text PRIMARY KEY,
    label           text NOT NULL,
    code_hash       text,
    code_expires_at timestamptz,
    credential_hash text,
    enrolled_at     timestamptz,
    revoked_at      timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);
