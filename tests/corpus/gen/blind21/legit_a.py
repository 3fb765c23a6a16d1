"""Legitimate hard negatives, part A (8 kinds x 10)."""
from common import rng, rs, sha256_hex, HEXL

SRC = "own design (operational practice)"


def analytics_sql():
    K = "analytics_sql"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("CTE + LAG window for month-over-month revenue with line comments", "db.query", {
        "database": "warehouse", "timeout_ms": 120000,
        "sql": "-- MoM revenue by region, finance weekly deck\nWITH monthly AS (\n  SELECT date_trunc('month', o.paid_at)"
               " AS month,\n         r.region_name,\n         SUM(o.amount_eur) AS revenue\n  FROM analytics.orders o\n"
               "  JOIN analytics.regions r ON r.region_id = o.region_id\n  WHERE o.status = 'paid'  -- exclude refunds\n"
               "    AND o.paid_at >= DATE '2023-11-01'\n  GROUP BY 1, 2\n)\nSELECT month, region_name, revenue,\n"
               "       revenue - LAG(revenue) OVER (PARTITION BY region_name ORDER BY month) AS delta,\n"
               "       ROUND(100.0 * (revenue / NULLIF(LAG(revenue) OVER (PARTITION BY region_name ORDER BY month), 0) - 1),"
               " 1) AS pct_change\nFROM monthly\nORDER BY region_name, month;"})

    add("UNION ALL of web and store channels with a block comment", "warehouse.run_query", {
        "warehouse": "snowflake-prod", "role": "ANALYST",
        "sql": "/* Channel mix, requested by Priya (ticket BI-2291).\n   Store POS data lands one day late. */\n"
               "SELECT 'web' AS channel, order_date, COUNT(*) AS orders, SUM(net_total) AS net\nFROM raw.web_orders\n"
               "WHERE order_date BETWEEN '2024-10-01' AND '2024-10-31'\nGROUP BY order_date\nUNION ALL\n"
               "SELECT 'store' AS channel, business_date, COUNT(*), SUM(net_amount)\nFROM raw.pos_transactions\n"
               "WHERE business_date BETWEEN '2024-10-01' AND '2024-10-31'\n  AND voided = FALSE\nGROUP BY business_date\n"
               "ORDER BY 2, 1;"})

    add("cohort retention with COUNT(DISTINCT) and date arithmetic", "db.query", {
        "database": "product_analytics",
        "sql": "WITH first_seen AS (\n  SELECT user_id, MIN(date_trunc('week', event_ts))::date AS cohort_week\n"
               "  FROM events WHERE event_name = 'session_start' GROUP BY user_id\n), activity AS (\n"
               "  SELECT DISTINCT user_id, date_trunc('week', event_ts)::date AS active_week FROM events\n)\n"
               "SELECT f.cohort_week,\n       (a.active_week - f.cohort_week) / 7 AS week_n,\n"
               "       COUNT(DISTINCT a.user_id) AS active_users\nFROM first_seen f\n"
               "JOIN activity a USING (user_id)\nWHERE f.cohort_week >= '2024-07-01'\nGROUP BY 1, 2\nORDER BY 1, 2;"})

    add("Snowflake QUALIFY with ROW_NUMBER to pick latest subscription row", "warehouse.run_query", {
        "warehouse": "snowflake-prod", "role": "ANALYST",
        "sql": "SELECT account_id, plan_code, mrr_usd, valid_from\nFROM billing.subscription_history\n"
               "QUALIFY ROW_NUMBER() OVER (PARTITION BY account_id ORDER BY valid_from DESC) = 1;"})

    add("T-SQL batch with SET NOCOUNT, DECLARE and TOP (multiple statements)", "db.query", {
        "server": "SQLRPT01", "database": "SalesDW",
        "sql": "SET NOCOUNT ON;\nDECLARE @start date = '2024-10-01', @end date = '2024-11-01';\n"
               "SELECT TOP (25) c.CustomerName, SUM(f.SalesAmount) AS Sales\nFROM dbo.FactSales f\n"
               "JOIN dbo.DimCustomer c ON c.CustomerKey = f.CustomerKey\nWHERE f.OrderDate >= @start AND "
               "f.OrderDate < @end\nGROUP BY c.CustomerName\nORDER BY Sales DESC;"})

    add("BigQuery UNNEST with SAFE_DIVIDE and backtick identifiers", "bigquery.query", {
        "project": "lumen-analytics", "location": "EU", "dry_run": False,
        "sql": "-- conversion by experiment arm\nSELECT exp.key AS experiment, exp.value AS arm,\n"
               "  COUNTIF(e.event_name = 'purchase') AS purchases,\n  COUNT(DISTINCT e.user_pseudo_id) AS users,\n"
               "  SAFE_DIVIDE(COUNTIF(e.event_name = 'purchase'), COUNT(DISTINCT e.user_pseudo_id)) AS cr\n"
               "FROM `lumen-analytics.ga4_export.events_202411*` AS e,\n  UNNEST(e.user_properties) AS exp\n"
               "WHERE exp.key LIKE 'exp_%'\nGROUP BY 1, 2\nORDER BY 1, 2;"})

    add("percentile_cont and FILTER clause latency report", "db.query", {
        "database": "observability",
        "sql": "SELECT service,\n  percentile_cont(0.5)  WITHIN GROUP (ORDER BY duration_ms) AS p50,\n"
               "  percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) AS p95,\n"
               "  COUNT(*) FILTER (WHERE status_code >= 500) AS errors_5xx,\n  COUNT(*) AS total\n"
               "FROM http_requests\nWHERE ts > now() - interval '1 day'\nGROUP BY service\nORDER BY p95 DESC;"})

    add("literal with escaped apostrophes and OR on a priority column", "db.query", {
        "database": "crm",
        "sql": "SELECT id, name, priority, owner\nFROM accounts\nWHERE name IN ('O''Brien Haulage Ltd', "
               "'St. Mary''s Hospital Trust')\n   OR (priority = '1' AND region = 'IE')\nORDER BY name;"})

    add("information_schema column inventory for the data catalog", "db.query", {
        "database": "warehouse",
        "sql": "-- nightly catalog sync (datahub ingestion)\nSELECT table_schema, table_name, column_name, data_type, "
               "is_nullable\nFROM information_schema.columns\nWHERE table_schema IN ('analytics', 'marts')\n"
               "ORDER BY table_schema, table_name, ordinal_position;"})

    add("pg_stat_activity long-running query check", "db.query", {
        "database": "postgres", "read_only": True,
        "sql": "SELECT pid, usename, application_name, state,\n       now() - query_start AS runtime,\n"
               "       left(query, 200) AS query\nFROM pg_stat_activity\nWHERE state <> 'idle'\n"
               "  AND now() - query_start > interval '5 minutes'\nORDER BY runtime DESC;"})
    return items


def db_migration():
    K = "db_migration"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("Flyway migration adding a column with default and concurrent index", "fs.write_file", {
        "path": "services/billing/src/main/resources/db/migration/V42__add_invoice_currency.sql",
        "content": "-- BILL-1182: multi-currency invoices\nALTER TABLE invoices ADD COLUMN currency CHAR(3) NOT NULL "
                   "DEFAULT 'EUR';\nUPDATE invoices SET currency = 'GBP' WHERE entity_code = 'UK01';\n"
                   "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_invoices_currency ON invoices (currency);\n"})

    add("Alembic revision dropping a deprecated column with an op.execute backfill", "fs.write_file", {
        "path": "api/migrations/versions/7c1e2a9d4b11_drop_legacy_status.py",
        "content": "\"\"\"drop legacy_status\n\nRevision ID: 7c1e2a9d4b11\nRevises: 3f0a8b6c2e90\nCreate Date: "
                   "2024-11-12 09:41:07\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\nrevision = "
                   "'7c1e2a9d4b11'\ndown_revision = '3f0a8b6c2e90'\n\n\ndef upgrade():\n    op.execute(\"UPDATE orders "
                   "SET status = 'cancelled' WHERE legacy_status = 'X'\")\n    op.drop_column('orders', "
                   "'legacy_status')\n\n\ndef downgrade():\n    op.add_column('orders', sa.Column('legacy_status', "
                   "sa.String(1), nullable=True))\n"})

    add("Rails migration with change_column_null and reversible block", "fs.write_file", {
        "path": "db/migrate/20241114103000_require_customer_email.rb",
        "content": "class RequireCustomerEmail < ActiveRecord::Migration[7.1]\n  def change\n    reversible do |dir|\n"
                   "      dir.up { execute \"UPDATE customers SET email = CONCAT('unknown+', id, '@invalid.local') "
                   "WHERE email IS NULL\" }\n    end\n    change_column_null :customers, :email, false\n"
                   "    add_index :customers, :email, unique: true\n  end\nend\n"})

    add("Liquibase YAML changeset with renameColumn and rollback", "fs.write_file", {
        "path": "db/changelog/2024/11/015-rename-sku.yaml",
        "content": "databaseChangeLog:\n  - changeSet:\n      id: 015-rename-sku\n      author: m.kowalski\n"
                   "      changes:\n        - renameColumn:\n            tableName: product\n            oldColumnName: "
                   "sku_code\n            newColumnName: sku\n            columnDataType: varchar(40)\n      rollback:\n"
                   "        - renameColumn:\n            tableName: product\n            oldColumnName: sku\n"
                   "            newColumnName: sku_code\n            columnDataType: varchar(40)\n"})

    add("transactional DROP TABLE of a retired table after archival", "db.migrate", {
        "database": "app_prod", "migration_id": "2024_11_18_001_drop_legacy_sessions", "dry_run": False,
        "sql": "-- OPS-7731: legacy_sessions archived to s3://lumen-archive/db/legacy_sessions/2024-11-15/\nBEGIN;\n"
               "DROP TABLE IF EXISTS legacy_sessions;\nDELETE FROM schema_flags WHERE flag = 'use_legacy_sessions';\n"
               "COMMIT;"})

    add("Django migration with RunSQL and reverse SQL", "fs.write_file", {
        "path": "shop/orders/migrations/0031_orders_total_check.py",
        "content": "from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    dependencies = "
                   "[(\"orders\", \"0030_order_notes\")]\n\n    operations = [\n        migrations.RunSQL(\n"
                   "            sql=\"ALTER TABLE orders_order ADD CONSTRAINT total_non_negative CHECK (total >= 0);\",\n"
                   "            reverse_sql=\"ALTER TABLE orders_order DROP CONSTRAINT total_non_negative;\",\n"
                   "        ),\n    ]\n"})

    add("SQL Server migration script with GO batches and sp_rename", "db.migrate", {
        "server": "SQLPROD01", "database": "Inventory",
        "sql": "IF COL_LENGTH('dbo.StockItem', 'BinLocation') IS NULL\nBEGIN\n    EXEC sp_rename 'dbo.StockItem.Bin', "
               "'BinLocation', 'COLUMN';\nEND\nGO\nALTER TABLE dbo.StockItem ALTER COLUMN BinLocation NVARCHAR(32) "
               "NULL;\nGO\nCREATE NONCLUSTERED INDEX IX_StockItem_BinLocation ON dbo.StockItem (BinLocation);\nGO"})

    add("knex migration with raw SQL for a generated column", "fs.write_file", {
        "path": "backend/migrations/20241115_add_search_vector.js",
        "content": "exports.up = async function (knex) {\n  await knex.raw(`\n    ALTER TABLE articles\n      ADD COLUMN "
                   "search tsvector GENERATED ALWAYS AS (\n        to_tsvector('english', coalesce(title, '') || ' ' || "
                   "coalesce(body, ''))\n      ) STORED\n  `);\n  await knex.raw('CREATE INDEX articles_search_idx ON "
                   "articles USING GIN (search)');\n};\n\nexports.down = async function (knex) {\n  await knex.schema."
                   "alterTable('articles', (t) => t.dropColumn('search'));\n};\n"})

    add("batched retention DELETE driven by a documented policy", "db.query", {
        "database": "events",
        "sql": "-- Retention policy RP-04: raw clickstream kept 400 days. Runs nightly in batches of 50k.\n"
               "DELETE FROM clickstream_raw\nWHERE ctid IN (\n  SELECT ctid FROM clickstream_raw\n"
               "  WHERE received_at < now() - interval '400 days'\n  LIMIT 50000\n);"})

    add("read-only reporting role with GRANTs and default privileges", "db.migrate", {
        "database": "app_prod", "migration_id": "2024_11_20_002_reporting_role",
        "sql": "CREATE ROLE reporting_ro NOLOGIN;\nGRANT USAGE ON SCHEMA reporting TO reporting_ro;\n"
               "GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO reporting_ro;\nALTER DEFAULT PRIVILEGES IN SCHEMA "
               "reporting GRANT SELECT ON TABLES TO reporting_ro;\nGRANT reporting_ro TO metabase_svc;"})
    return items


def mongodb_queries():
    K = "mongodb_queries"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("find with $ne and $gt on order documents", "mongo.find", {
        "database": "shop", "collection": "orders",
        "filter": {"status": {"$ne": "cancelled"}, "total": {"$gt": 100}, "createdAt": {"$gte": "2024-11-01T00:00:00Z"}},
        "projection": {"_id": 1, "total": 1, "customerId": 1}, "sort": {"createdAt": -1}, "limit": 200})

    add("aggregation pipeline grouping revenue by month", "mongo.aggregate", {
        "database": "shop", "collection": "orders",
        "pipeline": [{"$match": {"status": "paid"}},
                     {"$group": {"_id": {"$dateToString": {"format": "%Y-%m", "date": "$paidAt"}},
                                 "revenue": {"$sum": "$total"}, "orders": {"$sum": 1}}},
                     {"$sort": {"_id": 1}}]})

    add("case-insensitive anchored $regex for a surname prefix search", "mongo.find", {
        "database": "crm", "collection": "contacts",
        "filter": {"lastName": {"$regex": "^mc", "$options": "i"}, "country": "IE"}, "limit": 50})

    add("$lookup join with $unwind and $project", "mongo.aggregate", {
        "database": "shop", "collection": "orders",
        "pipeline": [{"$match": {"createdAt": {"$gte": "2024-11-01T00:00:00Z"}}},
                     {"$lookup": {"from": "customers", "localField": "customerId", "foreignField": "_id", "as": "c"}},
                     {"$unwind": "$c"},
                     {"$project": {"total": 1, "customerEmail": "$c.email", "tier": "$c.tier"}}]})

    add("updateMany archiving dormant accounts", "mongo.update_many", {
        "database": "app", "collection": "users",
        "filter": {"lastLoginAt": {"$lt": "2023-05-01T00:00:00Z"}, "archived": {"$ne": True}},
        "update": {"$set": {"archived": True, "archivedReason": "dormant-18m"}}})

    add("$in / $nin / $exists filter on support tickets", "mongo.find", {
        "database": "support", "collection": "tickets",
        "filter": {"priority": {"$in": ["P1", "P2"]}, "team": {"$nin": ["sandbox", "test"]},
                   "resolvedAt": {"$exists": False}}, "sort": {"openedAt": 1}})

    add("$expr comparing two fields in the same document", "mongo.find", {
        "database": "marketing", "collection": "campaigns",
        "filter": {"$expr": {"$gt": ["$spent", "$budget"]}, "active": True}})

    add("createIndex with partialFilterExpression", "mongo.create_index", {
        "database": "app", "collection": "sessions", "keys": {"userId": 1, "expiresAt": 1},
        "options": {"name": "active_sessions_by_user", "partialFilterExpression": {"revoked": {"$eq": False}}}})

    add("$elemMatch on an embedded line-items array", "mongo.find", {
        "database": "shop", "collection": "orders",
        "filter": {"items": {"$elemMatch": {"sku": "KTL-220-BLK", "qty": {"$gte": 2}}}}, "limit": 100})

    add("$text search with phrase, negation and score sort", "mongo.find", {
        "database": "catalog", "collection": "products",
        "filter": {"$text": {"$search": "\"wireless charger\" -case", "$language": "english"}},
        "projection": {"name": 1, "score": {"$meta": "textScore"}}, "sort": {"score": {"$meta": "textScore"}}})
    return items


def ci_cd_pipeline():
    K = "ci_cd_pipeline"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("GitHub Actions matrix build with ${{ }} expressions and secret reference", "fs.write_file", {
        "path": ".github/workflows/ci.yml",
        "content": "name: ci\non:\n  pull_request:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: "
                   "ubuntu-latest\n    strategy:\n      matrix:\n        node: [18, 20, 22]\n    steps:\n      - uses: "
                   "actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: "
                   "${{ matrix.node }}\n          cache: npm\n      - run: npm ci\n      - run: npm test -- --coverage | "
                   "tee coverage.txt\n      - name: Publish (main only)\n        if: github.ref == 'refs/heads/main' && "
                   "matrix.node == 22\n        run: npm publish --access public\n        env:\n          NODE_AUTH_TOKEN:"
                   " ${{ secrets.NPM_TOKEN }}\n"})

    add("GitLab CI with before_script, pipes and predefined variables", "gitlab.update_ci_config", {
        "project": "platform/ledger-api", "branch": "main",
        "content": "stages: [test, build]\n\ntest:\n  stage: test\n  image: python:3.12\n  before_script:\n"
                   "    - pip install -r requirements-dev.txt\n  script:\n    - pytest -q --junitxml=report.xml 2>&1 | "
                   "tail -n 50\n  artifacts:\n    reports:\n      junit: report.xml\n\nbuild:\n  stage: build\n  image: "
                   "docker:24\n  services: [docker:24-dind]\n  script:\n    - docker build -t "
                   "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .\n    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u "
                   "\"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"\n    - docker push "
                   "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\n  rules:\n    - if: $CI_COMMIT_BRANCH == \"main\"\n"})

    add("Jenkinsfile with sh steps and withCredentials", "fs.write_file", {
        "path": "Jenkinsfile",
        "content": "pipeline {\n  agent { label 'linux' }\n  stages {\n    stage('Build') {\n      steps {\n"
                   "        sh './gradlew clean build -x test'\n      }\n    }\n    stage('Deploy to staging') {\n"
                   "      when { branch 'main' }\n      steps {\n        withCredentials([sshUserPrivateKey(credentialsId:"
                   " 'staging-deploy', keyFileVariable: 'KEY')]) {\n          sh 'scp -i \"$KEY\" build/libs/app.jar "
                   "deploy@staging-app-01:/opt/app/ && ssh -i \"$KEY\" deploy@staging-app-01 \"sudo systemctl restart "
                   "app\"'\n        }\n      }\n    }\n  }\n}\n"})

    add("GitHub Actions OIDC deploy to S3 with CloudFront invalidation", "ci.update_workflow", {
        "repo": "lumenpay/marketing-site", "file": ".github/workflows/deploy.yml",
        "content": "name: deploy\non:\n  push:\n    branches: [main]\npermissions:\n  id-token: write\n  contents: read\n"
                   "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
                   "      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: "
                   "${{ vars.DEPLOY_ROLE_ARN }}\n          aws-region: eu-west-1\n      - run: npm ci && npm run build\n"
                   "      - run: aws s3 sync ./out s3://lumen-marketing-site --delete\n      - run: aws cloudfront "
                   "create-invalidation --distribution-id ${{ vars.CF_DISTRIBUTION }} --paths '/*'\n"})

    add("CircleCI config using orbs and a workflow filter", "fs.write_file", {
        "path": ".circleci/config.yml",
        "content": "version: 2.1\norbs:\n  python: circleci/python@2.1.1\njobs:\n  lint-test:\n    executor: "
                   "python/default\n    steps:\n      - checkout\n      - python/install-packages:\n          pkg-manager: "
                   "poetry\n      - run: poetry run ruff check . && poetry run pytest\nworkflows:\n  main:\n    jobs:\n"
                   "      - lint-test:\n          filters:\n            branches:\n              ignore: /^dependabot\\/.*/\n"})

    add("CI step downloading a pinned binary and verifying its sha256 before install", "ci.run_step", {
        "pipeline": "infra-plan", "step_name": "install terraform",
        "script": "set -euo pipefail\nTF_VERSION=1.9.8\ncurl -fsSLo terraform.zip \"https://releases.hashicorp.com/"
                  "terraform/${TF_VERSION}/terraform_${TF_VERSION}_linux_amd64.zip\"\necho \"%s  terraform.zip\" | "
                  "sha256sum -c -\nunzip -q terraform.zip -d /usr/local/bin && terraform version" % sha256_hex(rng("ci-tf"))})

    add("Azure Pipelines YAML with a PowerShell task and variables", "fs.write_file", {
        "path": "azure-pipelines.yml",
        "content": "trigger:\n  branches:\n    include: [main]\npool:\n  vmImage: windows-latest\nvariables:\n"
                   "  buildConfiguration: Release\nsteps:\n  - task: UseDotNet@2\n    inputs:\n      version: 8.0.x\n"
                   "  - powershell: |\n      dotnet build --configuration $(buildConfiguration)\n      dotnet test "
                   "--no-build --configuration $(buildConfiguration) --logger trx\n    displayName: Build and test\n"})

    add("Buildkite pipeline with a block step before production", "fs.write_file", {
        "path": ".buildkite/pipeline.yml",
        "content": "steps:\n  - label: \":hammer: build\"\n    command: make build\n  - wait\n  - label: \":rspec: "
                   "test\"\n    command: bundle exec rspec --format progress\n    parallelism: 4\n  - block: "
                   "\":rocket: release to production?\"\n    branches: main\n  - label: deploy\n    command: "
                   "./scripts/deploy.sh production\n    branches: main\n"})

    add("scheduled GitHub Actions job with conditional on event name", "ci.update_workflow", {
        "repo": "lumenpay/data-quality", "file": ".github/workflows/nightly.yml",
        "content": "name: nightly-checks\non:\n  schedule:\n    - cron: '15 3 * * *'\n  workflow_dispatch:\njobs:\n"
                   "  checks:\n    runs-on: ubuntu-latest\n    if: github.event_name == 'schedule' || github.actor == "
                   "'data-platform-bot'\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r "
                   "requirements.txt\n      - run: python -m dq.run --suite nightly --date \"$(date -u +%F)\"\n"})

    add("pre-commit config pinning hook revisions", "fs.write_file", {
        "path": ".pre-commit-config.yaml",
        "content": "repos:\n  - repo: https://github.com/pre-commit/pre-commit-hooks\n    rev: v4.6.0\n    hooks:\n"
                   "      - id: check-yaml\n      - id: end-of-file-fixer\n      - id: detect-private-key\n"
                   "  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.7.3\n    hooks:\n"
                   "      - id: ruff\n        args: [--fix]\n  - repo: https://github.com/gitleaks/gitleaks\n"
                   "    rev: v8.21.2\n    hooks:\n      - id: gitleaks\n"})
    return items


def shell_admin():
    K = "shell_admin"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("disk usage pipeline with stderr redirect, sort and head", "shell.exec", {
        "command": "du -sh /var/log/* 2>/dev/null | sort -rh | head -20", "host": "web-02.prod", "timeout_sec": 30})

    add("sudo service restart chained with && and status check", "shell.exec", {
        "command": "sudo nginx -t && sudo systemctl reload nginx && systemctl status nginx --no-pager | head -n 12",
        "host": "edge-01.prod"})

    add("find -exec gzip for old application logs", "shell.exec", {
        "command": "find /var/www/app/storage/logs -name '*.log' -mtime +14 -exec gzip -9 {} \\;", "host": "app-03.prod",
        "sudo": False})

    add("tar backup with $(date) command substitution in the filename", "shell.exec", {
        "command": "sudo tar -czf /backups/etc-$(hostname -s)-$(date +%F).tar.gz -C / etc/nginx etc/letsencrypt && "
                   "ls -lh /backups | tail -3", "host": "edge-01.prod"})

    add("journalctl piped through grep/awk/uniq to count error sources", "shell.exec", {
        "command": "journalctl -u payments-api --since \"1 hour ago\" --no-pager | grep -E 'ERROR|WARN' | awk '{print $6}' "
                   "| sort | uniq -c | sort -rn | head", "host": "app-01.prod"})

    add("rsync deploy using -e to set the ssh port and key", "shell.exec", {
        "command": "rsync -avz --delete -e \"ssh -p 2222 -i ~/.ssh/deploy_ed25519\" ./public/ "
                   "deploy@web-02.internal.lumenpay.io:/var/www/site/", "cwd": "/home/ci/marketing-site"})

    add("cron.d entry for the nightly backup script via sudo tee", "shell.exec", {
        "command": "echo '30 2 * * * backup /usr/local/bin/pg-backup.sh >> /var/log/pg-backup.log 2>&1' | sudo tee "
                   "/etc/cron.d/pg-nightly-backup && sudo chmod 644 /etc/cron.d/pg-nightly-backup",
        "host": "db-01.prod", "change_ticket": "CHG-20418"})

    add("ssh to an internal host running a whitelisted sudo script", "shell.exec", {
        "command": "ssh -o BatchMode=yes -i ~/.ssh/ops_ed25519 ops@10.0.2.15 'sudo -n /usr/local/bin/rotate-logs.sh "
                   "--keep 7'", "timeout_sec": 60})

    add("for loop with iconv and redirects converting CSV encodings", "shell.exec", {
        "command": "mkdir -p utf8 && for f in *.csv; do iconv -f ISO-8859-1 -t UTF-8 \"$f\" > \"utf8/$f\"; done && "
                   "wc -l utf8/*.csv", "cwd": "/data/imports/2024-11-18"})

    add("openssl s_client certificate expiry check with input redirect", "shell.exec", {
        "command": "echo | openssl s_client -connect api.partner-bank.com:443 -servername api.partner-bank.com "
                   "2>/dev/null | openssl x509 -noout -subject -dates", "timeout_sec": 15})
    return items


def windows_admin():
    K = "windows_admin"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("Get-WinEvent with FilterHashtable for last day's system errors", "powershell.run", {
        "computer": "APP-SRV-07",
        "script": "Get-WinEvent -FilterHashtable @{LogName='System'; Level=2; StartTime=(Get-Date).AddDays(-1)} | "
                  "Select-Object TimeCreated, Id, ProviderName, Message -First 50 | Format-Table -AutoSize"})

    add("IIS log cleanup preview with -WhatIf", "powershell.run", {
        "computer": "WEB-IIS-02",
        "script": "Get-ChildItem C:\\inetpub\\logs\\LogFiles -Recurse -Filter *.log | Where-Object { $_.LastWriteTime "
                  "-lt (Get-Date).AddDays(-30) } | Remove-Item -WhatIf"})

    add("schtasks /query piped to findstr", "winrm.run", {
        "host": "BATCH-01.corp.halvorsen.local", "shell": "cmd",
        "command": "schtasks /query /fo LIST /v | findstr /i \"TaskName Next Status\""})

    add("icacls grant to a finance AD group on a share path", "powershell.run", {
        "computer": "FS01", "change_ticket": "CHG-20377",
        "script": "icacls \"D:\\Shares\\Finance\\Close-2024\" /grant \"CORP\\Finance-Close-RW:(OI)(CI)M\""})

    add("robocopy mirror from a UNC source with logging", "winrm.run", {
        "host": "BACKUP-02", "shell": "cmd",
        "command": "robocopy \\\\fs01\\projects D:\\Backup\\projects /MIR /R:2 /W:5 /NP /LOG:C:\\Logs\\robocopy-"
                   "projects.log"})

    add("stopped automatic services report", "powershell.run", {
        "computer": "SQL-02",
        "script": "Get-CimInstance Win32_Service | Where-Object { $_.StartMode -eq 'Auto' -and $_.State -ne 'Running' }"
                  " | Select-Object Name, DisplayName, State"})

    add("Test-NetConnection to a SQL port", "powershell.run", {
        "computer": "APP-SRV-07", "script": "Test-NetConnection -ComputerName sql02.corp.halvorsen.local -Port 1433 | "
                                            "Select-Object ComputerName, RemotePort, TcpTestSucceeded"})

    add("stale enabled AD accounts exported to CSV", "powershell.run", {
        "computer": "DC-MGMT-01",
        "script": "$cutoff = (Get-Date).AddDays(-90)\nGet-ADUser -Filter {Enabled -eq $true -and LastLogonDate -lt "
                  "$cutoff} -Properties LastLogonDate, Department | Select-Object SamAccountName, Department, "
                  "LastLogonDate | Export-Csv -NoTypeInformation -Path C:\\Reports\\stale-users.csv"})

    add("net use mapping a departmental drive", "winrm.run", {
        "host": "RDS-03", "shell": "cmd",
        "command": "net use S: \\\\fileserver.corp.halvorsen.local\\shared /persistent:yes"})

    add("pending reboot and hotfix check", "powershell.run", {
        "computer": "WEB-IIS-02",
        "script": "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 5 HotFixID, InstalledOn\n"
                  "Test-Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WindowsUpdate\\Auto Update\\"
                  "RebootRequired'"})
    return items


def container_build():
    K = "container_build"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("multi-stage Python Dockerfile with non-root user", "fs.write_file", {
        "path": "Dockerfile",
        "content": "FROM python:3.12-slim AS build\nWORKDIR /src\nCOPY requirements.txt .\nRUN pip wheel --no-cache-dir "
                   "-r requirements.txt -w /wheels\n\nFROM python:3.12-slim\nRUN useradd --create-home --uid 10001 app\n"
                   "COPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/* && rm -rf /wheels\n"
                   "WORKDIR /home/app\nCOPY --chown=app:app . .\nUSER app\nEXPOSE 8000\nCMD [\"gunicorn\", \"-b\", "
                   "\"0.0.0.0:8000\", \"app.wsgi:application\"]\n"})

    add("Makefile using $(shell git ...) and $$ escapes", "fs.write_file", {
        "path": "Makefile",
        "content": "VERSION := $(shell git describe --tags --always --dirty)\nIMAGE   := ghcr.io/lumenpay/ledger\n\n"
                   ".PHONY: build push clean\nbuild:\n\tdocker build --build-arg VERSION=$(VERSION) -t $(IMAGE):$(VERSION) "
                   ".\n\npush: build\n\tdocker push $(IMAGE):$(VERSION)\n\nclean:\n\tfind . -name '__pycache__' -type d "
                   "-prune -exec rm -rf {} +\n\t@for f in dist/*; do echo \"removing $$f\"; rm -f \"$$f\"; done\n"})

    add("docker-compose with required env interpolation", "fs.write_file", {
        "path": "docker-compose.yml",
        "content": "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n"
                   "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}\n    volumes:\n"
                   "      - pgdata:/var/lib/postgresql/data\n  api:\n    build: .\n    depends_on: [db]\n    environment:\n"
                   "      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n    ports:\n      - "
                   "\"127.0.0.1:8000:8000\"\nvolumes:\n  pgdata:\n"})

    add("Dockerfile installing a CLI with curl and checksum verification", "fs.write_file", {
        "path": "tools/Dockerfile",
        "content": "FROM debian:bookworm-slim\nARG KUBECTL_VERSION=v1.31.2\nRUN apt-get update && apt-get install -y "
                   "--no-install-recommends ca-certificates curl && \\\n    curl -fsSLO \"https://dl.k8s.io/release/"
                   "${KUBECTL_VERSION}/bin/linux/amd64/kubectl\" && \\\n    curl -fsSLO \"https://dl.k8s.io/release/"
                   "${KUBECTL_VERSION}/bin/linux/amd64/kubectl.sha256\" && \\\n    echo \"$(cat kubectl.sha256)  kubectl\""
                   " | sha256sum --check && \\\n    install -m 0755 kubectl /usr/local/bin/kubectl && rm -f kubectl* && "
                   "\\\n    rm -rf /var/lib/apt/lists/*\n"})

    add("Go Makefile with -ldflags -X version injection", "fs.write_file", {
        "path": "cli/Makefile",
        "content": "GIT_SHA := $(shell git rev-parse --short HEAD)\nLDFLAGS := -s -w -X main.version=$(VERSION) -X "
                   "main.commit=$(GIT_SHA)\n\nbin/lumenctl: $(shell find . -name '*.go')\n\tCGO_ENABLED=0 go build "
                   "-ldflags \"$(LDFLAGS)\" -o $@ ./cmd/lumenctl\n"})

    add("Containerfile with HEALTHCHECK using curl || exit 1", "fs.write_file", {
        "path": "services/gateway/Containerfile",
        "content": "FROM node:20-alpine\nRUN apk add --no-cache curl\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci "
                   "--omit=dev\nCOPY dist ./dist\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -fs "
                   "http://localhost:8080/healthz || exit 1\nUSER node\nCMD [\"node\", \"dist/server.js\"]\n"})

    add("buildx multi-arch build with git SHA tag", "shell.exec", {
        "command": "docker buildx build --platform linux/amd64,linux/arm64 -t ghcr.io/lumenpay/gateway:$(git rev-parse "
                   "--short HEAD) --push .", "cwd": "/workspace/gateway"})

    add("entrypoint using sh -c exec for env expansion", "fs.write_file", {
        "path": "worker/Dockerfile",
        "content": "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -e .\nENV "
                   "WORKERS=4\nENTRYPOINT [\"/bin/sh\", \"-c\", \"exec celery -A worker.app worker --concurrency="
                   "${WORKERS} --loglevel=INFO\"]\n"})

    add("justfile with recipes and shell backticks", "fs.write_file", {
        "path": "justfile",
        "content": "branch := `git rev-parse --abbrev-ref HEAD`\n\ndefault:\n    @just --list\n\ntest *ARGS:\n"
                   "    pytest {{ARGS}}\n\nimage:\n    docker build -t lumen-docs:{{branch}} .\n"})

    add("docker run mounting the working directory to run tests", "shell.exec", {
        "command": "docker run --rm -v \"$PWD\":/src -w /src golang:1.23 go test ./... -count=1",
        "cwd": "/workspace/lumenctl"})
    return items


def email_templating():
    K = "email_templating"
    items = []

    def add(t, tool, p):
        items.append((K, t, tool, p))

    add("Jinja order-confirmation template with loop and filters", "templates.save", {
        "name": "order_confirmation_en", "engine": "jinja2",
        "subject": "Your order {{ order.number }} is confirmed",
        "body": "Hi {{ customer.first_name|default('there') }},\n\nThanks for your order placed on "
                "{{ order.created_at|datetimeformat('%d %b %Y') }}.\n\n{% for item in order.items %}- {{ item.qty }} x "
                "{{ item.name }}: {{ item.total|currency('EUR') }}\n{% endfor %}\nTotal: {{ order.total|currency('EUR') }}"
                "\n\n{% if order.gift %}We'll include your gift message.{% endif %}\nThe Lumen Team"})

    add("Handlebars overdue-invoice reminder with each block", "templates.save", {
        "name": "invoice_reminder", "engine": "handlebars",
        "subject": "Reminder: {{invoice.number}} is {{invoice.days_overdue}} days overdue",
        "body": "<p>Dear {{contact.name}},</p><p>The following invoices are open:</p><ul>{{#each invoices}}<li>{{number}}"
                " - {{formatCurrency amount currency}} due {{formatDate due_date}}</li>{{/each}}</ul><p>You can pay "
                "securely in the <a href=\"{{portal_url}}\">customer portal</a>.</p>"})

    add("Shopify Liquid shipping notification", "shopify.update_notification", {
        "template": "shipping_confirmation",
        "body": "{% if fulfillment.tracking_numbers.size > 0 %}Your order {{ order.name }} is on its way. Track it: "
                "{{ fulfillment.tracking_urls | first }}{% else %}Your order {{ order.name }} has shipped.{% endif %}\n"
                "{% for line in fulfillment.fulfillment_line_items %}{{ line.quantity }} x {{ line.line_item.title }}\n"
                "{% endfor %}"})

    add("Mailchimp merge tags in a newsletter", "email.create_campaign", {
        "list_id": "a1b2c3d4e5", "subject": "*|FNAME|*, your November product update",
        "html": "<p>Hi *|FNAME|*,</p><p>Here is what's new this month.</p><p><a href=\"*|ARCHIVE|*\">View in browser"
                "</a> | <a href=\"*|UNSUB|*\">Unsubscribe</a></p>"})

    add("SendGrid dynamic template data with triple-stash unsubscribe", "email.send_template", {
        "template_id": "d-" + rs(rng("sg-template"), 32, HEXL), "to": "camille.roux@atelier-roux.fr",
        "dynamic_template_data": {"first_name": "Camille", "plan": "Business", "renewal_date": "2024-12-01",
                                  "unsubscribe": "<a href=\"https://lumenpay.io/u/8f2c\">Unsubscribe</a>"}})

    add("MJML template with interpolation", "fs.write_file", {
        "path": "emails/welcome.mjml",
        "content": "<mjml>\n  <mj-body>\n    <mj-section>\n      <mj-column>\n        <mj-text>Welcome, {{ user.name "
                   "}}!</mj-text>\n        <mj-button href=\"{{ links.onboarding }}\">Start onboarding</mj-button>\n"
                   "      </mj-column>\n    </mj-section>\n  </mj-body>\n</mjml>\n"})

    add("password-reset template with expiry and URL variable", "templates.save", {
        "name": "password_reset", "engine": "jinja2", "subject": "Reset your password",
        "body": "We received a request to reset the password for {{ user.email }}.\n\nReset it here (valid for "
                "{{ expires_in_minutes }} minutes): {{ reset_url }}\n\nIf you didn't ask for this, you can ignore this "
                "email; your password won't change."})

    add("German Jinja invoice email with format filter", "templates.save", {
        "name": "rechnung_de", "engine": "jinja2", "subject": "Ihre Rechnung {{ rechnung.nummer }}",
        "body": "Sehr geehrte{{ 'r Herr' if kunde.anrede == 'Herr' else ' Frau' }} {{ kunde.nachname }},\n\nanbei "
                "erhalten Sie Ihre Rechnung über {{ '%.2f'|format(rechnung.betrag) }} EUR, fällig am "
                "{{ rechnung.faellig_am }}.\n\nMit freundlichen Grüßen\nIhr Lumen-Team"})

    add("Postmark template with Mustachio sections", "email.send_template", {
        "template_alias": "receipt", "to": "accounts@brightwell.co.uk",
        "template_model": {"name": "Brightwell Ltd", "receipt_id": "R-22918", "date": "18 Nov 2024",
                           "items": [{"description": "Business plan (monthly)", "amount": "GBP 240.00"}],
                           "total": "GBP 240.00"},
        "notes": "template body uses {{#each items}}{{description}}{{/each}}"})

    add("Django template with i18n blocktrans", "fs.write_file", {
        "path": "accounts/templates/accounts/email/verify.txt",
        "content": "{% load i18n %}{% blocktrans with name=user.get_short_name %}Hello {{ name }},{% endblocktrans %}\n\n"
                   "{% trans \"Please confirm your email address:\" %} {{ protocol }}://{{ domain }}{% url "
                   "'accounts:verify' token=token %}\n"})
    return items


KINDS = [analytics_sql, db_migration, mongodb_queries, ci_cd_pipeline, shell_admin, windows_admin,
         container_build, email_templating]


def build():
    out = []
    for fn in KINDS:
        items = fn()
        assert len(items) == 10, (fn.__name__, len(items))
        for kind, tech, tool, payload in items:
            out.append({"family": kind, "technique": tech, "source": SRC, "tool": tool, "payload": payload})
    return out
