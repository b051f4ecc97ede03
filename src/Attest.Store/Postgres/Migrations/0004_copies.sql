-- MinHash signature of each source's text, for finding copies among any number of sources.
CREATE TABLE copy_signatures (
    source_id TEXT PRIMARY KEY REFERENCES sources (id),
    shingles  INTEGER NOT NULL,
    minhash   BYTEA NOT NULL
);

-- Locality-sensitive hashing: sources sharing a band key are candidate copies; the index makes lookups cheap at scale.
CREATE TABLE copy_bands (
    band      INTEGER NOT NULL,
    band_key  BIGINT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id),
    PRIMARY KEY (band, band_key, source_id)
);

-- Which sources copy which, with the estimates that decided it.
CREATE TABLE copy_links (
    source_id   TEXT NOT NULL REFERENCES sources (id),
    copy_of     TEXT NOT NULL REFERENCES sources (id),
    jaccard     DOUBLE PRECISION NOT NULL,
    containment DOUBLE PRECISION NOT NULL,
    reason      TEXT NOT NULL,
    PRIMARY KEY (source_id, copy_of)
);

-- The origin of each source: copies of one text share one origin, named after its earliest source.
CREATE TABLE source_origins (
    source_id TEXT PRIMARY KEY REFERENCES sources (id),
    origin_id TEXT NOT NULL
);
CREATE INDEX source_origins_origin ON source_origins (origin_id);
