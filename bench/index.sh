#!/usr/bin/env bash
# Segment index benchmark on MariaDB, in one run and side by side: the five-condition count by the
# index, by the SQL path and by hand-written SQL; the overlap of 8 segments and a consent breakdown
# by the index and by SQL; the index build; its heap by jcmd GC.class_histogram.
#   bench/index.sh SIZE                 generates SIZE customers into finseg_bench_index, builds
#                                       their features, then measures
#   BENCH_REUSE=1 bench/index.sh SIZE   measures the database as it is (features built)
#   BENCH_PREPARE_ONLY=1 bench/index.sh SIZE   generates and builds the features, measures nothing
#   BENCH_HEAP=2g bench/index.sh SIZE  runs the measuring JVM with that heap (default: the pom's)
# BENCH_DB overrides the database (DROPPED and generated again unless BENCH_REUSE=1).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?usage: bench/index.sh SIZE}
db=${BENCH_DB:-finseg_bench_index}
case "$db" in finseg_test*) echo "refusing to benchmark in $db" >&2; exit 1;; esac
url="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true"
sql() { mariadb -h127.0.0.1 -uroot "$db" -N -B -e "$1"; }
mkdir -p target/bench
if [ "${BENCH_REUSE:-}" != 1 ]; then
  BENCH_DB_URL="jdbc:mysql://127.0.0.1:3306/${db}?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true" \
    bench/generate.sh "$size" mariadb
  echo "features: $(FINSEG_DB_URL="$url" FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
    java -Xmx2g -jar target/bench/finseg-bench.jar --server.port=0 --finseg.data-dir="$PWD/target/bench" \
      --finseg.demo-data=false --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
      --finseg.segment-index.enabled=false --finseg.features.rebuild-as-of=2026-06-30 2>&1 \
    | grep -E 'FeatureRebuild .*built for' | sed -E 's/.*FeatureRebuild *: //')"
fi
[ "${BENCH_PREPARE_ONLY:-}" = 1 ] && exit 0
pool=$(mariadb -h127.0.0.1 -uroot -N -B -e "SELECT @@innodb_buffer_pool_size")
mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = GREATEST(@@innodb_buffer_pool_size, 4294967296)"
trap 'mariadb -h127.0.0.1 -uroot -e "SET GLOBAL innodb_buffer_pool_size = $pool" || true' EXIT
echo "Customers in $db: $(sql 'SELECT COUNT(*) FROM customer'); features rows: $(sql "SELECT customers FROM customer_features_pointer")"
echo "MariaDB: $(sql "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, ' MB')")"
echo "Machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
FINSEG_DB_URL="$url" FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  ./mvnw -B -q test ${BENCH_HEAP:+-DargLine=-Xmx$BENCH_HEAP} -Dtest=SegmentIndexBenchmark -Dsurefire.failIfNoSpecifiedTests=false >target/bench/index-maven.log 2>&1 || true
grep -E '^(BENCH|BUILD|MEMORY|customers|heap|overlap|consent)' target/surefire-reports/io.finseg.segment.SegmentIndexBenchmark-output.txt \
  || { echo "the benchmark failed: see target/surefire-reports/io.finseg.segment.SegmentIndexBenchmark.txt" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
