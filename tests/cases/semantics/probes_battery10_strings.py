# Probes, tenth battery: text munging from dcc.Input and dcc.Textarea values: tags,
# CSV lines, slugs, initials, ids, padding and dates parsed by slicing.


import json


def parse_tags(text):
    if not text:
        return []
    tags = [t.strip().lower() for t in text.replace(";", ",").split(",")]
    return sorted(set(t for t in tags if t))


# inputs: ["Red, blue;GREEN,, red ,"]
# inputs: [""]
# inputs: [null]
# inputs: ["  ,  "]
# inputs: ["Éclair, éclair, ÉCLAIR, straße, STRASSE"]


def parse_csv_line(line):
    parts = line.split(",")
    out = []
    for p in parts:
        p = p.strip()
        if p.lstrip("-").isdigit():
            out.append(int(p))
        else:
            try:
                out.append(float(p))
            except ValueError:
                out.append(p or None)
    return out


# inputs: ["1, 2.5, -3, abc, , 1e3, -0, nan, inf, ٣"]
# inputs: ["  "]
# inputs: ["1_000, 0x1, ½, ²"]


def slugify(title):
    s = "".join(c if c.isalnum() else "-" for c in (title or "").lower())
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


# inputs: ["Hello, World! 2024"]
# inputs: ["  Ünïcode   Straße  "]
# inputs: [""]
# inputs: [null]
# inputs: ["a\u00b2b\u2153c"]


def initials(name):
    parts = name.split()
    return "".join(p[0].upper() for p in parts if p)[:3] or "?"


# inputs: ["grace brewster murray hopper"]
# inputs: ["   "]
# inputs: ["ǆemal ßig"]
# inputs: ["ﬁnn o'neil"]


def title_names(names):
    return [n.title() for n in names] + [n.capitalize() for n in names]


# inputs: [["o'neil mc-donald", "ÉMILE zola", "hello 2nd world", "ǆungla", "ﬁsh"]]


def zero_pad_ids(ids):
    return [str(i).zfill(5) for i in ids] + [
        f"{i:05d}" for i in ids if isinstance(i, int)
    ]


# inputs: [[1, -42, 123456, 0]]
# inputs: [["7", "-3", "+5", "ab"]]


def split_key_value(text):
    out = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if not sep:
            continue
        out[key.strip()] = value.strip()
    return out


# inputs: ["a = 1\nb=2=3\n\nnoeq\n c = \r\nd=x\u2028e=5"]
# inputs: [""]


def rsplit_extension(filename):
    if not filename:
        return ["", ""]
    base, _, ext = filename.rpartition(".")
    return [base or ext, ext.lower() if base else ""]


# inputs: ["report.final.CSV"]
# inputs: [".bashrc"]
# inputs: ["noext"]
# inputs: [null]


def mask_email(email):
    user, at, domain = (email or "").partition("@")
    if not at:
        return "invalid"
    return user[:1] + "*" * max(len(user) - 2, 0) + user[-1:] + "@" + domain


# inputs: ["alice@example.com"]
# inputs: ["a@b.c"]
# inputs: ["ab@x"]
# inputs: ["noat"]
# inputs: [""]
# inputs: ["😀😀😀@x"]


def truncate_label(s, n):
    if s is None:
        return ""
    return s if len(s) <= n else s[: n - 1] + "…"


# inputs: ["short", 10]
# inputs: ["a longer label", 6]
# inputs: ["😀😀😀😀", 3]
# inputs: ["e\u0301e\u0301e\u0301", 2]


def center_banner(text, width):
    return [
        text.center(width, "*"),
        text.ljust(width, "."),
        text.rjust(width),
        f"{text:^{width}}",
    ]


# inputs: ["ab", 7]
# inputs: ["abc", 6]
# inputs: ["😀", 4]
# inputs: ["toolong", 3]


def word_counts(text):
    counts = {}
    for w in (text or "").lower().split():
        w = w.strip(".,!?;:\"'()")
        if w:
            counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return top[:3]


# inputs: ["The cat and the hat. The END, and the cat!"]
# inputs: [""]
# inputs: [null]
# inputs: ["Zebra apple zebra Apple"]


def replace_counts(s):
    return [
        s.replace("a", "b", 1),
        s.replace("", "-"),
        s.replace("", "-", 2),
        s.count(""),
        s.count("aa"),
    ]


# inputs: ["aaaa"]
# inputs: [""]


def split_maxsplit(s):
    return [
        s.split(None, 1),
        s.split(" ", 1),
        s.rsplit(None, 1),
        s.rsplit(",", 1),
        s.split(",", -1),
    ]


# inputs: ["  a  b c  "]
# inputs: ["x,y,z"]
# inputs: [""]


def strip_chars(s):
    return [
        s.strip(),
        s.strip("xy"),
        s.lstrip(" \t"),
        s.rstrip("\n"),
        s.strip(""),
        s.strip(None),
    ]


# inputs: ["  xyhixy  "]
# inputs: ["\u00a0\u3000 hi \u2028\u0085"]
# inputs: ["\u001c\u001dab\u001e\u001f"]


def parse_date(s):
    if not s or len(s) < 10:
        return None
    year, month, day = int(s[:4]), int(s[5:7]), int(s[8:10])
    return {"y": year, "m": month, "d": day, "label": f"{day:02d}/{month:02d}/{year}"}


# inputs: ["2024-03-07"]
# inputs: ["2024-03-07T12:34:56.789Z"]
# inputs: ["2024-3-7"]
# inputs: [null]
# inputs: [""]


def date_range_label(start, end):
    if not start or not end:
        return "Pick a range"
    s = start.split("T")[0]
    e = end.split("T")[0]
    if s > e:
        s, e = e, s
    y1, m1, d1 = [int(p) for p in s.split("-")]
    y2, m2, d2 = [int(p) for p in e.split("-")]
    months = (y2 - y1) * 12 + (m2 - m1)
    return f"{s} → {e} ({months} month{'s' if months != 1 else ''})"


# inputs: ["2024-01-15", "2023-11-02"]
# inputs: ["2024-01-15T00:00:00", "2024-02-01"]
# inputs: ["2024-01-15", null]


def time_of_day(iso):
    hh, mm = iso[11:13], iso[14:16]
    h = int(hh)
    suffix = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return f"{h12}:{mm} {suffix}"


# inputs: ["2024-01-01T00:05:00"]
# inputs: ["2024-01-01T12:30:00"]
# inputs: ["2024-01-01T23:59:59"]


def weekday_zeller(s):
    y, m, d = int(s[0:4]), int(s[5:7]), int(s[8:10])
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]


# inputs: ["2024-03-07"]
# inputs: ["2000-01-01"]
# inputs: ["1999-12-31"]


def duration_text(seconds):
    if seconds is None:
        return "-"
    s = int(seconds)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02}:{sec:02}" if h else f"{m}:{sec:02}"


# inputs: [3725]
# inputs: [59.9]
# inputs: [-61]
# inputs: [null]
# inputs: [86400.5]


def join_nonempty(parts, sep):
    return (sep or ", ").join(str(p) for p in parts if p not in (None, "", []))


# inputs: [["a", null, "", 0, 1.5, [], false, true], " | "]
# inputs: [[], null]


def str_methods_on_digits(s):
    return [
        s.isdigit(),
        s.isdecimal(),
        s.isnumeric(),
        s.isalpha(),
        s.isalnum(),
        s.isspace(),
        s.isupper(),
        s.islower(),
    ]


# inputs: ["123"]
# inputs: ["²"]
# inputs: ["½"]
# inputs: ["٣"]
# inputs: [""]
# inputs: ["ABC1"]
# inputs: ["ǅ"]


def casefold_compare(a, b):
    return [
        a.lower() == b.lower(),
        a.casefold() == b.casefold(),
        a.upper(),
        b.swapcase(),
        len(a.upper()),
    ]


# inputs: ["Straße", "STRASSE"]
# inputs: ["ﬁ", "FI"]
# inputs: ["İ", "i̇"]
# inputs: ["ΣΑΣ", "σας"]


def find_positions(s, sub):
    return [
        s.find(sub),
        s.rfind(sub),
        s.find(sub, 2),
        s.find(sub, -3),
        s.find(sub, 1, 3),
        sub in s,
        s.startswith(sub, 1),
        s.endswith((sub, "z")),
    ]


# inputs: ["abcabc", "bc"]
# inputs: ["abcabc", ""]
# inputs: ["😀a😀a", "a"]


def code_point_order(words):
    d = {w: i for i, w in enumerate(words)}
    return [
        sorted(words),
        min(words),
        max(words),
        sorted(words, key=lambda w: (len(w), w)),
        json.dumps(d, sort_keys=True),
        json.dumps(d, sort_keys=True, ensure_ascii=False),
        json.dumps(words, ensure_ascii=len(words) > 5),
        sorted(d.items()),
        [a < b for a, b in zip(words, words[1:])],
        sorted(set(words)),
        str(sorted(words)),
    ]


# inputs: [["\uffff", "😀", "a", "\ue000", "Z", "é", "𝔸"]]
# inputs: [["ab", "a😀", "a\uffff", "a"]]


def months_between(start, end):
    # map(int, ...) unpacked: each name an int, so the difference prints
    y1, m1, d1 = map(int, start.split("-"))
    y2, m2, _ = map(int, end[:10].split("-"))
    months = (y2 - y1) * 12 + (m2 - m1)
    h, w = {"h": 1, "w": 2}.keys()
    a, b = sorted({3, 1})
    return [
        f"{months} month{'s' if months != 1 else ''}",
        f"{d1 + 1}",
        h,
        w,
        f"{a - b}",
    ]


# inputs: ["2023-11-02", "2024-01-15"]
# inputs: ["2024-01-15", "2024-02-01T00:00:00"]
# inputs: ["2024-01-15", "2023-01-15"]
