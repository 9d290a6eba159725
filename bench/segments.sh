#!/usr/bin/env bash
# Segment benchmark on MariaDB: the count of a five-condition nested rule with one segment
# reference beside the same question written by hand in SQL, and a member page after row
# 500,000, over finseg_bench (filled by bench/features.sh SIZE, features built).
#   bench/segments.sh
set -euo pipefail
cd "$(dirname "$0")/.."
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${BENCH_DB:-finseg_bench}?rewriteBatchedStatements=true&useCursorFetch=true" \
  FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  ./mvnw -B -q test -Dtest=SegmentBenchmark -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || true
grep -E '^(BENCH|customers)' target/surefire-reports/io.finseg.segment.SegmentBenchmark-output.txt \
  || { echo "the benchmark failed: see target/surefire-reports/io.finseg.segment.SegmentBenchmark.txt" >&2; exit 1; }
