-- Issue 16: the audit page filters by who, action and target; each filter reads an index, newest first by id.
CREATE INDEX ix_audit_log_actor ON audit_log (actor, id);
CREATE INDEX ix_audit_log_action ON audit_log (action, id);
CREATE INDEX ix_audit_log_target ON audit_log (target, id);
