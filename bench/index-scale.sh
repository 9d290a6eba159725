#!/usr/bin/env bash
# The segment index at FACTOR times the customers of a benchmark database, without generating
# them: copies BENCH_DB's (default finseg_bench_index, features built by bench/index.sh) schema
# and app tables into ${BENCH_DB}_x${FACTOR}, and its active features table FACTOR times, each
# copy's customer ids shifted by 10,000,000, then runs bench/index.sh on the copy with
# BENCH_REUSE=1 and the given heap. The index and the SQL path read only the features table
# (and the segment table for references), so this is the figure the 5M criterion asks for.
#   bench/index-scale.sh FACTOR [HEAP]      e.g. bench/index-scale.sh 5 2g
# BENCH_SQL_RUNS (default 5 here) sets how often the slow SQL path is timed.
set -euo pipefail
cd "$(dirname "$0")/.."
factor=${1:?usage: bench/index-scale.sh FACTOR [HEAP]}
heap=${2:-2g}
src=${BENCH_DB:-finseg_bench_index}
dst="${src}_x${factor}"
sql() { mariadb -h127.0.0.1 -uroot -N -B "$@"; }
table=$(sql "$src" -e "SELECT active_table FROM customer_features_pointer")
[ -n "$table" ] || { echo "no features built in $src: run bench/index.sh SIZE first" >&2; exit 1; }
echo "copying $src ($table) x$factor into $dst"
sql -e "DROP DATABASE IF EXISTS $dst; CREATE DATABASE $dst CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mariadb-dump -h127.0.0.1 -uroot --no-data "$src" | mariadb -h127.0.0.1 -uroot "$dst"
big="customer account transactions payments credit_history security relationships communication_log compliance customer_features_a customer_features_b"
for t in $(sql "$src" -e "SHOW TABLES"); do
  case " $big " in *" $t "*) continue;; esac
  sql "$dst" -e "SET FOREIGN_KEY_CHECKS=0; INSERT INTO $dst.$t SELECT * FROM $src.$t"
done
columns=$(sql "$src" -e "SELECT GROUP_CONCAT(column_name ORDER BY ordinal_position) FROM information_schema.columns
  WHERE table_schema = '$src' AND table_name = '$table' AND column_name <> 'customer_id'")
for k in $(seq 0 $((factor - 1))); do
  sql "$dst" -e "SET FOREIGN_KEY_CHECKS=0; INSERT INTO $table (customer_id, $columns)
    SELECT customer_id + $((k * 10000000)), $columns FROM $src.$table"
done
rows=$(sql "$dst" -e "SELECT COUNT(*) FROM $table")
sql "$dst" -e "UPDATE customer_features_pointer SET customers = $rows"
echo "$dst: $rows feature rows in $table"
BENCH_DB="$dst" BENCH_REUSE=1 BENCH_HEAP="$heap" BENCH_SQL_RUNS="${BENCH_SQL_RUNS:-5}" bench/index.sh "$rows"
