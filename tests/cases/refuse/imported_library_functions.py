# A function of the standard library (or any installed package) imported by name is
# refused where it is called, as through its module: its source is not translated. So
# is a module built into the interpreter (no file of its own).
import json
import time
from html import escape
from statistics import mean


def safe_label(text):
    return escape(text or "")
# expect: CP109 11:12


def average(values):
    return mean(values)
# expect: CP109 16:12


def dumped(x: float):
    dump = json.dumps
    return dump([x / 2])
# expect: CP122 21:12


def elapsed(start):
    return time.time() - start
# expect: CP109 27:12
