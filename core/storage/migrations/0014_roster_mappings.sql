-- The column mapping a person confirmed for a roster layout (issue 16), so that next month's
-- file of the same layout needs no asking. Local to the device, never synced: it names
-- columns, not people.
CREATE TABLE roster_mappings (
    layout_key TEXT PRIMARY KEY,            -- RosterMapping::layoutKey of the header row
    mapping    TEXT NOT NULL,               -- RosterMapping::toJson
    updated_at TEXT NOT NULL
);
