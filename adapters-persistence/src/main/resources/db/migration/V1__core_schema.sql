-- Kasir core schema. Runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
-- Timestamps are UTC in DATETIME(6) (the application writes UTC LocalDateTimes, never server-local time);
-- money is DECIMAL(19,2) next to a CHAR(3) currency; long texts are MEDIUMTEXT (H2 reads it as a CLOB).
-- Index names are unique across the schema because H2 keeps them per schema, not per table.

CREATE TABLE payments (
    id                 VARCHAR(36)    NOT NULL,
    order_id           VARCHAR(64)    NOT NULL,
    gateway            VARCHAR(32)    NOT NULL,
    method             VARCHAR(16)    NOT NULL,
    currency           CHAR(3)        NOT NULL,
    amount             DECIMAL(19, 2) NOT NULL,
    amount_to_pay      DECIMAL(19, 2) NOT NULL,
    paid_amount        DECIMAL(19, 2) NULL,
    gateway_fee        DECIMAL(19, 2) NULL,
    reference          VARCHAR(40)    NOT NULL,
    gateway_reference  VARCHAR(64)    NULL,
    checkout_url       VARCHAR(1024)  NULL,
    qr_content         VARCHAR(1024)  NULL,
    qr_image_url       MEDIUMTEXT     NULL,
    pay_code           MEDIUMTEXT     NULL,
    customer_id        VARCHAR(64)    NULL,
    customer_phone     VARCHAR(32)    NULL,
    customer_name      VARCHAR(128)   NULL,
    customer_email     VARCHAR(128)   NULL,
    description        VARCHAR(255)   NULL,
    success_url        VARCHAR(255)   NULL,
    cancel_url         VARCHAR(255)   NULL,
    status             VARCHAR(16)    NOT NULL,
    status_reason      VARCHAR(1024)  NULL,
    expires_at         DATETIME(6)    NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    paid_at            DATETIME(6)    NULL,
    version            BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_payments_order_id UNIQUE (order_id),
    CONSTRAINT uk_payments_reference UNIQUE (gateway, reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The portal lists newest first with keyset pagination on (created_at, id), optionally filtered.
CREATE INDEX ix_payments_created ON payments (created_at, id);
CREATE INDEX ix_payments_status_created ON payments (status, created_at, id);
CREATE INDEX ix_payments_gateway_created ON payments (gateway, created_at, id);
CREATE INDEX ix_payments_gateway_ref ON payments (gateway, gateway_reference);
CREATE INDEX ix_payments_customer_phone ON payments (customer_phone);
-- Finds in-flight payments whose expiry has passed.
CREATE INDEX ix_payments_status_expires ON payments (status, expires_at);

CREATE TABLE payment_events (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    payment_id   VARCHAR(36)   NOT NULL,
    type         VARCHAR(32)   NOT NULL,
    from_status  VARCHAR(16)   NULL,
    to_status    VARCHAR(16)   NULL,
    actor        VARCHAR(160)  NOT NULL,
    summary      VARCHAR(512)  NOT NULL,
    detail       MEDIUMTEXT    NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_payment_events_payment FOREIGN KEY (payment_id) REFERENCES payments (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_payment_events_payment ON payment_events (payment_id, id);

CREATE TABLE payouts (
    id                 VARCHAR(36)    NOT NULL,
    reference          VARCHAR(40)    NOT NULL,
    channel            VARCHAR(16)    NOT NULL,
    customer_number    VARCHAR(20)    NOT NULL,
    confirmed_name     VARCHAR(128)   NULL,
    currency           CHAR(3)        NOT NULL,
    amount             DECIMAL(19, 2) NOT NULL,
    maker              VARCHAR(64)    NOT NULL,
    checker            VARCHAR(64)    NULL,
    status             VARCHAR(20)    NOT NULL,
    status_reason      VARCHAR(1024)  NULL,
    gateway_reference  VARCHAR(64)    NULL,
    created_at         DATETIME(6)    NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_payouts_reference UNIQUE (reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Reconciliation walks the payouts whose money may be moving, by id.
CREATE INDEX ix_payouts_status ON payouts (status, id);
CREATE INDEX ix_payouts_created ON payouts (created_at, id);

CREATE TABLE payout_events (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    payout_id    VARCHAR(36)   NOT NULL,
    type         VARCHAR(32)   NOT NULL,
    from_status  VARCHAR(20)   NULL,
    to_status    VARCHAR(20)   NULL,
    actor        VARCHAR(160)  NOT NULL,
    summary      VARCHAR(512)  NOT NULL,
    detail       MEDIUMTEXT    NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_payout_events_payout FOREIGN KEY (payout_id) REFERENCES payouts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_payout_events_payout ON payout_events (payout_id, id);

-- Every notification a gateway sent, duplicates included. first_key holds the dedup key for the first
-- arrival and NULL for the later ones: the unique key lets the database, not a JVM lock, decide which
-- arrival is first (MySQL, MariaDB and H2 all allow many NULLs under a UNIQUE constraint).
CREATE TABLE gateway_notifications (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    gateway         VARCHAR(32)   NOT NULL,
    dedup_key       VARCHAR(191)  NOT NULL,
    first_key       VARCHAR(191)  NULL,
    reference       VARCHAR(191)  NULL,
    verification    VARCHAR(16)   NOT NULL,
    headers         MEDIUMTEXT    NULL,
    body            MEDIUMTEXT    NOT NULL,
    remote_address  VARCHAR(255)  NULL,
    received_at     DATETIME(6)   NOT NULL,
    outcome         VARCHAR(20)   NOT NULL,
    payment_id      VARCHAR(36)   NULL,
    detail          MEDIUMTEXT    NULL,
    processed_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_gateway_notifications_first UNIQUE (gateway, first_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_gateway_notifications_gateway ON gateway_notifications (gateway, id);
CREATE INDEX ix_gateway_notifications_outcome ON gateway_notifications (outcome, id);
CREATE INDEX ix_gateway_notifications_payment ON gateway_notifications (payment_id);
CREATE INDEX ix_gateway_notifications_dedup ON gateway_notifications (gateway, dedup_key);

CREATE TABLE ops_exceptions (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    type         VARCHAR(32)   NOT NULL,
    subject      VARCHAR(191)  NOT NULL,
    dedup_key    VARCHAR(191)  NOT NULL,
    description  VARCHAR(2048) NOT NULL,
    raised_at    DATETIME(6)   NOT NULL,
    resolved_at  DATETIME(6)   NULL,
    resolved_by  VARCHAR(64)   NULL,
    resolution   VARCHAR(2048) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ops_exceptions_dedup UNIQUE (dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_ops_exceptions_resolved ON ops_exceptions (resolved_at, id);
CREATE INDEX ix_ops_exceptions_subject ON ops_exceptions (subject, id);

CREATE TABLE audit_log (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    actor           VARCHAR(160)  NOT NULL,
    action          VARCHAR(64)   NOT NULL,
    target          VARCHAR(191)  NULL,
    detail          MEDIUMTEXT    NULL,
    source_address  VARCHAR(255)  NULL,
    occurred_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at, id);

-- Portal users; the admin-portal issue brings the code that reads and writes them.
CREATE TABLE users (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    username         VARCHAR(64)   NOT NULL,
    password_hash    VARCHAR(255)  NOT NULL,
    roles            VARCHAR(255)  NOT NULL,
    display_name     VARCHAR(128)  NULL,
    enabled          BOOLEAN       NOT NULL,
    failed_attempts  INT           NOT NULL DEFAULT 0,
    locked_until     DATETIME(6)   NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_users_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
