// Dash's callback_context, read once at function entry: Dash deletes it as soon as the
// synchronous part of the callback returns, so after an `await` it would be gone.
// Shaped as Python's `dash.ctx`: `triggered_id` is None on the initial call, and
// `triggered` is then Dash's falsy one-item list `[{"prop_id": ".", "value": None}]`
// (false as a condition, yet `ctx.triggered[0]["prop_id"]` is ".").
function py_ctx() {
  const g = typeof window !== "undefined" ? window : globalThis;
  const dc = g.dash_clientside;
  const c = (dc && dc.callback_context) || {};
  const triggered = Array.isArray(c.triggered) ? c.triggered : [];
  const props = new Map();
  for (const t of triggered) {
    const pid = t && t.prop_id;
    if (typeof pid !== "string" || pid === ".") continue;
    const dot = pid.lastIndexOf(".");
    const id = pid.slice(0, dot);
    props.set(pid, id.startsWith("{") ? JSON.parse(id) : id);
  }
  let real = triggered.filter((t) => t && t.prop_id !== ".");
  if (real.length === 0) {
    real = [{ prop_id: ".", value: null }];
    real.py_falsy = true; // read by py_bool, as Python's FalsyList.__bool__
  }
  return {
    triggered: real,
    triggered_id: c.triggered_id === undefined ? null : c.triggered_id,
    triggered_prop_ids: props,
    inputs: c.inputs || {},
    states: c.states || {},
    inputs_list: c.inputs_list || [],
    states_list: c.states_list || [],
    outputs_list: c.outputs_list || [],
    args_grouping: c.args_grouping || [],
  };
}
