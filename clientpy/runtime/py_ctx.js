// requires: py_attrdict
// Dash's callback_context, taken at function entry: Dash deletes it as soon as the
// synchronous part of the callback returns, so after an `await` it would be gone. Its
// parts are shaped lazily, on first read, as Python's `dash.ctx` has them: a callback
// reading only `triggered_id` pays for one property read.
// `triggered_id` is None on the initial call, and `triggered` is then Dash's falsy
// one-item list `[{"prop_id": ".", "value": None}]` (false as a condition, yet
// `ctx.triggered[0]["prop_id"]` is ".").
// Values are as the server's ctx has them from the request's JSON: a cleared number
// input's NaN and an infinity are None, and an entry of inputs_list / states_list for
// a prop never set has no "value" (the renderer's has it, undefined).
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
    this.$parts = undefined; // made on first read: most callbacks read triggered_id only
  }
  get triggered_id() {
    const id = this.c.triggered_id;
    return id === undefined ? null : py_attrdict(id);
  }
  get triggered() {
    if (this.$triggered === undefined) {
      let real = this.$fired()
        .filter((t) => t && t.prop_id !== ".")
        .map((t) => (py_ctx_odd(t.value) ? { prop_id: t.prop_id, value: null } : t));
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
  get inputs() { return this.$part("inputs", py_ctx_values); }
  get states() { return this.$part("states", py_ctx_values); }
  get inputs_list() { return this.$part("inputs_list", py_ctx_entries); }
  get states_list() { return this.$part("states_list", py_ctx_entries); }
  get outputs_list() { return this.c.outputs_list || []; }
  $part(name, shape) {
    const parts = this.$parts || (this.$parts = {});
    if (!(name in parts)) parts[name] = shape(this.c[name]);
    return parts[name];
  }
  $fired() {
    return Array.isArray(this.c.triggered) ? this.c.triggered : [];
  }
}

// A value JSON has no spelling for: undefined, NaN, an infinity.
function py_ctx_odd(v) {
  return v === undefined || (typeof v === "number" && v - v !== 0);
}

// ctx.inputs / ctx.states: "id.prop" -> value, None for a value JSON cannot carry.
function py_ctx_values(values) {
  if (!values) return {};
  let out = values;
  for (const key of Object.keys(values)) {
    if (!py_ctx_odd(values[key])) continue;
    if (out === values) out = Object.assign({}, values);
    out[key] = null;
  }
  return out;
}

// ctx.inputs_list / ctx.states_list: one entry per dependency, a list of entries for a
// pattern-matching ALL one; an entry's value JSON cannot carry is None, or left out
// where the prop was never set (undefined).
function py_ctx_entries(list) {
  if (!Array.isArray(list)) return [];
  const entry = (e) => {
    if (!e || !("value" in e) || !py_ctx_odd(e.value)) return e;
    const copy = Object.assign({}, e);
    if (e.value === undefined) delete copy.value;
    else copy.value = null;
    return copy;
  };
  return list.map((e) => (Array.isArray(e) ? e.map(entry) : entry(e)));
}
