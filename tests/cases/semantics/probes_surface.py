# Minimized differences found by the surface fuzzer (tests/semantics/fuzz/surface.py).


def chr_past_a_c_int(n):
    try:
        return chr(n)
    except OverflowError:
        return "OverflowError"
    except ValueError:
        return "ValueError"


# inputs: [2147483648]
# inputs: [2147483647]
# inputs: [-2147483648]
# inputs: [-2147483649]
# inputs: [1000000000000000]
