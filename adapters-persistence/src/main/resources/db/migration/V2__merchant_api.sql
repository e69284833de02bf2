-- The merchant API: API keys (hashes only), Idempotency-Keys, and the outbox of merchant notifications.
-- Same rules as V1: runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL); UTC DATETIME(6);
-- index names unique across the schema.

-- A key is never stored: only its SHA-256 (hex) and a short visible prefix to tell keys apart and to find
-- the row of a presented key.
CREATE TABLE api_keys (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(64)  NOT NULL,
    prefix        VARCHAR(40)  NOT NULL,
    key_hash      CHAR(64)     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    revoked_at    DATETIME(6)  NULL,
    last_used_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_keys_hash UNIQUE (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_api_keys_prefix ON api_keys (prefix);

-- Idempotency-Key -> fingerprint of the request it first came with -> the payment it made (NULL while
-- that request is still being served). Keyed by the SHA-256 of the key: merchants' keys may be up to
-- 255 characters of any case, and MySQL's default collations compare text case-insensitively.
CREATE TABLE idempotency_keys (
    key_hash     CHAR(64)     NOT NULL,
    fingerprint  CHAR(64)     NOT NULL,
    payment_id   VARCHAR(36)  NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per event for the merchant, written in the transaction of the status change. Delivery claims
-- due rows (claimed_by / claimed_until) so two nodes never send the same row at once.
CREATE TABLE merchant_notifications (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    event_id         VARCHAR(36)   NOT NULL,
    type             VARCHAR(64)   NOT NULL,
    subject          VARCHAR(64)   NULL,
    payload          MEDIUMTEXT    NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_by       VARCHAR(36)   NULL,
    claimed_until    DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    delivered_at     DATETIME(6)   NULL,
    last_error       VARCHAR(512)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_merchant_notifications_event UNIQUE (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Delivery: due rows in the order they fell due. Portal: by status, newest first; by payment.
CREATE INDEX ix_merchant_notifications_due ON merchant_notifications (status, next_attempt_at, id);
CREATE INDEX ix_merchant_notifications_status ON merchant_notifications (status, id);
CREATE INDEX ix_merchant_notifications_subject ON merchant_notifications (subject, id);
CREATE INDEX ix_merchant_notifications_claim ON merchant_notifications (claimed_by);
