"""Thousands of axis/table labels, formatted with f-string format specs."""


def format_labels(rows: list[dict]) -> list[str]:
    labels = []
    for r in rows:
        labels.append(
            f"{r['name']:<14}{r['value']:>12,.2f} {r['share']:>7.1%} #{r['rank']:04d}"
        )
    return labels
