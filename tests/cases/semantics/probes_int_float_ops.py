# Probes: int operations with float starts and operands.
import math


def int_ops_float_results(n: int, xs: list[int]):
    return [
        str(sum(xs, 0.0)),
        str(sum(xs, start=0.5)),
        str(n % 1.0),
        str(math.fsum(xs)),
        str(n * 1.0 // 1),
    ]


# inputs: [4, [1, 2]]
