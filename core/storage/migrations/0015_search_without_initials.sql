-- The search index's initials are computed from the name as it loads, every reading of it
-- (issue 17): the stored column, of one reading, goes. SQLCipher 3's SQLite (3.15) has no
-- DROP COLUMN, so the narrow table is made again.
CREATE TABLE search_index_next (
    person_id    TEXT PRIMARY KEY,
    household_id TEXT NOT NULL,
    name         TEXT NOT NULL,
    id_number    TEXT NOT NULL,
    phones       TEXT NOT NULL,
    area_code    TEXT NOT NULL,
    is_head      INTEGER NOT NULL
);
INSERT INTO search_index_next(person_id, household_id, name, id_number, phones, area_code, is_head)
    SELECT person_id, household_id, name, id_number, phones, area_code, is_head FROM search_index;
DROP TABLE search_index;
ALTER TABLE search_index_next RENAME TO search_index;
CREATE INDEX search_index_household ON search_index(household_id);
CREATE INDEX search_index_area ON search_index(area_code);
