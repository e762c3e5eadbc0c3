// requires: py_attrdict
// Dash's callback_context, taken at function entry: Dash deletes it as soon as the
// synchronous part of the callback returns, so after an `await` it would be gone. Its
// parts are shaped lazily, on first read, as Python's `dash.ctx` has them: a callback
// reading only `triggered_id` pays for one property read.
// `triggered_id` is None on the initial call, and `triggered` is then Dash's falsy
// one-item list `[{"prop_id": ".", "value": None}]` (false as a condition, yet
// `ctx.triggered[0]["prop_id"]` is ".").
function py_ctx() {
  const g = typeof window !== "undefined" ? window : globalThis;
  const dc = g.dash_clientside;
  return new py_Ctx((dc && dc.callback_context) || {});
}

class py_Ctx {
  constructor(c) {
    this.c = c;
    this.$triggered = undefined;
    this.$props = undefined;
  }
  get triggered_id() {
    const id = this.c.triggered_id;
    return id === undefined ? null : py_attrdict(id);
  }
  get triggered() {
    if (this.$triggered === undefined) {
      let real = this.$fired().filter((t) => t && t.prop_id !== ".");
      if (real.length === 0) {
        real = [{ prop_id: ".", value: null }];
        real.py_falsy = true; // read by py_bool, as Python's FalsyList.__bool__
      }
      this.$triggered = real;
    }
    return this.$triggered;
  }
  get triggered_prop_ids() {
    if (this.$props === undefined) {
      const props = new Map();
      for (const t of this.$fired()) {
        const pid = t && t.prop_id;
        if (typeof pid !== "string" || pid === ".") continue;
        const id = pid.slice(0, pid.lastIndexOf("."));
        props.set(pid, id.startsWith("{") ? py_attrdict(JSON.parse(id)) : id);
      }
      this.$props = props;
    }
    return this.$props;
  }
  get inputs() { return this.c.inputs || {}; }
  get states() { return this.c.states || {}; }
  get inputs_list() { return this.c.inputs_list || []; }
  get states_list() { return this.c.states_list || []; }
  get outputs_list() { return this.c.outputs_list || []; }
  $fired() {
    return Array.isArray(this.c.triggered) ? this.c.triggered : [];
  }
}
