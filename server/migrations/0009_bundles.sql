-- USB bundles (docs/sync-protocol.md §10). Each device's public key, which checks its bundles'
-- signatures and to which the county seals its answers; given once, over the network.
ALTER TABLE devices ADD COLUMN bundle_key text;
-- Every bundle imported, by device and number, with the answer it got: the same bundle again
-- gets the same answer and changes nothing; another bundle under a number already used is
-- refused.
CREATE TABLE bundles (
    device_id   text NOT NULL REFERENCES devices(id),
    seq         bigint NOT NULL,
    sha256      text NOT NULL,
    answer      bytea NOT NULL,
    imported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (device_id, seq)
);
