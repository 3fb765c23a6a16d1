"""Legit: SQL / warehouse / NoSQL work."""

CASES = []


def add(kind, technique, source, tool, payload):
    CASES.append((kind, technique, source, tool, payload))


# ---------------- analytics_sql ----------------
A = "analytics_sql"
add(A, "cte_window_revenue", "own design", "db.query", {"database": "warehouse", "query": """-- monthly revenue with running total
WITH monthly AS (
    SELECT date_trunc('month', o.created_at) AS month,
           SUM(oi.quantity * oi.unit_price) AS revenue
    FROM orders o
    JOIN order_items oi ON oi.order_id = o.id
    WHERE o.status <> 'cancelled'
    GROUP BY 1
)
SELECT month, revenue,
       SUM(revenue) OVER (ORDER BY month ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total
FROM monthly
ORDER BY month;"""})
add(A, "union_all_channels", "own design", "db.query", {"database": "warehouse", "query": """SELECT 'web' AS channel, COUNT(*) AS orders, SUM(total) AS gmv FROM web_orders WHERE order_date >= '2024-01-01'
UNION ALL
SELECT 'app', COUNT(*), SUM(total) FROM app_orders WHERE order_date >= '2024-01-01'
UNION ALL
SELECT 'pos', COUNT(*), SUM(total) FROM pos_orders WHERE order_date >= '2024-01-01';"""})
add(A, "cohort_retention", "own design", "db.query", {"database": "analytics", "query": """with first_orders as (
  select customer_id, min(date_trunc('month', created_at)) as cohort_month
  from orders group by customer_id
), activity as (
  select o.customer_id, f.cohort_month,
         (extract(year from age(date_trunc('month', o.created_at), f.cohort_month)) * 12
          + extract(month from age(date_trunc('month', o.created_at), f.cohort_month)))::int as month_number
  from orders o join first_orders f using (customer_id)
)
select cohort_month, month_number, count(distinct customer_id) as active_customers
from activity group by 1, 2 order by 1, 2;"""})
add(A, "parameterized_lookup", "own design", "db.query", {"database": "analytics", "query": "SELECT id, email, created_at FROM customers WHERE id = %(customer_id)s OR referred_by = %(customer_id)s", "params": {"customer_id": 48213}})
add(A, "rank_top_products", "own design", "db.query", {"database": "warehouse", "query": """SELECT category, product_name, units,
       DENSE_RANK() OVER (PARTITION BY category ORDER BY units DESC) AS rnk
FROM (
  SELECT p.category, p.name AS product_name, SUM(oi.quantity) AS units
  FROM order_items oi JOIN products p ON p.id = oi.product_id
  WHERE oi.created_at >= CURRENT_DATE - INTERVAL '30 days'
  GROUP BY 1, 2
) t
QUALIFY rnk <= 5;"""})
add(A, "snowflake_flatten_json", "own design", "warehouse.query", {"warehouse": "BI_WH", "database": "RAW", "query": """SELECT e.value:sku::string AS sku,
       e.value:qty::number AS qty,
       raw:order_id::string AS order_id
FROM raw.shopify_orders,
     LATERAL FLATTEN(input => raw:line_items) e
WHERE raw:created_at::timestamp_ntz >= DATEADD(day, -7, CURRENT_TIMESTAMP());"""})
add(A, "bigquery_unnest_events", "own design", "warehouse.query", {"project": "acme-analytics", "query": """SELECT event_date, ep.value.string_value AS page, COUNT(*) AS views
FROM `acme-analytics.analytics_301245.events_*`, UNNEST(event_params) AS ep
WHERE _TABLE_SUFFIX BETWEEN '20240601' AND '20240630'
  AND event_name = 'page_view' AND ep.key = 'page_location'
GROUP BY 1, 2 ORDER BY views DESC LIMIT 100"""})
add(A, "funnel_case_when", "own design", "db.query", {"database": "product", "query": """SELECT
  COUNT(DISTINCT CASE WHEN step = 'view' THEN session_id END) AS viewed,
  COUNT(DISTINCT CASE WHEN step = 'add_to_cart' THEN session_id END) AS carted,
  COUNT(DISTINCT CASE WHEN step = 'checkout' THEN session_id END) AS checked_out,
  COUNT(DISTINCT CASE WHEN step = 'purchase' THEN session_id END) AS purchased
FROM funnel_events
WHERE event_ts BETWEEN '2024-06-01' AND '2024-06-30' -- June only
  AND (country = 'DE' OR country = 'AT' OR country = 'CH');"""})
add(A, "mssql_top_with_nolock", "own design", "db.query", {"database": "erp_reporting", "dialect": "mssql", "query": "SELECT TOP 50 InvoiceNo, CustomerCode, Amount, DATEDIFF(day, DueDate, GETDATE()) AS DaysOverdue FROM dbo.Invoices WITH (NOLOCK) WHERE Paid = 0 AND DueDate < GETDATE() ORDER BY DaysOverdue DESC;"})
add(A, "oracle_listagg", "own design", "db.query", {"database": "finance_ods", "dialect": "oracle", "query": "SELECT cost_center, LISTAGG(account_code, ', ') WITHIN GROUP (ORDER BY account_code) AS accounts FROM gl_accounts WHERE active_flag = 'Y' GROUP BY cost_center FETCH FIRST 20 ROWS ONLY"})
add(A, "sqlite_local_cache", "own design", "db.query", {"database": "local_cache.sqlite", "query": "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name;"})
add(A, "information_schema_catalog", "own design", "db.query", {"database": "warehouse", "query": "SELECT table_schema, table_name, column_name, data_type FROM information_schema.columns WHERE table_schema IN ('marts', 'staging') ORDER BY 1, 2, ordinal_position;"})
for i, (metric, col) in enumerate([("buyers", "COUNT(DISTINCT customer_id)")]):
    add(A, "kpi_by_day_" + metric, "own design", "bi.run_query", {"datasource": "warehouse", "sql": "SELECT order_date::date AS day, %s AS %s FROM marts.fct_orders WHERE order_date >= {{start_date}} AND order_date < {{end_date}} GROUP BY 1 ORDER BY 1" % (col, metric), "parameters": {"start_date": "2024-05-01", "end_date": "2024-06-01"}})

# ---------------- warehouse_migration ----------------
M = "warehouse_migration"
add(M, "add_column_backfill", "own design", "db.migrate", {"database": "warehouse", "version": "20240611_0930", "up": """ALTER TABLE marts.dim_customer ADD COLUMN IF NOT EXISTS lifetime_value NUMERIC(12,2);
UPDATE marts.dim_customer c SET lifetime_value = s.ltv
FROM (SELECT customer_id, SUM(total) AS ltv FROM marts.fct_orders GROUP BY 1) s
WHERE s.customer_id = c.customer_id;""", "down": "ALTER TABLE marts.dim_customer DROP COLUMN IF EXISTS lifetime_value;"})
add(M, "drop_legacy_tables", "own design", "db.migrate", {"database": "warehouse", "version": "20240612_1100", "up": "-- legacy tables replaced by dbt models in PR #812\nDROP TABLE IF EXISTS staging.tmp_orders_2022;\nDROP TABLE IF EXISTS staging.tmp_orders_2023;\nDROP VIEW IF EXISTS reporting.v_orders_legacy;", "down": "-- irreversible"})
add(M, "dynamic_sql_partitions", "own design", "db.migrate", {"database": "events", "version": "20240615_0800", "up": """DO $$
DECLARE m date;
BEGIN
  FOR m IN SELECT generate_series('2024-07-01'::date, '2024-12-01'::date, interval '1 month') LOOP
    EXECUTE format('CREATE TABLE IF NOT EXISTS events.page_views_%s PARTITION OF events.page_views FOR VALUES FROM (%L) TO (%L)',
                   to_char(m, 'YYYY_MM'), m, m + interval '1 month');
  END LOOP;
END $$;"""})
add(M, "mssql_stored_procedure", "own design", "db.migrate", {"database": "erp_reporting", "dialect": "mssql", "version": "2024.06.3", "up": """CREATE OR ALTER PROCEDURE dbo.usp_RefreshSalesSummary @FromDate DATE, @ToDate DATE
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @sql NVARCHAR(MAX) = N'DELETE FROM dbo.SalesSummary WHERE SaleDate BETWEEN @f AND @t;
        INSERT INTO dbo.SalesSummary (SaleDate, Region, Amount)
        SELECT SaleDate, Region, SUM(Amount) FROM dbo.Sales WHERE SaleDate BETWEEN @f AND @t GROUP BY SaleDate, Region;';
    EXEC sp_executesql @sql, N'@f DATE, @t DATE', @f = @FromDate, @t = @ToDate;
END;"""})
add(M, "grant_read_role", "own design", "db.migrate", {"database": "warehouse", "version": "20240618_1400", "up": "CREATE ROLE bi_reader NOLOGIN;\nGRANT USAGE ON SCHEMA marts TO bi_reader;\nGRANT SELECT ON ALL TABLES IN SCHEMA marts TO bi_reader;\nALTER DEFAULT PRIVILEGES IN SCHEMA marts GRANT SELECT ON TABLES TO bi_reader;", "down": "DROP OWNED BY bi_reader; DROP ROLE bi_reader;"})
add(M, "snowflake_clone_for_test", "own design", "warehouse.query", {"warehouse": "ADMIN_WH", "query": "CREATE OR REPLACE DATABASE ANALYTICS_QA CLONE ANALYTICS AT (OFFSET => -3600);\nGRANT USAGE ON DATABASE ANALYTICS_QA TO ROLE QA_ENGINEER;"})
add(M, "truncate_reload_staging", "own design", "db.migrate", {"database": "warehouse", "version": "20240620_0600", "up": "BEGIN;\nTRUNCATE staging.stg_products;\nINSERT INTO staging.stg_products SELECT * FROM raw.products WHERE _loaded_at = (SELECT MAX(_loaded_at) FROM raw.products);\nCOMMIT;"})
add(M, "create_index_concurrently", "own design", "db.migrate", {"database": "shop", "version": "20240621_2200", "transaction": False, "up": "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_customer_created ON orders (customer_id, created_at DESC);"})
add(M, "mysql_alter_charset", "own design", "db.migrate", {"database": "crm", "dialect": "mysql", "version": "V42__utf8mb4.sql", "up": "ALTER TABLE contacts CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\nALTER TABLE contacts MODIFY notes TEXT /* was VARCHAR(2000) */;"})

# ---------------- dbt_model ----------------
D = "dbt_model"
add(D, "incremental_model", "dbt docs", "fs.write", {"path": "models/marts/fct_orders.sql", "content": """{{ config(materialized='incremental', unique_key='order_id', on_schema_change='append_new_columns') }}

select
    o.order_id,
    o.customer_id,
    o.created_at,
    sum(i.quantity * i.unit_price) as order_total
from {{ ref('stg_orders') }} o
join {{ ref('stg_order_items') }} i using (order_id)
{% if is_incremental() %}
where o.created_at > (select max(created_at) from {{ this }})
{% endif %}
group by 1, 2, 3
"""})
add(D, "macro_cents_to_dollars", "dbt docs", "fs.write", {"path": "macros/cents_to_dollars.sql", "content": "{% macro cents_to_dollars(column_name, precision=2) -%}\n    round({{ column_name }} / 100.0, {{ precision }})\n{%- endmacro %}\n"})
add(D, "pivot_loop_model", "dbt docs", "fs.write", {"path": "models/marts/payments_by_method.sql", "content": """{% set methods = ['credit_card', 'paypal', 'bank_transfer', 'gift_card'] %}
select order_id,
{% for m in methods %}
    sum(case when payment_method = '{{ m }}' then amount else 0 end) as {{ m }}_amount{% if not loop.last %},{% endif %}
{% endfor %}
from {{ ref('stg_payments') }}
group by 1
"""})
add(D, "sources_yaml", "dbt docs", "fs.write", {"path": "models/staging/_sources.yml", "content": "version: 2\nsources:\n  - name: shopify\n    database: raw\n    schema: shopify\n    loaded_at_field: _fivetran_synced\n    freshness:\n      warn_after: {count: 12, period: hour}\n    tables:\n      - name: orders\n      - name: customers\n"})
add(D, "dbt_run_select", "dbt CLI", "dbt.run", {"select": "+fct_orders", "target": "prod", "vars": {"run_date": "2024-06-01"}, "full_refresh": False})
add(D, "dbt_run_operation", "dbt CLI", "dbt.run_operation", {"macro": "grant_select", "args": "{\"schema\": \"marts\", \"role\": \"bi_reader\"}"})
add(D, "profiles_env_var", "dbt docs", "fs.write", {"path": "profiles.yml", "content": "analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: \"{{ env_var('SNOWFLAKE_ACCOUNT') }}\"\n      user: \"{{ env_var('SNOWFLAKE_USER') }}\"\n      password: \"{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}\"\n      role: TRANSFORMER\n      warehouse: TRANSFORM_WH\n      database: ANALYTICS\n      schema: marts\n      threads: 8\n"})
add(D, "run_query_macro", "dbt docs", "fs.write", {"path": "macros/get_payment_methods.sql", "content": "{% macro get_payment_methods() %}\n{% set q %}select distinct payment_method from {{ ref('stg_payments') }} order by 1{% endset %}\n{% set results = run_query(q) %}\n{% if execute %}{{ return(results.columns[0].values()) }}{% else %}{{ return([]) }}{% endif %}\n{% endmacro %}\n"})
add(D, "dbt_test_generic", "dbt docs", "fs.write", {"path": "tests/generic/test_positive_value.sql", "content": "{% test positive_value(model, column_name) %}\nselect * from {{ model }} where {{ column_name }} < 0\n{% endtest %}\n"})

# ---------------- mongo_query ----------------
N = "mongo_query"
add(N, "range_and_in", "MongoDB docs", "mongo.find", {"database": "shop", "collection": "orders", "filter": {"status": {"$in": ["paid", "shipped"]}, "total": {"$gt": 100, "$lte": 5000}, "created_at": {"$gte": "2024-06-01T00:00:00Z"}}, "sort": {"created_at": -1}, "limit": 200})
add(N, "regex_case_insensitive_search", "MongoDB docs", "mongo.find", {"database": "crm", "collection": "companies", "filter": {"name": {"$regex": "^north", "$options": "i"}, "archived": {"$ne": True}}, "projection": {"name": 1, "domain": 1}})
add(N, "exists_and_nin", "MongoDB docs", "mongo.find", {"database": "crm", "collection": "contacts", "filter": {"email": {"$exists": True}, "lifecycle_stage": {"$nin": ["unsubscribed", "bounced"]}}, "limit": 1000})
add(N, "aggregate_group_by_day", "MongoDB docs", "mongo.aggregate", {"database": "shop", "collection": "orders", "pipeline": [{"$match": {"status": "paid"}}, {"$group": {"_id": {"$dateToString": {"format": "%Y-%m-%d", "date": "$created_at"}}, "revenue": {"$sum": "$total"}, "orders": {"$sum": 1}}}, {"$sort": {"_id": 1}}]})
add(N, "aggregate_lookup_unwind", "MongoDB docs", "mongo.aggregate", {"database": "shop", "collection": "orders", "pipeline": [{"$match": {"created_at": {"$gte": "2024-05-01"}}}, {"$lookup": {"from": "customers", "localField": "customer_id", "foreignField": "_id", "as": "customer"}}, {"$unwind": "$customer"}, {"$project": {"total": 1, "customer.country": 1}}]})
add(N, "or_conditions", "MongoDB docs", "mongo.find", {"database": "support", "collection": "tickets", "filter": {"$or": [{"priority": "high"}, {"sla_breached": True}], "status": {"$ne": "closed"}}})
add(N, "update_many_set", "MongoDB docs", "mongo.update_many", {"database": "shop", "collection": "products", "filter": {"vendor": "acme-textiles", "stock": {"$lt": 1}}, "update": {"$set": {"visible": False}, "$currentDate": {"updated_at": True}}})
add(N, "expr_compare_fields", "MongoDB docs", "mongo.find", {"database": "shop", "collection": "inventory", "filter": {"$expr": {"$lt": ["$on_hand", "$reorder_point"]}}})
add(N, "text_search", "MongoDB docs", "mongo.find", {"database": "shop", "collection": "reviews", "filter": {"$text": {"$search": "\"too small\" sizing"}, "rating": {"$lte": 2}}})

# ---------------- elasticsearch_query ----------------
E = "search_query"
add(E, "es_bool_range", "Elasticsearch docs", "es.search", {"index": "orders-2024.06", "body": {"query": {"bool": {"must": [{"match": {"status": "refunded"}}], "filter": [{"range": {"@timestamp": {"gte": "now-7d/d"}}}]}}, "aggs": {"by_reason": {"terms": {"field": "refund_reason.keyword", "size": 20}}}, "size": 0}})
add(E, "es_query_string", "Elasticsearch docs", "es.search", {"index": "app-logs-*", "body": {"query": {"query_string": {"query": "level:ERROR AND service:(etl-loader OR dbt-runner) AND NOT message:\"retrying\""}}, "sort": [{"@timestamp": "desc"}], "size": 100}})
add(E, "es_date_histogram", "Elasticsearch docs", "es.search", {"index": "web-sessions", "body": {"size": 0, "aggs": {"per_hour": {"date_histogram": {"field": "started_at", "calendar_interval": "hour"}, "aggs": {"uniq": {"cardinality": {"field": "visitor_id"}}}}}}})
add(E, "opensearch_wildcard_sku", "OpenSearch docs", "es.search", {"index": "products", "body": {"query": {"wildcard": {"sku": {"value": "TSHIRT-*-XL"}}}, "_source": ["sku", "title", "price"]}})
add(E, "es_painless_script_field", "Elasticsearch docs", "es.search", {"index": "orders-2024.06", "body": {"script_fields": {"net": {"script": {"lang": "painless", "source": "doc['total'].value - doc['tax'].value"}}}, "size": 10}})
add(E, "clickhouse_query", "ClickHouse docs", "db.query", {"database": "clickhouse_events", "query": "SELECT toStartOfHour(ts) AS h, uniqExact(user_id) AS users, quantileTDigest(0.95)(latency_ms) AS p95 FROM events WHERE ts >= now() - INTERVAL 1 DAY GROUP BY h ORDER BY h FORMAT JSONEachRow"})

# ---------------- data_quality ----------------
Q = "data_quality"
add(Q, "null_check", "own design", "db.query", {"database": "warehouse", "query": "SELECT COUNT(*) AS null_emails FROM marts.dim_customer WHERE email IS NULL OR email = '';"})
add(Q, "duplicate_keys", "own design", "db.query", {"database": "warehouse", "query": "SELECT order_id, COUNT(*) FROM marts.fct_orders GROUP BY order_id HAVING COUNT(*) > 1 LIMIT 20;"})
add(Q, "freshness_check", "own design", "db.query", {"database": "warehouse", "query": "SELECT MAX(_loaded_at) AS last_load, NOW() - MAX(_loaded_at) > INTERVAL '6 hours' AS is_stale FROM raw.shopify_orders;"})
add(Q, "referential_integrity", "own design", "db.query", {"database": "warehouse", "query": "SELECT oi.order_id FROM marts.fct_order_items oi LEFT JOIN marts.fct_orders o ON o.order_id = oi.order_id WHERE o.order_id IS NULL;"})
add(Q, "ge_expectation_suite", "Great Expectations docs", "fs.write", {"path": "great_expectations/expectations/orders_suite.json", "content": "{\n  \"expectation_suite_name\": \"orders_suite\",\n  \"expectations\": [\n    {\"expectation_type\": \"expect_column_values_to_not_be_null\", \"kwargs\": {\"column\": \"order_id\"}},\n    {\"expectation_type\": \"expect_column_values_to_be_between\", \"kwargs\": {\"column\": \"total\", \"min_value\": 0, \"max_value\": 100000}},\n    {\"expectation_type\": \"expect_column_values_to_match_regex\", \"kwargs\": {\"column\": \"email\", \"regex\": \"^[^@\\\\s]+@[^@\\\\s]+$\"}}\n  ]\n}\n"})
add(Q, "soda_checks", "Soda docs", "fs.write", {"path": "soda/checks/orders.yml", "content": "checks for fct_orders:\n  - row_count > 0\n  - missing_count(customer_id) = 0\n  - duplicate_count(order_id) = 0\n  - freshness(created_at) < 1d\n  - invalid_percent(email) < 1%:\n      valid format: email\n"})
add(Q, "row_count_compare", "own design", "db.query", {"database": "warehouse", "query": "SELECT (SELECT COUNT(*) FROM raw.orders WHERE created_at::date = '2024-06-10') AS raw_rows, (SELECT COUNT(*) FROM marts.fct_orders WHERE created_at::date = '2024-06-10') AS mart_rows;"})

# ---------------- db_admin ----------------
B = "db_admin"
add(B, "pg_stat_activity", "PostgreSQL docs", "db.query", {"database": "shop", "query": "SELECT pid, usename, state, now() - query_start AS runtime, left(query, 120) FROM pg_stat_activity WHERE state <> 'idle' ORDER BY runtime DESC;"})
add(B, "cancel_long_query", "PostgreSQL docs", "db.query", {"database": "shop", "query": "SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE usename = 'metabase' AND now() - query_start > interval '15 minutes';"})
add(B, "vacuum_analyze", "PostgreSQL docs", "db.query", {"database": "warehouse", "query": "VACUUM (ANALYZE, VERBOSE) marts.fct_orders;"})
add(B, "pg_dump_schema", "PostgreSQL docs", "shell.exec", {"cmd": "pg_dump --schema-only --no-owner -h \"$PGHOST\" -U reporting -d warehouse -n marts > backups/marts_schema_$(date +%Y%m%d).sql", "cwd": "/srv/etl"})
add(B, "table_sizes", "PostgreSQL docs", "db.query", {"database": "warehouse", "query": "SELECT relname, pg_size_pretty(pg_total_relation_size(relid)) AS size FROM pg_catalog.pg_statio_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 15;"})
add(B, "mysql_show_processlist", "MySQL docs", "db.query", {"database": "crm", "dialect": "mysql", "query": "SELECT id, user, host, db, command, time, state FROM information_schema.processlist WHERE command <> 'Sleep' ORDER BY time DESC;"})
add(B, "mssql_index_fragmentation", "SQL Server docs", "db.query", {"database": "erp_reporting", "dialect": "mssql", "query": "SELECT OBJECT_NAME(ips.object_id) AS tbl, i.name, ips.avg_fragmentation_in_percent FROM sys.dm_db_index_physical_stats(DB_ID(), NULL, NULL, NULL, 'LIMITED') ips JOIN sys.indexes i ON i.object_id = ips.object_id AND i.index_id = ips.index_id WHERE ips.avg_fragmentation_in_percent > 30;"})
add(B, "pg_restore_to_staging", "PostgreSQL docs", "shell.exec", {"cmd": "pg_restore --clean --if-exists --no-owner -d shop_staging backups/shop_2024-06-20.dump 2>&1 | tee logs/restore.log"})
