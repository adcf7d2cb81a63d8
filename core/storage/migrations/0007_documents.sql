-- Every official document printed: its number (unique per township and year: the device's
-- node is part of it, so offline devices never collide), what it was printed from, and a
-- hash of its content, so that the county can verify a printout.
CREATE TABLE documents (
    number       TEXT PRIMARY KEY,
    form         TEXT NOT NULL,
    case_id      TEXT NOT NULL DEFAULT '',
    case_step    INTEGER NOT NULL DEFAULT 0,   -- how many steps the case had taken (its version)
    township     TEXT NOT NULL,
    year         INTEGER NOT NULL,
    node         TEXT NOT NULL,
    seq          INTEGER NOT NULL,
    user_name    TEXT NOT NULL,
    printed_at   TEXT NOT NULL,
    sha256       TEXT NOT NULL,
    content      TEXT NOT NULL,                -- the data the form was filled from, for reprints
    reprints     INTEGER NOT NULL DEFAULT 0,
    last_printed TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_sequence ON documents(township, year, node, seq);
CREATE INDEX documents_case ON documents(case_id);
