#!/usr/bin/env bash
# Same-run ratios for the lists benchmark (docs/benchmarks.md): in one mysql session, the statement as it was before
# V17_50 and the payments-list totals window (the old plan forced with IGNORE INDEX on the new indexes) and the
# statement as it is now, alternated three times each; prints one Markdown row per pair with the medians in ms.
# Needs the seeded database of ListsBenchmark: bench/lists-sql-ratios.sh [database]
set -euo pipefail
db=${1:-kasir_bench_lists}
run() { # name old new
  local name="$1" old="$2" new="$3"
  out=$(mysql -h"${MYSQL_HOST:-127.0.0.1}" -u"${MYSQL_USER:-root}" "$db" -e "SET profiling_history_size=100; SET profiling=1; $old; $new; $old; $new; $old; $new; SHOW PROFILES;" | grep -E "^[0-9]+\s" | awk '{print $2*1000}')
  o=$(echo "$out" | sed -n '1p;3p;5p' | sort -n | sed -n 2p); n=$(echo "$out" | sed -n '2p;4p;6p' | sort -n | sed -n 2p)
  echo "| $name | $o | $n | $(python3 -c "print(f'{$o/$n:.0f}×')") |"
}
W="SELECT status, currency, COUNT(*), SUM(amount_to_pay) FROM (SELECT status, currency, amount_to_pay FROM payments %s ORDER BY created_at DESC, id DESC LIMIT 10000) newest GROUP BY status, currency ORDER BY status, currency"
O="SELECT status, currency, COUNT(*), SUM(amount_to_pay) FROM payments IGNORE INDEX (ix_payments_created_cover, ix_payments_method_created) %s GROUP BY status, currency ORDER BY status, currency"
echo "| statement | before ms (median of 3) | after ms (median of 3) | before / after |"
echo "|---|---|---|---|"
for f in "" "WHERE status = 'PAID'" "WHERE gateway = 'cashi'" "WHERE method = 'VA'" "WHERE currency = 'IDR' AND amount >= 1000000 AND amount <= 1100000"; do
  run "list totals ${f:-(no filter)}" "$(printf "$O" "$f")" "$(printf "$W" "$f")"
done
D="SELECT gateway, status, currency, COUNT(*), SUM(CASE WHEN status = 'PAID' THEN COALESCE(paid_amount, amount_to_pay) ELSE amount END) FROM payments %s WHERE created_at >= UTC_TIMESTAMP() - INTERVAL 2 DAY AND created_at < UTC_TIMESTAMP() - INTERVAL 1 DAY GROUP BY gateway, status, currency"
run "dashboard, one day" "$(printf "$D" "IGNORE INDEX (ix_payments_created_cover)")" "$(printf "$D" "")"
S="SELECT id FROM payments %s WHERE method = 'VA' ORDER BY created_at DESC, id DESC LIMIT 51"
run "list first page, method=VA" "$(printf "$S" "IGNORE INDEX (ix_payments_method_created, ix_payments_created_cover)")" "$(printf "$S" "")"
