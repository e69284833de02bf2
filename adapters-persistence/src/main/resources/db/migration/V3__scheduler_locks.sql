-- ShedLock's table: a scheduled task (expiry, outbox, reconciliation, pruning…) takes its row for a
-- while before it runs, so it runs on one node at a time however many Kasir nodes share this database.
-- Times are the database's own clock (ShedLock's usingDbTime), so nodes with skewed clocks still agree.
-- Same rules as V1: runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL,
    lock_until  DATETIME(3)   NOT NULL,
    locked_at   DATETIME(3)   NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
