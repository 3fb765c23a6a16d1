"""Shared helpers for the blind10 corpus generator (stdlib only)."""


def case(technique, source, tool, payload):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload}
