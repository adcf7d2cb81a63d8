-- A new laptop's first sync (docs/sync-protocol.md §9): the pull pages of a set of areas from
-- the start, as frames, made once and handed out by byte range to every laptop whose user has
-- exactly those areas. Kept an hour for reuse and a day for downloads still under way.
CREATE TABLE snapshots (
    id         text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
    scope_key  text NOT NULL,  -- the areas, sorted and joined by ','
    cursor     bigint NOT NULL,
    pages      integer NOT NULL,
    size       bigint NOT NULL,
    data       bytea NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX snapshots_scope ON snapshots (scope_key, created_at);
