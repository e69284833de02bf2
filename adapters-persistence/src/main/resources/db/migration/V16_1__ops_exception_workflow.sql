-- Issue 16: the ops exception workflow. Each exception gets a state (OPEN, IN_PROGRESS, RESOLVED), an owner
-- (a portal username), the money decision taken on it (ACCEPT, REFUND) and, for money exceptions, the amount
-- the gateway reported paid; its history is kept line by line; refunds Kasir must make by hand (no gateway
-- offers a refund call) are tracked until someone records them done.
-- Runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL): one column per ALTER.
ALTER TABLE ops_exceptions ADD COLUMN state VARCHAR(16) NOT NULL DEFAULT 'OPEN';
ALTER TABLE ops_exceptions ADD COLUMN owner VARCHAR(64) NULL;
ALTER TABLE ops_exceptions ADD COLUMN decision VARCHAR(16) NULL;
ALTER TABLE ops_exceptions ADD COLUMN reported_amount DECIMAL(19, 2) NULL;
ALTER TABLE ops_exceptions ADD COLUMN reported_currency CHAR(3) NULL;

UPDATE ops_exceptions SET state = 'RESOLVED' WHERE resolved_at IS NOT NULL;

CREATE INDEX ix_ops_exceptions_state ON ops_exceptions (state, id);
CREATE INDEX ix_ops_exceptions_type_state ON ops_exceptions (type, state, id);

CREATE TABLE ops_exception_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    exception_id  BIGINT        NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    note          VARCHAR(2048) NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_ops_exception_history_exception ON ops_exception_history (exception_id, id);

CREATE TABLE refunds (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    payment_id     VARCHAR(36)    NOT NULL,
    exception_id   BIGINT         NOT NULL,
    currency       CHAR(3)        NOT NULL,
    amount         DECIMAL(19, 2) NOT NULL,
    reason         VARCHAR(2048)  NOT NULL,
    requested_by   VARCHAR(64)    NOT NULL,
    requested_at   DATETIME(6)    NOT NULL,
    done_by        VARCHAR(64)    NULL,
    done_at        DATETIME(6)    NULL,
    done_note      VARCHAR(2048)  NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_refunds_payment ON refunds (payment_id, id);
CREATE INDEX ix_refunds_exception ON refunds (exception_id, id);
CREATE INDEX ix_refunds_done ON refunds (done_at, id);
