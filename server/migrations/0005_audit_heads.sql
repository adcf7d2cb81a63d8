-- Each device's audit chain head as it reported it with its syncs (docs/sync-protocol.md §5),
-- every one kept: a later report is held against the earlier ones. (device_audit, one row per
-- device, could not hold that history; nothing had written to it.)
DROP TABLE device_audit;
CREATE TABLE device_audit_heads (
    device_id   text NOT NULL REFERENCES devices(id),
    seq         bigint NOT NULL,
    hash        text NOT NULL,
    reported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);
-- What the check found wrong, for the county to see (device list); null while all is well.
-- The first problem is kept: it is the one to look into.
ALTER TABLE devices ADD COLUMN audit_problem text;
ALTER TABLE devices ADD COLUMN audit_problem_at timestamptz;
