-- People who use the web application, their API tokens (only hashes are kept), human reviews of extracted items,
-- and incidents entered by hand.
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE api_tokens (
    token_hash TEXT PRIMARY KEY,
    user_name  TEXT NOT NULL REFERENCES users (name),
    created_at TEXT NOT NULL
);

CREATE TABLE reviews (
    source_id   TEXT NOT NULL REFERENCES sources (id),
    kind        TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    decision    TEXT NOT NULL,
    item_json   TEXT NOT NULL,
    reviewer    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    reviewed_at TEXT NOT NULL,
    PRIMARY KEY (source_id, kind, item_id)
);

CREATE TABLE incidents (
    id              TEXT PRIMARY KEY,
    occurred        DATE NOT NULL,
    place           TEXT NOT NULL,
    perpetrators    TEXT NOT NULL,
    victims         TEXT NOT NULL,
    victim_count    INTEGER NOT NULL,
    violation_type  TEXT NOT NULL,
    sources         TEXT NOT NULL,
    witness_name    TEXT,
    witness_contact TEXT,
    created_by      TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX incidents_occurred ON incidents (occurred);

-- Lists page through extracted items in report order, and the timeline by date, without sorting every row for each page.
CREATE INDEX extracted_events_source_start ON extracted_events (source_id, start_offset);
CREATE INDEX extracted_claims_source_start ON extracted_claims (source_id, start_offset);
CREATE INDEX extracted_events_date ON extracted_events (date_value, source_id, start_offset);
