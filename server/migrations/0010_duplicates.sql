-- One ID number in two households (issue 12): found at the county as pushes bring persons,
-- listed for the county and for the laptops of either household's areas while it is still so
-- (both persons there, not deleted, in two households, with the same number). A person settles
-- it by correcting one household; nothing here is closed by hand.
CREATE INDEX records_person_id_number ON records ((fields->>'id_number'))
    WHERE record_type = 'person' AND NOT deleted;
CREATE TABLE duplicates (
    id              bigserial PRIMARY KEY,
    person_id       text NOT NULL,  -- the pair in record_id order
    other_person_id text NOT NULL,
    found_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (person_id, other_person_id)
);
