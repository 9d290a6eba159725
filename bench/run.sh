#!/usr/bin/env bash
# Every benchmark in one go on a MariaDB data set of SIZE customers, then the summary of that size
# in bench/RESULTS.md rewritten (between its "run.sh SIZE" markers; the rest of the file is kept).
#   bench/run.sh SIZE                 e.g. bench/run.sh 100000
#   BENCH_REUSE=1 bench/run.sh SIZE   reuse the database as it is (customers and features built)
# The database is finseg_bench for 1,000,000 customers and finseg_bench_<SIZE> otherwise
# (BENCH_DB overrides); it is DROPPED and generated again unless BENCH_REUSE=1.
# BENCH_SKIP="import load" leaves benchmarks out (generate features import pages segments
# clustering export load). Raw outputs: target/bench/run-SIZE/*.txt.
set -uo pipefail
cd "$(dirname "$0")/.."
size=${1:?usage: bench/run.sh SIZE}
case "$size" in 1000000) default_db=finseg_bench;; *) default_db="finseg_bench_$(( size / 1000 ))k";; esac
export BENCH_DB=${BENCH_DB:-$default_db}
case "$BENCH_DB" in finseg_test*) echo "refusing to benchmark in $BENCH_DB" >&2; exit 1;; esac
out="target/bench/run-$size"
mkdir -p "$out"
skip() { [[ " ${BENCH_SKIP:-} " == *" $1 "* ]]; }
sql() { mariadb -h127.0.0.1 -uroot "$BENCH_DB" -N -B -e "$1"; }
./mvnw -B -q package -DskipTests || exit 1
export SKIP_BUILD=1
mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = 4294967296"
trap 'mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = 134217728" || true' EXIT
step() { # step NAME COMMAND…: runs one benchmark, keeps its output and the load average around it
  local name=$1; shift
  if skip "$name"; then echo "skipped" >"$out/$name.txt"; return; fi
  echo "== $name ($(cut -d' ' -f1-3 /proc/loadavg))"
  { echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"; "$@" 2>&1; echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"; } \
    | tee "$out/$name.txt"
}
if [ "${BENCH_REUSE:-}" != 1 ]; then
  step generate env BENCH_DB_URL="jdbc:mysql://127.0.0.1:3306/${BENCH_DB}?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true" \
    bench/generate.sh "$size" mariadb
else
  echo "reused" >"$out/generate.txt"
fi
# generate.sh puts the pool back to Debian's default when it ends; the benchmarks below want 4 GB.
mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = 4294967296"
step features env BENCH_REUSE=1 bench/features.sh "$size"
step import env BENCH_REUSE=1 bench/import.sh "$size"
step pages bench/pages.sh
step segments bench/segments.sh
step clustering bench/clustering.sh "run-$size"
step export bench/export.sh "$BENCH_DB"
step load bench/load.sh 2m 50
mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = 4294967296"
mariadb_settings=$(sql "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size ', @@innodb_buffer_pool_size DIV 1048576, ' MB during the runs (128 MB otherwise), innodb_flush_log_at_trx_commit=', @@innodb_flush_log_at_trx_commit, ', max_connections=', @@max_connections)")
customers=$(sql "SELECT COUNT(*) FROM customer")
python3 bench/summary.py "$size" "$BENCH_DB" "$customers" "$mariadb_settings" "$out" bench/RESULTS.md
