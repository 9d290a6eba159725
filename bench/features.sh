#!/usr/bin/env bash
# Feature rebuild benchmark on MariaDB: rebuilds the customer features as of 2026-06-30 over the
# customers in finseg_bench (filled by bench/generate.sh SIZE mariadb, run first unless
# BENCH_REUSE=1), and times the bare aggregate SELECTs the rebuild is made of, for comparison.
#   bench/features.sh SIZE
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?usage: bench/features.sh SIZE}
db=${BENCH_DB:-finseg_bench}
url="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true"
if [ "${BENCH_REUSE:-}" != 1 ]; then
  BENCH_DB_URL="jdbc:mysql://127.0.0.1:3306/${BENCH_DB:-finseg_bench}?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true" \
    bench/generate.sh "$size" mariadb
  export SKIP_BUILD=1
fi
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p target/bench
# A copy: a build during the run would otherwise replace the jar under the running JVM.
cp "$(ls target/finseg-*.jar | head -1)" target/bench/finseg-bench.jar
jar=target/bench/finseg-bench.jar
log="target/bench/features-${size}.log"
sql() { mariadb -h127.0.0.1 -uroot "$db" -N -B -e "$1"; }
echo "Customers in $db: $(sql 'SELECT COUNT(*) FROM customer')"
echo "MariaDB: $(sql "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, ' MB')")"

for run in 1 2 3; do
  FINSEG_DB_URL="$url" FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
    java ${JAVA_OPTS:--Xmx2g} -jar "$jar" --server.port=0 --finseg.data-dir="$PWD/target/bench" \
      --finseg.demo-data=false --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
      --finseg.features.rebuild-as-of=2026-06-30 ${EXTRA_ARGS:-} >"$log" 2>&1
  echo "run $run: $(grep -E 'FeatureRebuild .*built for' "$log" | sed -E 's/.*FeatureRebuild *: //')"
done

# The bare per-customer aggregates the rebuild is built from, as one SELECT each over all customers.
bare() {
  local name=$1 query=$2 start end
  start=$(date +%s%N)
  sql "$query" > /dev/null
  end=$(date +%s%N)
  echo "bare $name: $(( (end - start) / 1000000 )) ms"
}
bare "transactions (RFM aggregate)" "SELECT a.customer_id, COUNT(*), SUM(t.amount), MAX(t.transaction_date) FROM transactions t JOIN account a ON a.account_id = t.account_id WHERE t.transaction_date < '2026-07-01' GROUP BY a.customer_id"
bare "accounts" "SELECT customer_id, COUNT(*), SUM(balance) FROM account GROUP BY customer_id"
bare "communications" "SELECT customer_id, COUNT(*), MAX(sent_at) FROM communication_log WHERE sent_at < '2026-07-01' GROUP BY customer_id"
bare "payments" "SELECT a.customer_id, COUNT(*), SUM(p.amount) FROM payments p JOIN account a ON a.account_id = p.account_id WHERE p.payment_date BETWEEN '2026-04-02' AND '2026-06-30' GROUP BY a.customer_id"
