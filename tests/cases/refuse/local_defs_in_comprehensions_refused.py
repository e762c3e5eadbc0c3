# A def that stores a float into its argument, called from a comprehension: what it
# stored is seen as in a loop, and printing it stays refused.


def filled_then_printed(rows):
    def fill(r):
        r["half"] = r["v"] / 2

    [fill(r) for r in rows]
    return str(rows[0]["half"])
# expect: CP115 10:16
