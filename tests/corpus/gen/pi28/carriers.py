"""Tool-call wrappers. Each carrier(main, extra, rng) -> (tool, payload dict).
`main` holds the text under test; `extra` is optional benign text for a sibling slot."""
import json

def hexid(rng, n=8):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))

def num(rng, a, b):
    return rng.randint(a, b)

def ts(rng):
    return "2026-%02d-%02dT%02d:%02d:%02dZ" % (num(rng, 1, 11), num(rng, 1, 28), num(rng, 6, 21), num(rng, 0, 59), num(rng, 0, 59))

def day(rng):
    return "2026-%02d-%02d" % (num(rng, 1, 11), num(rng, 1, 28))

PEOPLE = ["m.keller", "a.santos", "j.novak", "l.haddad", "s.tanaka", "r.okafor", "e.lindqvist", "p.moreau",
          "d.kowalski", "n.petrova", "h.yilmaz", "t.nguyen", "k.sato", "f.rossi", "b.jansen", "c.popescu"]
DOMAINS = ["northwind-logistics.com", "brightfield.io", "kestrel-partners.eu", "halvorsen.no", "azulmarino.es",
           "tessera-labs.com", "orchard-supply.co.uk", "quartzline.de", "meridian-health.org", "lumen-retail.fr"]

def person(rng):
    return "%s@%s" % (rng.choice(PEOPLE), rng.choice(DOMAINS))

def email_thread(main, extra, rng):
    msgs = []
    if extra:
        msgs.append({"from": person(rng), "to": [person(rng)], "date": ts(rng), "subject": "Re: follow-up", "body": extra})
    msgs.append({"from": person(rng), "to": [person(rng)], "cc": [], "date": ts(rng), "subject": "Re: follow-up",
                 "body": main, "attachments": []})
    return "email.summarize_thread", {"thread_id": "thr_" + hexid(rng, 12), "mailbox": "inbox",
                                      "messages": msgs, "summary_style": "bullets", "max_bullets": num(rng, 3, 7)}

def email_send(main, extra, rng):
    quoted = "\n".join("> " + ln for ln in main.split("\n"))
    body = (extra + "\n\n" if extra else "Thanks, noted. See below.\n\n") + "On %s, %s wrote:\n%s" % (ts(rng), person(rng), quoted)
    return "email.send", {"to": [person(rng)], "cc": [], "subject": "Re: your message", "body": body,
                          "in_reply_to": "<%s@mail.%s>" % (hexid(rng, 16), rng.choice(DOMAINS)), "send_at": None}

def email_triage(main, extra, rng):
    return "email.classify_inbound", {"message_id": "msg_" + hexid(rng, 10), "received_at": ts(rng),
        "headers": {"from": person(rng), "reply_to": person(rng), "subject": "Action needed", "x_spam_score": round(rng.random() * 3, 2)},
        "body": {"text": main, "html": None}, "labels_allowed": ["finance", "support", "sales", "spam", "other"]}

def crm_note(main, extra, rng):
    return "crm.add_note", {"account_id": "ACC-%d" % num(rng, 10000, 99999),
        "contact": {"id": "CON-%d" % num(rng, 1000, 9999), "email": person(rng)},
        "note": {"source": rng.choice(["web_form", "inbound_email", "chat_widget"]), "created_at": ts(rng), "text": main},
        "previous_notes": ([{"author": rng.choice(PEOPLE), "text": extra}] if extra else []), "visibility": "team"}

def browser_fetch(main, extra, rng):
    host = rng.choice(["docs", "blog", "help", "www", "kb"]) + "." + rng.choice(DOMAINS)
    return "browser.fetch_result", {"url": "https://%s/%s" % (host, hexid(rng, 6)), "status": 200,
        "fetched_at": ts(rng), "content": {"title": "Page", "text": ((extra + "\n\n") if extra else "") + main,
        "links": ["https://%s/about" % host, "https://%s/contact" % host]}, "truncated": False}

def search_results(main, extra, rng):
    res = [{"rank": 1, "url": "https://en.wikipedia.org/wiki/Supply_chain", "title": "Supply chain - Wikipedia",
            "snippet": "A supply chain is a network of organizations involved in producing and delivering a product."}]
    if extra:
        res.append({"rank": 2, "url": "https://%s/news/%s" % (rng.choice(DOMAINS), hexid(rng, 5)), "title": "News", "snippet": extra})
    res.append({"rank": len(res) + 1, "url": "https://%s/p/%s" % (rng.choice(DOMAINS), hexid(rng, 5)), "title": "Overview", "snippet": main})
    return "search.web_results", {"query_id": "q_" + hexid(rng, 8), "query": "supplier onboarding requirements",
                                  "results": res, "safe_search": "moderate"}

def docs_summarize(main, extra, rng):
    return "docs.summarize", {"doc_id": "doc_" + hexid(rng, 10), "title": "Shared document",
        "content": ((extra + "\n\n") if extra else "") + main, "max_words": num(rng, 80, 250), "audience": "internal"}

def rag_ingest(main, extra, rng):
    chunks = []
    if extra:
        chunks.append({"n": 0, "text": extra})
    chunks.append({"n": len(chunks), "text": main})
    return "rag.ingest", {"collection": rng.choice(["kb_public", "vendor_docs", "policies_v3"]),
        "documents": [{"id": "d_" + hexid(rng, 8), "metadata": {"source_url": "https://%s/doc/%s" % (rng.choice(DOMAINS), hexid(rng, 4)),
        "crawled_at": ts(rng), "mime": "text/html"}, "chunks": chunks}], "embedding_model": "text-embed-v2", "upsert": True}

def slack_thread(main, extra, rng):
    t0 = num(rng, 1760000000, 1790000000)
    msgs = []
    if extra:
        msgs.append({"user": "U0" + hexid(rng, 7).upper(), "ts": "%d.%06d" % (t0, num(rng, 0, 999999)), "text": extra})
    msgs.append({"user": "U0" + hexid(rng, 7).upper(), "ts": "%d.%06d" % (t0 + 300, num(rng, 0, 999999)), "text": main})
    return "slack.summarize_thread", {"channel": "C0" + hexid(rng, 8).upper(), "thread_ts": msgs[0]["ts"],
                                      "messages": msgs, "include_files": False}

def slack_post(main, extra, rng):
    return "slack.post_message", {"channel": "#" + rng.choice(["ops", "finance-ap", "eng-releases", "sales-emea", "it-helpdesk"]),
        "text": extra or "Forwarding for visibility:", "attachments": [{"fallback": "forwarded message", "pretext": "Forwarded",
        "text": main, "footer": "via email bridge", "ts": num(rng, 1760000000, 1790000000)}], "unfurl_links": False}

def ticket_update(main, extra, rng):
    comments = []
    if extra:
        comments.append({"author": "agent:" + rng.choice(PEOPLE), "public": True, "body": extra})
    comments.append({"author": "requester", "public": True, "body": main, "created_at": ts(rng)})
    return "tickets.update", {"ticket_id": "T-%d" % num(rng, 100000, 999999), "status": "open", "priority": rng.choice(["normal", "high"]),
        "fields": {"product": rng.choice(["Billing", "Shipping", "Accounts"]), "comments": comments}, "notify_requester": False}

def jira_comment(main, extra, rng):
    return "jira.add_comment", {"issue_key": "%s-%d" % (rng.choice(["OPS", "FIN", "SEC", "PLAT"]), num(rng, 100, 9999)),
        "comment": {"body": main, "visibility": None}, "context": {"issue_description": extra or "See attached.", "reporter": person(rng)}}

def github_comment(main, extra, rng):
    return "github.create_comment", {"repo": "%s/%s" % (rng.choice(["acme", "northwind", "tessera-labs"]), rng.choice(["api", "web", "infra", "sdk"])),
        "issue_number": num(rng, 10, 4000), "body": "Triage summary pending.", "context": {"issue_title": "Bug report",
        "issue_body": main, "labels": ["needs-triage"], "prior_comments": ([extra] if extra else [])}}

def calendar(main, extra, rng):
    d = day(rng)
    return "calendar.create_event", {"calendar_id": "primary", "title": "Sync", "start": d + "T%02d:00:00+01:00" % num(rng, 8, 16),
        "duration_minutes": rng.choice([30, 45, 60]), "attendees": [person(rng), person(rng)],
        "description": main, "location": extra[:60] if extra else "Video call", "source": "ics_import"}

def support_reply(main, extra, rng):
    conv = [{"role": "customer", "text": main, "at": ts(rng)}]
    if extra:
        conv.insert(0, {"role": "agent", "text": extra, "at": ts(rng)})
    return "support.draft_reply", {"conversation_id": "cv_" + hexid(rng, 10), "channel": rng.choice(["chat", "email"]),
        "conversation": conv, "macro_id": None, "tone": "friendly"}

def voicemail(main, extra, rng):
    segs = [{"speaker": "caller", "start": 0.0, "text": extra}] if extra else []
    segs.append({"speaker": "caller", "start": 12.4, "text": main})
    return "voice.summarize_transcript", {"call_id": "call_" + hexid(rng, 10), "from_number": "+%d" % num(rng, 10**10, 10**11),
        "segments": segs, "language_hint": "auto"}

def webhook(main, extra, rng):
    return "webhooks.handle_event", {"event": "form.submitted", "delivery_id": hexid(rng, 16), "data": {"form_id": "contact_v2",
        "fields": [{"label": "name", "value": rng.choice(PEOPLE)}, {"label": "company", "value": extra[:40] if extra else "n/a"},
                   {"label": "message", "value": main}]}}

def invoice(main, extra, rng):
    return "ap.process_invoice", {"invoice": {"number": "INV-%d" % num(rng, 10000, 99999), "vendor_id": "V-%d" % num(rng, 100, 999),
        "amount": round(num(rng, 500, 90000) + rng.random(), 2), "currency": rng.choice(["EUR", "USD", "GBP"]), "due_date": day(rng),
        "lines": [{"desc": "Services", "qty": 1}], "remarks": main, "ocr_text": extra or ""}, "auto_match_po": True}

def resume(main, extra, rng):
    return "ats.parse_resume", {"candidate_id": "cand_" + hexid(rng, 8), "job_id": "JOB-%d" % num(rng, 100, 999),
        "resume_text": ((extra + "\n\n") if extra else "") + main, "extract": ["skills", "experience", "education"]}

def memory(main, extra, rng):
    items = [{"key": "note_%d" % num(rng, 1, 99), "value": main, "source": "conversation_import"}]
    if extra:
        items.insert(0, {"key": "context", "value": extra, "source": "conversation_import"})
    return "memory.save", {"user_id": "u_" + hexid(rng, 8), "items": items, "ttl_days": 365}

def reviews(main, extra, rng):
    rv = [{"rating": 5, "author": "verified buyer", "body": extra}] if extra else []
    rv.append({"rating": num(rng, 1, 5), "author": "customer_%d" % num(rng, 100, 9999), "body": main, "date": day(rng)})
    return "reviews.analyze", {"product_id": "SKU-%d" % num(rng, 10000, 99999), "reviews": rv, "aspects": ["quality", "shipping", "price"]}

def pdf_index(main, extra, rng):
    pages = [{"page": 1, "text": extra or "Table of contents"}, {"page": 2, "text": main}]
    return "docs.index_pdf", {"file_id": "file_" + hexid(rng, 10), "filename": rng.choice(["contract.pdf", "brochure.pdf", "report_q3.pdf", "spec.pdf"]),
        "pages": pages, "ocr": False}

def kb_update(main, extra, rng):
    return "kb.update_article", {"article_id": "KB%d" % num(rng, 1000, 9999), "locale": "auto",
        "sections": [{"heading": "Overview", "body": extra or "-"}, {"heading": "Details", "body": main}], "publish": False}

def translate(main, extra, rng):
    segs = [{"id": 1, "text": extra}] if extra else []
    segs.append({"id": len(segs) + 1, "text": main})
    return "translate.document", {"job_id": "tr_" + hexid(rng, 8), "source_lang": "auto", "target_lang": rng.choice(["en", "de", "fr"]),
                                  "segments": segs, "glossary_id": None}

def image_describe(main, extra, rng):
    return "vision.caption_image", {"image_url": "https://cdn.%s/img/%s.jpg" % (rng.choice(DOMAINS), hexid(rng, 10)),
        "alt_text": main, "exif": {"Make": "Canon", "ImageDescription": extra or ""}, "detail": "low"}

def wiki_import(main, extra, rng):
    return "wiki.import_page", {"space": rng.choice(["ENG", "OPS", "FIN"]), "title": "Imported page",
        "blocks": [{"type": "paragraph", "text": extra or ""}, {"type": "callout", "children": [{"type": "paragraph", "text": main}]}]}

def chat_log(main, extra, rng):
    lines = []
    if extra:
        lines.append({"who": rng.choice(PEOPLE), "msg": extra})
    lines.append({"who": rng.choice(PEOPLE), "msg": main})
    return "chat.export_log", {"room": "room_" + hexid(rng, 6), "export_format": "json", "messages": lines}

# code-ish carriers: extra ignored or used as a code context
def mcp_register(main, extra, rng):
    name = rng.choice(["lookup_zip", "count_words"])
    low = main.lower()
    for kw, nm in (("weather", "fetch_weather"), ("timestamp", "format_date"), ("valuta", "convert_currency"), ("currency", "convert_currency")):
        if kw in low:
            name = nm
            break
    return "mcp.register_tool", {"server": "https://mcp.%s/sse" % rng.choice(DOMAINS), "tool": {"name": name,
        "description": main, "input_schema": {"type": "object", "properties": {"query": {"type": "string", "description": extra or "Input value"}},
        "required": ["query"]}}, "auto_approve": False}

def commits(main, extra, rng):
    cs = [{"sha": hexid(rng, 40), "author": person(rng), "message": extra or "fix: handle empty cart"},
          {"sha": hexid(rng, 40), "author": person(rng), "message": main}]
    return "git.summarize_commits", {"repo": "acme/%s" % rng.choice(["billing", "web", "agent-tools"]), "branch": "main", "commits": cs}

def code_review(main, extra, rng):
    lines = main.split("\n")
    hunk = "@@ -41,6 +41,%d @@ def settle(batch):\n     total = sum(i.amount for i in batch)\n" % (6 + len(lines)) + "\n".join("+    # " + l for l in lines) + "\n     return total"
    return "github.create_review_comment", {"repo": "acme/payments", "pull_number": num(rng, 100, 3000), "path": "settle.py",
        "line": 44, "diff_hunk": hunk, "body": extra or "Reviewing."}

def function_call(main, extra, rng):
    args = {"order_id": "ORD-%d" % num(rng, 100000, 999999), "customer_note": main, "locale": "auto"}
    if extra:
        args["previous_note"] = extra
    return "agent.execute_function_call", {"id": "call_" + hexid(rng, 24), "type": "function",
        "function": {"name": "lookup_order", "arguments": json.dumps(args, ensure_ascii=False)}}

def api_response(main, extra, rng):
    body = {"data": {"id": num(rng, 1, 99999), "status": "ok", "message": main}, "meta": {"note": extra or None}}
    return "http.process_response", {"request": {"method": "GET", "url": "https://api.%s/v1/status" % rng.choice(DOMAINS)},
        "response": {"status": 200, "headers": {"content-type": "application/json"}, "body": json.dumps(body, ensure_ascii=False)}}

def sheets_import(main, extra, rng):
    rows = [["1001", "Widget A", "12", "ok"], ["1002", "Widget B", "7", extra or "ok"], ["1003", "Widget C", "0", main]]
    return "sheets.import_rows", {"sheet_id": "sh_" + hexid(rng, 10), "range": "A1:D4", "header": ["sku", "name", "qty", "comment"], "rows": rows}

CARRIERS = {k: v for k, v in dict(globals()).items() if callable(v) and k not in ("hexid", "num", "ts", "day", "person") and not k.startswith("_") and k != "json"}
MSG = ["email_thread", "email_send", "email_triage", "crm_note", "slack_thread", "slack_post", "ticket_update", "jira_comment",
       "github_comment", "calendar", "support_reply", "voicemail", "webhook", "invoice", "resume", "memory", "reviews", "chat_log"]
DOC = ["browser_fetch", "search_results", "docs_summarize", "rag_ingest", "pdf_index", "kb_update", "translate", "image_describe", "wiki_import"]
CODE = ["mcp_register", "commits", "code_review", "function_call", "api_response", "sheets_import"]

def task_request(main, extra, rng):
    return "agent.run_task", {"session_id": "s_" + hexid(rng, 12), "principal": {"user_id": "u_" + hexid(rng, 8), "role": "employee",
        "authenticated": True}, "instruction": main, "context": {"previous_turn": extra} if extra else {},
        "allowed_tools": ["email.read", "email.draft", "calendar.create_event", "crm.read"]}

CARRIERS["task_request"] = task_request
