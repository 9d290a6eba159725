#!/usr/bin/env bash
# Load test: 50 concurrent signed-in marketers for 2 minutes against FinSeg on a MariaDB bench
# database (default finseg_bench, 1M customers with features), with wrk (Debian package) and
# bench/load/mix.lua: 40 % segment counts (htmx POST /segments/preview), 30 % member pages,
# 20 % name searches, 10 % profiles. Prints p50/p90/p95/p99 and the errors (any non-2xx answer,
# a redirect to /login included, counted in the script).
#   bench/load.sh [DURATION] [CONNECTIONS]       (default 2m 50)
# BENCH_DB names the database; JAVA_OPTS the JVM options (default -Xmx2g); EXTRA_ARGS adds app
# settings (e.g. --spring.datasource.hikari.maximum-pool-size=20); LOAD_MIX="40,30,20,10" the shares.
# The InnoDB buffer pool is 4 GB during the run and 128 MB again afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-2m}
connections=${2:-50}
db=${BENCH_DB:-finseg_bench}
case "$db" in finseg_test*) echo "refusing to load-test $db" >&2; exit 1;; esac
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
sql() { mariadb -h127.0.0.1 -uroot "$db" -N -B -e "$1"; }
mkdir -p target/bench
if [ "${SKIP_BUILD:-}" != 1 ] && [ -z "$(ls target/finseg-*.jar 2>/dev/null)" ]; then
  ./mvnw -B -q package -DskipTests
fi
# A copy: a build during the run would otherwise replace the jar under the running JVM.
cp "$(ls target/finseg-*.jar | head -1)" target/bench/finseg-load.jar
# A bench-only user; {noop} is Spring Security's marker for a stored plain password: never in real use.
sql "DELETE FROM app_user WHERE username = 'bench-marketer';
     INSERT INTO app_user (username, password_hash, access_level, enabled, failed_logins, must_change_password, created_at, version)
     VALUES ('bench-marketer', '{noop}bench-marketer-password', 'MARKETER', TRUE, 0, FALSE, NOW(), 0);"
# The saved segment the mix counts and pages through: age >= 30 and (mortgage or balance > 50,000).
rule='{"schemaVersion":1,"root":{"type":"group","logic":"AND","children":[{"type":"condition","attribute":"age","operator":"GE","values":["30"]},{"type":"group","logic":"OR","children":[{"type":"condition","attribute":"has_mortgage","operator":"EQ","values":["true"]},{"type":"condition","attribute":"total_balance","operator":"GT","values":["50000"]}]}]}}'
sql "INSERT INTO segment (name, description, purpose, owner, rule_json, rule_schema_version, created_at, updated_at, version)
     SELECT 'Load test', NULL, 'GENERAL', 'bench-marketer', '$rule', 1, NOW(), NOW(), 0
     WHERE NOT EXISTS (SELECT 1 FROM segment WHERE name = 'Load test')"
segment=$(sql "SELECT id FROM segment WHERE name = 'Load test'")
customers=$(sql "SELECT MAX(customer_id) FROM customer")
prefixes=$(sql "SELECT GROUP_CONCAT(DISTINCT SUBSTRING(name, 1, 4)) FROM (SELECT name FROM customer WHERE customer_id % 50000 = 7) s")
sql "SET GLOBAL innodb_buffer_pool_size = 4294967296"
port=${PORT:-18090}
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true" FINSEG_DB_USER=root \
  FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  java ${JAVA_OPTS:--Xmx2g} -jar target/bench/finseg-load.jar --server.port=$port --finseg.data-dir="$PWD/target/bench" \
    --finseg.demo-data=false --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
    ${EXTRA_ARGS:-} > target/bench/load-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; sql "SET GLOBAL innodb_buffer_pool_size = 134217728" || true' EXIT
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done
# The segment index builds at start-up (a job using a core for seconds to a minute): measure the
# running server it leaves, not the build.
case " ${EXTRA_ARGS:-} " in *"segment-index.enabled=false"*) ;; *)
  for _ in $(seq 1 600); do grep -qE 'Segment index of .* built|Segment index NOT built' target/bench/load-app.log && break; sleep 1; done
  echo "segment index: $(grep -oE 'Segment index of .* built in [0-9]+ ms.*' target/bench/load-app.log | tail -1)";;
esac
echo "database $db: $customers customers; segment $segment; searches for: $prefixes"
echo "MariaDB: $(sql "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, ' MB')")"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# CPU seconds used by a process so far: what each answer costs, whatever else runs on the machine.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
mariadb_pid=$(pidof mariadbd | awk '{print $1}')
export LOAD_USER=bench-marketer LOAD_PASSWORD=bench-marketer-password LOAD_SEGMENT=$segment LOAD_CUSTOMERS=$customers \
  LOAD_PREFIXES="$prefixes"
# A server that has just started compiles its code while it answers (the JIT): the same mix for
# LOAD_WARMUP first (default 20s, 0 for none), not counted, so that the figures are a running server's.
warmup=${LOAD_WARMUP:-20s}
if [ "$warmup" != 0 ]; then
  echo "warm-up: the same mix for $warmup, not counted"
  wrk -t2 -c"$connections" -d"$warmup" --timeout 30s -s bench/load/mix.lua "http://127.0.0.1:$port" >target/bench/load-warmup.txt
fi
app_cpu=$(cpu_seconds "$app"); db_cpu=$(cpu_seconds "$mariadb_pid")
wrk -t2 -c"$connections" -d"$duration" --timeout 30s -s bench/load/mix.lua "http://127.0.0.1:$port" | tee target/bench/load-wrk.txt
answers=$(awk '/^requests / { sub(",", "", $2); print $2 }' target/bench/load-wrk.txt)
echo "CPU per answer: FinSeg $(awk -v a="$app_cpu" -v b="$(cpu_seconds "$app")" -v n="$answers" 'BEGIN { printf "%.1f", (b - a) * 1000 / n }') ms, MariaDB $(awk -v a="$db_cpu" -v b="$(cpu_seconds "$mariadb_pid")" -v n="$answers" 'BEGIN { printf "%.1f", (b - a) * 1000 / n }') ms ($answers answers)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
