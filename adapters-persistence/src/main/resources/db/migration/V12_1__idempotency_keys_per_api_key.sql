-- Issue 12: an Idempotency-Key belongs to the API key that sent it. Two API keys may use the same
-- Idempotency-Key text without seeing each other's requests, so the key of a row is (api_key_id, key_hash).
-- Rows stored before this migration have no known owner: they get api_key_id 0, which no API key has
-- (ids start at 1), so they answer nobody and are pruned like any other row once past the retention.
-- A retry of such a request is still safe: the order id is unique, so it is answered with its payment.
-- Runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
ALTER TABLE idempotency_keys ADD COLUMN api_key_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE idempotency_keys DROP PRIMARY KEY;
ALTER TABLE idempotency_keys ADD PRIMARY KEY (api_key_id, key_hash);

-- Pruning deletes the oldest rows first, across all API keys.
CREATE INDEX ix_idempotency_keys_created ON idempotency_keys (created_at);
