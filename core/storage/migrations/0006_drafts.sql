-- Work in progress on this device (an intake not yet finished). Local to the device and its
-- user: never synced, never audited, deleted when the work is saved for real.
CREATE TABLE drafts (
    id         TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,          -- intake
    user_name  TEXT NOT NULL,
    title      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data       BLOB NOT NULL           -- JSON, pictures included
);
CREATE INDEX drafts_user ON drafts(user_name, kind);
