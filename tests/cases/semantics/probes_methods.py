import json


def m_list_unknown(xs):
    return xs.at(-1)


# inputs: [[1, 2]]


def m_dict_unknown(d):
    return d.has_key("a")


# inputs: [{"a": 1}]


def m_splitlines_keep(s):
    return s.splitlines(True)


# inputs: ["a\nb"]


def m_str_index_tuple(s):
    return [s.endswith(("a", "c")), s.startswith(("x",), 1)]


# inputs: ["abc"]


def m_rindex_rsplit(s):
    return [
        s.rindex("b"),
        s.rsplit("b", maxsplit=1),
        s.split(sep="b"),
        s.split(maxsplit=1),
    ]


# inputs: ["ab b bc"]


def m_ljust_fillchar(s):
    try:
        return s.ljust(5, "ab")
    except TypeError:
        return "TypeError"


# inputs: ["x"]


def m_count_overlap(s):
    return [s.count("aa"), s.count(""), s.replace("", "-"), s.replace("a", "")]


# inputs: ["aaaa"]


def m_title_digits(s):
    return [s.title(), s.capitalize()]


# inputs: ["hello1world a-b c_d 'x'"]
# inputs: ["ABC DEF"]
