-- Issue 13: reconciliation. Its runs and their report lines, the janitor's work record, and Spring
-- Batch 6's job repository (schema-mysql.sql of spring-batch-core 6.0, brought by Flyway instead of
-- Spring Batch: spring.batch.jdbc.initialize-schema is never). The three id sequences differ between
-- MySQL (tables) and H2 (sequences): V13_2 creates them per database. Table names stay upper case as
-- Spring Batch writes them (MySQL on Linux compares table names case-sensitively).

CREATE TABLE reconciliation_runs (
    id                  BIGINT        NOT NULL,
    run_trigger         VARCHAR(16)   NOT NULL,
    business_date       DATE          NOT NULL,
    requested_by        VARCHAR(160)  NOT NULL,
    started_at          DATETIME(6)   NOT NULL,
    finished_at         DATETIME(6)   NULL,
    status              VARCHAR(16)   NOT NULL,
    in_flight_at_start  BIGINT        NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_reconciliation_runs_status ON reconciliation_runs (status, started_at);

-- One line per payment per run: a chunk processed again after a restart is not counted twice.
CREATE TABLE reconciliation_items (
    id              BIGINT         NOT NULL AUTO_INCREMENT,
    run_id          BIGINT         NOT NULL,
    payment_id      VARCHAR(36)    NOT NULL,
    order_id        VARCHAR(64)    NULL,
    gateway         VARCHAR(32)    NOT NULL,
    outcome         VARCHAR(24)    NOT NULL,
    unknown_cause   VARCHAR(32)    NULL,
    detail          VARCHAR(1024)  NULL,
    latency_ms      BIGINT         NOT NULL,
    recorded_at     DATETIME(6)    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_reconciliation_items_run_payment UNIQUE (run_id, payment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_reconciliation_items_outcome ON reconciliation_items (run_id, outcome, id);

-- How often the janitor asked about a payment in doubt (a PENDING create, a rejected notification).
CREATE TABLE payment_rechecks (
    payment_id       VARCHAR(36)  NOT NULL,
    attempts         INT          NOT NULL,
    last_checked_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (payment_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_gateway_notifications_reference ON gateway_notifications (gateway, reference);

CREATE TABLE BATCH_JOB_INSTANCE (
    JOB_INSTANCE_ID BIGINT NOT NULL PRIMARY KEY,
    VERSION BIGINT,
    JOB_NAME VARCHAR(100) NOT NULL,
    JOB_KEY VARCHAR(32) NOT NULL,
    CONSTRAINT JOB_INST_UN UNIQUE (JOB_NAME, JOB_KEY)
) ENGINE = InnoDB;

CREATE TABLE BATCH_JOB_EXECUTION (
    JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
    VERSION BIGINT,
    JOB_INSTANCE_ID BIGINT NOT NULL,
    CREATE_TIME DATETIME(6) NOT NULL,
    START_TIME DATETIME(6) DEFAULT NULL,
    END_TIME DATETIME(6) DEFAULT NULL,
    STATUS VARCHAR(10),
    EXIT_CODE VARCHAR(2500),
    EXIT_MESSAGE VARCHAR(2500),
    LAST_UPDATED DATETIME(6),
    CONSTRAINT JOB_INST_EXEC_FK FOREIGN KEY (JOB_INSTANCE_ID) REFERENCES BATCH_JOB_INSTANCE (JOB_INSTANCE_ID)
) ENGINE = InnoDB;

CREATE TABLE BATCH_JOB_EXECUTION_PARAMS (
    JOB_EXECUTION_ID BIGINT NOT NULL,
    PARAMETER_NAME VARCHAR(100) NOT NULL,
    PARAMETER_TYPE VARCHAR(100) NOT NULL,
    PARAMETER_VALUE VARCHAR(2500),
    IDENTIFYING CHAR(1) NOT NULL,
    CONSTRAINT JOB_EXEC_PARAMS_FK FOREIGN KEY (JOB_EXECUTION_ID) REFERENCES BATCH_JOB_EXECUTION (JOB_EXECUTION_ID)
) ENGINE = InnoDB;

CREATE TABLE BATCH_STEP_EXECUTION (
    STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
    VERSION BIGINT NOT NULL,
    STEP_NAME VARCHAR(100) NOT NULL,
    JOB_EXECUTION_ID BIGINT NOT NULL,
    CREATE_TIME DATETIME(6) NOT NULL,
    START_TIME DATETIME(6) DEFAULT NULL,
    END_TIME DATETIME(6) DEFAULT NULL,
    STATUS VARCHAR(10),
    COMMIT_COUNT BIGINT,
    READ_COUNT BIGINT,
    FILTER_COUNT BIGINT,
    WRITE_COUNT BIGINT,
    READ_SKIP_COUNT BIGINT,
    WRITE_SKIP_COUNT BIGINT,
    PROCESS_SKIP_COUNT BIGINT,
    ROLLBACK_COUNT BIGINT,
    EXIT_CODE VARCHAR(2500),
    EXIT_MESSAGE VARCHAR(2500),
    LAST_UPDATED DATETIME(6),
    CONSTRAINT JOB_EXEC_STEP_FK FOREIGN KEY (JOB_EXECUTION_ID) REFERENCES BATCH_JOB_EXECUTION (JOB_EXECUTION_ID)
) ENGINE = InnoDB;

CREATE TABLE BATCH_STEP_EXECUTION_CONTEXT (
    STEP_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
    SHORT_CONTEXT VARCHAR(2500) NOT NULL,
    SERIALIZED_CONTEXT TEXT,
    CONSTRAINT STEP_EXEC_CTX_FK FOREIGN KEY (STEP_EXECUTION_ID) REFERENCES BATCH_STEP_EXECUTION (STEP_EXECUTION_ID)
) ENGINE = InnoDB;

CREATE TABLE BATCH_JOB_EXECUTION_CONTEXT (
    JOB_EXECUTION_ID BIGINT NOT NULL PRIMARY KEY,
    SHORT_CONTEXT VARCHAR(2500) NOT NULL,
    SERIALIZED_CONTEXT TEXT,
    CONSTRAINT JOB_EXEC_CTX_FK FOREIGN KEY (JOB_EXECUTION_ID) REFERENCES BATCH_JOB_EXECUTION (JOB_EXECUTION_ID)
) ENGINE = InnoDB;
