#!/usr/bin/env bash
# Campaign export benchmark on MariaDB with the JVM at -Xmx256m: freezes a campaign over every
# customer in the database and exports it as CSV three times through the download's exporter,
# printing time, rows per second and peak heap. Needs customers with features (bench/features.sh
# SIZE). It makes every customer contactable by email first (a consent record for each, opted
# in), so that the export has one row per customer: run it on a bench database only.
#   bench/export.sh [DATABASE]   (default finseg_bench)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-${BENCH_DB:-finseg_bench}}
sql() { mariadb -h127.0.0.1 -uroot "$db" -N -B -e "$1"; }
echo "Customers in $db: $(sql 'SELECT COUNT(*) FROM customer')"
echo "MariaDB: $(sql "SELECT CONCAT(VERSION(), ', innodb_buffer_pool_size=', @@innodb_buffer_pool_size DIV 1048576, ' MB')")"
sql "UPDATE compliance SET consent_given = TRUE, email_opt_in = TRUE, do_not_contact = FALSE, regulatory_requirements_met = TRUE"
offset=$(sql "SELECT COALESCE(MAX(compliance_id), 0) FROM compliance")
sql "INSERT INTO compliance (compliance_id, customer_id, consent_given, regulatory_requirements_met, email_opt_in, sms_opt_in,
       phone_opt_in, post_opt_in, do_not_contact, updated_at)
     SELECT ${offset} + c.customer_id, c.customer_id, TRUE, TRUE, TRUE, FALSE, FALSE, FALSE, FALSE, NOW()
     FROM customer c LEFT JOIN compliance cp ON cp.customer_id = c.customer_id WHERE cp.customer_id IS NULL"
FINSEG_DB_URL="jdbc:mysql://127.0.0.1:3306/${db}?rewriteBatchedStatements=true&useCursorFetch=true" \
  FINSEG_DB_USER=root FINSEG_DB_PASSWORD= FINSEG_ADMIN_PASSWORD="bench-only-$(date +%s%N)" \
  ./mvnw -B -q test -Dtest=CampaignExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DargLine="-Xmx256m" \
  >/dev/null 2>&1 || true
grep -E '^BENCH' target/surefire-reports/io.finseg.campaign.CampaignExportBenchmark-output.txt \
  || { echo "the benchmark failed: see target/surefire-reports/io.finseg.campaign.CampaignExportBenchmark.txt" >&2; exit 1; }
