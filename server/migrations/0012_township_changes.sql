-- A township's changes in change order (PullFeed): a pull of a township's laptop reads its own
-- rows, as a village's does on records_area_seq, not every change of the county since its cursor.
CREATE INDEX records_township_seq ON records (left(area_code, 9), change_seq);
