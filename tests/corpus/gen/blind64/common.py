"""Shared helpers used by both attack and legit generator modules.

Everything here is deterministic: identifiers are derived from hashes of the
content, never from randomness or the clock.
"""
import hashlib


def hid(*parts, n=12):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def uid(*parts):
    h = hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def tag_smuggle(s):
    """Encode ASCII text as invisible Unicode tag characters (U+E0000 block)."""
    return "".join(chr(0xE0000 + ord(c)) for c in s)


def a2a(text, sender="planner", recipient="executor", role="agent", task_id=None,
        data=None, context=None, method="message/send", extra_meta=None):
    parts = [{"kind": "text", "text": text}]
    if data is not None:
        parts.append({"kind": "data", "data": data})
    meta = {"sender": sender, "recipient": recipient}
    if extra_meta:
        meta.update(extra_meta)
    msg = {
        "role": role,
        "messageId": uid("msg", sender, recipient, text),
        "contextId": context or uid("ctx", sender, recipient),
        "parts": parts,
        "metadata": meta,
    }
    if task_id:
        msg["taskId"] = task_id
    return {"jsonrpc": "2.0", "id": hid("rpc", text, n=8), "method": method,
            "params": {"message": msg}}


def sampling(user_text, system_prompt=None, include_context="none", max_tokens=800,
             history=None, hints=None):
    msgs = list(history or [])
    msgs.append({"role": "user", "content": {"type": "text", "text": user_text}})
    params = {"messages": msgs, "includeContext": include_context, "maxTokens": max_tokens}
    if system_prompt is not None:
        params["systemPrompt"] = system_prompt
    if hints:
        params["modelPreferences"] = {"hints": [{"name": h} for h in hints],
                                      "intelligencePriority": 0.6, "speedPriority": 0.4}
    return {"jsonrpc": "2.0", "id": int(hid("s", user_text, n=6), 16) % 10000,
            "method": "sampling/createMessage", "params": params}


def mcp_tools(server, tools):
    out = []
    for name, desc, props in tools:
        out.append({"name": name, "description": desc,
                    "inputSchema": {"type": "object",
                                    "properties": {k: {"type": "string", "description": v}
                                                   for k, v in props.items()},
                                    "required": list(props)[:1]}})
    return {"server": server, "result": {"tools": out}}


def mcp_result(server, tool, text, is_error=False):
    return {"server": server, "tool": tool,
            "result": {"content": [{"type": "text", "text": text}], "isError": is_error}}


def task(objective, sender="planner", recipient="executor", steps=None, constraints=None,
         attachments=None, priority="normal"):
    d = {"task_id": "T-" + hid("task", objective, n=6).upper(), "from": sender, "to": recipient,
         "priority": priority, "objective": objective}
    if steps:
        d["steps"] = steps
    if constraints:
        d["constraints"] = constraints
    if attachments:
        d["attachments"] = attachments
    return d


def report(agent, status, summary, findings=None, notes=None, task_id=None, artifacts=None):
    d = {"task_id": task_id or "T-" + hid("rep", summary, n=6).upper(), "agent": agent,
         "status": status, "summary": summary}
    if findings:
        d["findings"] = findings
    if artifacts:
        d["artifacts"] = artifacts
    if notes:
        d["notes_for_planner"] = notes
    return d


def mem(namespace, key, value, source="agent", tags=None):
    d = {"namespace": namespace, "key": key, "value": value, "written_by": source}
    if tags:
        d["tags"] = tags
    return d


def upsert(collection, docs):
    return {"collection": collection,
            "documents": [{"id": "doc-" + hid(collection, t, n=10), "text": t, "metadata": m}
                          for t, m in docs]}


def hits(query, items, agent="retriever"):
    return {"agent": agent, "query": query,
            "results": [{"id": "chunk-" + hid(query, t, n=8), "score": s, "text": t, "metadata": m}
                        for s, t, m in items]}


def relay(from_agent, to_agent, tool, output, call_args=None):
    d = {"from_agent": from_agent, "to_agent": to_agent, "tool": tool}
    if call_args is not None:
        d["call_args"] = call_args
    d["output"] = output
    return d


def scratch(agent, entries, run=None):
    return {"run_id": run or "run-" + hid(agent, entries[0], n=8), "agent": agent,
            "entries": [{"step": i + 1, "kind": k, "text": t} for i, (k, t) in enumerate(entries)]}


def handoff(from_agent, to_agent, summary, open_items=None, context=None):
    d = {"handoff_id": "HO-" + hid(from_agent, summary, n=6).upper(), "from": from_agent,
         "to": to_agent, "summary": summary}
    if open_items:
        d["open_items"] = open_items
    if context:
        d["context"] = context
    return d


def log(lines, source="orchestrator"):
    return {"source": source, "format": "text", "lines": lines}


def chat(messages, channel="group"):
    return {"channel": channel, "messages": [{"speaker": s, "content": c} for s, c in messages]}
