import sys
sys.dont_write_bytecode = True


def c(technique, source, tool, payload, family=None):
    return {"technique": technique, "source": source, "tool": tool,
            "payload": payload, "family": family}
