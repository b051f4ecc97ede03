-- Sources: one row per distinct original (SHA-256); the bytes live in the blob store.
CREATE TABLE sources (
    id              TEXT PRIMARY KEY,
    sha256          TEXT NOT NULL UNIQUE,
    size            BIGINT NOT NULL,
    origin          TEXT NOT NULL,
    media_type      TEXT NOT NULL,
    title           TEXT,
    outlet          TEXT,
    author          TEXT,
    published       DATE,
    url             TEXT,
    canonical_url   TEXT,
    fetched_at      TIMESTAMPTZ NOT NULL,
    language        TEXT,
    dateline_place  TEXT,
    dateline_date   TEXT,
    dateline_agency TEXT,
    dateline_start  INTEGER,
    dateline_end    INTEGER,
    text            TEXT NOT NULL,
    added_at        TIMESTAMPTZ NOT NULL,
    -- Title weighs more than body text in ranking.
    search          TSVECTOR GENERATED ALWAYS AS (
                        setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                        setweight(to_tsvector('english', text), 'B')) STORED
);
CREATE INDEX sources_published ON sources (published);
CREATE INDEX sources_outlet ON sources (outlet);
CREATE INDEX sources_search ON sources USING GIN (search);

-- Append-only, hash-chained log of every change.
CREATE TABLE audit_log (
    seq        BIGINT PRIMARY KEY,
    at         TIMESTAMPTZ NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    details    TEXT NOT NULL,
    state_hash TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject);

-- The extraction of each source (schema attest.extraction/1), kept whole so any stage's output can be looked at.
CREATE TABLE extractions (
    source_id    TEXT PRIMARY KEY REFERENCES sources (id),
    schema       TEXT NOT NULL,
    json         TEXT NOT NULL,
    extracted_at TIMESTAMPTZ NOT NULL
);
