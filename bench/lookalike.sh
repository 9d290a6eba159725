#!/usr/bin/env bash
# Look-alike benchmark on MariaDB: a campaign over every customer in the database, conversions
# planted by income (above the median 60 %, below 8 %), then what the training job does (seeded
# 70/30 split, at most 50,000 customers a part, reading both parts, Weka J48 and Logistic, AUC,
# leaves, deciles) and the scoring of every customer with the chosen model, at -Xmx1g (the target:
# 1M customers trained and scored in under 60 s). Both parts go to CSV, and scikit-learn's
# LogisticRegression (Debian's python3-sklearn) is trained and measured on the same rows.
# The database must hold customers with their features built (bench/generate.sh SIZE mariadb with
# BENCH_DB_URL pointing at it, then a rebuild, or bench/features.sh SIZE).
#   bench/lookalike.sh [database]          default finseg_bench
# JAVA_HEAP (default 1g) sets the test JVM's heap.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-${BENCH_DB:-finseg_bench}}
case "$db" in finseg_test*) echo "refusing to benchmark in $db" >&2; exit 1;; esac
sql() { mariadb -h127.0.0.1 -uroot "$db" -N -B -e "$1"; }
echo "Customers with features in $db: $(sql 'SELECT customers FROM customer_features_pointer')"
echo "MariaDB: $(sql "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, ' MB')")"
report=target/surefire-reports/io.finseg.lookalike.LookalikeBenchmark-output.txt
rm -f "$report"
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true" \
  FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  ./mvnw -B -q -o test -Dtest=LookalikeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx${JAVA_HEAP:-1g}" \
  >/dev/null 2>&1 || true
grep -E '^BENCH' "$report" \
  || { echo "the benchmark failed: see target/surefire-reports/io.finseg.lookalike.LookalikeBenchmark.txt" >&2; exit 1; }
/usr/bin/python3 bench/lookalike_sklearn.py target/bench/lookalike-train.csv target/bench/lookalike-test.csv
