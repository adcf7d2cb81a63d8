-- Households that left this device's areas (sync removed them, docs/sync-protocol.md §5
-- "evict"): kept 30 days so that the work lists can tell the person who worked on them that
-- they moved out of the area, rather than have them vanish; then forgotten. Only what names the
-- household to that person (the user whose sync removed it): the head's name, the village, how
-- many cases went with it.
CREATE TABLE sync_evictions (
    household_id TEXT PRIMARY KEY,
    user_name    TEXT NOT NULL,
    head_name    TEXT NOT NULL,
    area_code    TEXT NOT NULL,
    cases        INTEGER NOT NULL,
    evicted_at   TEXT NOT NULL  -- ISO date and time, UTC
);
