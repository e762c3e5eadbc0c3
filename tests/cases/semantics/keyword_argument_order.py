# Keyword arguments are evaluated once each, in the order written: json.dumps's options
# (sort_keys, ensure_ascii), min/max's key and default.

import json


def _t(log, tag, v):
    log.append(tag)
    return v


def max_kw_order(a):
    log = []
    r = max(a, default=_t(log, "dflt", None), key=_t(log, "key", lambda v: -v))
    return [r, log]


# inputs: [[1, 2, 3]]
# inputs: [[]]


def min_kw_order(a):
    log = []
    r = min(a, key=_t(log, "key", lambda v: -v), default=_t(log, "dflt", None))
    s = min(a, default=_t(log, "dflt2", None), key=_t(log, "key2", lambda v: v))
    return [r, s, log]


# inputs: [[1, 2, 3]]


def json_dumps_kw_order(a):
    log = []
    r = json.dumps(
        a,
        sort_keys=_t(log, "sort", True),
        indent=_t(log, "indent", None),
        separators=_t(log, "sep", (",", ":")),
    )
    return [r, log]


# inputs: [{"b": 1, "a": [1, 2]}]


def json_dumps_opts_popped(data, opts):
    o = dict(opts)
    return json.dumps(
        data, sort_keys=o.pop("sort", False), indent=o.pop("indent", None)
    )


# inputs: [{"b": 1, "a": 2}, {"sort": true}]
# inputs: [{"b": 1, "a": 2}, {"sort": true, "indent": 2}]


def json_dumps_ascii_popped(data, opts):
    o = dict(opts)
    return json.dumps(
        data, ensure_ascii=o.pop("ascii", True), indent=o.pop("indent", None)
    )


# inputs: [{"k": "\u00e9"}, {"ascii": false}]


def json_dumps_ascii_counter(data):
    calls = []

    def flag():
        calls.append(1)
        return False

    r = json.dumps(data, ensure_ascii=flag(), indent=len(calls) or None)
    return [r, len(calls)]


# inputs: [{"k": "\u00e9"}]
