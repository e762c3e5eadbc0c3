"""Notifications: async callbacks ask the browser for permission, then notify.

One callback awaits ``navigator.permissions.query`` and stores the permission's state; a
second one reacts to it: it shows a notification when allowed, asks with
``Notification.requestPermission()`` when the browser may still prompt, and says so
when notifications are blocked.
"""

from dash import Dash, Input, Output, dcc, html

from clientpy import clientside, js

app = Dash(__name__, title="Notifications")

app.layout = html.Div(
    [
        dcc.Store(id="notification-permission"),
        html.Button("Notify", id="notify-btn"),
        html.Div(id="notification-output"),
    ]
)


@clientside(
    Output("notification-permission", "data"),
    Input("notify-btn", "n_clicks"),
    prevent_initial_call=True,
)
async def query_permission(n_clicks):
    status = await js.navigator.permissions.query({"name": "notifications"})
    return {"state": status.state, "clicks": n_clicks}


@clientside(
    Output("notification-output", "children"),
    Input("notification-permission", "data"),
    prevent_initial_call=True,
)
async def notify(permission):
    state = permission["state"]
    if state == "granted":
        js.new(js.Notification, "Dash notification", {"body": "Permission granted."})
        return f"Notification {permission['clicks']} sent."
    if state == "prompt":
        answer = await js.Notification.requestPermission()
        if answer == "granted":
            js.new(js.Notification, "Dash notification", {"body": "Thanks!"})
            return "Permission granted just now: notification sent."
        return f"Permission not granted: {answer}."
    return f"Notifications are {state} for this site."


if __name__ == "__main__":
    app.run()
