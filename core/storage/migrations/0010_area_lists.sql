-- The county's list of townships and villages as the county server last sent it (issue 11).
-- Kept whole, as published, with its hash; the newest is the one the app shows and offers.
-- A profile that never joined a county has none and uses the list shipped with Doudi.
CREATE TABLE area_lists (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    version     INTEGER NOT NULL,   -- the county's number for it
    title       TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    content     TEXT NOT NULL
);
