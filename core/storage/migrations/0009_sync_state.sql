-- The laptop's side of sync (docs/sync-protocol.md): where it syncs to and how far it has
-- pulled, the conflicts the county reported, and the changes it refused. The device's
-- credential and the users' server tokens are kept here, inside the encrypted store (the
-- fallback the design allows where no keychain is at hand; the store's key is the secret).
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY,    -- the server's conflict id
    kind         TEXT NOT NULL,
    record_type  TEXT NOT NULL,
    record_id    TEXT NOT NULL,
    household_id TEXT NOT NULL,
    field        TEXT NOT NULL,
    before_value TEXT,                   -- JSON values
    mine         TEXT,
    theirs       TEXT,
    mine_user    TEXT NOT NULL,
    mine_hlc     TEXT NOT NULL,
    theirs_user  TEXT NOT NULL,
    theirs_hlc   TEXT NOT NULL,
    resolved     INTEGER NOT NULL DEFAULT 0,
    resolved_by  TEXT NOT NULL DEFAULT '',
    resolve_pending INTEGER NOT NULL DEFAULT 0  -- decided here, not yet told to the county
);
CREATE INDEX sync_conflicts_household ON sync_conflicts(household_id);

-- Operations the county refused (out of the user's areas, for instance): taken out of the
-- outbox so that they do not block the rest, and kept here to be shown with the reason.
CREATE TABLE sync_refusals (
    op_id       TEXT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    op          TEXT NOT NULL,
    changed_fields TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    reason      TEXT NOT NULL,
    refused_at  TEXT NOT NULL
);

-- Changes from the county whose parent record has not arrived yet (a later page brings it).
CREATE TABLE sync_held (
    seq    INTEGER PRIMARY KEY,
    change TEXT NOT NULL
);
