"""Filter, sort and group 20k sales records for a table and a summary."""


def sales_summary(
    records: list[dict], regions: list[str], min_amount: float, sort_by: str
):
    wanted = set(regions)
    rows = [r for r in records if r["region"] in wanted and r["amount"] >= min_amount]
    rows.sort(key=lambda r: r[sort_by], reverse=True)
    groups = {}
    for r in rows:
        key = r["category"]
        if key not in groups:
            groups[key] = {"category": key, "orders": 0, "units": 0, "revenue": 0.0}
        g = groups[key]
        g["orders"] += 1
        g["units"] += r["units"]
        g["revenue"] += r["amount"]
    table = sorted(groups.values(), key=lambda g: g["revenue"], reverse=True)
    for g in table:
        g["average"] = round(g["revenue"] / g["orders"], 2)
        g["revenue"] = round(g["revenue"], 2)
    return {"matched": len(rows), "top": rows[:50], "groups": table}
