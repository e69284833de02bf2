-- Issue 15: where logins to each portal account came from. One row per account and source address, so
-- every node counts alike: failures from many sources within a window mean an attack (the account is then
-- locked against sources it never logged in from), a success makes a source "known". Rows exist only for
-- accounts that exist. Runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
CREATE TABLE login_sources (
    username           VARCHAR(64)  NOT NULL,
    source_address     VARCHAR(64)  NOT NULL,
    failed_count       INT          NOT NULL,
    last_failed_at     DATETIME(6)  NULL,
    last_succeeded_at  DATETIME(6)  NULL,
    PRIMARY KEY (username, source_address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_login_sources_failed ON login_sources (username, last_failed_at);
