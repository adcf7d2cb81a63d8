-- Photos, scans and on-screen signatures. Kept in the encrypted database like every other
-- record (DESIGN §5: no plaintext copies on disk), addressed by their SHA-256 for sync.
CREATE TABLE attachments (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    mime        TEXT NOT NULL,
    kind        TEXT NOT NULL,          -- photo, scan, signature
    owner_type  TEXT NOT NULL,
    owner_id    TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    size        INTEGER NOT NULL,
    created_hlc TEXT NOT NULL,
    data        BLOB NOT NULL
);
CREATE INDEX attachments_owner ON attachments(owner_type, owner_id);
