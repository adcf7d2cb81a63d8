-- Pushes commit without waiting for the disk: each holds the change counter's lock to its
-- commit, and an fsync inside it would queue every push of the county behind the disk. Before
-- the server answers a push or hands out changes, a synchronous write here flushes the log up
-- to and past them (ServerStore::makeDurable). One row per database connection.
CREATE TABLE durability_barrier (
    backend integer PRIMARY KEY,
    n       bigint NOT NULL DEFAULT 0
);
