-- What the county sends down to every laptop (issue 11): its policy documents and its list of
-- townships and villages. Each publication is kept whole and numbered per kind; the newest is
-- in force. A laptop fetches the newest of a kind when its hash differs from what it holds.
CREATE TABLE county_data (
    kind         text NOT NULL CHECK (kind IN ('policy', 'areas')),
    version      integer NOT NULL,
    title        text NOT NULL,
    sha256       text NOT NULL,
    content      text NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, version)
);
