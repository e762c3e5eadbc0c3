"""A module of the app's own, whose function changes what it is given."""


def stamp_all(rows):
    for r in rows:
        r["stamped"] = True
