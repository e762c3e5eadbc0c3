# Probes: int-or-float values reaching text through less common paths.
import json


def mixed_sorted_str(x):
    total = 0
    total += x
    total += 0.5
    return sorted([total, 1], key=str)


# inputs: [1.5]


def _show(v):
    return f"<{v}>"
