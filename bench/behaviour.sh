#!/usr/bin/env bash
# Behavioural-condition benchmark on MariaDB: generates SIZE customers (seed 42, as of
# 2026-06-30) into its own database finseg_bench_behaviour_<SIZE> (BENCH_DB overrides; DROPPED
# first unless BENCH_REUSE=1), builds the features, then times the count of "at least 3 card
# payments in the last 90 days" and two more behavioural conditions beside the same SQL
# written by hand (BehaviourBenchmark).
#   bench/behaviour.sh SIZE
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?usage: bench/behaviour.sh SIZE}
db=${BENCH_DB:-finseg_bench_behaviour_${size}}
if [ "${BENCH_REUSE:-}" != 1 ]; then
  BENCH_DB="$db" bench/features.sh "$size" | tail -n 5
fi
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true" \
  FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  ./mvnw -B -q test -Dtest=BehaviourBenchmark -Dsurefire.failIfNoSpecifiedTests=false >/dev/null 2>&1 || true
echo "MariaDB $(mariadb -h127.0.0.1 -uroot -N -B -e 'SELECT VERSION()'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E '^(BENCH|customers|at )' target/surefire-reports/io.finseg.segment.BehaviourBenchmark-output.txt \
  || { echo "the benchmark failed: see target/surefire-reports/io.finseg.segment.BehaviourBenchmark.txt" >&2; exit 1; }
