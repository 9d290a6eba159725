#!/usr/bin/env bash
# Generation benchmark: generates SIZE customers with seed 42, anchor date 2026-06-30, into a
# fresh database and prints rows per table, rows/s and where the time went.
#   bench/generate.sh SIZE [h2|mariadb]
# h2 (default): a new embedded H2 file database under target/bench/.
# mariadb: database finseg_bench on 127.0.0.1:3306 as root (BENCH_DB_URL, BENCH_DB_USER,
#          BENCH_DB_PASSWORD override), DROPPED and recreated first. Never point it at finseg_test.
# SKIP_BUILD=1 reuses target/finseg-*.jar. JAVA_OPTS adds JVM options; EXTRA_ARGS adds arguments
# (e.g. EXTRA_ARGS="--finseg.datagen.chunk-size=4000 --finseg.datagen.threads=1").
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?usage: bench/generate.sh SIZE [h2|mariadb]}
target=${2:-h2}

if [ "${SKIP_BUILD:-}" != 1 ]; then
  ./mvnw -B -q package -DskipTests
fi
mkdir -p target/bench
# A copy: a build during the run would otherwise replace the jar under the running JVM.
cp "$(ls target/finseg-*.jar | head -1)" target/bench/finseg-bench.jar
jar=target/bench/finseg-bench.jar
mkdir -p target/bench
log="target/bench/generate-${target}-${size}.log"

case "$target" in
  h2)
    dir="$PWD/target/bench/h2-${size}"
    rm -rf "$dir"
    url="jdbc:h2:file:${dir}/finseg;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;IGNORECASE=TRUE;LAZY_QUERY_EXECUTION=1"
    user=sa password=
    ;;
  mariadb)
    url=${BENCH_DB_URL:-"jdbc:mysql://127.0.0.1:3306/finseg_bench?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true"}
    user=${BENCH_DB_USER:-root} password=${BENCH_DB_PASSWORD:-}
    db=$(sed -E 's#^[^/]*//[^/]*/([^?]*).*#\1#' <<<"$url")
    case "$db" in finseg_test*) echo "refusing to benchmark into $db" >&2; exit 1;; esac
    mariadb -h127.0.0.1 -u"$user" ${password:+-p"$password"} -e "DROP DATABASE IF EXISTS \`$db\`"
    ;;
  *) echo "unknown target $target (h2|mariadb)" >&2; exit 1;;
esac

# CPU seconds of a local MariaDB server, to tell the database's share of the time from FinSeg's.
server_cpu() {
  local pid; pid=$(pidof mariadbd mysqld 2>/dev/null | awk '{print $1}')
  [ -n "$pid" ] && awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat" || echo 0
}

echo "Generating $size customers into $target ($(nproc) cores); log in $log"
server_before=$(server_cpu)
TIMEFORMAT='FinSeg JVM (start-up included): %R s wall, %U s user + %S s system CPU'
time (FINSEG_DB_URL="$url" FINSEG_DB_USER="$user" FINSEG_DB_PASSWORD="$password" \
  FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  java ${JAVA_OPTS:--Xmx2g} -jar "$jar" \
    --server.port=0 --finseg.data-dir="$PWD/target/bench" \
    --finseg.generate.customers="$size" --finseg.generate.seed=42 --finseg.generate.anchor-date=2026-06-30 \
    ${EXTRA_ARGS:-} 2>&1 | tee "$log" | grep -E 'GenerateCommand|ERROR|Exception' || true)
if [ "$target" = mariadb ]; then
  echo "MariaDB server CPU during the run: $(awk -v a="$server_before" -v b="$(server_cpu)" 'BEGIN { printf "%.1f", b - a }') s"
fi
