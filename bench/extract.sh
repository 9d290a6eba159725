#!/usr/bin/env bash
# Flat extract benchmark on MariaDB (issue 21): a loan-applicant file of ROWS customers (default
# 1,000,000; ten columns, six mapped to custom attributes, two value maps) uploaded and imported
# through the extract mapping's import job into an empty database finseg_bench_extract (DROPPED
# and created again; BENCH_DB overrides), as ExtractImportBenchmark does. The target: 1M
# customers with their custom attributes in under 60 s.
#   bench/extract.sh [ROWS]
# JAVA_HEAP (default 3g) sets the test JVM's heap: the file is built in memory first.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
db=${BENCH_DB:-finseg_bench_extract}
case "$db" in finseg_test*) echo "refusing to benchmark in $db" >&2; exit 1;; esac
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
echo "MariaDB: $(mariadb -h127.0.0.1 -uroot -N -B -e "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, ' MB')")"
echo "Machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
report=target/surefire-reports/io.finseg.extract.ExtractImportBenchmark-output.txt
rm -f "$report"
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true" \
  FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  ./mvnw -B -q -o test -Dtest=ExtractImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DargLine="-Xmx${JAVA_HEAP:-3g} -Dbench.extract.rows=$rows" >target/bench/extract-maven.log 2>&1 || true
grep -E '^BENCH' "$report" \
  || { echo "the benchmark failed: see target/surefire-reports/io.finseg.extract.ExtractImportBenchmark.txt" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
