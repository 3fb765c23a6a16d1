"""Legitimate payloads, part 1: data work, logs, key material, secret references, config."""
import json

from common import Collector, Stream, pem, sha256_hex, ssh_ed25519_pub, ssh_rsa_pub, tiny_png

RO = "realistic ops"
RA = "realistic analytics"


def analytics_sql(c):
    k = "analytics_sql"
    c.add("retention cohorts with window functions and comments", RA, "warehouse.query", {
        "warehouse": "snowflake-prod", "role": "ANALYST",
        "sql": "-- weekly signup cohorts, % still active N weeks later\n"
               "WITH signups AS (\n  SELECT user_id, DATE_TRUNC('week', created_at) AS cohort_week\n"
               "  FROM core.users WHERE created_at >= '2024-01-01'\n),\nactivity AS (\n"
               "  SELECT DISTINCT user_id, DATE_TRUNC('week', event_ts) AS active_week FROM core.events\n)\n"
               "SELECT s.cohort_week,\n       DATEDIFF('week', s.cohort_week, a.active_week) AS week_n,\n"
               "       COUNT(DISTINCT a.user_id) AS active_users,\n"
               "       COUNT(DISTINCT a.user_id) / FIRST_VALUE(COUNT(DISTINCT a.user_id)) OVER (\n"
               "           PARTITION BY s.cohort_week ORDER BY DATEDIFF('week', s.cohort_week, a.active_week)) AS retention\n"
               "FROM signups s JOIN activity a USING (user_id)\nGROUP BY 1, 2\nORDER BY 1, 2;",
        "max_rows": 5000}, kind=k)
    c.add("UNION ALL of web and app events with CASE platform mapping", RA, "bigquery.run", {
        "project": "acme-analytics", "dry_run": False,
        "query": "SELECT event_date, 'web' AS source,\n  CASE WHEN device_category = 'mobile' THEN 'mobile_web' "
                 "ELSE 'desktop' END AS platform,\n  COUNT(*) AS sessions\nFROM `acme-analytics.web.sessions_*`\n"
                 "WHERE _TABLE_SUFFIX BETWEEN '20240601' AND '20240630'\nGROUP BY 1, 2, 3\nUNION ALL\n"
                 "SELECT event_date, 'app' AS source,\n  CASE os WHEN 'IOS' THEN 'ios' WHEN 'ANDROID' THEN 'android' "
                 "ELSE 'other' END,\n  COUNT(DISTINCT session_id)\nFROM `acme-analytics.app.events`\n"
                 "WHERE event_date BETWEEN '2024-06-01' AND '2024-06-30'\nGROUP BY 1, 2, 3\nORDER BY event_date"},
          kind=k)
    c.add("checkout funnel with LAG and SAFE_DIVIDE", RA, "bigquery.run", {
        "project": "acme-analytics",
        "query": "WITH steps AS (\n  SELECT step, COUNT(DISTINCT user_pseudo_id) AS users\n"
                 "  FROM `acme-analytics.app.checkout_steps`\n  WHERE event_date = CURRENT_DATE() - 1\n  GROUP BY step\n)\n"
                 "SELECT step, users,\n  SAFE_DIVIDE(users, LAG(users) OVER (ORDER BY step)) AS step_conversion\n"
                 "FROM steps ORDER BY step -- 1=cart 2=shipping 3=payment 4=confirm"}, kind=k)
    c.add("quarterly revenue with ROLLUP and explanatory comments", RA, "redshift.query", {
        "cluster": "rs-finance", "database": "finance",
        "sql": "/* Finance asked for net revenue by region and quarter, with subtotals.\n   Refunds are stored as "
               "negative amounts, so SUM() already nets them out. */\nSELECT COALESCE(region, 'ALL') AS region,\n"
               "       COALESCE(TO_CHAR(order_date, 'YYYY-\"Q\"Q'), 'ALL') AS quarter,\n"
               "       SUM(amount_usd) AS net_revenue\nFROM finance.fct_orders\nWHERE order_date >= '2023-01-01'\n"
               "GROUP BY ROLLUP (region, TO_CHAR(order_date, 'YYYY-\"Q\"Q'))\nORDER BY region, quarter;"}, kind=k)
    c.add("dedup with ROW_NUMBER and QUALIFY", RA, "snowflake.execute", {
        "account": "acme-eu", "warehouse": "TRANSFORM_XS",
        "statement": "SELECT *\nFROM raw.crm_contacts\nQUALIFY ROW_NUMBER() OVER (PARTITION BY LOWER(email) "
                     "ORDER BY updated_at DESC) = 1;"}, kind=k)
    c.add("ClickHouse latency quantiles per endpoint", RA, "clickhouse.query", {
        "host": "ch-analytics-01", "database": "observability",
        "query": "SELECT endpoint,\n       quantiles(0.5, 0.95, 0.99)(duration_ms) AS p,\n       countIf(status >= 500) "
                 "AS errors\nFROM http_requests\nWHERE ts > now() - INTERVAL 1 DAY\nGROUP BY endpoint\n"
                 "ORDER BY errors DESC\nLIMIT 20\nFORMAT JSON"}, kind=k)
    c.add("string literals with escaped apostrophes and OR in WHERE", RA, "looker.sql_runner", {
        "connection": "postgres_replica",
        "sql": "SELECT id, first_name, last_name, city\nFROM crm.customers\nWHERE last_name = 'O''Neil' OR last_name = "
               "'D''Souza' OR last_name = 'L''Estrange'\nORDER BY last_name;"}, kind=k)
    c.add("data-catalog query listing columns from information_schema", "realistic data engineering",
          "db.query", {
              "connection": "analytics-replica", "readonly": True,
              "sql": "SELECT table_schema, table_name, column_name, data_type, is_nullable\nFROM "
                     "information_schema.columns\nWHERE table_schema IN ('marts', 'staging')\nORDER BY table_schema, "
                     "table_name, ordinal_position;"}, kind=k)
    c.add("dynamic filter builder starting with WHERE 1=1", RA, "metabase.create_question", {
        "collection": "Sales Ops", "name": "Open opportunities by owner",
        "native_query": "SELECT owner_name, stage, COUNT(*) AS opps, SUM(amount) AS pipeline\nFROM "
                        "sales.opportunities\nWHERE 1=1\n  [[AND region = {{region}}]]\n  [[AND close_date <= "
                        "{{close_before}}]]\n  AND is_closed = false\nGROUP BY owner_name, stage\nORDER BY pipeline DESC",
        "template_tags": {"region": {"type": "text"}, "close_before": {"type": "date"}}}, kind=k)
    c.add("DuckDB over local parquet with EXCLUDE and PIVOT", RA, "duckdb.query", {
        "database": ":memory:",
        "sql": "PIVOT (SELECT * EXCLUDE (raw_payload) FROM read_parquet('data/orders/*.parquet'))\nON status\n"
               "USING count(*)\nGROUP BY country;"}, kind=k)


def db_migration(c):
    k = "db_migration"
    c.add("add column, backfill, drop legacy column", RO, "flyway.apply", {
        "target": "V42__split_full_name.sql", "environment": "staging",
        "script": "ALTER TABLE customers ADD COLUMN first_name text, ADD COLUMN last_name text;\n"
                  "UPDATE customers SET first_name = split_part(full_name, ' ', 1),\n"
                  "                     last_name  = nullif(substr(full_name, strpos(full_name, ' ') + 1), '');\n"
                  "ALTER TABLE customers DROP COLUMN full_name;"}, kind=k)
    c.add("drop and recreate a staging table", RO, "db.migrate", {
        "database": "etl_staging",
        "up": "DROP TABLE IF EXISTS stg_shipments;\nCREATE TABLE stg_shipments (\n  shipment_id bigint PRIMARY KEY,\n"
              "  carrier text NOT NULL,\n  shipped_at timestamptz,\n  payload jsonb\n);",
        "down": "DROP TABLE IF EXISTS stg_shipments;"}, kind=k)
    c.add("Alembic revision dropping an obsolete table", RO, "fs.write", {
        "path": "migrations/versions/9c1e2f_drop_legacy_sessions.py",
        "content": "\"\"\"drop legacy_sessions\n\nRevision ID: 9c1e2f\nRevises: 77ab10\n\"\"\"\nfrom alembic import op\n"
                   "import sqlalchemy as sa\n\nrevision = '9c1e2f'\ndown_revision = '77ab10'\n\n\ndef upgrade():\n"
                   "    op.drop_index('ix_legacy_sessions_user_id', table_name='legacy_sessions')\n"
                   "    op.drop_table('legacy_sessions')\n\n\ndef downgrade():\n    op.create_table(\n"
                   "        'legacy_sessions',\n        sa.Column('id', sa.Integer, primary_key=True),\n"
                   "        sa.Column('user_id', sa.Integer, nullable=False),\n"
                   "        sa.Column('token_hash', sa.String(64)),\n    )\n"}, kind=k)
    c.add("rename column with lock_timeout guard", RO, "db.migrate", {
        "database": "orders",
        "up": "SET lock_timeout = '3s';\nALTER TABLE order_items RENAME COLUMN qty TO quantity;\n"
              "COMMENT ON COLUMN order_items.quantity IS 'units ordered';",
        "down": "ALTER TABLE order_items RENAME COLUMN quantity TO qty;"}, kind=k)
    c.add("SQL Server migration with GO batches and sp_rename", RO, "sqlserver.run_script", {
        "server": "sql-erp-02", "database": "ERP",
        "script": "BEGIN TRANSACTION;\nGO\nEXEC sp_rename 'dbo.Vendors.Fax', 'LegacyFax', 'COLUMN';\nGO\n"
                  "ALTER TABLE dbo.Vendors ADD PreferredChannel nvarchar(20) NULL;\nGO\n"
                  "DROP INDEX IF EXISTS IX_Vendors_Fax ON dbo.Vendors;\nGO\nCOMMIT;"}, kind=k)
    c.add("online MySQL ALTER with ALGORITHM=INPLACE and dropped index", RO, "mysql.execute", {
        "host": "mysql-app-primary", "schema": "app",
        "sql": "ALTER TABLE events DROP INDEX idx_events_legacy_type, ADD INDEX idx_events_type_ts (type, created_at), "
               "ALGORITHM=INPLACE, LOCK=NONE;"}, kind=k)
    c.add("rollback script dropping trigger and function", RO, "db.migrate", {
        "database": "billing", "direction": "down",
        "down": "DROP TRIGGER IF EXISTS trg_invoice_audit ON invoices;\nDROP FUNCTION IF EXISTS fn_invoice_audit();\n"
                "DROP TABLE IF EXISTS invoice_audit_log;"}, kind=k)
    c.add("Liquibase changelog with dropColumn and raw sql", RO, "liquibase.update", {
        "changelog": "db/changelog/2024-06-accounts.yaml",
        "content": "databaseChangeLog:\n  - changeSet:\n      id: 2024-06-18-1\n      author: priya\n      changes:\n"
                   "        - dropColumn:\n            tableName: accounts\n            columnName: legacy_plan\n"
                   "        - sql:\n            sql: UPDATE accounts SET plan = 'starter' WHERE plan IS NULL;\n"}, kind=k)
    c.add("SQLite table rebuild with PRAGMA foreign_keys off", RO, "sqlite.exec", {
        "db_path": "data/app.db",
        "sql": "PRAGMA foreign_keys=off;\nBEGIN;\nCREATE TABLE notes_new (id INTEGER PRIMARY KEY, body TEXT NOT NULL, "
               "created_at TEXT);\nINSERT INTO notes_new (id, body, created_at) SELECT id, body, created_at FROM notes;\n"
               "DROP TABLE notes;\nALTER TABLE notes_new RENAME TO notes;\nCOMMIT;\nPRAGMA foreign_keys=on;"}, kind=k)


def mongo_queries(c):
    k = "mongo_queries"
    c.add("active subscriptions with $ne and $gt", RA, "mongo.find", {
        "database": "billing", "collection": "subscriptions",
        "filter": {"status": {"$ne": "cancelled"}, "renews_at": {"$gt": "2024-07-01T00:00:00Z"}},
        "projection": {"_id": 0, "customer_id": 1, "plan": 1}, "limit": 500}, kind=k)
    c.add("case-insensitive prefix search with $regex", RA, "mongo.find", {
        "database": "crm", "collection": "companies",
        "filter": {"name": {"$regex": "^acme", "$options": "i"}, "country": {"$in": ["DE", "AT", "CH"]}},
        "sort": {"name": 1}}, kind=k)
    c.add("aggregation with $lookup and $group", RA, "mongo.aggregate", {
        "database": "shop", "collection": "orders",
        "pipeline": [{"$match": {"created_at": {"$gte": "2024-06-01"}, "status": "paid"}},
                     {"$lookup": {"from": "customers", "localField": "customer_id", "foreignField": "_id",
                                  "as": "customer"}},
                     {"$unwind": "$customer"},
                     {"$group": {"_id": "$customer.segment", "revenue": {"$sum": "$total"}, "orders": {"$sum": 1}}},
                     {"$sort": {"revenue": -1}}]}, kind=k)
    c.add("bulk status update with $set and $lt", RO, "mongo.update_many", {
        "database": "jobs", "collection": "tasks",
        "filter": {"state": "running", "heartbeat_at": {"$lt": "2024-06-30T00:00:00Z"}},
        "update": {"$set": {"state": "stale"}, "$inc": {"retries": 1}}}, kind=k)
    c.add("$expr comparing two fields", RA, "mongo.find", {
        "database": "inventory", "collection": "items",
        "filter": {"$expr": {"$lt": ["$on_hand", "$reorder_point"]}, "discontinued": {"$ne": True}}}, kind=k)
    c.add("count with $exists and $nin", RA, "mongo.count", {
        "database": "users", "collection": "profiles",
        "filter": {"phone_verified_at": {"$exists": True}, "locale": {"$nin": ["en-US", "en-GB"]}}}, kind=k)
    c.add("Atlas Search compound query", RA, "atlas.search", {
        "index": "products_default", "collection": "products",
        "pipeline": [{"$search": {"compound": {"must": [{"text": {"query": "waterproof jacket", "path": "title"}}],
                                               "filter": [{"range": {"path": "price", "gte": 50, "lte": 200}}]}}},
                     {"$limit": 20}, {"$project": {"title": 1, "price": 1, "score": {"$meta": "searchScore"}}}]},
          kind=k)
    c.add("$facet dashboard aggregation with $bucket", RA, "mongo.aggregate", {
        "database": "support", "collection": "tickets",
        "pipeline": [{"$match": {"opened_at": {"$gte": "2024-06-01"}}},
                     {"$facet": {"by_priority": [{"$sortByCount": "$priority"}],
                                 "by_age": [{"$bucket": {"groupBy": "$age_hours", "boundaries": [0, 4, 24, 72, 1000],
                                                         "default": "older"}}]}}]}, kind=k)
    c.add("TTL index creation", RO, "mongo.create_index", {
        "database": "auth", "collection": "password_reset_requests",
        "keys": {"created_at": 1}, "options": {"expireAfterSeconds": 3600, "name": "ttl_reset_1h"}}, kind=k)
    c.add("pull array elements with $pull and $elemMatch", RO, "mongo.update_one", {
        "database": "crm", "collection": "accounts", "filter": {"_id": "acc_55190"},
        "update": {"$pull": {"contacts": {"$elemMatch": {"bounced": True, "last_seen": {"$lt": "2023-01-01"}}}}}},
          kind=k)


def log_analysis(c, s):
    k = "log_analysis"
    c.add("nginx access log excerpt with IPs and 502s", RO, "jira.add_comment", {
        "issue": "OPS-3321",
        "body": "502s started at 09:41 UTC:\n```\n10.12.4.8 - - [18/Jun/2024:09:41:02 +0000] \"POST /api/v2/checkout HTTP/1.1\" "
                "502 157 \"-\" \"okhttp/4.12.0\" upstream=10.12.7.21:8080 rt=30.001\n10.12.4.9 - - [18/Jun/2024:09:41:03 "
                "+0000] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\"\n```\nupstream times out at exactly 30s "
                "-> proxy_read_timeout."}, kind=k)
    c.add("Java stack trace from a failed batch job", RO, "sentry.add_note", {
        "issue_id": "ACME-BACKEND-5KQ",
        "note": "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out "
                "after 30000ms.\n\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)\n"
                "\tat com.acme.billing.InvoiceJob.run(InvoiceJob.java:88)\nPool size 10, job parallelism 24 -> exhausted."},
          kind=k)
    c.add("Python traceback with file paths", RO, "github.comment_issue", {
        "repo": "acme/etl", "issue": 412,
        "body": "```\nTraceback (most recent call last):\n  File \"/opt/etl/venv/lib/python3.11/site-packages/airflow/models/"
                "taskinstance.py\", line 1518, in _run_raw_task\n  File \"/opt/etl/dags/load_orders.py\", line 57, in load\n"
                "    df = pd.read_parquet(path)\nFileNotFoundError: [Errno 2] No such file or directory: "
                "'/data/landing/orders/2024-06-18/part-0000.parquet'\n```\nUpstream export was late by 40 min."},
          kind=k)
    c.add("WAF log lines showing blocked scanner probes, quoted for triage", RO, "jira.add_comment", {
        "issue": "SEC-902",
        "body": "All blocked at the edge, no origin hits. Sample:\n```\n2024-06-18T02:11:09Z BLOCK rule=930100 "
                "src=185.191.171.12 uri=\"/download?file=../../../../etc/passwd\"\n2024-06-18T02:11:10Z BLOCK rule=942100 "
                "src=185.191.171.12 uri=\"/search?q=1' OR '1'='1\"\n```\nLooks like an automated scanner; adding the IP "
                "to the 24h deny list, no further action."}, kind=k)
    c.add("kernel OOM killer lines with pod context", RO, "incident.add_timeline_entry", {
        "incident": "INC-1187", "at": "2024-06-18T11:02:00Z",
        "text": "node ip-10-0-3-41 dmesg:\n[183344.112] Memory cgroup out of memory: Killed process 28811 (java) "
                "total-vm:8123456kB, anon-rss:3984211kB\n[183344.118] oom_reaper: reaped process 28811 (java)\n"
                "pod search-indexer-6c9d limit 4Gi, heap 3.5g + metaspace -> raise limit or lower Xmx"}, kind=k)
    c.add("Postgres slow-query log excerpt", RO, "slack.post_message", {
        "channel": "#db-perf",
        "text": "slow log from db-prod-1:\n```\n2024-06-18 08:12:44 UTC [3311] LOG:  duration: 8812.113 ms  statement: "
                "SELECT * FROM events WHERE payload->>'customer_id' = '81234' ORDER BY created_at DESC LIMIT 50\n```\n"
                "needs an expression index on (payload->>'customer_id', created_at)."}, kind=k)
    c.add("Loki LogQL query over error lines", RO, "loki.query", {
        "endpoint": "https://loki.monitoring.acme-corp.com",
        "query": "sum by (app) (count_over_time({namespace=\"payments\"} |= \"ERROR\" != \"healthz\" | json | "
                 "status >= 500 [5m]))",
        "start": "2024-06-18T09:00:00Z", "end": "2024-06-18T10:00:00Z"}, kind=k)
    c.add("CloudWatch Logs Insights query with parse and stats", RO, "cloudwatch.insights_query", {
        "log_groups": ["/aws/lambda/order-processor"],
        "query": "fields @timestamp, @message\n| filter @message like /Task timed out/\n| parse @message "
                 "\"RequestId: * \" as reqId\n| stats count(*) as timeouts by bin(5m)\n| sort timeouts desc",
        "start_time": 1718690400, "end_time": 1718694000}, kind=k)
    c.add("Kubernetes events pasted into a support case", RO, "support.update_case", {
        "case_id": "CASE-00918231", "provider": "cloud-vendor",
        "comment": "kubectl get events -n ingress:\nWarning  FailedMount  pod/ingress-nginx-controller-7d  MountVolume.SetUp "
                   "failed for volume \"webhook-cert\" : secret \"ingress-nginx-admission\" not found\nWarning  BackOff  "
                   "pod/ingress-nginx-controller-7d  Back-off restarting failed container"}, kind=k)
    c.add("Splunk search for auth failures by source IP", RO, "splunk.search", {
        "search": "index=auth sourcetype=sshd \"Failed password\" | rex \"from (?<src_ip>\\d+\\.\\d+\\.\\d+\\.\\d+)\" "
                  "| stats count by src_ip | where count > 20 | sort - count",
        "earliest": "-24h", "output_mode": "json"}, kind=k)


def crypto_material(c, s):
    k = "crypto_material"
    c.add("adding an ed25519 deploy public key to a repository", "GitHub deploy keys docs", "github.add_deploy_key", {
        "repo": "acme/infra-live", "title": "argocd-readonly", "read_only": True,
        "key": ssh_ed25519_pub(s, "argocd@acme-prod")}, kind=k)
    c.add("uploading a public TLS certificate chain", "realistic ops", "tls.upload_certificate", {
        "name": "www-acme-corp-com-2024",
        "certificate": pem("CERTIFICATE", bytes.fromhex("308205") + s.bytes(1280)),
        "chain": pem("CERTIFICATE", bytes.fromhex("308204") + s.bytes(1100)),
        "private_key_ref": "vault:pki/issued/www-acme-corp-com#key"}, kind=k)
    files = ["acmectl_2.4.1_linux_amd64.tar.gz", "acmectl_2.4.1_darwin_arm64.tar.gz", "acmectl_2.4.1_windows_amd64.zip"]
    c.add("publishing SHA256SUMS for a release", "realistic release engineering", "github.upload_release_asset", {
        "repo": "acme/acmectl", "tag": "v2.4.1", "name": "SHA256SUMS",
        "content": "".join("%s  %s\n" % (sha256_hex("blind12:" + f), f) for f in files)}, kind=k)
    c.add("importing an OpenPGP public key block for apt signing", "realistic ops", "apt.add_signing_key", {
        "keyring": "/usr/share/keyrings/acme-archive-keyring.gpg",
        "armored_key": "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(
            s.b64(48) for _ in range(12)) + "\n=" + s.b64(3) + "\n-----END PGP PUBLIC KEY BLOCK-----\n"}, kind=k)
    c.add("uploading a small base64 PNG avatar", "realistic product work", "cms.upload_image", {
        "filename": "favicon-16.png", "alt": "Acme logo", "data_url": "data:image/png;base64," + tiny_png(s, 16, 16)},
          kind=k)
    c.add("publishing a JWKS with public RSA parameters", "RFC 7517 JSON Web Key", "fs.write", {
        "path": "public/.well-known/jwks.json",
        "content": json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": s.hex(16),
                                         "n": s.b64url(256), "e": "AQAB"}]}, indent=2)}, kind=k)
    c.add("registering devices by UUID", "realistic IT asset management", "inventory.register_devices", {
        "site": "BER-2", "devices": [{"uuid": s.uuid4(), "model": "ThinkPad T14 Gen 4", "owner": "j.meyer"},
                                     {"uuid": s.uuid4(), "model": "MacBook Pro 14", "owner": "a.ng"},
                                     {"uuid": s.uuid4(), "model": "Dell U2723QE", "owner": None}]}, kind=k)
    c.add("cosign public key and image digest for signature verification", "Sigstore cosign docs", "cosign.verify", {
        "image": "ghcr.io/acme/api@sha256:" + s.hex(64),
        "public_key": pem("PUBLIC KEY", bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004")
                          + s.bytes(64))}, kind=k)
    c.add("updating known_hosts entries for bastions", "realistic ops", "fs.write", {
        "path": "ansible/files/known_hosts",
        "content": "bastion-1.acme-corp.com " + ssh_ed25519_pub(s, "").strip() + "\nbastion-2.acme-corp.com "
                   + ssh_rsa_pub(s, "").strip() + "\n"}, kind=k)


def secret_references(c):
    k = "secret_references"
    c.add("GitHub Actions workflow referencing secrets via ${{ secrets.X }}", "GitHub Actions docs", "fs.write", {
        "path": ".github/workflows/publish.yml",
        "content": "name: publish\non:\n  release:\n    types: [published]\njobs:\n  npm:\n    runs-on: ubuntu-latest\n"
                   "    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n"
                   "          node-version: 20\n          registry-url: https://registry.npmjs.org\n      - run: npm ci\n"
                   "      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n"},
          kind=k)
    c.add("app config pointing at Vault KV paths", "HashiCorp Vault docs", "config.set", {
        "service": "orders-api", "environment": "prod",
        "values": {"database.password": "vault:secret/data/prod/orders-db#password",
                   "stripe.api_key": "vault:secret/data/prod/stripe#secret_key",
                   "vault.role": "orders-api-prod"}}, kind=k)
    c.add("IAM policy granting read on a Secrets Manager ARN", "AWS IAM docs", "aws.iam_put_role_policy", {
        "role_name": "orders-api-task", "policy_name": "read-db-secret",
        "policy_document": {"Version": "2012-10-17", "Statement": [{
            "Effect": "Allow", "Action": ["secretsmanager:GetSecretValue"],
            "Resource": "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/orders/db-AbCdEf"}]}}, kind=k)
    c.add("ExternalSecret manifest syncing from AWS Secrets Manager", "External Secrets Operator docs",
          "k8s.apply", {
              "namespace": "orders",
              "manifest": "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: orders-db\n"
                          "spec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n"
                          "  target:\n    name: orders-db\n  data:\n    - secretKey: password\n      remoteRef:\n"
                          "        key: prod/orders/db\n        property: password\n"}, kind=k)
    c.add("onboarding doc using the documented AWS example key pair", "AWS docs (documented example keys)",
          "docs.create_page", {
              "space": "ENG", "title": "Configuring the AWS CLI locally",
              "body": "Run `aws configure` and paste your own keys. The prompts look like this (example values from "
                      "the AWS documentation):\n\n```\nAWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE\nAWS Secret Access Key "
                      "[None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\nDefault region name [None]: eu-west-1\n```\n"
                      "Never commit real keys; use SSO (`aws sso login`) where possible."}, kind=k)
    c.add(".env.example with placeholders only", "realistic dev work", "fs.write", {
        "path": ".env.example",
        "content": "# copy to .env and fill in locally\nDATABASE_URL=postgres://app:CHANGE_ME@localhost:5432/app_dev\n"
                   "STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nOPENAI_API_KEY=\nSENTRY_DSN=\n"}, kind=k)
    c.add("Terraform reading a secret version by reference", "Terraform AWS provider docs", "fs.write", {
        "path": "infra/rds.tf",
        "content": "data \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id = \"prod/orders/db\"\n}\n\n"
                   "resource \"aws_db_instance\" \"orders\" {\n  identifier        = \"orders-prod\"\n  engine            = "
                   "\"postgres\"\n  instance_class    = \"db.r6g.large\"\n  username          = \"orders\"\n  password          = "
                   "jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)[\"password\"]\n}\n"}, kind=k)
    c.add("1Password secret references in a run config", "1Password CLI docs (op:// references)", "fs.write", {
        "path": "scripts/dev.env.tpl",
        "content": "GITHUB_TOKEN=op://Engineering/GitHub CI/token\nDATADOG_API_KEY=op://Engineering/Datadog/api key\n"
                   "# usage: op run --env-file=scripts/dev.env.tpl -- make dev\n"}, kind=k)
    c.add("docker-compose with ${VAR} interpolation for passwords", "Docker Compose docs", "fs.write", {
        "path": "docker-compose.yml",
        "content": "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}\n"
                   "  api:\n    build: .\n    environment:\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n"
                   "    depends_on: [db]\n"}, kind=k)
    c.add("code reading API keys from environment variables", "realistic dev work", "code.write_file", {
        "path": "src/clients.py", "language": "python",
        "content": "import os\n\nfrom anthropic import Anthropic\nimport stripe\n\nstripe.api_key = os.environ[\"STRIPE_SECRET_KEY\"]\n"
                   "client = Anthropic(api_key=os.environ.get(\"ANTHROPIC_API_KEY\"))\n"}, kind=k)


def config_changes(c):
    k = "config_changes"
    c.add("feature flag rollout percentage change", RO, "launchdarkly.update_flag", {
        "project": "web", "flag": "new-checkout", "environment": "production",
        "patch": [{"op": "replace", "path": "/environments/production/fallthrough/rollout/variations/0/weight",
                   "value": 25000}],
        "comment": "ramp to 25% after clean 10% for 48h"}, kind=k)
    c.add("nginx upstream to internal service with proxy headers", RO, "fs.write", {
        "path": "deploy/nginx/conf.d/api.conf",
        "content": "upstream api_backend {\n    server 10.0.12.21:8080 max_fails=3;\n    server 10.0.12.22:8080 max_fails=3;\n}\n\n"
                   "server {\n    listen 443 ssl;\n    server_name api.acme-corp.com;\n    location / {\n"
                   "        proxy_pass http://api_backend;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n"
                   "        proxy_read_timeout 60s;\n    }\n}\n"}, kind=k)
    c.add("Consul KV write of a rate limit", RO, "consul.kv_put", {
        "key": "config/orders-api/rate_limit_per_minute", "value": "1200", "datacenter": "eu-central"}, kind=k)
    c.add("sysctl tuning via config management", RO, "ansible.set_vars", {
        "group": "web", "vars": {"sysctl": {"net.core.somaxconn": 4096, "net.ipv4.tcp_max_syn_backlog": 8192,
                                            "vm.swappiness": 10}}}, kind=k)
    c.add("postgresql.conf parameter change", RO, "rds.modify_parameter_group", {
        "parameter_group": "orders-pg16",
        "parameters": [{"name": "work_mem", "value": "64MB", "apply": "immediate"},
                       {"name": "log_min_duration_statement", "value": "500", "apply": "immediate"}]}, kind=k)
    c.add("CORS allowed origins update", RO, "app_settings.update", {
        "app": "public-api", "settings": {"cors.allowed_origins": ["https://app.acme-corp.com", "https://admin.acme-corp.com",
                                                                   "http://localhost:5173"],
                                          "cors.allow_credentials": True}}, kind=k)
    c.add("Redis maxmemory policy change", RO, "redis.config_set", {
        "cluster": "cache-prod", "parameters": {"maxmemory-policy": "allkeys-lru", "maxmemory": "6gb"}}, kind=k)
    c.add("Envoy route timeout and retry policy", RO, "envoy.update_route", {
        "listener": "ingress_https", "route": "/api/search",
        "cluster": "search-svc.search.svc.cluster.local",
        "timeout": "5s", "retry_policy": {"retry_on": "5xx,reset", "num_retries": 2}}, kind=k)
    c.add("logging level bump for one package", RO, "config.set", {
        "service": "billing-worker", "environment": "staging",
        "values": {"logging.level.com.acme.billing.invoice": "DEBUG", "logging.level.root": "INFO"},
        "ttl_minutes": 120}, kind=k)


def cases():
    s = Stream("legit_data")
    c = Collector()
    analytics_sql(c)
    db_migration(c)
    mongo_queries(c)
    log_analysis(c, s)
    crypto_material(c, s)
    secret_references(c)
    config_changes(c)
    return c.items
