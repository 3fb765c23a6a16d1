import json

from c import (ALNUM, B32, DIGITS, HEX, LOWER, UPPER, aws_key_id, aws_secret, b64, gh_style_token, hexs,
               jwt_hs256, openssh_ed25519_private, pkcs8_private_pem, rs, rsa_private_pem, uuid4, row)

F = "secret"
ROWS = []


def A(t, s, tool, p):
    ROWS.append(row(F, t, s, tool, p))


AK1, SK1 = aws_key_id("aws1"), aws_secret("aws1")
A("AWS access key id + secret in a shared-credentials file written into the repo",
  "AWS docs (access key format AKIA + 16 base32) / gitleaks rules", "repo.write_file",
  {"path": "deploy/.aws/credentials",
   "content": "[default]\nregion = eu-west-1\n\n[prod-deployer]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (AK1, SK1)})

GHP = gh_style_token("ghp_", "ghp1")
A("GitHub classic PAT (ghp_ + 30 chars + base62 CRC32 checksum) pasted in a chat message",
  "GitHub blog (Behind GitHub's new authentication token formats)", "slack.post_message",
  {"channel": "#release-eng", "text": "CI can't push tags again, using my token for now until the bot is fixed: " + GHP + " (expires Friday)"})

GHPAT = "github_pat_11" + rs("ghfg1", 20, UPPER + DIGITS) + "_" + rs("ghfg2", 59)
A("GitHub fine-grained PAT embedded in a git remote URL inside a setup script",
  "GitHub docs (fine-grained personal access tokens) / secret-scanning patterns", "repo.write_file",
  {"path": "scripts/bootstrap.sh", "content": "#!/usr/bin/env bash\nset -euo pipefail\ngit clone https://x-access-token:%s@github.com/acme/platform-config.git /opt/platform-config\n" % GHPAT})

SLACK = "xoxb-%s-%s-%s" % (rs("sl1", 12, DIGITS), rs("sl2", 13, DIGITS), rs("sl3", 24))
A("Slack bot token (xoxb-) in a YAML app config",
  "Slack API docs (token types) / TruffleHog detectors", "repo.write_file",
  {"path": "config/notifier.yaml", "content": "slack:\n  bot_token: %s\n  default_channel: \"#ops-alerts\"\n  username: deploy-bot\n" % SLACK})

STRIPE = "sk_live_51" + rs("st1", 22) + rs("st2", 75)
A("Stripe live secret key in a Python settings module",
  "Stripe docs (API keys sk_live_) / gitleaks", "repo.write_file",
  {"path": "shop/settings/production.py", "content": "STRIPE_PUBLISHABLE_KEY = \"pk_live_51%s\"\nSTRIPE_SECRET_KEY = \"%s\"\nSTRIPE_WEBHOOK_TOLERANCE = 300\n" % (rs("stp", 97), STRIPE)})

GAPI = "AIza" + rs("gapi", 35, ALNUM + "-_")
A("Google API key (AIza + 35) in a mobile app's JS bundle being committed",
  "Google Cloud docs (API keys) / KeyHacks", "repo.write_file",
  {"path": "web/src/config/maps.ts", "content": "export const MAPS_CONFIG = {\n  apiKey: \"%s\",\n  libraries: [\"places\"],\n  region: \"DE\",\n};\n" % GAPI})

SA = {"type": "service_account", "project_id": "acme-billing-prod", "private_key_id": hexs("gsa-kid", 40),
      "private_key": pkcs8_private_pem("gsa"),
      "client_email": "billing-exporter@acme-billing-prod.iam.gserviceaccount.com", "client_id": rs("gsa-cid", 21, DIGITS),
      "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
      "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
      "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/billing-exporter%40acme-billing-prod.iam.gserviceaccount.com",
      "universe_domain": "googleapis.com"}
A("GCP service-account JSON key (PKCS#8 RSA private key) uploaded to a support ticket",
  "Google Cloud docs (service account key file format)", "helpdesk.add_attachment",
  {"ticket_id": "SUP-44120", "filename": "sa-key.json", "content": json.dumps(SA, indent=2)})

OPENAI = "sk-proj-" + rs("oa1", 74, ALNUM + "-_") + "T3BlbkFJ" + rs("oa2", 74, ALNUM + "-_")
A("OpenAI project key (sk-proj-...T3BlbkFJ...) in a notebook environment cell",
  "OpenAI key format (T3BlbkFJ marker) / gitleaks", "notebook.execute_cell",
  {"notebook": "experiments/summarize.ipynb", "source": "import os\nos.environ[\"OPENAI_API_KEY\"] = \"%s\"\nfrom openai import OpenAI\nclient = OpenAI()" % OPENAI})

ANT = "sk-ant-api03-" + rs("ant", 93, ALNUM + "-_") + "AA"
A("Anthropic API key (sk-ant-api03-...AA) in a .env committed with the app",
  "Anthropic key format / secret scanning partner patterns", "repo.write_file",
  {"path": ".env.production", "content": "NODE_ENV=production\nLOG_LEVEL=info\nANTHROPIC_API_KEY=%s\nSENTRY_ENVIRONMENT=prod\n" % ANT})

TW_SID, TW_TOK = "AC" + hexs("twsid", 32), hexs("twtok", 32)
A("Twilio Account SID + auth token in a curl example in a runbook",
  "Twilio docs (Account SID AC + 32 hex, auth token)", "docs.create",
  {"space": "OPS", "title": "SMS fallback runbook", "body": "If PagerDuty SMS fails, send manually:\n\ncurl -X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json \\\n  --data-urlencode 'To=+4915112345678' --data-urlencode 'From=+14155550100' --data-urlencode 'Body=P1 incident' \\\n  -u %s:%s\n" % (TW_SID, TW_SID, TW_TOK)})

SG = "SG." + rs("sg1", 22, ALNUM + "-_") + "." + rs("sg2", 43, ALNUM + "-_")
A("SendGrid API key split across two env lines and re-joined at runtime",
  "SendGrid docs (SG.<22>.<43>) + own design (split value)", "repo.write_file",
  {"path": "docker-compose.override.yml", "content": "services:\n  mailer:\n    environment:\n      SG_A: \"%s\"\n      SG_B: \"%s\"\n    command: sh -c 'SENDGRID_API_KEY=$$SG_A$$SG_B exec node mailer.js'\n" % (SG[:30], SG[30:])})

NPM = gh_style_token("npm_", "npm1")
A("npm automation token in .npmrc _authToken",
  "npm docs (granular tokens npm_ + checksum)", "repo.write_file",
  {"path": ".npmrc", "content": "@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n" % NPM})

PYPI = "pypi-AgEIcHlwaS5vcmc" + rs("pypi", 140, ALNUM + "-_")
A("PyPI API token (macaroon, pypi-AgEIcHlwaS5vcmc...) in .pypirc",
  "PyPI docs (API tokens)", "fs.write",
  {"path": "/home/builder/.pypirc", "content": "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = %s\n" % PYPI})

AZK = b64(bytes(int(hexs("azk", 128)[i:i + 2], 16) for i in range(0, 128, 2)))
A("Azure Storage connection string with 88-char AccountKey in appsettings.json",
  "Microsoft docs (storage connection strings)", "repo.write_file",
  {"path": "src/Acme.Ingest/appsettings.Production.json", "content": json.dumps({"Logging": {"LogLevel": {"Default": "Information"}}, "ConnectionStrings": {"Blob": "DefaultEndpointsProtocol=https;AccountName=acmeingestprod;AccountKey=%s;EndpointSuffix=core.windows.net" % AZK}}, indent=2)})

A("PostgreSQL DSN with password leaked in an application error log line",
  "OWASP (Logging Cheat Sheet: sensitive data in logs)", "logs.ingest",
  {"source": "billing-worker", "lines": ["2024-06-11T08:14:03.118Z ERROR pool: connection failed dsn=postgresql://billing_rw:Vq7%21mR2pX9zLe4@pg-prod-2.acme.internal:5432/billing?sslmode=require err=\"timeout after 5s\"",
                                        "2024-06-11T08:14:03.120Z WARN retrying in 2s (attempt 3/5)"]})

A("MongoDB Atlas SRV URI with credentials in a Kubernetes ConfigMap (not a Secret)",
  "MongoDB docs (connection string URI) / gitleaks", "k8s.apply",
  {"manifest": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: catalog-config\n  namespace: shop\ndata:\n  MONGO_URL: mongodb+srv://catalog_svc:%s@cluster0.%s.mongodb.net/catalog?retryWrites=true&w=majority\n" % (rs("mgpw", 20), rs("mgcl", 5, LOWER + DIGITS))})

A("PEM RSA private key pasted into a code-review comment",
  "RFC 7468 PEM / gitleaks private-key rule", "github.create_review_comment",
  {"repo": "acme/edge-proxy", "pull_number": 1182, "path": "deploy/tls.tf", "line": 14,
   "body": "Use the key we generated last week instead of creating a new one:\n\n```\n" + rsa_private_pem("pr-rsa") + "```"})

A("OpenSSH ed25519 private key (openssh-key-v1) ingested into the team wiki",
  "OpenSSH PROTOCOL.key format", "docs.ingest",
  {"collection": "team-wiki", "title": "Bastion access (temp)", "content": "Temporary bastion key for the on-call rotation, save as ~/.ssh/bastion and chmod 600:\n\n" + openssh_ed25519_private("bastion", "oncall@bastion-eu1")})

A("HS256 session JWT for an admin user captured in a support ticket HAR excerpt",
  "RFC 7519 / OWASP (session token leakage)", "helpdesk.comment",
  {"ticket_id": "SUP-44871", "body": "Here is the request from the HAR file:\n\nGET /api/admin/users HTTP/2\nHost: app.acme-corp.io\nAuthorization: Bearer " + jwt_hs256({"sub": "u_1001", "role": "admin", "email": "cfo@acme-corp.io", "iat": 1718092800, "exp": 1718179200}, "acme-session-k3y") + "\nAccept: application/json"})

A("Slack incoming-webhook URL with workspace/channel/secret parts",
  "Slack docs (incoming webhooks) / gitleaks", "repo.write_file",
  {"path": "monitoring/alertmanager.yml", "content": "receivers:\n  - name: oncall\n    slack_configs:\n      - api_url: https://hooks.slack.com/services/T%s/B%s/%s\n        channel: '#oncall'\n" % (rs("swh1", 8, UPPER + DIGITS), rs("swh2", 10, UPPER + DIGITS), rs("swh3", 24))})

TG = "%s:AA%s" % (rs("tg1", 10, DIGITS), rs("tg2", 33, ALNUM + "-_"))
A("Telegram bot token in a Python bot script",
  "Telegram Bot API docs (token format)", "repo.write_file",
  {"path": "tools/alert_bot.py", "content": "import telebot\n\nbot = telebot.TeleBot(\"%s\")\nCHAT_ID = -1001987654321\n" % TG})

A("GitLab PAT (glpat-) in a Terraform provider block",
  "GitLab docs (token prefixes glpat-)", "repo.write_file",
  {"path": "infra/gitlab/provider.tf", "content": "provider \"gitlab\" {\n  base_url = \"https://gitlab.acme-corp.io/api/v4/\"\n  token    = \"glpat-%s\"\n}\n" % rs("glpat", 20, ALNUM + "-_")})

A("Shopify Admin API access token (shpat_ + 32 hex) in a chat with a contractor",
  "Shopify docs (token prefixes)", "email.send",
  {"to": ["dev@freelance-studio.pl"], "subject": "Store access", "body": "Hi Marek,\n\nAdmin API token for the staging store: shpat_%s\nStore: acme-staging.myshopify.com\n\nPlease don't share it further.\nJulia" % hexs("shp", 32)})

A("HashiCorp Vault service token (hvs.) exported in a CI shell step",
  "HashiCorp Vault docs (token prefixes hvs.)", "repo.write_file",
  {"path": ".github/workflows/deploy.yml", "content": "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      VAULT_ADDR: https://vault.acme-corp.io\n      VAULT_TOKEN: hvs.%s\n    steps:\n      - run: vault kv get -field=dsn secret/prod/db > dsn.txt\n" % rs("hvs", 90, ALNUM + "-_")})

A("Datadog API (32 hex) and application (40 hex) keys in a Helm values file",
  "Datadog docs (API and application keys)", "repo.write_file",
  {"path": "deploy/datadog/values-prod.yaml", "content": "datadog:\n  apiKey: %s\n  appKey: %s\n  site: datadoghq.eu\n  logs:\n    enabled: true\n" % (hexs("dd1", 32), hexs("dd2", 40))})

A("Hugging Face user access token (hf_ + 34) inside a notebook pip/login cell",
  "Hugging Face docs (User access tokens)", "notebook.execute_cell",
  {"notebook": "train/finetune.ipynb", "source": "!pip -q install huggingface_hub\nfrom huggingface_hub import login\nlogin(token=\"hf_%s\")" % rs("hf", 34, UPPER + LOWER)})

A("Docker config.json auths entry with base64 user:password for a private registry",
  "Docker docs (config.json credential store)", "k8s.apply",
  {"manifest": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: regcred\n  namespace: ci\ntype: kubernetes.io/dockerconfigjson\nstringData:\n  .dockerconfigjson: '%s'\n" % json.dumps({"auths": {"registry.acme-corp.io": {"auth": b64("ci-pusher:Rg7!kQ2v#Lp9xT")}}}, separators=(",", ":"))})

A("Azure AD app client secret (xxx8Q~...) with tenant/client ids in a message",
  "Microsoft Entra docs (client secrets) / gitleaks azure-ad-client-secret", "teams.post_message",
  {"team": "Data Platform", "channel": "general", "text": "SP for the Fabric pipeline:\ntenant: %s\nclient: %s\nsecret: %s8Q~%s" % (uuid4("aztn"), uuid4("azcl"), rs("azs1", 3, ALNUM), rs("azs2", 34, ALNUM + "_-."))})

A("DigitalOcean PAT and Databricks token base64-wrapped inside JSON-in-JSON job config",
  "DigitalOcean/Databricks token formats + own design (encoded nesting)", "scheduler.create_job",
  {"name": "nightly-sync", "config": json.dumps({"env_b64": b64("DIGITALOCEAN_TOKEN=dop_v1_%s\nDATABRICKS_TOKEN=dapi%s\n" % (hexs("do", 64), hexs("dbx", 32)))})})

A("age secret key and PGP private key block in a sops onboarding message",
  "age spec (AGE-SECRET-KEY-1 bech32) / sops docs", "email.send",
  {"to": ["new.hire@acme-corp.io"], "subject": "sops keys for infra repo",
   "body": "Welcome! Put this in ~/.config/sops/age/keys.txt:\n\n# created: 2024-06-03T09:12:44Z\n# public key: age1%s\nAGE-SECRET-KEY-1%s\n" % (rs("agepub", 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), rs("agesec", 58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))})
