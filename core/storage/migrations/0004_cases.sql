-- Applications and their procedure (core/workflow). The whole case is kept as JSON; the
-- columns beside it are what lists and task queries filter on.
CREATE TABLE cases (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 0,
    created_hlc  TEXT NOT NULL,
    updated_hlc  TEXT NOT NULL,
    household_id TEXT NOT NULL REFERENCES households(id),
    area_code    TEXT NOT NULL,
    programme    TEXT NOT NULL,
    state        TEXT NOT NULL,
    data         TEXT NOT NULL
);
CREATE INDEX cases_household ON cases(household_id);
CREATE INDEX cases_area_state ON cases(area_code, state);
