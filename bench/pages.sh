#!/usr/bin/env bash
# Customer page benchmark on MariaDB: starts FinSeg on finseg_bench (filled by bench/features.sh
# SIZE, features built) and times list page 1, the page after the middle row, a name search and a
# profile as a signed-in marketer (bench/pages.py).
#   bench/pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-finseg_bench}
sql() { mariadb -h127.0.0.1 -uroot "$db" -N -B -e "$1"; }
mkdir -p target/bench
cp "$(ls target/finseg-*.jar | head -1)" target/bench/finseg-bench.jar
# A bench-only user; {noop} is Spring Security's marker for a stored plain password: never in real use.
sql "DELETE FROM app_user WHERE username = 'bench-marketer';
     INSERT INTO app_user (username, password_hash, access_level, enabled, failed_logins, must_change_password, created_at, version)
     VALUES ('bench-marketer', '{noop}bench-marketer-password', 'MARKETER', TRUE, 0, FALSE, NOW(), 0);"
customers=$(sql "SELECT COUNT(*) FROM customer")
row=$(( customers / 2 ))
read -r id name < <(sql "SELECT customer_id, name FROM customer ORDER BY name, customer_id LIMIT 1 OFFSET $((row - 1))" | tr '\t' ' ')
token=$(python3 -c "import base64,sys; print(base64.urlsafe_b64encode((sys.argv[1] + '\0' + ' '.join(sys.argv[2:])).encode()).decode().rstrip('='))" $id $name)
search=$(sql "SELECT SUBSTRING(name, 1, 5) FROM customer WHERE customer_id = 4242")
profile=$(sql "SELECT customer_id FROM customer ORDER BY customer_id LIMIT 1 OFFSET $((row - 1))")
port=18080
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true" FINSEG_DB_USER=root \
  FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  java ${JAVA_OPTS:--Xmx2g} -jar target/bench/finseg-bench.jar --server.port=$port --finseg.data-dir="$PWD/target/bench" \
    --finseg.demo-data=false --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
    > target/bench/pages.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 1; done
echo "$customers customers; page after row $row; name search \"$search\"; profile $profile"
python3 bench/pages.py "http://127.0.0.1:$port" bench-marketer bench-marketer-password "$token" "$search" "$profile" 30
