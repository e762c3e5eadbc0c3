# CPython's JSONDecodeError(msg, doc, pos) works out its text from the three
# ("bad: line 1 column 1 (char 0)"); the browser's class takes the text json.loads()
# made. Making one is refused; catching one is not.
import json
from json import JSONDecodeError


def made_through_the_module(text):
    raise json.JSONDecodeError("bad", text, 0)
# expect: CP100 9:11


def made_by_its_name(text):
    raise JSONDecodeError("bad", text, 0)
# expect: CP100 14:11
