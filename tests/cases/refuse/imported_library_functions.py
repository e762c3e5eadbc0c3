# A function of the standard library (or any installed package) imported by name is
# refused where it is called, as through its module: its source is not translated.
import json
from html import escape
from statistics import mean


def safe_label(text):
    return escape(text or "")
# expect: CP109 9:12


def average(values):
    return mean(values)
# expect: CP109 14:12


def dumped(x: float):
    dump = json.dumps
    return dump([x / 2])
# expect: CP122 19:12
