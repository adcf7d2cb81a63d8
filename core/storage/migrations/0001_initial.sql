-- Doudi schema 1: profile metadata, users, households and their records, search index,
-- outbox (operations waiting for sync) and the audit hash chain.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    name         TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    scopes       TEXT NOT NULL,          -- space-separated 12-digit area code prefixes
    created_at   TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE households (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 0,
    created_hlc  TEXT NOT NULL,
    updated_hlc  TEXT NOT NULL,
    area_code    TEXT NOT NULL,
    registration TEXT NOT NULL,
    address      TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX households_area ON households(area_code);

CREATE TABLE persons (
    id               TEXT PRIMARY KEY,
    household_id     TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    version          INTEGER NOT NULL DEFAULT 0,
    created_hlc      TEXT NOT NULL,
    updated_hlc      TEXT NOT NULL,
    name             TEXT NOT NULL,
    id_number        TEXT NOT NULL DEFAULT '',
    sex              TEXT NOT NULL,
    birth_date       TEXT NOT NULL DEFAULT '',
    relation         TEXT NOT NULL,
    phone            TEXT NOT NULL DEFAULT '',
    health           TEXT NOT NULL,
    disability       TEXT NOT NULL,
    disability_grade INTEGER NOT NULL DEFAULT 0,
    schooling        TEXT NOT NULL,
    employment       TEXT NOT NULL,
    exclusion        TEXT NOT NULL,
    note             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX persons_household ON persons(household_id);
CREATE INDEX persons_id_number ON persons(id_number);

CREATE TABLE incomes (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    created_hlc  TEXT NOT NULL,
    updated_hlc  TEXT NOT NULL,
    person_id    TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    annual_fen   INTEGER NOT NULL CHECK (annual_fen >= 0),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incomes_household ON incomes(household_id);

CREATE TABLE assets (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    created_hlc  TEXT NOT NULL,
    updated_hlc  TEXT NOT NULL,
    kind         TEXT NOT NULL,
    value_fen    INTEGER NOT NULL CHECK (value_fen >= 0),
    quantity     INTEGER NOT NULL DEFAULT 1,
    description  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assets_household ON assets(household_id);

CREATE TABLE expenditures (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    version      INTEGER NOT NULL DEFAULT 0,
    created_hlc  TEXT NOT NULL,
    updated_hlc  TEXT NOT NULL,
    person_id    TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL,
    annual_fen   INTEGER NOT NULL CHECK (annual_fen >= 0),
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX expenditures_household ON expenditures(household_id);

CREATE TABLE obligors (
    id                TEXT PRIMARY KEY,
    household_id      TEXT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    position          INTEGER NOT NULL,
    version           INTEGER NOT NULL DEFAULT 0,
    created_hlc       TEXT NOT NULL,
    updated_hlc       TEXT NOT NULL,
    name              TEXT NOT NULL,
    id_number         TEXT NOT NULL DEFAULT '',
    relation          TEXT NOT NULL,
    annual_income_fen INTEGER NOT NULL CHECK (annual_income_fen >= 0),
    capacity          TEXT NOT NULL,
    note              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX obligors_household ON obligors(household_id);

-- One narrow row per person for as-you-type search: a scan of it is a few megabytes.
CREATE TABLE search_index (
    person_id    TEXT PRIMARY KEY,
    household_id TEXT NOT NULL,
    name         TEXT NOT NULL,
    initials     TEXT NOT NULL,
    id_number    TEXT NOT NULL,
    phones       TEXT NOT NULL,
    area_code    TEXT NOT NULL,
    is_head      INTEGER NOT NULL
);
CREATE INDEX search_index_household ON search_index(household_id);
CREATE INDEX search_index_area ON search_index(area_code);

CREATE TABLE outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id          TEXT NOT NULL UNIQUE,
    record_type    TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    op             TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    base_version   INTEGER NOT NULL,
    changed_fields TEXT NOT NULL,       -- JSON {"field": {"old": …, "new": …}}
    hlc            TEXT NOT NULL,
    device_seq     INTEGER NOT NULL,
    user_name      TEXT NOT NULL
);

CREATE TABLE audit_log (
    seq          INTEGER PRIMARY KEY,
    hlc          TEXT NOT NULL,
    device_time  TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    action       TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    before_hash  TEXT NOT NULL,
    after_hash   TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    entry_hash   TEXT NOT NULL
);
