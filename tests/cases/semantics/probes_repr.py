# Probes: repr of strings with non-printable and special characters.
def repr_strings(s):
    return [repr(s), str([s]), f"{s!r}", "%r" % s, str({s: s}), str((s,))]


# inputs: ["\u007f\u0080\u009f"]
# inputs: ["\u00a0\u00ad"]
# inputs: ["\u200b\u200d\u2028\u2029"]
# inputs: ["👨‍👩‍👧"]
# inputs: ["\ufeff\ufffe\uffff"]
# inputs: ["\u0301e"]
# inputs: ["\u0600\u061c"]
# inputs: ["\ue000"]
# inputs: ["\u3000x"]
# inputs: ["tab\there\rcr\u000bvt\u000cff"]
# inputs: ["quote'double\"both"]
# inputs: ["back\\slash"]
# inputs: ["\u0000\u001b"]
# inputs: ["𝔘𝔫𝔦"]
# inputs: ["\udb40\udc01"]
# inputs: ["\u0378"]


def repr_single_quote_choice(s):
    return [repr(s), repr(s + "'"), repr(s + '"'), repr("'" + s + '"')]


# inputs: ["x"]


def repr_nested_containers(s):
    return repr([s, (s,), {s: [s]}, {s}, None, True, 1])


# inputs: ["a'b"]
