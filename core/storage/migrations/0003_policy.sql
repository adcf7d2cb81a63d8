-- County policy data imported on this device (the newest row is in force). Kept whole, as
-- the county published it, with its hash so a printout can name exactly which one was used.
CREATE TABLE policy_documents (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL,
    title       TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    content     TEXT NOT NULL
);
