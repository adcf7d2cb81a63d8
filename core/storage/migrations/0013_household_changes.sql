-- Why a household was changed after it was first saved (issue 13): one insert-only record per
-- edit, synced like a case step, so that every device and the county read the same change log.
-- changes: the edit as sentences (HouseholdDiff), JSON array, in the words the editor saw.
CREATE TABLE household_changes (
    id           TEXT PRIMARY KEY,
    household_id TEXT NOT NULL REFERENCES households(id),
    hlc          TEXT NOT NULL,
    at           TEXT NOT NULL,          -- the device's clock (recorded, never trusted for order)
    user_name    TEXT NOT NULL,
    reason       TEXT NOT NULL,
    changes      TEXT NOT NULL
);
CREATE INDEX household_changes_household ON household_changes(household_id, hlc);
