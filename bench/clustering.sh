#!/usr/bin/env bash
# Clustering benchmark on MariaDB: k-means with k = 8 on the default features of every customer
# in the database (read features, sample, train, assign all, write assignments, complete), run
# by the command-line runner ClusterCommand (--finseg.clustering.run-k=8), which logs the end-to-end
# time, the Weka training time, the peak heap and the WCSS. The database must hold customers with
# their features built (bench/features.sh SIZE, or bench/generate.sh SIZE mariadb and a rebuild).
#   bench/clustering.sh [label]
# BENCH_DB (default finseg_bench) names the database; JAVA_OPTS the JVM options (default -Xmx1g,
# which the target allows); EXTRA_ARGS settings to try, e.g.
#   EXTRA_ARGS="--finseg.clustering.kmeans-plus-plus=false"   random initialisation instead of k-means++
#   EXTRA_ARGS="--finseg.clustering.max-iterations=20"        iteration cap
#   EXTRA_ARGS="--finseg.clustering.fast-distance=false"      Weka's -fast distance off
#   EXTRA_ARGS="--finseg.clustering.sample-size=1000000"      train on (up to) a million customers
# SKIP_BUILD=1 reuses target/finseg-*.jar. The InnoDB buffer pool is set to 4 GB for the run and
# put back to 128 MB afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
label=${1:-default}
db=${BENCH_DB:-finseg_bench}
case "$db" in finseg_test*) echo "refusing to benchmark in $db" >&2; exit 1;; esac
url="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p target/bench
# A copy: a build during the run would otherwise replace the jar under the running JVM.
cp "$(ls target/finseg-*.jar | head -1)" target/bench/finseg-clustering-bench.jar
jar=target/bench/finseg-clustering-bench.jar
log="target/bench/clustering-${db}-${label}.log"
sql() { mariadb -h127.0.0.1 -uroot "$db" -N -B -e "$1"; }
sql "SET GLOBAL innodb_buffer_pool_size = 4294967296"
trap 'sql "SET GLOBAL innodb_buffer_pool_size = 134217728" || true' EXIT
echo "Customers with features in $db: $(sql 'SELECT customers FROM customer_features_pointer')"
echo "MariaDB: $(sql "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, ' MB')")"
FINSEG_DB_URL="$url" FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  java ${JAVA_OPTS:--Xmx1g} -jar "$jar" --server.port=0 --finseg.data-dir="$PWD/target/bench" \
    --finseg.demo-data=false --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
    --finseg.clustering.run-k=8 ${EXTRA_ARGS:-} >"$log" 2>&1 || { echo "the run failed: see $log" >&2; exit 1; }
grep -E 'ClusteringWork .*Clustering run|BENCH|WekaTrainer' "$log" | sed -E 's/.*(ClusteringWork|ClusterCommand|WekaTrainer) *: //'
