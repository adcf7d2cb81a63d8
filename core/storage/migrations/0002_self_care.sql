-- The six-item self-care assessment (生活自理能力评估) of each person: '' not assessed,
-- 'none' all achieved, else the failed items, comma-separated.
ALTER TABLE persons ADD COLUMN self_care TEXT NOT NULL DEFAULT '';
