# Columns count characters, not the UTF-8 bytes ast counts: the caret stands under the
# refused construct in a line with accents and emoji before it.


def greeting_encoded(v):
    return "héllo wörld 😀 " + v.encode()


# expect: CP100 6:31
