-- Payouts, reshaped for issue 14 (e-wallet disbursements through Cash In). Same rules as V1: runs unchanged
-- on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL); UTC DATETIME(6); DECIMAL(19,2) money; index names
-- unique across the schema. No release ever wrote a payout (no use case touched them and /api/v1/payouts was
-- 404), so V1's two payout tables are dropped and made again rather than altered column by column.
DROP TABLE payout_events;
DROP TABLE payouts;

-- Identifiers (the requester's reference, our partnerReferenceNo, the gateway's reference, the
-- Idempotency-Key hash) compare exactly: binary collation on MySQL/MariaDB; H2 compares exactly anyway.
CREATE TABLE payouts (
    id                             VARCHAR(36)    NOT NULL,
    reference                      VARCHAR(64)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    partner_reference_no           VARCHAR(64)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    gateway                        VARCHAR(32)    NOT NULL,
    channel                        VARCHAR(16)    NOT NULL,
    customer_number                VARCHAR(20)    NOT NULL,
    confirmed_name                 VARCHAR(255)   NULL,
    expected_name                  VARCHAR(128)   NULL,
    currency                       CHAR(3)        NOT NULL,
    amount                         DECIMAL(19, 2) NOT NULL,
    maker                          VARCHAR(160)   NOT NULL,
    approvals_required             INT            NOT NULL,
    first_approver                 VARCHAR(160)   NULL,
    second_approver                VARCHAR(160)   NULL,
    rejected_by                    VARCHAR(160)   NULL,
    name_mismatch_acknowledged_by  VARCHAR(160)   NULL,
    status                         VARCHAR(20)    NOT NULL,
    status_reason                  VARCHAR(1024)  NULL,
    gateway_reference              VARCHAR(64)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    transfer_attempts              INT            NOT NULL,
    first_sent_at                  DATETIME(6)    NULL,
    last_sent_at                   DATETIME(6)    NULL,
    send_day                       DATE           NULL,
    not_found_at                   DATETIME(6)    NULL,
    next_check_at                  DATETIME(6)    NULL,
    status_checks                  INT            NOT NULL,
    settled_at                     DATETIME(6)    NULL,
    idempotency_key_hash           CHAR(64)       CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    request_fingerprint            CHAR(64)       NULL,
    created_at                     DATETIME(6)    NOT NULL,
    updated_at                     DATETIME(6)    NOT NULL,
    version                        BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_payouts_ref UNIQUE (reference),
    CONSTRAINT uk_payouts_partner_ref UNIQUE (partner_reference_no),
    CONSTRAINT uk_payouts_idempotency_key UNIQUE (idempotency_key_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The portal and the API list newest first with keyset pagination on (created_at, id), optionally filtered.
CREATE INDEX ix_payouts_list ON payouts (created_at, id);
CREATE INDEX ix_payouts_list_status ON payouts (status, created_at, id);
CREATE INDEX ix_payouts_list_channel ON payouts (channel, created_at, id);
CREATE INDEX ix_payouts_customer_number ON payouts (customer_number);
-- The daily limit: what was sent on one business day.
CREATE INDEX ix_payouts_send_day ON payouts (send_day, status);
-- The follow-up: PROCESSING transfers whose status check is due; APPROVED ones never sent.
CREATE INDEX ix_payouts_next_check ON payouts (status, next_check_at);
CREATE INDEX ix_payouts_status_updated ON payouts (status, updated_at);
-- Reconciliation walks PROCESSING payouts by id (keyset).
CREATE INDEX ix_payouts_status_id ON payouts (status, id);

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
    CONSTRAINT fk_payout_events_of_payout FOREIGN KEY (payout_id) REFERENCES payouts (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_payout_events_of_payout ON payout_events (payout_id, id);

-- One row every sender locks (SELECT … FOR UPDATE) while it checks the day's total and marks its payout
-- PROCESSING, so two payouts approved at the same moment on two nodes cannot both pass the daily limit.
CREATE TABLE payout_send_lock (
    id  INT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO payout_send_lock (id) VALUES (1);
