-- Issue 16: a timeline line as a code and arguments (EventText), so the portal shows it in the reader's
-- language. summary keeps the English line; rows written before this have no code and are shown by their summary.
ALTER TABLE payment_events ADD COLUMN text_code VARCHAR(64) NULL;
ALTER TABLE payment_events ADD COLUMN text_args MEDIUMTEXT NULL;
