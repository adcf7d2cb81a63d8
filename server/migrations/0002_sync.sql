-- Sync (docs/sync-protocol.md). Every record of a household, as the devices push it: its
-- fields as JSON, the version at which each field last changed and on which device, and the
-- change sequence that pull pages through.
CREATE TABLE records (
    record_type    text NOT NULL,
    record_id      text NOT NULL,
    household_id   text NOT NULL,   -- the household it belongs to (itself for a household)
    area_code      text NOT NULL,   -- that household's area now: what scopes filter on
    version        bigint NOT NULL,
    fields         jsonb NOT NULL,
    field_versions jsonb NOT NULL,  -- {"field": [version, "device id"]}
    deleted        boolean NOT NULL DEFAULT false,
    change_seq     bigint NOT NULL,
    hlc            text NOT NULL,
    user_name      text NOT NULL,
    device_id      text NOT NULL,
    PRIMARY KEY (record_type, record_id)
);
CREATE INDEX records_area_seq ON records (area_code text_pattern_ops, change_seq);
CREATE INDEX records_seq ON records (change_seq);
CREATE INDEX records_household ON records (household_id);

-- The change sequence in commit order: each writing transaction takes the row's lock and
-- holds it until it commits, so a higher number is never visible before a lower one (a
-- plain sequence would let a reader page past a number still uncommitted).
CREATE TABLE change_counter (
    id    integer PRIMARY KEY CHECK (id = 1),
    value bigint NOT NULL
);
INSERT INTO change_counter VALUES (1, 0);

-- Each operation once: a retried batch gets the same answers and changes nothing again.
CREATE TABLE applied_ops (
    op_id      text PRIMARY KEY,
    device_id  text NOT NULL,
    result     jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conflicts (
    id           bigserial PRIMARY KEY,
    kind         text NOT NULL,    -- field, delete, step
    record_type  text NOT NULL,
    record_id    text NOT NULL,
    household_id text NOT NULL,
    area_code    text NOT NULL,
    field        text NOT NULL,
    before_value jsonb,
    mine         jsonb,
    theirs       jsonb,
    mine_user    text NOT NULL,
    mine_device  text NOT NULL,
    mine_hlc     text NOT NULL,
    theirs_user  text NOT NULL,
    theirs_hlc   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at  timestamptz,
    resolved_by  text,
    change_seq   bigint NOT NULL
);
CREATE INDEX conflicts_area_seq ON conflicts (area_code text_pattern_ops, change_seq);

-- Who signed in on which device: the token is kept as a hash only.
CREATE TABLE device_users (
    device_id  text NOT NULL REFERENCES devices(id),
    user_name  text NOT NULL REFERENCES users(name),
    token_hash text NOT NULL,
    scopes     text[] NOT NULL, -- the scopes this device last pulled with (a change asks for a rescan)
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, user_name)
);

-- Each device's audit chain head as it last reported it (checked on arrival: never backwards).
CREATE TABLE device_audit (
    device_id  text PRIMARY KEY REFERENCES devices(id),
    seq        bigint NOT NULL,
    hash       text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- A household that moved to another area: devices of the old area drop it.
CREATE TABLE evictions (
    change_seq   bigint NOT NULL,
    household_id text NOT NULL,
    old_area     text NOT NULL
);
CREATE INDEX evictions_area_seq ON evictions (old_area text_pattern_ops, change_seq);
