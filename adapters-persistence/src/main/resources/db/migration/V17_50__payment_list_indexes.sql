-- Issue 17 (benchmark 3, lists at 1,000,000 payments; docs/benchmarks.md shows each query's plan before and after).
-- Runs unchanged on MySQL 8, MariaDB 10.6+ and H2 2.x (MODE=MySQL).
--
-- ix_payments_created_cover: the payments in list order (created_at, id) with every column the dashboard's
-- per-day totals (PaymentTotalsMapper.byGatewayAndStatus) and the payments list's totals window
-- (PaymentMapper.totals) read or filter on. Both are then answered from this index alone, without a lookup of
-- each payment's row: the dashboard reads a week (~78,000 payments at 1M over 90 days) and the totals window up
-- to 10,000 payments per page view, where each lookup by primary key costs a random page read.
CREATE INDEX ix_payments_created_cover ON payments (created_at, id, gateway, status, method, currency, amount,
                                                    amount_to_pay, paid_amount);

-- The method filter (portal and API) like the status and gateway ones: newest first within a method.
CREATE INDEX ix_payments_method_created ON payments (method, created_at, id);
