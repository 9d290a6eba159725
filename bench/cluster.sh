#!/usr/bin/env bash
# FinSeg on a real three-node MariaDB Galera cluster on this machine, with node kills.
#   bench/cluster.sh [CUSTOMERS]          (default 30000)
# Starts three mariadbd (Debian's mariadb-server and galera-4) with data directories under a new
# temporary directory, loopback only: SQL ports 3311-3313, Galera 4611/4621/4631, IST 4612/4622/
# 4632, SST (rsync) 4613/4623/4633. Bootstraps node 1, lets 2 and 3 join, generates CUSTOMERS
# customers and their features through a multi-host JDBC URL (node 1 first, failover to 2 and 3),
# then:
#   1. load test (bench/load/mix.lua, wrk) before, during (node 1 killed with SIGKILL, restarted
#      half-way, rejoining by SST) and after: errors and p95 of each phase;
#   2. node 1 killed during a campaign export: COMPLETED with a SHA-256 that matches the file,
#      or BROKEN_OFF;
#   3. node 1 killed during a feature rebuild: the pointer either switched to a complete table
#      or still names the old, complete one;
#   4. node 1 killed during an import: DONE with every row, or FAILED with none.
# Each check prints PASS or FAIL; the script exits non-zero if one fails. All three nodes and
# FinSeg are stopped and the temporary directory removed at the end (CLUSTER_KEEP=1 keeps it).
# Outputs: target/bench/cluster/*. SKIP_BUILD=1 reuses target/finseg-*.jar. LOAD_PHASE (default
# 30s) and LOAD_CONNECTIONS (default 10) size the load test. Never touches the server on 3306.
set -uo pipefail
cd "$(dirname "$0")/.."
customers=${1:-30000}
phase=${LOAD_PHASE:-30s}
connections=${LOAD_CONNECTIONS:-10}
out="$PWD/target/bench/cluster"
rm -rf "$out" && mkdir -p "$out"
base=$(mktemp -d /tmp/finseg-cluster.XXXXXX)
chmod 755 "$base"
# As root, the nodes run as mysql: rsync's SST daemon started by root would write as nobody.
run_as=$([ "$(id -u)" = 0 ] && echo mysql || id -un)
db=finseg_cluster
hosts="127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313"
# failOverReadOnly=false: after a failover the connection still writes (Galera: every node does).
# secondsBeforeRetrySource / queriesBeforeRetrySource: when to try node 1 again.
for tool in mariadbd mariadb-install-db wrk rsync curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing (Debian: mariadb-server galera-4 wrk rsync curl)" >&2; exit 1; }
done
[ -f /usr/lib/galera/libgalera_smm.so ] || { echo "galera-4 is missing: apt-get install -y galera-4" >&2; exit 1; }
url_options="failOverReadOnly=false&secondsBeforeRetrySource=30&queriesBeforeRetrySource=0&connectTimeout=2000&retriesAllDown=3&rewriteBatchedStatements=true&useCursorFetch=true&allowLoadLocalInfile=true&createDatabaseIfNotExist=true"
url() { echo "jdbc:mysql://${hosts}/$1?${url_options}"; }
failures=0
app=""
check() { # check NAME CONDITION-RESULT(0=pass) DETAILS
  if [ "$2" = 0 ]; then echo "CHECK PASS $1: $3"; else echo "CHECK FAIL $1: $3"; failures=$((failures + 1)); fi
}
log() { echo "[$(date -u +%H:%M:%S)] $*"; }

node_pid() { cat "$base/n$1/mysqld.pid" 2>/dev/null; }
# wsrep_sync_wait=1: a check reads what FinSeg committed on another node a moment before.
sqln() { local n=$1; shift; mariadb -h127.0.0.1 -P331"$n" -uroot -N -B --init-command="SET SESSION wsrep_sync_wait=1" "$@"; }
# On whichever node answers, node 2 first (node 1 is the one that gets killed).
sqlc() { local n; for n in 2 3 1; do sqln "$n" "$@" 2>/dev/null && return 0; done; return 1; }
state() { sqln "$1" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2; }
cluster_size() { sqlc -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2; }

write_config() {
  local n=$1 dir="$base/n$1"
  mkdir -p "$dir/data"
  cat >"$dir/my.cnf" <<EOF
[mariadbd]
user=$run_as
datadir=$dir/data
socket=$dir/mysqld.sock
pid-file=$dir/mysqld.pid
log-error=$dir/error.log
port=331$n
bind-address=127.0.0.1
skip-name-resolve
innodb_buffer_pool_size=256M
innodb_flush_log_at_trx_commit=2
max_connections=200
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=finseg_bench_cluster
wsrep_cluster_address=gcomm://127.0.0.1:4611,127.0.0.1:4621,127.0.0.1:4631
wsrep_node_name=n$n
wsrep_node_address=127.0.0.1:46${n}1
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:46${n}1;ist.recv_addr=127.0.0.1:46${n}2;gcache.size=256M;evs.suspect_timeout=PT3S;evs.inactive_timeout=PT6S"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:46${n}3
$( [ "$n" = 1 ] && echo "wsrep_sst_donor=n3," )
wsrep_slave_threads=2
EOF
  chown -R "$run_as" "$dir"
}

start_node() { # start_node N [--wsrep-new-cluster]
  local n=$1; shift
  mariadbd --defaults-file="$base/n$n/my.cnf" "$@" >>"$base/n$n/stdout.log" 2>&1 &
}

wait_synced() { # wait_synced N SECONDS
  local n=$1 i
  for i in $(seq 1 "$2"); do
    [ "$(state "$n")" = Synced ] && return 0
    pgrep -f "defaults-file=$base/n$n/my.cnf" >/dev/null || { echo "node $n has stopped" >&2; break; }
    sleep 1
  done
  echo "node $n is not Synced after $2 s; its log:" >&2
  tail -20 "$base/n$n/error.log" >&2
  return 1
}

kill_node() { local pid; pid=$(node_pid "$1"); log "SIGKILL node $1 (pid $pid)"; kill -9 "$pid"; rm -f "$base/n$1/mysqld.pid"; }

rejoin_node() { log "restarting node $1"; start_node "$1"; }

cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  local n pid
  for n in 1 2 3; do pid=$(node_pid "$n"); [ -n "$pid" ] && kill "$pid" 2>/dev/null; done
  sleep 5
  for n in 1 2 3; do pid=$(node_pid "$n"); [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; done
  for n in 1 2 3; do cp "$base/n$n/error.log" "$out/node$n-error.log" 2>/dev/null; done
  if [ "${CLUSTER_KEEP:-}" = 1 ]; then echo "kept $base"; else rm -rf "$base"; fi
}
trap cleanup EXIT

finseg() { # finseg DATABASE LOG ARGS…: FinSeg against the cluster, in the background; sets $!
  local database=$1 logfile=$2; shift 2
  FINSEG_DB_URL="$(url "$database")" FINSEG_DB_USER=root FINSEG_DB_PASSWORD= \
    FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
    java ${JAVA_OPTS:--Xmx1g} -jar "$jar" --finseg.data-dir="$out/data" --finseg.demo-data=false \
      --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- "$@" >"$logfile" 2>&1 &
}

if [ "${SKIP_BUILD:-}" != 1 ]; then ./mvnw -B -q package -DskipTests || exit 1; fi
jar="$out/finseg-cluster.jar"
cp "$(ls target/finseg-*.jar | head -1)" "$jar"

# ---- the cluster ----------------------------------------------------------------------------
log "cluster in $base; $(mariadbd --version | cut -d' ' -f2-4), $(dpkg-query -W -f='galera-4 ${Version}' galera-4 2>/dev/null)"
for n in 1 2 3; do write_config "$n"; done
mariadb-install-db --defaults-file="$base/n1/my.cnf" --auth-root-authentication-method=normal \
  --skip-test-db >"$base/n1/install.log" 2>&1 || { cat "$base/n1/install.log"; exit 1; }
start_node 1 --wsrep-new-cluster
wait_synced 1 60 || exit 1
sqln 1 -e "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; GRANT ALL ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION" 2>/dev/null
for n in 2 3; do start_node "$n"; wait_synced "$n" 120 || exit 1; done
log "cluster size $(cluster_size), all Synced"

# ---- data -----------------------------------------------------------------------------------
log "generating $customers customers into $db"
finseg "$db" "$out/generate.log" --server.port=0 --finseg.generate.customers="$customers" \
  --finseg.generate.seed=42 --finseg.generate.anchor-date=2026-06-30
wait $! || { tail -30 "$out/generate.log"; exit 1; }
finseg "$db" "$out/features-first.log" --server.port=0 --finseg.features.rebuild-as-of=2026-06-30
wait $! || { tail -30 "$out/features-first.log"; exit 1; }
log "$(sqlc "$db" -e "SELECT CONCAT(COUNT(*), ' customers') FROM customer"), features: $(sqlc "$db" -e "SELECT CONCAT(active_table, ' as of ', as_of, ', ', customers, ' customers') FROM customer_features_pointer")"
# Everyone contactable by email, so that the export has a row per customer.
sqlc "$db" -e "UPDATE compliance SET consent_given = TRUE, email_opt_in = TRUE, do_not_contact = FALSE, regulatory_requirements_met = TRUE"
sqlc "$db" -e "INSERT INTO compliance (compliance_id, customer_id, consent_given, regulatory_requirements_met, email_opt_in,
  sms_opt_in, phone_opt_in, post_opt_in, do_not_contact, updated_at)
  SELECT (SELECT COALESCE(MAX(compliance_id), 0) FROM compliance) + c.customer_id, c.customer_id, TRUE, TRUE, TRUE, FALSE,
    FALSE, FALSE, FALSE, NOW() FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id
  WHERE cp.customer_id IS NULL"
# A bench-only user; {noop} marks a stored plain password: never in real use.
sqlc "$db" -e "DELETE FROM app_user WHERE username = 'bench-marketer';
  INSERT INTO app_user (username, password_hash, access_level, enabled, failed_logins, must_change_password, created_at, version)
  VALUES ('bench-marketer', '{noop}bench-marketer-password', 'MARKETER', TRUE, 0, FALSE, NOW(), 0)"
rule='{"schemaVersion":1,"root":{"type":"group","logic":"AND","children":[{"type":"condition","attribute":"age","operator":"GE","values":["30"]},{"type":"group","logic":"OR","children":[{"type":"condition","attribute":"has_mortgage","operator":"EQ","values":["true"]},{"type":"condition","attribute":"total_balance","operator":"GT","values":["50000"]}]}]}}'
everyone='{"schemaVersion":1,"root":{"type":"condition","attribute":"products_count","operator":"GE","values":["0"]}}'
sqlc "$db" -e "INSERT INTO segment (name, description, purpose, owner, rule_json, rule_schema_version, created_at, updated_at, version)
  VALUES ('Load test', NULL, 'GENERAL', 'bench-marketer', '$rule', 1, NOW(), NOW(), 0),
         ('Everyone', NULL, 'GENERAL', 'bench-marketer', '$everyone', 1, NOW(), NOW(), 0)"

# ---- 1. load test while node 1 is killed and rejoins ----------------------------------------
port=${PORT:-8104}
finseg "$db" "$out/app.log" --server.port="$port"
app=$!
for _ in $(seq 1 180); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done
export LOAD_USER=bench-marketer LOAD_PASSWORD=bench-marketer-password
LOAD_SEGMENT=$(sqlc "$db" -e "SELECT id FROM segment WHERE name = 'Load test'")
LOAD_CUSTOMERS=$(sqlc "$db" -e "SELECT MAX(customer_id) FROM customer")
LOAD_PREFIXES=$(sqlc "$db" -e "SELECT GROUP_CONCAT(DISTINCT SUBSTRING(name, 1, 4)) FROM (SELECT name FROM customer WHERE customer_id % 5000 = 7) s")
export LOAD_SEGMENT LOAD_CUSTOMERS LOAD_PREFIXES
load() { wrk -t2 -c"$connections" -d"$1" --timeout 30s -s bench/load/mix.lua "http://127.0.0.1:$port" >"$out/load-$2.txt" 2>&1; }
summary() { # errors and p95 of a phase
  local f="$out/load-$1.txt"
  echo "$1: $(awk '/^requests /{sub(",","",$2); r=$2} /^latency p50/{p50=$3} /^latency p95/{p95=$3} /^thread .*errors/{for(i=1;i<=NF;i++) if($i=="errors") e+=$(i+1)} END {printf "%d answers, %d errors, p50 %s ms, p95 %s ms", r, e, p50, p95}' "$f")"
}
log "warm-up"; load 20s warmup
log "load before"; load "$phase" before
log "load during: node 1 killed now, restarted half-way"
half=$(( ${phase%s} / 2 ))
( sleep 1; kill_node 1; sleep "$half"; rejoin_node 1 ) >>"$out/events.log" 2>&1 &
killer=$!
load "$phase" during
wait "$killer"
wait_synced 1 180 || exit 1
log "node 1 Synced again, cluster size $(cluster_size)"
log "load after"; load "$phase" after
for p in before during after; do summary "$p"; done | tee "$out/load-summary.txt"
during_errors=$(awk '/^thread .*errors/{for(i=1;i<=NF;i++) if($i=="errors") e+=$(i+1)} END {print e+0}' "$out/load-during.txt")
after_errors=$(awk '/^thread .*errors/{for(i=1;i<=NF;i++) if($i=="errors") e+=$(i+1)} END {print e+0}' "$out/load-after.txt")
check "load after the rejoin" "$([ "$after_errors" = 0 ] && echo 0 || echo 1)" "$after_errors errors after node 1 rejoined ($during_errors while it was down or rejoining)"

# ---- 2. node 1 killed during an export ------------------------------------------------------
jar_cookies="$out/cookies.txt"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "http://127.0.0.1:$port/login" | csrf)
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "username=$LOAD_USER" \
  --data-urlencode "password=$LOAD_PASSWORD" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
token=$(curl -s -c "$jar_cookies" -b "$jar_cookies" "http://127.0.0.1:$port/campaigns/new" | csrf)
everyone_id=$(sqlc "$db" -e "SELECT id FROM segment WHERE name = 'Everyone'")
location=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar_cookies" -b "$jar_cookies" \
  --data-urlencode "name=Cluster export $(date +%s)" --data-urlencode "segmentId=$everyone_id" \
  --data-urlencode "channel=EMAIL" --data-urlencode "purpose=GENERAL" --data-urlencode "fields=CUSTOMER_ID" \
  --data-urlencode "fields=NAME" --data-urlencode "fields=EMAIL" --data-urlencode "holdoutPercent=0" \
  --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/campaigns")
campaign=${location##*/}
version=$(sqlc "$db" -e "SELECT version FROM campaign WHERE id = ${campaign:-0}")
curl -s -o /dev/null -c "$jar_cookies" -b "$jar_cookies" --data-urlencode "version=$version" \
  --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/campaigns/$campaign/freeze"
members=$(sqlc "$db" -e "SELECT COUNT(*) FROM campaign_member WHERE campaign_id = ${campaign:-0}" 2>/dev/null || echo "?")
log "campaign $campaign frozen ($members members); exporting slowly, node 1 killed once the export runs"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar_cookies")
python3 bench/slow_download.py "$port" "$campaign" "$session" "$out/export.csv" 100000 >"$out/export-client.txt" 2>&1 &
download=$!
for _ in $(seq 1 300); do
  [ "$(sqlc "$db" -e "SELECT COUNT(*) FROM campaign_export WHERE campaign_id = ${campaign:-0} AND status = 'RUNNING'")" -gt 0 ] && break
  kill -0 "$download" 2>/dev/null || break
  sleep 0.1
done
sleep 1; kill_node 1 >>"$out/events.log" 2>&1
wait "$download"
client=$(cat "$out/export-client.txt")
sleep 2
read -r status rows sha <<<"$(sqlc "$db" -e "SELECT status, row_count, COALESCE(sha256, '-') FROM campaign_export WHERE campaign_id = ${campaign:-0} ORDER BY id DESC LIMIT 1")"
file_sha=$(sha256sum "$out/export.csv" | cut -d' ' -f1)
file_rows=$(( $(wc -l <"$out/export.csv") - 1 ))
case "$status" in
  COMPLETED) ok=$([ "$sha" = "$file_sha" ] && [ "$rows" = "$file_rows" ] && echo 0 || echo 1) ;;
  BROKEN_OFF) ok=0 ;;
  *) ok=1 ;;
esac
check "export during a node kill" "$ok" "export of campaign $campaign: $status, $rows rows recorded, file $file_rows rows ($client), recorded sha256 ${sha:0:12}…, file sha256 ${file_sha:0:12}…"
rejoin_node 1 >>"$out/events.log" 2>&1; wait_synced 1 180 || exit 1
kill "$app"; wait "$app" 2>/dev/null; app=""

# ---- 3. node 1 killed during a feature rebuild ----------------------------------------------
read -r old_table old_as_of old_built old_customers <<<"$(sqlc "$db" -e "SELECT active_table, as_of, REPLACE(built_at, ' ', 'T'), customers FROM customer_features_pointer")"
inactive=$([ "$old_table" = customer_features_a ] && echo customer_features_b || echo customer_features_a)
log "rebuild as of 2026-05-31 (active now: $old_table as of $old_as_of); node 1 killed once the rebuild runs and $inactive holds rows"
finseg "$db" "$out/features-kill.log" --server.port=0 --finseg.features.rebuild-as-of=2026-05-31
rebuild=$!
for _ in $(seq 1 900); do
  grep -q 'Started FinSegApplication' "$out/features-kill.log" 2>/dev/null \
    && [ "$(sqlc "$db" -e "SELECT COUNT(*) FROM $inactive" 2>/dev/null || echo 0)" -gt 0 ] && break
  kill -0 "$rebuild" 2>/dev/null || break
  sleep 0.2
done
kill_node 1 >>"$out/events.log" 2>&1
wait "$rebuild"; rebuild_exit=$?
read -r new_table new_as_of new_built new_customers <<<"$(sqlc "$db" -e "SELECT active_table, as_of, REPLACE(built_at, ' ', 'T'), customers FROM customer_features_pointer")"
active_rows=$(sqlc "$db" -e "SELECT COUNT(*) FROM $new_table")
all_customers=$(sqlc "$db" -e "SELECT COUNT(*) FROM customer")
if [ "$new_as_of" = 2026-05-31 ]; then
  ok=$([ "$new_table" = "$inactive" ] && [ "$active_rows" = "$all_customers" ] && [ "$new_customers" = "$all_customers" ] && echo 0 || echo 1)
  outcome="switched to $new_table as of $new_as_of with $active_rows rows of $all_customers customers"
else
  ok=$([ "$new_table" = "$old_table" ] && [ "$new_built" = "$old_built" ] && [ "$active_rows" = "$old_customers" ] && echo 0 || echo 1)
  outcome="kept $new_table as of $new_as_of with $active_rows rows (pointer says $new_customers)"
fi
check "rebuild during a node kill" "$ok" "$outcome; rebuild process exit $rebuild_exit ($(grep -cE 'Rebuilt the features' "$out/features-kill.log") completion lines)"
rejoin_node 1 >>"$out/events.log" 2>&1; wait_synced 1 180 || exit 1

# ---- 4. node 1 killed during an import ------------------------------------------------------
dir="$out/import"
mkdir -p "$dir"
log "writing the import files from $db"
python3 bench/import_files.py 3312 "$db" "$dir"
tables="customer account transactions payments credit_history relationships communication_log compliance"
file_rows=0; for t in $tables; do file_rows=$(( file_rows + $(wc -l <"$dir/$t.csv") - 1 )); done
import_db=finseg_cluster_import
sqlc -e "DROP DATABASE IF EXISTS $import_db"
log "importing $file_rows rows into $import_db; node 1 killed once writing has begun"
finseg "$import_db" "$out/import-kill.log" --server.port=0 --finseg.import.dir="$dir"
importing=$!
for _ in $(seq 1 1200); do
  [ "$(sqlc "$import_db" -e "SELECT COUNT(*) FROM customer" 2>/dev/null || echo 0)" -gt 0 ] && break
  kill -0 "$importing" 2>/dev/null || break
  sleep 0.2
done
kill_node 1 >>"$out/events.log" 2>&1
wait "$importing"; import_exit=$?
read -r import_id import_status <<<"$(sqlc "$import_db" -e "SELECT id, status FROM data_import ORDER BY id DESC LIMIT 1")"
db_rows=0; for t in $tables; do db_rows=$(( db_rows + $(sqlc "$import_db" -e "SELECT COUNT(*) FROM $t") )); done
case "$import_status" in
  DONE) ok=$([ "$db_rows" = "$file_rows" ] && echo 0 || echo 1) ;;
  FAILED) ok=$([ "$db_rows" = 0 ] && echo 0 || echo 1) ;;
  *) ok=1 ;;
esac
check "import during a node kill" "$ok" "import $import_id: $import_status, $db_rows of $file_rows rows in the database; process exit $import_exit"
rejoin_node 1 >>"$out/events.log" 2>&1; wait_synced 1 180 || exit 1
log "cluster size $(cluster_size) at the end; transactions FinSeg ran again: $(cat "$out"/*.log | grep -c 'TransactionRetry *: Transaction refused')"
grep -h 'TransactionRetry *: ' "$out"/*.log | sed -E 's/.*TransactionRetry *: //; s/attempt ([0-9]+) of.*: /attempt \1: /' | sort | uniq -c | sort -rn | head -5
echo "checks failed: $failures"
exit $(( failures > 0 ))
