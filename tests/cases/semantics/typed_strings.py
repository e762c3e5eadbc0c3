# str methods with literal arguments as JS methods, and float() of plain decimals.


def literal_str_methods(s: str):
    return [
        s.split(","),
        s.split(", "),
        s.replace("a", "4"),
        s.replace("a", "$&"),
        s.replace("", "-"),
        s.startswith("a"),
        s.startswith(""),
        s.endswith("😀"),
        s.upper().replace("A", "4").lower(),
    ]


# inputs: ["a,b, c,,"]
# inputs: [""]
# inputs: ["😀a,😀"]
# inputs: ["banana"]


def literal_methods_on_open_values(v):
    return [v.split(";"), v.startswith("x"), v.replace("x", "y")]


# inputs: ["x;y;x"]
# inputs: [[1]]


def split_empty_separator(s: str):
    return s.split("")


# inputs: ["abc"]
# messages


def floats_from_text(cells: list[str]):
    out = []
    for c in cells:
        try:
            x = float(c)
            out.append(str(x))
        except ValueError as e:
            out.append(str(e))
    return out


# inputs: [["1", "1.", ".5", "-0", "+1.5", "007.250", "12345678901234567890.5"]]
# inputs: [["", ".", "-", "+", "1.2.3", "1_0", " 1 ", "1e3", "nan", "-inf", "0x10", "١٢"]]
# inputs: [["0.1", "2.675", "1e-7", "9007199254740993"]]


def join_generators(rows: list[dict], sep: str):
    a = "".join(f"<li>{r['name']}</li>" for r in rows)
    b = sep.join(str(r["v"]) for r in rows if r["v"])
    try:
        c = ",".join(r["v"] for r in rows)
    except TypeError as e:
        c = str(e)
    return [a, b, c]


# inputs: [[{"name": "a", "v": 1}, {"name": "b", "v": 0}, {"name": "c", "v": "x"}], "-"]
# inputs: [[{"name": "a", "v": "p"}, {"name": "b", "v": "q"}], ""]
# inputs: [[], ", "]
# messages


def extend_with_generator_sees_items(n: int):
    xs = [1]
    xs.extend(x + 1 for x in xs if x < n)
    return xs


# inputs: [4]
# inputs: [0]
