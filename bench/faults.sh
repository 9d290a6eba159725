#!/usr/bin/env bash
# Fault tests, on demand (not part of ./mvnw verify): FinSeg as a separate process on its own
# MariaDB database (finseg_faults, DROPPED first), a long job started through the admin pages,
# the JVM killed with kill -9 half-way, FinSeg started again, and the database checked with the
# mariadb client: the job FAILED with its message, nothing half-written visible as complete, and
# the same job run again to success. Then a campaign export broken off by the client (over
# 120,000 customers, so that the CSV is larger than what the kernel's socket buffers can hold).
#   bench/faults.sh [CUSTOMERS]     (default 150000: enough for each job to take several seconds)
# Prints one line per check (PASS/FAIL) and exits non-zero when any check failed.
# It runs its own MariaDB server (mariadbd of the machine, a new data directory under target/bench,
# port FAULTS_DB_PORT, default 3307), so that it can also stop the database during a page view and
# during a job without disturbing anyone else's server.
set -uo pipefail
cd "$(dirname "$0")/.."
size=${1:-150000}
db=finseg_faults
port=${PORT:-18095}
db_port=${FAULTS_DB_PORT:-3307}
db_dir="$PWD/target/bench/faults-mariadb"
base="http://127.0.0.1:$port"
jar=target/bench/finseg-faults.jar
log=target/bench/faults-app.log
mkdir -p target/bench
[ -n "$(ls target/finseg-*.jar 2>/dev/null)" ] || ./mvnw -B -q package -DskipTests
cp "$(ls target/finseg-*.jar | head -1)" "$jar"
# The server is shared: other test runs sometimes take every connection for a moment, so retry.
sql() {
  local i
  for i in $(seq 1 60); do
    mariadb -h127.0.0.1 -P"$db_port" -uroot "$db" -N -B -e "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "mariadb: gave up on: $1" >&2; return 1
}
failures=0
check() { # check NAME EXPECTED ACTUAL
  if [ "$2" = "$3" ]; then echo "PASS $1 ($3)"; else echo "FAIL $1: expected $2, got $3"; failures=$((failures + 1)); fi
}
mariadb_pid=
start_mariadb() {
  mariadbd --no-defaults --user=root --datadir="$db_dir" --port="$db_port" --bind-address=127.0.0.1 \
    --socket="$db_dir/mariadb.sock" --pid-file="$db_dir/mariadb.pid" --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=512M --local-infile=1 \
    >>target/bench/faults-mariadb.log 2>&1 &
  mariadb_pid=$!
  for _ in $(seq 1 60); do mariadb-admin -h127.0.0.1 -P"$db_port" -uroot ping >/dev/null 2>&1 && return 0; sleep 1; done
  echo "MariaDB did not start on port $db_port: see target/bench/faults-mariadb.log" >&2; exit 1
}
stop_mariadb() { kill "$mariadb_pid" 2>/dev/null; wait "$mariadb_pid" 2>/dev/null; mariadb_pid=; }
app=
start_app() {
  FINSEG_DB_URL="jdbc:mysql://127.0.0.1:${db_port}/${db}?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true" \
    FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="faults-only-$(date +%s%N)" \
    java -Xmx1g -jar "$jar" --server.port=$port --finseg.data-dir="$PWD/target/bench" --finseg.demo-data=false \
      --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
      --finseg.datagen.allow-non-empty=true >>"$log" 2>&1 &
  app=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "$base/login" && return 0; sleep 1; done
  echo "FinSeg did not start: see $log" >&2; exit 1
}
kill_app() { kill -9 "$app" 2>/dev/null; wait "$app" 2>/dev/null; app=; }
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$mariadb_pid" ] && kill "$mariadb_pid" 2>/dev/null' EXIT
cookies=target/bench/faults-cookies.txt
token() { curl -s -b "$cookies" -c "$cookies" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
sign_in() {
  rm -f "$cookies"
  curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=faults-admin" \
    --data-urlencode "password=faults-admin-password" --data-urlencode "_csrf=$(token /login)" "$base/login"
}
post() { # post PATH FORM-PAGE [curl args…]
  local path=$1 page=$2; shift 2
  curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -c "$cookies" --data-urlencode "_csrf=$(token "$page")" "$@" "$base$path"
}
wait_running() { # wait_running JOB_TYPE: until the newest job of the type has done some of its work
  for _ in $(seq 1 600); do
    [ "$(sql "SELECT COUNT(*) FROM job WHERE job_type = '$1' AND status = 'RUNNING' AND done > 0")" = 1 ] && return 0
    sleep 0.2
  done
  echo "the $1 job never got going" >&2; return 1
}
wait_end() { # wait_end JOB_TYPE: the status of the newest job of the type once it has ended
  for _ in $(seq 1 900); do
    local s; s=$(sql "SELECT status FROM job WHERE job_type = '$1' ORDER BY id DESC LIMIT 1")
    case "$s" in QUEUED|RUNNING|"") sleep 1;; *) echo "$s"; return 0;; esac
  done
  echo TIMEOUT
}
newest_job() { sql "SELECT CONCAT(status, ' / ', COALESCE(message, '')) FROM job WHERE job_type = '$1' ORDER BY id DESC LIMIT 1"; }

rm -rf "$db_dir" && mkdir -p "$db_dir"
: >target/bench/faults-mariadb.log
mariadb-install-db --no-defaults --user=root --datadir="$db_dir" --auth-root-authentication-method=normal \
  --skip-test-db >>target/bench/faults-mariadb.log 2>&1 || { echo "mariadb-install-db failed" >&2; exit 1; }
start_mariadb
echo "MariaDB $(db=mysql sql "SELECT VERSION()") of its own on port $db_port, data in $db_dir"
: >"$log"
start_app
# A bench-only administrator; {noop} is Spring Security's marker for a stored plain password.
sql "INSERT INTO app_user (username, password_hash, access_level, enabled, failed_logins, must_change_password, created_at, version)
     VALUES ('faults-admin', '{noop}faults-admin-password', 'ADMIN', TRUE, 0, FALSE, NOW(), 0)"
sign_in
echo "FinSeg pid $app on $db; load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== generation of $size customers, killed half-way"
post /admin/data/generate /admin/data -d customers="$size" -d seed=42 -d anchorDate=2026-06-30 >/dev/null
gen_type=$(sql "SELECT job_type FROM job ORDER BY id DESC LIMIT 1")
wait_running "$gen_type" && sleep 2
kill_app; start_app; sign_in
echo "after the restart: $(newest_job "$gen_type")"
check "generation job failed after kill -9" FAILED "$(sql "SELECT status FROM job WHERE job_type = '$gen_type' ORDER BY id DESC LIMIT 1")"
check "generation job has a message" 1 "$(sql "SELECT COUNT(*) FROM job WHERE job_type = '$gen_type' AND message LIKE '%restart%' ORDER BY id DESC LIMIT 1")"
customers=$(sql "SELECT COUNT(*) FROM customer")
echo "customers kept: $customers of $size (whole chunks only)"
check "only whole chunks of 2,000 customers kept" 0 "$(( customers % 2000 ))"
check "no account of a customer that was not written" 0 "$(sql "SELECT COUNT(*) FROM account a LEFT JOIN customer c ON c.customer_id = a.customer_id WHERE c.customer_id IS NULL")"
check "no chunk without its accounts" 0 "$(sql "SELECT COUNT(*) FROM (SELECT MAX(customer_id) m FROM customer) x WHERE NOT EXISTS (SELECT 1 FROM account WHERE customer_id BETWEEN x.m - 1999 AND x.m)")"
post /admin/data/generate /admin/data -d customers=120000 -d seed=7 -d anchorDate=2026-06-30 >/dev/null
check "generation runs again to success" SUCCEEDED "$(wait_end "$gen_type")"
check "customers after the second run" "$(( customers + 120000 ))" "$(sql "SELECT COUNT(*) FROM customer")"

echo "== feature rebuild, killed half-way"
post /admin/features/rebuild / >/dev/null
check "first rebuild succeeds" SUCCEEDED "$(wait_end REBUILD_FEATURES)"
before=$(sql "SELECT CONCAT(active_table, ' ', built_at) FROM customer_features_pointer")
post /admin/features/rebuild / >/dev/null
wait_running REBUILD_FEATURES && sleep 1
kill_app; start_app; sign_in
echo "after the restart: $(newest_job REBUILD_FEATURES)"
check "rebuild job failed after kill -9" FAILED "$(sql "SELECT status FROM job WHERE job_type = 'REBUILD_FEATURES' ORDER BY id DESC LIMIT 1")"
check "features pointer still on the old table" "$before" "$(sql "SELECT CONCAT(active_table, ' ', built_at) FROM customer_features_pointer")"
post /admin/features/rebuild / >/dev/null
check "rebuild runs again to success" SUCCEEDED "$(wait_end REBUILD_FEATURES)"
check "pointer switched by the new rebuild" 1 "$(sql "SELECT COUNT(*) FROM customer_features_pointer WHERE CONCAT(active_table, ' ', built_at) <> '$before'")"

echo "== clustering, killed half-way"
cluster_form=(-d algorithm=KMEANS -d chooseK=false -d k=8 -d sampleSize=100000 -d seed=1 -d maxIterations=500)
for feature in age income total_balance tx_avg_365d days_since_last_tx credit_utilization products_count response_rate; do
  cluster_form+=(-d features=$feature)
done
post /clustering/runs /clustering/new "${cluster_form[@]}" >/dev/null
cl_type=$(sql "SELECT job_type FROM job ORDER BY id DESC LIMIT 1")
wait_running "$cl_type" && sleep 1
run=$(sql "SELECT MAX(id) FROM cluster_run")
kill_app; start_app; sign_in
echo "after the restart: $(newest_job "$cl_type"); run $run: $(sql "SELECT status FROM cluster_run WHERE id = $run")"
check "clustering job failed after kill -9" FAILED "$(sql "SELECT status FROM job WHERE job_type = '$cl_type' ORDER BY id DESC LIMIT 1")"
check "interrupted run not COMPLETED" 0 "$(sql "SELECT COUNT(*) FROM cluster_run WHERE id = $run AND status = 'COMPLETED'")"
check "no assignments left of the interrupted run" 0 "$(sql "SELECT COUNT(*) FROM cluster_assignment WHERE run_id = $run")"
post /clustering/runs /clustering/new "${cluster_form[@]}" >/dev/null
check "clustering runs again to success" SUCCEEDED "$(wait_end "$cl_type")"
check "every customer assigned in the new run" "$(sql "SELECT customers FROM customer_features_pointer")" \
  "$(sql "SELECT COUNT(*) FROM cluster_assignment WHERE run_id = (SELECT MAX(id) FROM cluster_run)")"

echo "== campaign export broken off by the client"
sql "UPDATE compliance SET consent_given = TRUE, email_opt_in = TRUE, do_not_contact = FALSE, regulatory_requirements_met = TRUE"
rule='{"schemaVersion":1,"root":{"type":"condition","attribute":"age","operator":"GE","values":["0"]}}'
sql "INSERT INTO segment (name, purpose, owner, rule_json, rule_schema_version, created_at, updated_at, version)
     VALUES ('Faults everyone', 'GENERAL', 'faults-admin', '$rule', 1, NOW(), NOW(), 0)"
post /admin/features/rebuild / >/dev/null; wait_end REBUILD_FEATURES >/dev/null
segment=$(sql "SELECT id FROM segment WHERE name = 'Faults everyone'")
post /campaigns /campaigns/new -d name="Faults export" -d segmentId="$segment" -d channel=EMAIL -d purpose=GENERAL \
  -d fields=CUSTOMER_ID -d fields=NAME -d fields=EMAIL -d holdoutPercent=0 >/dev/null
campaign=$(sql "SELECT MAX(id) FROM campaign")
post "/campaigns/$campaign/freeze" "/campaigns/$campaign" -d version="$(sql "SELECT version FROM campaign WHERE id = $campaign")" >/dev/null
echo "campaign $campaign frozen with $(sql "SELECT COUNT(*) FROM campaign_member WHERE campaign_id = $campaign") members"
# The client: reads 64 kB with a 4 kB receive buffer (so the kernel cannot take the whole file in
# for it), waits, then drops the connection with a reset, as a killed browser or curl does.
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$cookies")
python3 - "$port" "$campaign" "$session" >target/bench/faults-export.txt <<'PY'
import socket, struct, sys, time
port, campaign, session = sys.argv[1:4]
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
s.connect(("127.0.0.1", int(port)))
s.sendall(f"GET /campaigns/{campaign}/export.csv HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: JSESSIONID={session}\r\n"
          f"Connection: close\r\n\r\n".encode())
got = b""
while len(got) < 65536:
    data = s.recv(4096)
    if not data:
        break
    got += data
time.sleep(2)
s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
s.close()
print(len(got), got.split(b"\r\n", 1)[0].decode())
PY
echo "read $(cut -d' ' -f1 target/bench/faults-export.txt) bytes ($(cut -d' ' -f2- target/bench/faults-export.txt)) of the export of campaign $campaign, then reset the connection"
for _ in $(seq 1 60); do [ "$(sql "SELECT COUNT(*) FROM campaign_export WHERE campaign_id = $campaign AND status <> 'RUNNING'")" -ge 1 ] && break; sleep 1; done
check "export recorded as BROKEN_OFF" BROKEN_OFF "$(sql "SELECT status FROM campaign_export WHERE campaign_id = $campaign ORDER BY id DESC LIMIT 1")"
check "no CAMPAIGN_EXPORTED audit row for it" 0 "$(sql "SELECT COUNT(*) FROM audit_log WHERE action = 'CAMPAIGN_EXPORTED' AND target_id = '$campaign'")"

echo "== import, killed while writing"
customers=$(sql "SELECT COUNT(*) FROM customer"); accounts=$(sql "SELECT COUNT(*) FROM account")
import_dir=target/bench/faults-import
rm -rf "$import_dir" && mkdir -p "$import_dir"
# 100,000 new customers with their accounts: copies of existing ones under new ids and new identity numbers.
first_id=$(( $(sql "SELECT MAX(customer_id) FROM customer") + 1 )); first_account=$(( $(sql "SELECT MAX(account_id) FROM account") + 1 ))
sql "SELECT customer_id + $first_id, name, CONCAT('i', email), phone, address, date_of_birth, CONCAT('IMP', customer_id + $first_id),
            city, region, postcode, country, annual_income, occupation, marital_status, customer_since
     FROM customer WHERE customer_id <= (SELECT MIN(customer_id) + 99999 FROM customer)" >"$import_dir/customer.tsv"
sql "SELECT a.account_id + $first_account, a.customer_id + $first_id, a.account_type, a.balance, a.status, a.opened_on
     FROM account a WHERE a.customer_id <= (SELECT MIN(customer_id) + 99999 FROM customer)" >"$import_dir/account.tsv"
python3 - "$import_dir" <<'PY'
import csv, sys
heads = {"customer": "customer_id,name,email,phone,address,date_of_birth,identification_number,city,region,postcode,country,annual_income,occupation,marital_status,customer_since",
         "account": "account_id,customer_id,account_type,balance,status,opened_on"}
for table, head in heads.items():
    with open(f"{sys.argv[1]}/{table}.tsv", encoding="utf-8") as tsv, open(f"{sys.argv[1]}/{table}.csv", "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(head.split(","))
        for line in tsv:
            writer.writerow(["" if v == "NULL" else v for v in line.rstrip("\n").split("\t")])
PY
upload() {
  curl -s -o /dev/null -w '%{http_code}' -b "$cookies" -c "$cookies" -H "X-CSRF-TOKEN: $(token /admin/import)" \
    -F "files=@$import_dir/customer.csv" -F "files=@$import_dir/account.csv" "$base/admin/import"
}
echo "uploading $(( $(wc -l <"$import_dir/customer.csv") - 1 )) customers and $(( $(wc -l <"$import_dir/account.csv") - 1 )) accounts: HTTP $(upload)"
import_id=$(sql "SELECT MAX(id) FROM data_import")
for _ in $(seq 1 3000); do # until it is writing and some of its customers are in
  [ "$(sql "SELECT COUNT(*) FROM data_import WHERE id = $import_id AND status = 'WRITING'
            AND EXISTS (SELECT 1 FROM customer WHERE import_id = $import_id)")" = 1 ] && break
done
echo "import $import_id: $(sql "SELECT CONCAT(status, ', ', (SELECT COUNT(*) FROM customer WHERE import_id = $import_id), ' of ', rows_total, ' rows (customers first) written') FROM data_import WHERE id = $import_id"); kill -9"
kill_app
echo "customers visible between the kill and the restart: $(sql "SELECT COUNT(*) FROM customer") (the import's rows carry its id)"
start_app; sign_in
echo "after the restart: $(newest_job IMPORT_CUSTOMER_DATA)"
check "import job failed after kill -9" FAILED "$(sql "SELECT status FROM job WHERE job_type = 'IMPORT_CUSTOMER_DATA' ORDER BY id DESC LIMIT 1")"
check "import marked FAILED" FAILED "$(sql "SELECT status FROM data_import WHERE id = $import_id")"
check "no customer of the cut-off import kept" "$customers" "$(sql "SELECT COUNT(*) FROM customer")"
check "no account of the cut-off import kept" "$accounts" "$(sql "SELECT COUNT(*) FROM account")"
upload >/dev/null
check "the same files import again to success" SUCCEEDED "$(wait_end IMPORT_CUSTOMER_DATA)"
check "the new import DONE" DONE "$(sql "SELECT status FROM data_import ORDER BY id DESC LIMIT 1")"
check "customers after the second import" "$(( customers + $(wc -l <"$import_dir/customer.tsv") ))" "$(sql "SELECT COUNT(*) FROM customer")"

echo "== MariaDB stopped during a page view"
page="$base/customers?field=name&q=A"
check "the page works before" 200 "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$page")"
stop_mariadb
status=$(curl -s -o target/bench/faults-down.html -w '%{http_code} %{time_total}' -H 'Accept: text/html' -b "$cookies" "$page")
echo "page while MariaDB was down: HTTP ${status% *} after ${status#* } s, $(grep -o '<h1[^>]*>[^<]*' target/bench/faults-down.html | sed 's/<h1[^>]*>//' | head -1)"
check "503 while the database is down" 503 "${status% *}"
check "the page says the database is not answering" 1 "$(grep -q 'database is not answering' target/bench/faults-down.html && echo 1 || echo 0)"
check "no stack trace on the page" 0 "$(grep -c 'Exception' target/bench/faults-down.html)"
start_mariadb
for _ in $(seq 1 30); do [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$page")" = 200 ] && break; sleep 1; done
check "the page works again once MariaDB is back, same session" 200 "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$page")"

echo "== MariaDB stopped during a feature rebuild"
before=$(sql "SELECT CONCAT(active_table, ' ', built_at) FROM customer_features_pointer")
customers=$(sql "SELECT COUNT(*) FROM customer")
post /admin/features/rebuild / >/dev/null
wait_running REBUILD_FEATURES
stop_mariadb; echo "MariaDB stopped for 10 s during the rebuild"; sleep 10; start_mariadb
check "rebuild job FAILED once the database is back" FAILED "$(wait_end REBUILD_FEATURES)"
echo "its message: $(newest_job REBUILD_FEATURES)"
check "its message says the database stopped answering" 1 "$(sql "SELECT COUNT(*) FROM job WHERE id = (SELECT MAX(id) FROM job WHERE job_type = 'REBUILD_FEATURES') AND message LIKE '%database stopped answering%'")"
check "features pointer still on the old table" "$before" "$(sql "SELECT CONCAT(active_table, ' ', built_at) FROM customer_features_pointer")"
check "no customer lost" "$customers" "$(sql "SELECT COUNT(*) FROM customer")"
post /admin/features/rebuild / >/dev/null
check "rebuild runs again to success without a restart of FinSeg" SUCCEEDED "$(wait_end REBUILD_FEATURES)"

echo "failures: $failures"
exit $(( failures > 0 ))
