-- Issue 17: who acts on a stored gateway notification is decided by the database, not by timing.
-- The first arrival's INSERT already holds the claim (claims = 1, claimed_until = now + lease), so the
-- hot path needs no extra statement. A duplicate, or the inbox janitor, may act only on a first arrival
-- that is still RECEIVED and whose claim has lapsed (its node died): it takes the claim over with one
-- conditional UPDATE (claims + 1), which exactly one of them wins. Recording the outcome is fenced by
-- the claim number, so a node that was merely slow cannot overwrite the outcome of the one that took over.
-- claimed_until NULL: never claimed (rows from before this version, connection tests).
-- Same rules as V1: runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
ALTER TABLE gateway_notifications ADD COLUMN claimed_until DATETIME(6) NULL;
ALTER TABLE gateway_notifications ADD COLUMN claims INT NOT NULL DEFAULT 0;
