#!/usr/bin/env bash
# Import benchmark on MariaDB: generates SIZE customers into finseg_bench (bench/generate.sh,
# unless BENCH_REUSE=1), writes them out as the import's CSV files, and imports those into a new,
# empty database finseg_bench_import (DROPPED first), timing the check and the writing.
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
mariadb -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS finseg_bench_import"
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/finseg_bench_import?createDatabaseIfNotExist=true&rewriteBatchedStatements=true&useCursorFetch=true" \
  FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  java ${JAVA_OPTS:--Xmx2g} -jar "$jar" --server.port=0 --finseg.data-dir="$PWD/target/bench" \
    --finseg.demo-data=false --finseg.features.rebuild-on-data-change=false --finseg.features.nightly-cron=- \
    --finseg.import.dir="$dir" ${EXTRA_ARGS:-} >"$log" 2>&1
grep -E 'ImportCommand' "$log" | sed -E 's/.*ImportCommand *: //'
