# One part of a split, or a split unpacked into two names, read without building the
# list (lower/split_parts.py): Dash's prop ids, file names, key=value pairs, addresses.


def prop_id_part(prop_id: str):
    return [prop_id.split(".")[0], prop_id.rsplit(".", 1)[-1], prop_id.split(".")[-1]]


# inputs: ["btn-1.n_clicks"]
# inputs: ["{\"index\":2,\"type\":\"row\"}.value"]
# inputs: ["no-dot"]
# inputs: [""]
# inputs: ["."]
# inputs: ["a.b.c"]


def file_name_parts(name: str):
    base = name.rsplit(".", 1)[0]
    ext = name.split(".", 1)[-1]
    first = name.rsplit(".")[0]
    return [base, ext, first, name.split(".", 2)[0], name.rsplit(".", 3)[-1]]


# inputs: ["report.final.csv"]
# inputs: ["README"]
# inputs: [".hidden"]
# inputs: ["trailing."]
# inputs: ["😀.😀.é"]


def overlapping_separator(s: str):
    # "aa" overlaps itself: a split from the left and one from the right find other
    # matches in "aaa", so these reads keep the list where they would differ
    return [s.split("aa")[-1], s.rsplit("aa")[0], s.split("aa")[0], s.rsplit("aa")[-1]]


# inputs: ["aaa"]
# inputs: ["aaaa"]
# inputs: ["xaaay"]
# inputs: ["none"]


def key_value(line: str):
    key, value = line.split("=", 1)
    return {key.strip(): value.strip()}


# inputs: ["color = red"]
# inputs: ["a=b=c"]
# inputs: ["=x"]
# inputs: ["no equals sign"]
# messages


def address(e: str):
    user, domain = e.split("@")
    return user.split("+")[0] + "@" + domain.lower()


# inputs: ["first.last+news@Example.COM"]
# inputs: ["a@b@c"]
# inputs: ["nobody"]
# inputs: ["@"]
# messages


def from_the_right(path: str):
    head, tail = path.rsplit("/", 1)
    return [head, tail]


# inputs: ["/usr/local/bin"]
# inputs: ["file"]
# inputs: ["/"]
# messages


def open_receiver(value):
    # value of open type: a str splits, anything else raises CPython's error
    return value.split(".")[0]


# inputs: ["a.b"]
# inputs: [5]
# inputs: [["a.b"]]
# messages


def index_other_than_the_ends(s: str):
    return s.split(".")[1]


# inputs: ["a.b.c"]
# inputs: ["a"]
# messages


def maxsplit_zero_and_names(s: str, n: int):
    return [s.split(".", 0)[0], s.split(".", n)[0], s.split(".", -1)[-1]]


# inputs: ["a.b.c", 1]
# inputs: ["a.b.c", 0]


def empty_separator(s: str):
    return s.split("")[0]


# inputs: ["abc"]
# messages


def evaluated_once(items: list[str]):
    seen = []

    def take():
        seen.append(len(seen))
        return items[len(seen) - 1]

    a, b = take().split(":")
    c = take().rsplit(":", 1)[-1]
    return [a, b, c, seen]


# inputs: [["x:y", "p:q:r"]]


def in_a_loop(rows: list[str]):
    out = {}
    for row in rows:
        name, score = row.split(",", 1)
        out[name.split(" ")[0]] = int(score.rsplit(",", 1)[-1])
    return out


# inputs: [["ann lee,3", "bob,4,5", "ann,7"]]
# inputs: [["broken"]]
# messages


def unpack_into_other_targets(s: str):
    d = {}
    d["a"], d["b"] = s.split("-")
    a, *rest = s.split("-")
    return [d, a, rest]


# inputs: ["x-y"]
# inputs: ["x-y-z"]
# messages
