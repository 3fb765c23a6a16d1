"""Shared helpers for the blind33 corpus generator."""


def A(family, technique, source, tool, payload):
    return {"label": "attack", "family": family, "technique": technique,
            "source": source, "tool": tool, "payload": payload}


def L(kind, technique, source, tool, payload):
    return {"label": "legit", "family": kind, "technique": technique,
            "source": source, "tool": tool, "payload": payload}


def PI(technique, source, tool, payload):
    return A("prompt_injection", technique, source, tool, payload)
