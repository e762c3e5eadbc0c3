# Probes whose faithful translation is out of reach: each is refused where it stands.


def isinstance_of_a_float_made_in_the_code():
    out = []
    for v in [1.0, "a"]:
        out.append(isinstance(v, float))  # 1.0 is a JS integer at run time
    return out
# expect: CP115 7:31
