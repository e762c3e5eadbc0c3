"""Helpers imported by constants_given_to_imported_helpers.py: another module of the
app, which gives back or keeps what it is given."""


def _walrus_return(xs):
    if y := xs:
        return y
    return None
