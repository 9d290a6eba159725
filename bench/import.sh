#!/usr/bin/env bash
# Import benchmark on MariaDB: generates SIZE customers into finseg_bench (bench/generate.sh,
# unless BENCH_REUSE=1), writes them out as the import's CSV files, and imports those into a new,
# empty database finseg_bench_import (DROPPED first; IMPORT_DB overrides), timing the check and
# the writing; then, for the limit, loads the same files with the mariadb client's LOAD DATA LOCAL
# INFILE into an empty copy of the schema (IMPORT_DB_ld), all in one go.
#   bench/import.sh SIZE
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?usage: bench/import.sh SIZE}
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
dir="$PWD/target/bench/import-${size}"
rm -rf "$dir" && mkdir -p "$dir"
log="target/bench/import-${size}.log"

echo "Writing the CSV files to $dir"
python3 - "$dir" <<'PY'
import csv, os, subprocess, sys
tables = {
  "customer": "customer_id,name,email,phone,address,date_of_birth,identification_number,city,region,postcode,country,annual_income,occupation,marital_status,customer_since",
  "account": "account_id,customer_id,account_type,balance,status,opened_on",
  "transactions": "transaction_id,account_id,transaction_type,amount,transaction_date,notes,category",
  "payments": "payment_id,account_id,recipient,amount,payment_date,payment_method",
  "credit_history": "credit_id,customer_id,credit_score,credit_limit,payment_history,credit_utilization,reported_on,late_payments_12m",
  "relationships": "relationship_id,customer1_id,customer2_id,relationship_type",
  "communication_log": "log_id,customer_id,communication_type,sent_at,summary,direction,outcome",
  "compliance": "compliance_id,customer_id,consent_given,disclosures,regulatory_requirements_met,email_opt_in,sms_opt_in,phone_opt_in,post_opt_in,do_not_contact,updated_at",
}
for table, columns in tables.items():
    query = "SELECT " + ", ".join("COALESCE(%s, '\\\\N')" % c for c in columns.split(",")) + " FROM " + table
    out = subprocess.run(["mariadb", "-h127.0.0.1", "-uroot", os.environ.get("BENCH_DB", "finseg_bench"), "-N", "-B", "-r", "-e", query],
                         check=True, capture_output=True, text=True).stdout
    with open(f"{sys.argv[1]}/{table}.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(columns.split(","))
        for line in out.splitlines():
            writer.writerow(["" if v == "\\N" else v for v in line.split("\t")])
PY
du -sh "$dir"
import_db=${IMPORT_DB:-finseg_bench_import}
case "$import_db" in finseg_test*) echo "refusing to benchmark into $import_db" >&2; exit 1;; esac
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$import_db\`"
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${import_db}?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true" \
  FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  java ${JAVA_OPTS:--Xmx2g} -jar "$jar" --server.port=0 --finseg.data-dir="$PWD/target/bench" \
    --finseg.demo-data=false --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
    --finseg.import.dir="$dir" ${EXTRA_ARGS:-} >"$log" 2>&1
grep -E 'ImportCommand' "$log" | sed -E 's/.*ImportCommand *: //'
grep -E 'ImportWriter|Writing \(' "$log" | sed -E 's/.*(ImportWriter|ImportCommand) *: //' | head -2

# The limit: LOAD DATA of the same files by the server, into an empty copy of the schema.
ld_db="${import_db}_ld"
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS \`$ld_db\`; CREATE DATABASE \`$ld_db\`"
mariadb-dump -h127.0.0.1 -uroot --no-data "$import_db" | mariadb -h127.0.0.1 -uroot "$ld_db"
python3 - "$dir" "$ld_db" <<'PY'
import csv, subprocess, sys, time
folder, db = sys.argv[1], sys.argv[2]
order = ["customer", "account", "transactions", "payments", "credit_history", "relationships", "communication_log", "compliance"]
statements, rows = [], 0
for table in order:
    with open(f"{folder}/{table}.csv", newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        columns = next(reader)
        rows += sum(1 for _ in reader)
    variables = ", ".join("@v%d" % i for i in range(len(columns)))
    assignments = ", ".join("%s = NULLIF(@v%d, '')" % (c, i) for i, c in enumerate(columns))
    statements.append(f"LOAD DATA LOCAL INFILE '{folder}/{table}.csv' INTO TABLE {table} CHARACTER SET utf8mb4 "
                      f"FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '\"' ESCAPED BY '' LINES TERMINATED BY '\\r\\n' "
                      f"IGNORE 1 LINES ({variables}) SET {assignments};")
started = time.time()
subprocess.run(["mariadb", "-h127.0.0.1", "-uroot", "--local-infile=1", db, "-e", " ".join(statements)], check=True)
seconds = time.time() - started
print("LOAD DATA of the same files (mariadb client, one connection): %d rows in %.1f s (%.0f rows/s)" % (rows, seconds, rows / seconds))
PY
