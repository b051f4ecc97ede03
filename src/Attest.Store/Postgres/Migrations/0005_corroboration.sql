-- Corroboration: every extracted event and claim belongs to one cluster (the same real-world event, or the same assertion,
-- across sources); a cluster carries its support status and the reasons for it.
CREATE TABLE cluster_items (
    source_id      TEXT NOT NULL REFERENCES sources (id),
    item_id        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    cluster_id     TEXT NOT NULL,
    joined_because TEXT,
    profile        TEXT NOT NULL,
    PRIMARY KEY (source_id, item_id)
);
CREATE INDEX cluster_items_cluster ON cluster_items (cluster_id);

-- Blocking keys (CAMEO root and week, distinctive words): new items are compared only with items sharing a block.
CREATE TABLE cluster_blocks (
    block     TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id),
    item_id   TEXT NOT NULL,
    PRIMARY KEY (block, source_id, item_id)
);
CREATE INDEX cluster_blocks_item ON cluster_blocks (source_id, item_id);

CREATE TABLE clusters (
    id       TEXT PRIMARY KEY,
    kind     TEXT NOT NULL,
    status   TEXT NOT NULL,
    sources  INTEGER NOT NULL,
    origins  INTEGER NOT NULL,
    parties  TEXT NOT NULL,
    reasons  TEXT NOT NULL
);
CREATE INDEX clusters_status ON clusters (status);

-- A denial (a claim whose cue denies or rejects) disputing a cluster.
CREATE TABLE cluster_disputes (
    cluster_id TEXT NOT NULL,
    source_id  TEXT NOT NULL REFERENCES sources (id),
    item_id    TEXT NOT NULL,
    reason     TEXT NOT NULL,
    PRIMARY KEY (cluster_id, source_id, item_id)
);
