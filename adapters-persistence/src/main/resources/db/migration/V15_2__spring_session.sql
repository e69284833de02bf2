-- Issue 15: portal sessions in Kasir's database (Spring Session JDBC), so any node serves any logged-in
-- user and a restart logs nobody out. Spring Session's own MySQL schema (schema-mysql.sql of
-- spring-session-jdbc 4.0), brought by Flyway instead of Spring Session (spring.session.jdbc.initialize-schema
-- is never), without ROW_FORMAT=DYNAMIC: that is the default of MySQL 8 and MariaDB 10.2+, and H2 does not
-- know it. Table names stay upper case as Spring Session writes them in its SQL (MySQL on Linux compares
-- table names case-sensitively); H2 with DATABASE_TO_LOWER folds both sides alike. Runs unchanged on
-- MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID             CHAR(36)      NOT NULL,
    SESSION_ID             CHAR(36)      NOT NULL,
    CREATION_TIME          BIGINT        NOT NULL,
    LAST_ACCESS_TIME       BIGINT        NOT NULL,
    MAX_INACTIVE_INTERVAL  INT           NOT NULL,
    EXPIRY_TIME            BIGINT        NOT NULL,
    PRINCIPAL_NAME         VARCHAR(100)  NULL,
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID  CHAR(36)      NOT NULL,
    ATTRIBUTE_NAME      VARCHAR(200)  NOT NULL,
    ATTRIBUTE_BYTES     BLOB          NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
