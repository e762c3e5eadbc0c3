# Probes: string and number literal forms.
def string_literal_forms(x):
    return [
        r"\d+\s",
        "\N{BULLET} \N{GREEK SMALL LETTER ALPHA}",
        "\x41\u00e9\U0001f600",
        "\101\0end",
        """tri"ple""",
        "a" "b" "c",
        "line\
continued",
        len("\U0001f600"),
        "\t".join(["a", "b"]),
        f"{x}\\{x}",
        "{" + "}",
    ]


# inputs: [1]


def number_literal_forms(x):
    return [
        0x1F,
        0o17,
        0b1010,
        1_000_000,
        1e3,
        1.5e-3,
        0.1e1,
        10**3,
        0xFF_FF,
        -0x10,
        str(1_0.5),
    ]


# inputs: [0]
