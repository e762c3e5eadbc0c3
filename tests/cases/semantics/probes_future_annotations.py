# Probes: annotations under from __future__ import annotations.
from __future__ import annotations


def future_annotations(n: int):
    return str(n // 2)


# inputs: [7]
