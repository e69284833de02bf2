-- Issue 16: the portal's one search box (PaymentLookup) in one indexed query.
-- order_key: the order id in lower case, so an order id is found exactly or by its start in any case on every
-- database (H2 compares case-sensitively, MySQL/MariaDB by collation). phone_key: the customer's phone as
-- international digits without '+' (0812… and +62812… both 62812…), so every way of typing a number finds it.
-- Both are written on insert (order id and phone never change); existing rows are filled here.
ALTER TABLE payments ADD COLUMN order_key VARCHAR(64) NULL;
ALTER TABLE payments ADD COLUMN phone_key VARCHAR(32) NULL;

UPDATE payments SET order_key = LOWER(order_id);
UPDATE payments
   SET phone_key = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(customer_phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', ''), '+', '')
 WHERE customer_phone IS NOT NULL;
UPDATE payments SET phone_key = CONCAT('62', SUBSTRING(phone_key, 2)) WHERE phone_key LIKE '0%';
UPDATE payments SET phone_key = NULL WHERE phone_key = '';

CREATE INDEX ix_payments_order_key ON payments (order_key);
CREATE INDEX ix_payments_phone_key ON payments (phone_key);
CREATE INDEX ix_payments_reference ON payments (reference);
CREATE INDEX ix_payments_gateway_reference ON payments (gateway_reference);
