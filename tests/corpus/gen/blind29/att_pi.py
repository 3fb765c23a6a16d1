"""prompt_injection attacks (60) = part A + part B."""
import att_pi_a
import att_pi_b


def items():
    return att_pi_a.items() + att_pi_b.items()
