-- What extraction found, one row per item, so claims, events and entities can be listed and filtered across sources.
CREATE TABLE extracted_entities (
    source_id TEXT NOT NULL REFERENCES sources (id),
    entity_id TEXT NOT NULL,
    type      TEXT NOT NULL,
    name      TEXT NOT NULL,
    aliases   TEXT NOT NULL,
    country   TEXT,
    mentions  INTEGER NOT NULL,
    PRIMARY KEY (source_id, entity_id)
);
CREATE INDEX extracted_entities_name ON extracted_entities (name);

CREATE TABLE extracted_claims (
    source_id      TEXT NOT NULL REFERENCES sources (id),
    claim_id       TEXT NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    text           TEXT NOT NULL,
    direct         BOOLEAN NOT NULL,
    cue            TEXT,
    speaker_kind   TEXT NOT NULL,
    speaker_name   TEXT,
    speaker_entity TEXT,
    via            TEXT,
    PRIMARY KEY (source_id, claim_id)
);
CREATE INDEX extracted_claims_speaker ON extracted_claims (speaker_name);

CREATE TABLE extracted_events (
    source_id      TEXT NOT NULL REFERENCES sources (id),
    event_id       TEXT NOT NULL,
    start_offset   INTEGER NOT NULL,
    end_offset     INTEGER NOT NULL,
    text           TEXT NOT NULL,
    cameo          TEXT NOT NULL,
    root           TEXT NOT NULL,
    actor_name     TEXT NOT NULL,
    actor_country  TEXT,
    target_name    TEXT,
    target_country TEXT,
    location       TEXT,
    date_value     TEXT,
    claim_id       TEXT,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    PRIMARY KEY (source_id, event_id)
);
CREATE INDEX extracted_events_cameo ON extracted_events (cameo);
