# What the browser's callback context does not have: the server-side parts of dash.ctx
# (args_grouping, cookies...) and misspelt names, refused where they are read.

import dash
from dash import ctx


def grouping(n):
    return [g["triggered"] for g in ctx.args_grouping]
# expect: CP116 9:37


def misspelt(n):
    if ctx.triggerd_id == "b":
        return 1
    return 2
# expect: CP116 14:8


def through_the_module(n):
    return dash.callback_context.cookies
# expect: CP116 21:12
