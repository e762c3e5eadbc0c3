# json.JSONDecodeError, the ValueError json.loads() raises for text that is not JSON:
# caught by that name (through the module or imported), by ValueError, and tested
# with isinstance().
import json
from json import JSONDecodeError


def parsed_or_message(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        return "bad: " + str(e)


# inputs: ["{\"a\": [1, 2.5]}"]
# inputs: ["{\"a\": }"]
# inputs: [""]
# inputs: ["[1, 2"]


def caught_by_import(text):
    try:
        return json.loads(text)
    except JSONDecodeError as e:
        return [str(e), isinstance(e, ValueError), isinstance(e, json.JSONDecodeError)]


# inputs: ["nul"]
# inputs: ["\"ok\""]


def value_error_first(text):
    try:
        return json.loads(text)
    except (KeyError, ValueError) as e:
        return ["value", isinstance(e, JSONDecodeError), str(e)]


# inputs: ["{'a': 1}"]


def where_it_failed(text):
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        return [e.msg, e.pos, e.lineno, e.colno, e.doc == text]


# inputs: ["{bad"]
# inputs: ["[1,\n 2,\n \u00e9x]"]
# inputs: ["\ud83d\ude00"]


def caught_through_the_decoder_module(text):
    try:
        return json.loads(text)
    except json.decoder.JSONDecodeError as e:
        return [e.pos, isinstance(e, json.decoder.JSONDecodeError)]


# inputs: ["[1,"]
