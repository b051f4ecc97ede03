-- One record per real actor or place across all documents. A merged record points at the one it was merged into.
CREATE TABLE kb_records (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    label       TEXT NOT NULL,
    country     TEXT,
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    origin      TEXT NOT NULL,
    merged_into TEXT REFERENCES kb_records (id)
);

-- Every name of a record, with who uses it: contested names are kept, never replaced.
CREATE TABLE kb_names (
    record_id  TEXT NOT NULL REFERENCES kb_records (id),
    name       TEXT NOT NULL,
    normalized TEXT NOT NULL,
    language   TEXT,
    used_by    TEXT,
    PRIMARY KEY (record_id, name)
);
CREATE INDEX kb_names_normalized ON kb_names (normalized);

-- Roles over time, so "the prime minister" resolves by date and country.
CREATE TABLE kb_roles (
    record_id TEXT NOT NULL REFERENCES kb_records (id),
    role      TEXT NOT NULL,
    country   TEXT,
    from_date DATE NOT NULL,
    to_date   DATE,
    PRIMARY KEY (record_id, role, from_date)
);

-- How each extracted entity of each source is linked, with its evidence. Rebuilt by re-linking.
CREATE TABLE entity_links (
    source_id    TEXT NOT NULL REFERENCES sources (id),
    entity_id    TEXT NOT NULL,
    entity_name  TEXT NOT NULL,
    record_id    TEXT NOT NULL REFERENCES kb_records (id),
    rule         TEXT NOT NULL,
    matched      TEXT NOT NULL,
    score        DOUBLE PRECISION NOT NULL,
    status       TEXT NOT NULL,
    alternatives TEXT NOT NULL,
    PRIMARY KEY (source_id, entity_id)
);
CREATE INDEX entity_links_record ON entity_links (record_id);

-- Human decisions about one mention, keyed by its place in the text so they survive re-extraction.
CREATE TABLE manual_links (
    source_id     TEXT NOT NULL REFERENCES sources (id),
    mention_start INTEGER NOT NULL,
    mention_end   INTEGER NOT NULL,
    record_id     TEXT NOT NULL REFERENCES kb_records (id),
    PRIMARY KEY (source_id, mention_start, mention_end)
);
