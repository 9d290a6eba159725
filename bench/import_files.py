"""The eight CSV files of an import (docs/import.md), written from a MariaDB database's customer tables.
   python3 bench/import_files.py PORT DATABASE FOLDER      (server on 127.0.0.1:PORT, user root)
"""
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
    rows = subprocess.run(["mariadb", "-h127.0.0.1", "-P" + sys.argv[1], "-uroot", sys.argv[2], "-N", "-B", "-r", "-e", query],
                          check=True, capture_output=True, text=True).stdout
    with open(f"{sys.argv[3]}/{table}.csv", "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(columns.split(","))
        for line in rows.splitlines():
            writer.writerow(["" if v == "\\N" else v for v in line.split("\t")])
