-- Records that sync can merge (DESIGN §6, ADR 0004). A case keeps its derived state in its
-- row; what happened to it is insert-only: one step record per event (who, when, the event
-- and its data), one record per home visit. Hard deletions leave a tombstone, so that a
-- change arriving later from another device does not bring the record back.
CREATE TABLE case_steps (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    hlc         TEXT NOT NULL,
    at          TEXT NOT NULL,          -- the device's clock (recorded, never trusted for order)
    user_name   TEXT NOT NULL,
    role        TEXT NOT NULL,
    event       TEXT NOT NULL,
    data        TEXT NOT NULL,          -- the event's data, JSON
    from_state  TEXT NOT NULL,
    to_state    TEXT NOT NULL
);
CREATE INDEX case_steps_case ON case_steps(case_id, hlc);

CREATE TABLE case_visits (
    id          TEXT PRIMARY KEY,
    case_id     TEXT NOT NULL REFERENCES cases(id),
    step_id     TEXT NOT NULL REFERENCES case_steps(id),
    visit_date  TEXT NOT NULL,
    data        TEXT NOT NULL           -- investigators, findings, checklist, photos, signatures
);
CREATE INDEX case_visits_case ON case_visits(case_id);

CREATE TABLE tombstones (
    record_type TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    parent_id   TEXT NOT NULL DEFAULT '',
    hlc         TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    PRIMARY KEY (record_type, record_id)
);

-- audit verify and the record history look entries up by record.
CREATE INDEX audit_log_record ON audit_log(record_type, record_id, seq);
