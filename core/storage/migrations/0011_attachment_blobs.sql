-- Attachments pulled from the county come without their bytes: those are fetched by their
-- SHA-256 when the attachment is first opened (docs/sync-protocol.md §8), so data may be
-- NULL until then. SQLite cannot drop NOT NULL in place: the table is built again.
CREATE TABLE attachments_new (
    id          TEXT PRIMARY KEY,
    sha256      TEXT NOT NULL,
    mime        TEXT NOT NULL,
    kind        TEXT NOT NULL,          -- photo, scan, signature
    owner_type  TEXT NOT NULL,
    owner_id    TEXT NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    size        INTEGER NOT NULL,
    created_hlc TEXT NOT NULL,
    data        BLOB                    -- NULL: not fetched from the county yet
);
INSERT INTO attachments_new SELECT id, sha256, mime, kind, owner_type, owner_id, label, size, created_hlc, data FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_new RENAME TO attachments;
CREATE INDEX attachments_owner ON attachments(owner_type, owner_id);

-- Blobs on their way to the county (complete 0: an upload began, so the next one asks the
-- county where to go on from) and those it holds whole (complete 1: it said so, or they came
-- from it; never sent again).
CREATE TABLE county_blobs (
    sha256   TEXT PRIMARY KEY,
    complete INTEGER NOT NULL,
    noted_at TEXT NOT NULL
);
