-- Photos, scans and signatures travel apart from their records, by their SHA-256
-- (docs/sync-protocol.md §8): uploaded in chunks that resume from what the county holds, kept
-- once the whole hashes to its name. The record (record_type 'attachment') comes first and
-- says the size; a blob is only ever touched by a caller whose scope holds such a record.
-- Keyed by hash and size: a record that gives a wrong size starts an upload of its own, which
-- never completes, and leaves the right one alone.
CREATE TABLE blobs (
    sha256     text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size       bigint NOT NULL CHECK (size > 0),
    received   bigint NOT NULL DEFAULT 0 CHECK (received >= 0 AND received <= size),
    complete   boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, size)
);
CREATE TABLE blob_chunks (
    sha256       text NOT NULL,
    size         bigint NOT NULL,
    offset_bytes bigint NOT NULL,
    data         bytea NOT NULL,
    PRIMARY KEY (sha256, size, offset_bytes),
    FOREIGN KEY (sha256, size) REFERENCES blobs ON DELETE CASCADE
);
-- An attachment's record by the blob it names.
CREATE INDEX records_attachment_sha256 ON records ((fields->>'sha256')) WHERE record_type = 'attachment';
