-- Issue 15: the message ids gateways put on notifications (SNAP's X-EXTERNAL-ID, unique per partner per
-- day), each with the hash of what its signature covers, so a replay is recognised on every node: the same
-- id again (unique key), or the same signed content under a new id (indexed hash). Kept for a few days only.
-- Runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
CREATE TABLE notification_message_ids (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    gateway         VARCHAR(32)   NOT NULL,
    partner_id      VARCHAR(64)   NOT NULL,
    sent_on         DATE          NOT NULL,
    message_id      VARCHAR(100)  NOT NULL,
    content_sha256  CHAR(64)      NOT NULL,
    dedup_key       VARCHAR(191)  NOT NULL,
    seen_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_notification_message_ids UNIQUE (gateway, partner_id, sent_on, message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE INDEX ix_notification_message_ids_content ON notification_message_ids (gateway, content_sha256);
CREATE INDEX ix_notification_message_ids_seen ON notification_message_ids (seen_at);
