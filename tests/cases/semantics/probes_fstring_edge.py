# Probes: f-strings with nested fields, braces, conditionals in specs.
def fstring_nesting(s: str, w: int, left: bool):
    return [
        f"{'{'}{s}{'}'}",
        f"{{}}{s}{{",
        f"{s!r:^{w}}|",
        f"{s:{'<' if left else '>'}{w}}|",
        f"{f'{s}-{w}'}",
        f"a\nb{s}\t",
        f"{s}" f"{w}" "plain",
        f"{len(s):0{w}d}",
        f"{s[::-1]!r}",
        f"{[c for c in s]}",
        f"{ {'k': s}['k'] }",
        f"{(lambda v: v * 2)(s)}",
        f"{s if left else w}",
        f"{w:#0{w + 4}x}",
    ]


# inputs: ["ab", 5, true]
# inputs: ["é", 3, false]


def fstring_multiline(a, b):
    return f"""
{a}:
    {b!r}
"""


# inputs: ["x", "y"]
