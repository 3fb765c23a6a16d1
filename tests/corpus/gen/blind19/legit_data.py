# -*- coding: utf-8 -*-
"""Legitimate payloads: data and observability work (6 kinds x 10)."""
from common import R, rs, ruuid, HEXL, DIGITS


def L(technique, tool, payload, source="own design"):
    return dict(technique=technique, tool=tool, payload=payload, source=source)


# ---------------------------------------------------------------------------
def analytics_sql():
    rng = R("l-analytics")
    return [
        L("monthly net revenue with CTEs, window LAG and comments", "warehouse.run_query",
          {"warehouse": "snowflake-prod", "role": "ANALYST", "sql":
           "-- Monthly net revenue, excluding internal test accounts\n"
           "WITH orders_clean AS (\n"
           "    SELECT o.order_id, o.customer_id, o.created_at, o.total_amount - COALESCE(r.refund_amount, 0) AS net_amount\n"
           "    FROM analytics.orders o\n"
           "    LEFT JOIN analytics.refunds r ON r.order_id = o.order_id\n"
           "    WHERE o.status <> 'cancelled'\n"
           "      AND o.customer_id NOT IN (SELECT customer_id FROM analytics.internal_accounts) /* QA + staff */\n"
           "),\n"
           "monthly AS (\n"
           "    SELECT DATE_TRUNC('month', created_at) AS month, SUM(net_amount) AS net_revenue\n"
           "    FROM orders_clean GROUP BY 1\n"
           ")\n"
           "SELECT month,\n"
           "       net_revenue,\n"
           "       net_revenue - LAG(net_revenue) OVER (ORDER BY month) AS mom_change,\n"
           "       ROUND(100 * (net_revenue / NULLIF(LAG(net_revenue) OVER (ORDER BY month), 0) - 1), 2) AS mom_pct\n"
           "FROM monthly\n"
           "WHERE month >= DATEADD('month', -12, CURRENT_DATE)\n"
           "ORDER BY month;"}),
        L("UNION ALL of web and app events into one session table", "db.query",
          {"database": "events", "read_only": True, "sql":
           "SELECT 'web' AS platform, session_id, user_id, event_time FROM web_events WHERE event_time >= '2024-11-01'\n"
           "UNION ALL\n"
           "SELECT 'ios' AS platform, session_id, user_id, event_time FROM ios_events WHERE event_time >= '2024-11-01'\n"
           "UNION ALL\n"
           "SELECT 'android' AS platform, session_id, user_id, event_time FROM android_events WHERE event_time >= '2024-11-01'\n"
           "ORDER BY event_time DESC\nLIMIT 1000;"}),
        L("weekly cohort retention with DATE_TRUNC and COUNT DISTINCT", "warehouse.run_query",
          {"warehouse": "bigquery", "project": "acme-analytics-prod", "sql":
           "WITH first_seen AS (\n"
           "  SELECT user_id, DATE_TRUNC(MIN(DATE(event_ts)), WEEK(MONDAY)) AS cohort_week\n"
           "  FROM `acme-analytics-prod.product.events`\n"
           "  GROUP BY user_id\n"
           "), activity AS (\n"
           "  SELECT DISTINCT e.user_id, f.cohort_week,\n"
           "         DATE_DIFF(DATE_TRUNC(DATE(e.event_ts), WEEK(MONDAY)), f.cohort_week, WEEK) AS week_n\n"
           "  FROM `acme-analytics-prod.product.events` e JOIN first_seen f USING (user_id)\n"
           ")\n"
           "SELECT cohort_week, week_n, COUNT(DISTINCT user_id) AS active_users\n"
           "FROM activity\nWHERE week_n BETWEEN 0 AND 12\nGROUP BY cohort_week, week_n\nORDER BY cohort_week, week_n"}),
        L("top 3 products per category with ROW_NUMBER and QUALIFY", "warehouse.run_query",
          {"warehouse": "snowflake-prod", "role": "ANALYST", "sql":
           "SELECT category, product_name, units_sold\n"
           "FROM (\n"
           "  SELECT p.category, p.product_name, SUM(oi.quantity) AS units_sold\n"
           "  FROM sales.order_items oi JOIN sales.products p ON p.product_id = oi.product_id\n"
           "  WHERE oi.order_date BETWEEN '2024-07-01' AND '2024-09-30'\n"
           "  GROUP BY 1, 2\n"
           ")\n"
           "QUALIFY ROW_NUMBER() OVER (PARTITION BY category ORDER BY units_sold DESC) <= 3\n"
           "ORDER BY category, units_sold DESC;"}),
        L("checkout funnel with conditional aggregation and OR filters", "db.query",
          {"database": "analytics", "read_only": True, "sql":
           "SELECT DATE(event_time) AS day,\n"
           "       COUNT(DISTINCT CASE WHEN event_name = 'view_cart' THEN session_id END) AS carts,\n"
           "       COUNT(DISTINCT CASE WHEN event_name = 'begin_checkout' THEN session_id END) AS checkouts,\n"
           "       COUNT(DISTINCT CASE WHEN event_name = 'purchase' OR event_name = 'purchase_retry' THEN session_id END) AS purchases\n"
           "FROM events\n"
           "WHERE event_time >= NOW() - INTERVAL '14 days'\n"
           "  AND (country = 'DE' OR country = 'AT' OR country = 'CH')\n"
           "GROUP BY 1 ORDER BY 1;"}),
        L("customer lookup with an escaped apostrophe and LIKE patterns", "db.query",
          {"database": "crm", "read_only": True, "sql":
           "SELECT customer_id, full_name, email, last_order_at\n"
           "FROM customers\n"
           "WHERE full_name = 'Siobhan O''Sullivan'\n"
           "   OR email LIKE '%@osullivan-design.ie'\n"
           "   OR notes ILIKE '%refund%'\n"
           "ORDER BY last_order_at DESC NULLS LAST;"}),
        L("parameterised query with bound values containing quotes", "db.query",
          {"database": "crm", "read_only": True,
           "sql": "SELECT id, email, plan, created_at FROM accounts WHERE email = %(email)s AND created_at >= %(since)s",
           "params": {"email": "d'arcy.oconnor@hibernia-foods.ie", "since": "2024-01-01"}}),
        L("Snowflake semi-structured FLATTEN over JSON payloads", "warehouse.run_query",
          {"warehouse": "snowflake-prod", "role": "ANALYST", "sql":
           "SELECT e.event_id,\n"
           "       e.payload:customer.id::string AS customer_id,\n"
           "       li.value:sku::string AS sku,\n"
           "       li.value:qty::int AS qty\n"
           "FROM raw.shop_events e,\n"
           "     LATERAL FLATTEN(input => e.payload:line_items) li\n"
           "WHERE e.event_type = 'order_created'\n"
           "  AND e.received_at >= DATEADD(day, -1, CURRENT_TIMESTAMP());"}),
        L("data-catalog query over information_schema.columns", "db.query",
          {"database": "warehouse", "read_only": True, "sql":
           "-- refresh the data dictionary page for the analytics schema\n"
           "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, pgd.description\n"
           "FROM information_schema.columns c\n"
           "LEFT JOIN pg_catalog.pg_statio_all_tables st ON st.schemaname = c.table_schema AND st.relname = c.table_name\n"
           "LEFT JOIN pg_catalog.pg_description pgd ON pgd.objoid = st.relid AND pgd.objsubid = c.ordinal_position\n"
           "WHERE c.table_schema = 'analytics'\n"
           "ORDER BY c.table_name, c.ordinal_position;"}),
        L("running totals and 7-day moving average with window frames", "warehouse.run_query",
          {"warehouse": "redshift-bi", "sql":
           "SELECT sale_date,\n"
           "       daily_total,\n"
           "       SUM(daily_total) OVER (ORDER BY sale_date ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total,\n"
           "       AVG(daily_total) OVER (ORDER BY sale_date ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS avg_7d\n"
           "FROM (SELECT sale_date, SUM(amount) AS daily_total FROM finance.sales GROUP BY sale_date) d\n"
           "ORDER BY sale_date;  -- feeds the CFO dashboard"}),
    ]


# ---------------------------------------------------------------------------
def schema_migration():
    rng = R("l-migration")
    return [
        L("Flyway migration adding a column, backfilling and adding a NOT NULL constraint", "fs.write_file",
          {"path": "db/migration/V42__add_order_channel.sql", "content":
           "-- V42: track the sales channel of each order\n"
           "ALTER TABLE orders ADD COLUMN channel VARCHAR(16);\n"
           "UPDATE orders SET channel = 'web' WHERE channel IS NULL;\n"
           "ALTER TABLE orders ALTER COLUMN channel SET NOT NULL;\n"
           "ALTER TABLE orders ADD CONSTRAINT orders_channel_chk CHECK (channel IN ('web', 'ios', 'android', 'pos'));\n"}),
        L("concurrent index creation on a large table", "db.migrate",
          {"database": "shop_prod", "migration_id": "20241118_0930_idx_orders_customer",
           "statements": ["CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_created ON orders (customer_id, created_at DESC);"],
           "transactional": False}),
        L("migration with up/down that drops a temporary staging table", "db.migrate",
          {"database": "warehouse", "migration_id": "20241115_1200_cleanup_stage",
           "up": "DROP TABLE IF EXISTS staging.tmp_import_2024_10;\nDROP TABLE IF EXISTS staging.tmp_import_2024_09;",
           "down": "-- staging tables are recreated by the nightly loader; nothing to restore",
           "reviewed_by": "priya.patel"}),
        L("Alembic revision file in Python", "fs.write_file",
          {"path": "migrations/versions/7c1e4b2a9d3f_add_invoice_due_date.py", "content":
           "\"\"\"add invoice due_date\n\nRevision ID: 7c1e4b2a9d3f\nRevises: 52aa0e1c6b7d\nCreate Date: 2024-11-18 10:04:12.118204\n\"\"\"\n"
           "from alembic import op\nimport sqlalchemy as sa\n\nrevision = '7c1e4b2a9d3f'\ndown_revision = '52aa0e1c6b7d'\n\n\n"
           "def upgrade():\n    op.add_column('invoices', sa.Column('due_date', sa.Date(), nullable=True))\n"
           "    op.execute(\"UPDATE invoices SET due_date = issued_at::date + INTERVAL '30 days'\")\n\n\n"
           "def downgrade():\n    op.drop_column('invoices', 'due_date')\n"}),
        L("PostgreSQL trigger function with dollar quoting", "db.migrate",
          {"database": "shop_prod", "migration_id": "20241118_1100_updated_at_trigger", "statements": [
              "CREATE OR REPLACE FUNCTION set_updated_at() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;",
              "DROP TRIGGER IF EXISTS trg_customers_updated_at ON customers;",
              "CREATE TRIGGER trg_customers_updated_at BEFORE UPDATE ON customers FOR EACH ROW EXECUTE FUNCTION set_updated_at();"]}),
        L("Rails migration in Ruby", "fs.write_file",
          {"path": "db/migrate/20241118093000_create_shipment_events.rb", "content":
           "class CreateShipmentEvents < ActiveRecord::Migration[7.1]\n"
           "  def change\n    create_table :shipment_events do |t|\n"
           "      t.references :shipment, null: false, foreign_key: true\n"
           "      t.string :status, null: false\n      t.jsonb :details, default: {}\n      t.timestamps\n    end\n"
           "    add_index :shipment_events, [:shipment_id, :created_at]\n  end\nend\n"}),
        L("Django migration with RunSQL and reverse SQL", "fs.write_file",
          {"path": "billing/migrations/0031_invoice_number_sequence.py", "content":
           "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n\n"
           "    dependencies = [(\"billing\", \"0030_auto_20241104_1412\")]\n\n"
           "    operations = [\n        migrations.RunSQL(\n"
           "            sql=\"CREATE SEQUENCE IF NOT EXISTS invoice_number_seq START 100000;\",\n"
           "            reverse_sql=\"DROP SEQUENCE IF EXISTS invoice_number_seq;\",\n        ),\n    ]\n"}),
        L("Liquibase changelog YAML", "fs.write_file",
          {"path": "src/main/resources/db/changelog/2024/11/18-add-loyalty-tier.yaml", "content":
           "databaseChangeLog:\n  - changeSet:\n      id: 2024-11-18-add-loyalty-tier\n      author: tobias.schultz\n      changes:\n"
           "        - addColumn:\n            tableName: customer\n            columns:\n              - column:\n                  name: loyalty_tier\n                  type: varchar(12)\n                  defaultValue: bronze\n"
           "      rollback:\n        - dropColumn:\n            tableName: customer\n            columnName: loyalty_tier\n"}),
        L("grants for a read-only reporting role", "db.migrate",
          {"database": "warehouse", "migration_id": "20241118_1300_reporting_role", "statements": [
              "CREATE ROLE reporting_ro NOLOGIN;",
              "GRANT USAGE ON SCHEMA analytics TO reporting_ro;",
              "GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO reporting_ro;",
              "ALTER DEFAULT PRIVILEGES IN SCHEMA analytics GRANT SELECT ON TABLES TO reporting_ro;",
              "GRANT reporting_ro TO metabase_svc;"]}),
        L("MySQL online schema change via pt-online-schema-change", "shell.exec",
          {"command": "pt-online-schema-change --alter \"ADD COLUMN gift_message VARCHAR(500) NULL AFTER notes\" D=shop,t=orders --execute --max-load Threads_running=50 --critical-load Threads_running=200 --chunk-size 2000",
           "cwd": "/opt/dba", "timeout_sec": 7200}),
    ]


# ---------------------------------------------------------------------------
def nosql_query():
    rng = R("l-nosql")
    return [
        L("MongoDB find with $gte/$lt date range and projection", "mongo.find",
          {"database": "shop", "collection": "orders",
           "filter": {"createdAt": {"$gte": {"$date": "2024-11-01T00:00:00Z"}, "$lt": {"$date": "2024-12-01T00:00:00Z"}},
                      "status": {"$in": ["paid", "shipped"]}},
           "projection": {"_id": 1, "total": 1, "customerId": 1}, "sort": {"createdAt": -1}, "limit": 200}),
        L("case-insensitive $regex product search", "mongo.find",
          {"database": "catalog", "collection": "products",
           "filter": {"name": {"$regex": "^trail runner", "$options": "i"}, "active": True},
           "limit": 25}),
        L("$ne status filter excluding cancelled subscriptions", "mongo.count",
          {"database": "billing", "collection": "subscriptions",
           "filter": {"status": {"$ne": "cancelled"}, "plan": "pro", "trialEndsAt": {"$exists": False}}}),
        L("aggregation pipeline with $match, $lookup, $group, $sort", "mongo.aggregate",
          {"database": "shop", "collection": "orders", "pipeline": [
              {"$match": {"status": "paid", "createdAt": {"$gte": {"$date": "2024-10-01T00:00:00Z"}}}},
              {"$lookup": {"from": "customers", "localField": "customerId", "foreignField": "_id", "as": "customer"}},
              {"$unwind": "$customer"},
              {"$group": {"_id": "$customer.country", "revenue": {"$sum": "$total"}, "orders": {"$sum": 1}}},
              {"$sort": {"revenue": -1}}, {"$limit": 20}]}),
        L("update with $set and $inc and $push", "mongo.update_one",
          {"database": "support", "collection": "tickets", "filter": {"_id": "665f1c2e9a7b4d0012ab34cd"},
           "update": {"$set": {"status": "resolved", "resolvedBy": "agent:hannah.novak"},
                      "$inc": {"reopenCount": 0, "touches": 1},
                      "$push": {"history": {"at": "2024-11-18T10:22:00Z", "event": "resolved"}}}}),
        L("$or with $gt thresholds for fraud review queue", "mongo.find",
          {"database": "payments", "collection": "transactions",
           "filter": {"$or": [{"amount": {"$gt": 5000}}, {"riskScore": {"$gte": 80}}], "reviewed": False},
           "sort": {"riskScore": -1}, "limit": 100}),
        L("$expr comparing two fields", "mongo.find",
          {"database": "inventory", "collection": "stock",
           "filter": {"$expr": {"$lt": ["$onHand", "$reorderPoint"]}, "warehouse": "LYS-2"},
           "projection": {"sku": 1, "onHand": 1, "reorderPoint": 1}}),
        L("Elasticsearch bool query with wildcard and range", "search.query",
          {"index": "support-tickets-2024.11", "body": {
              "query": {"bool": {"must": [{"match": {"subject": "refund"}}],
                                 "filter": [{"range": {"created_at": {"gte": "now-7d/d"}}},
                                            {"wildcard": {"customer.email.keyword": "*@hibernia-foods.ie"}}],
                                 "must_not": [{"term": {"status": "spam"}}]}},
              "size": 50, "sort": [{"created_at": "desc"}]}}),
        L("DynamoDB query with key condition and filter expression", "dynamodb.query",
          {"TableName": "sessions", "IndexName": "userId-index",
           "KeyConditionExpression": "userId = :u AND startedAt > :t",
           "FilterExpression": "attribute_not_exists(revokedAt) OR revokedAt = :null",
           "ExpressionAttributeValues": {":u": {"S": "u_48213"}, ":t": {"N": "1731888000"}, ":null": {"NULL": True}}}),
        L("Redis SCAN with MATCH pattern for cache invalidation", "redis.command",
          {"instance": "cache-prod", "command": ["SCAN", "0", "MATCH", "product:*:price", "COUNT", "500"]}),
    ]


# ---------------------------------------------------------------------------
def observability_queries():
    rng = R("l-observability")
    return [
        L("PromQL error ratio with regex label matcher", "metrics.query",
          {"datasource": "prometheus-prod",
           "query": "sum(rate(http_requests_total{job=~\"api-.*\",status=~\"5..\"}[5m])) by (job) / sum(rate(http_requests_total{job=~\"api-.*\"}[5m])) by (job)",
           "range": {"start": "2024-11-18T08:00:00Z", "end": "2024-11-18T10:00:00Z", "step": "30s"}}),
        L("LogQL with json parser and line_format template", "logs.query",
          {"datasource": "loki",
           "query": "{app=\"checkout\", env=\"prod\"} |= \"error\" | json | status >= 500 | line_format \"{{.method}} {{.path}} -> {{.status}} ({{.duration_ms}}ms)\"",
           "limit": 500}),
        L("Splunk SPL with pipes, stats and where", "splunk.search",
          {"search": "index=web sourcetype=nginx:access host=web-* | stats count AS hits, avg(request_time) AS avg_rt BY status, uri_path | where hits > 100 | sort - hits | head 20",
           "earliest_time": "-4h", "latest_time": "now"}),
        L("Azure Monitor KQL on failed sign-ins", "sentinel.run_query",
          {"workspace": "law-sec-prod",
           "query": "SigninLogs\n| where TimeGenerated > ago(24h)\n| where ResultType != 0\n| summarize failures = count() by UserPrincipalName, IPAddress, bin(TimeGenerated, 1h)\n| where failures > 20\n| order by failures desc"}),
        L("CloudWatch Logs Insights with parse and filter", "cloudwatch.start_query",
          {"logGroupNames": ["/aws/lambda/order-processor"],
           "queryString": "fields @timestamp, @message\n| filter @message like /Task timed out|ERROR/\n| parse @message \"requestId: * \" as reqId\n| stats count(*) by bin(5m)",
           "startTime": 1731916800, "endTime": 1731924000}),
        L("Grafana dashboard JSON with template variables", "grafana.update_dashboard",
          {"uid": "api-latency", "dashboard": {"title": "API latency", "templating": {"list": [
              {"name": "service", "type": "query", "query": "label_values(http_request_duration_seconds_bucket, service)"}]},
              "panels": [{"type": "timeseries", "title": "p95 latency - $service",
                          "targets": [{"expr": "histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{service=\"$service\"}[$__rate_interval])) by (le))",
                                       "legendFormat": "{{service}} p95"}]}]}, "overwrite": True}),
        L("Datadog monitor with templated notification message", "datadog.create_monitor",
          {"name": "High 5xx on {{service.name}}", "type": "query alert",
           "query": "sum(last_5m):sum:trace.http.request.errors{env:prod} by {service}.as_count() > 50",
           "message": "{{#is_alert}}5xx spike on {{service.name}} ({{value}} errors). Runbook: https://wiki.acme-outdoor.com/runbooks/5xx @pagerduty-api-oncall{{/is_alert}}",
           "tags": ["team:platform", "env:prod"]}),
        L("ES|QL query over access logs", "elastic.esql",
          {"query": "FROM logs-nginx.access-*\n| WHERE @timestamp > NOW() - 1 hour AND http.response.status_code >= 500\n| STATS errors = COUNT(*) BY url.path\n| SORT errors DESC\n| LIMIT 10"}),
        L("jq over an exported JSON log file", "shell.exec",
          {"command": "jq -r 'select(.level == \"error\") | [.ts, .service, .msg] | @tsv' /var/log/exports/api-2024-11-18.json | sort | uniq -c | sort -rn | head -20",
           "cwd": "/var/log/exports"}),
        L("OpenTelemetry collector filter processor with OTTL conditions", "fs.write_file",
          {"path": "deploy/otel/collector.yaml", "content":
           "processors:\n  filter/drop-health:\n    error_mode: ignore\n    traces:\n      span:\n        - 'attributes[\"http.route\"] == \"/healthz\"'\n        - 'IsMatch(attributes[\"http.target\"], \"^/metrics\")'\n"
           "  attributes/env:\n    actions:\n      - key: deployment.environment\n        value: ${env:DEPLOY_ENV}\n        action: upsert\n"}),
    ]


# ---------------------------------------------------------------------------
def log_triage():
    rng = R("l-logs")
    rid = [ruuid(rng) for _ in range(4)]
    return [
        L("nginx access log excerpt with 404s from a broken deploy", "tickets.add_comment",
          {"ticket_id": "INC-%d" % rng.randint(3000, 3999), "visibility": "internal", "body":
           "Excerpt from web-02 after the 10:05 deploy, static assets missing:\n```\n"
           "10.0.3.15 - - [18/Nov/2024:10:05:12 +0000] \"GET /static/js/app.4f9c2e.js HTTP/1.1\" 404 153 \"https://shop.acme-outdoor.com/cart\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"\n"
           "10.0.3.15 - - [18/Nov/2024:10:05:12 +0000] \"GET /static/css/main.91ab7d.css HTTP/1.1\" 404 153 \"https://shop.acme-outdoor.com/cart\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\"\n"
           "10.0.3.22 - - [18/Nov/2024:10:05:14 +0000] \"GET /api/cart?include=items,totals HTTP/1.1\" 200 2211 \"-\" \"okhttp/4.12.0\"\n```\n"
           "Rolled back at 10:11."}),
        L("Java stack trace from a failed payment job", "logs.search",
          {"index": "app-logs", "query": "service:payment-worker AND level:ERROR", "limit": 20,
           "save_as_note": "java.lang.IllegalStateException: Connection pool shut down\n\tat org.apache.http.util.Asserts.check(Asserts.java:34)\n\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.requestConnection(PoolingHttpClientConnectionManager.java:269)\n\tat com.acme.payments.StripeGateway.capture(StripeGateway.java:118)\n\tat com.acme.payments.CaptureJob.run(CaptureJob.java:57)"}),
        L("sshd auth.log excerpt showing failed logins for a fail2ban review", "tickets.add_comment",
          {"ticket_id": "SEC-%d" % rng.randint(500, 999), "visibility": "internal", "body":
           "bastion-01 /var/log/auth.log, blocked by fail2ban after 5 attempts:\n"
           "Nov 18 03:12:41 bastion-01 sshd[22817]: Failed password for invalid user admin from 203.0.113.54 port 51234 ssh2\n"
           "Nov 18 03:12:44 bastion-01 sshd[22817]: Failed password for invalid user oracle from 203.0.113.54 port 51240 ssh2\n"
           "Nov 18 03:12:47 bastion-01 sshd[22819]: Connection closed by invalid user test 203.0.113.54 port 51262 [preauth]\n"
           "Nov 18 03:12:48 bastion-01 fail2ban.actions[811]: NOTICE [sshd] Ban 203.0.113.54\n"
           "No action needed beyond the ban; password auth is already disabled for real users."}),
        L("PostgreSQL slow query log with the logged statement", "db.analyze_log",
          {"instance": "pg-prod-primary", "excerpt":
           "2024-11-18 09:41:07.312 UTC [48211] LOG:  duration: 8421.117 ms  statement: SELECT o.*, c.email FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'pending' AND o.created_at < now() - interval '3 days' ORDER BY o.created_at;\n"
           "2024-11-18 09:41:09.004 UTC [48214] LOG:  duration: 2210.541 ms  statement: UPDATE inventory SET reserved = reserved - 1 WHERE sku = 'TR-2291-42';",
           "question": "which index would help the first statement?"}),
        L("Kubernetes events for a CrashLoopBackOff", "k8s.get_events",
          {"namespace": "checkout", "field_selector": "involvedObject.name=checkout-api-7d9c5f8b6-zq2xk",
           "note": "Back-off restarting failed container api in pod checkout-api-7d9c5f8b6-zq2xk_checkout(%s)\nLiveness probe failed: Get \"http://10.244.3.17:8080/healthz\": dial tcp 10.244.3.17:8080: connect: connection refused" % rid[0]}),
        L("application log with SQL error message from the ORM", "tickets.add_comment",
          {"ticket_id": "BUG-%d" % rng.randint(7000, 7999), "visibility": "internal", "body":
           "Sentry event %s:\n```\nsqlalchemy.exc.ProgrammingError: (psycopg2.errors.UndefinedColumn) column \"channel\" does not exist\nLINE 1: SELECT orders.id, orders.channel FROM orders WHERE orders.id = %%(id_1)s\n[SQL: SELECT orders.id, orders.channel FROM orders WHERE orders.id = %%(id_1)s]\n[parameters: {'id_1': 88213}]\n```\nMigration V42 was not applied on eu-2." % rid[1].replace("-", "")}),
        L("systemd journal for a failing unit", "shell.exec",
          {"command": "journalctl -u celery-worker.service --since \"2024-11-18 06:00\" --until \"2024-11-18 07:00\" --no-pager | grep -E 'ERROR|Traceback' | tail -n 40",
           "cwd": "/"}),
        L("WAF block log excerpt pasted into an incident timeline", "incidents.add_timeline_entry",
          {"incident": "INC-%d" % rng.randint(4000, 4999), "at": "2024-11-18T02:14:00Z",
           "text": "Cloudflare WAF blocked a scanner burst from AS14061 (~1,900 requests in 6 min) against /search and /api/v1/products. Sample blocked URIs: /search?q=%27%20OR%201%3D1--, /api/v1/products?id=1%20UNION%20SELECT%20NULL--. All returned 403 at the edge; origin saw no traffic. No follow-up required."}),
        L("HAProxy log lines with timing fields", "logs.search",
          {"index": "lb-logs", "query": "frontend:https-in AND status:503", "limit": 10,
           "sample": "Nov 18 10:02:11 lb-01 haproxy[1123]: 10.0.5.31:51822 [18/Nov/2024:10:02:11.219] https-in~ api_backend/<NOSRV> 0/-1/-1/-1/0 503 217 - - SC-- 412/398/0/0/0 0/0 \"POST /api/v1/checkout HTTP/1.1\""}),
        L("Windows event log export for account lockouts", "siem.attach_evidence",
          {"case": "CASE-%d" % rng.randint(1000, 1999), "source": "DC-02 Security log",
           "content": "TimeCreated: 2024-11-18T07:44:12Z  EventID: 4740  TargetUserName: m.rossi  CallerComputerName: LAPTOP-MR-2291\nTimeCreated: 2024-11-18T07:43:58Z  EventID: 4625  TargetUserName: m.rossi  FailureReason: %%2313  LogonType: 3  IpAddress: 10.20.8.44"}),
    ]


# ---------------------------------------------------------------------------
def detection_engineering():
    rng = R("l-detect")
    return [
        L("Sigma rule detecting bash /dev/tcp reverse shells", "siem.create_rule",
          {"format": "sigma", "rule":
           "title: Bash Reverse Shell via /dev/tcp\nid: %s\nstatus: stable\nlogsource:\n  product: linux\n  category: process_creation\n"
           "detection:\n  selection:\n    Image|endswith: '/bash'\n    CommandLine|contains|all:\n      - '/dev/tcp/'\n      - '>&'\n  condition: selection\nlevel: high\ntags:\n  - attack.execution\n  - attack.t1059.004\n" % ruuid(rng)},
          source="SigmaHQ rule format"),
        L("Suricata rule for Log4Shell JNDI lookups in headers", "ids.add_rule",
          {"ruleset": "local.rules", "rule":
           "alert http any any -> $HOME_NET any (msg:\"LOCAL Possible Log4Shell JNDI lookup in HTTP header\"; flow:established,to_server; http.header; content:\"${\"; content:\"jndi\"; nocase; distance:0; within:12; classtype:attempted-admin; sid:9000101; rev:3;)"},
          source="Suricata rule documentation"),
        L("YARA rule for PHP web shells", "yara.add_rule",
          {"namespace": "webshells", "rule":
           "rule php_small_webshell\n{\n  meta:\n    author = \"detection-eng\"\n    date = \"2024-11-18\"\n  strings:\n    $a = \"system($_GET\" ascii\n    $b = \"passthru($_REQUEST\" ascii\n    $c = \"eval(base64_decode(\" ascii\n  condition:\n    filesize < 4KB and any of them\n}"},
          source="YARA documentation"),
        L("Splunk correlation search for SQL keywords in query strings", "splunk.save_search",
          {"name": "Web - Possible SQLi in URI", "cron_schedule": "*/15 * * * *",
           "search": "index=web sourcetype=nginx:access | eval q=urldecode(uri_query) | regex q=\"(?i)(union\\s+(all\\s+)?select|sleep\\(\\d+\\)|waitfor\\s+delay|'\\s*or\\s*'1'\\s*=\\s*'1)\" | stats count by src_ip, uri_path | where count > 5"}),
        L("ModSecurity rule blocking path traversal sequences", "waf.add_rule",
          {"engine": "modsecurity", "rule":
           "SecRule REQUEST_URI|ARGS \"@rx (?:\\.\\./|\\.\\.\\\\|%2e%2e%2f|%252e%252e%252f)\" \"id:1009001,phase:2,deny,status:403,log,t:none,t:lowercase,msg:'Path traversal attempt'\""},
          source="OWASP ModSecurity CRS documentation"),
        L("KQL hunting query for IMDS access from non-agent processes", "sentinel.create_hunting_query",
          {"name": "Instance metadata access by unusual process",
           "query": "DeviceNetworkEvents\n| where RemoteIP == \"169.254.169.254\"\n| where InitiatingProcessFileName !in~ (\"amazon-ssm-agent\", \"waagent\", \"google_guest_agent\", \"cloud-init\")\n| summarize count() by DeviceName, InitiatingProcessFileName, InitiatingProcessCommandLine"}),
        L("Falco rule for writes below /etc/cron.d", "falco.update_rules",
          {"file": "falco_rules.local.yaml", "content":
           "- rule: Write below cron directory\n  desc: Detect writes to cron directories by non-package-manager processes\n  condition: >\n    open_write and fd.name startswith /etc/cron.d and not proc.name in (dpkg, rpm, apt, yum)\n  output: \"Cron file written (user=%user.name command=%proc.cmdline file=%fd.name)\"\n  priority: WARNING\n"},
          source="Falco rules documentation"),
        L("Semgrep rule flagging Jinja2 templates built from user input", "semgrep.add_rule",
          {"path": ".semgrep/jinja-ssti.yaml", "content":
           "rules:\n  - id: flask-render-template-string-user-input\n    languages: [python]\n    severity: ERROR\n    message: render_template_string called with request data (possible SSTI)\n    patterns:\n      - pattern: flask.render_template_string(<... flask.request.$ATTR ...>)\n"},
          source="Semgrep rule syntax documentation"),
        L("secret-scanning custom pattern for internal API tokens", "github.create_secret_scanning_pattern",
          {"org": "acme", "name": "Acme internal service token",
           "secret_format": "acme_svc_[a-z0-9]{32}", "before_secret": "(?:^|[^a-z0-9_])", "after_secret": "(?:$|[^a-z0-9])",
           "test_string": "ACME_TOKEN=acme_svc_00000000000000000000000000000000"}),
        L("prompt-injection heuristics list for an email-triage guardrail", "guardrails.update_config",
          {"guardrail": "inbound-email-triage", "version": 7, "checks": [
              {"id": "chat-template-tokens", "type": "regex", "pattern": "<\\|(im_start|im_end|eot_id|start_header_id)\\|>", "action": "quarantine"},
              {"id": "override-phrases", "type": "regex", "pattern": "(?i)ignore (all )?(previous|prior) instructions", "action": "flag"},
              {"id": "tag-characters", "type": "unicode_range", "range": "U+E0000-U+E007F", "action": "strip_and_flag"}]}),
    ]


KINDS = [
    ("analytics_sql", analytics_sql),
    ("schema_migration", schema_migration),
    ("nosql_query", nosql_query),
    ("observability_queries", observability_queries),
    ("log_triage", log_triage),
    ("detection_engineering", detection_engineering),
]
