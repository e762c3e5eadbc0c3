"""Helpers imported by dash_state_samples.py: functions of another module of the app."""


def summarize(rows, names):
    wanted = set(names)
    return [r for r in rows if r.get("name") in wanted]


def remember_into(rows, kept):
    kept.append(rows[0])
