-- The first and last day of each cluster's items: a new item may join a cluster only while the cluster stays within the
-- matcher's window, so pairwise matches cannot chain reports weeks apart into one cluster. Null until the cluster is rated again.
ALTER TABLE clusters ADD COLUMN first_day TEXT;
ALTER TABLE clusters ADD COLUMN last_day TEXT;
