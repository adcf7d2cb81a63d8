-- The divergence check per village (docs/sync-protocol.md §5): how many records it holds and the
-- XOR of the SHA-256 of each record's check line, as four 64-bit words. Kept up to date by
-- every write, so that a pull's check sums a few hundred rows instead of hashing its records.
CREATE TABLE area_checks (
    area_code text PRIMARY KEY,
    count     bigint NOT NULL,
    h1        bigint NOT NULL,
    h2        bigint NOT NULL,
    h3        bigint NOT NULL,
    h4        bigint NOT NULL
);

-- What the records already held (a server made before this version).
INSERT INTO area_checks
SELECT area_code, count(*),
       bit_xor(('x' || substr(d, 1, 16))::bit(64)::bigint), bit_xor(('x' || substr(d, 17, 16))::bit(64)::bigint),
       bit_xor(('x' || substr(d, 33, 16))::bit(64)::bigint), bit_xor(('x' || substr(d, 49, 16))::bit(64)::bigint)
FROM (SELECT area_code,
             encode(sha256(convert_to(CASE WHEN record_type IN ('case_step', 'visit', 'document')
                                           THEN record_type || ':' || record_id
                                           ELSE record_type || ':' || record_id || ':' || version END, 'UTF8')), 'hex') AS d
      FROM records WHERE NOT deleted) lines
GROUP BY area_code;
