def A(technique, source, tool, payload, lang):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload, "lang": lang, "family": "prompt_injection"}

def L(family, technique, source, tool, payload, lang):
    return {"technique": technique, "source": source, "tool": tool, "payload": payload, "lang": lang, "family": family}
