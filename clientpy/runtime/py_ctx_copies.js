// Dash's callback_context as a server callback's ctx shows it once the wrapper has
// copied arguments (py_from_dash). There ctx.inputs, ctx.inputs_list and ctx.triggered
// hold the very objects the arguments are, so a change the callback makes to an
// argument shows in them; here they would hold Dash's own objects, which the copies
// keep unchanged. For the call, the context is replaced by one whose entries of the
// copied arguments (`copied(i)` of a position among Inputs, then States) hold the
// copies; Dash's own objects and arrays are left as they were.
function py_ctx_copies(args, copied) {
  const g = typeof window !== "undefined" ? window : globalThis;
  const dc = g.dash_clientside;
  const c = dc && dc.callback_context;
  if (!c) return;
  const inputsList = Array.isArray(c.inputs_list) ? c.inputs_list.slice() : [];
  const statesList = Array.isArray(c.states_list) ? c.states_list.slice() : [];
  const inputs = Object.assign({}, c.inputs);
  const states = Object.assign({}, c.states);
  const swaps = new Map(); // an Input's object -> its copy, for `triggered`
  for (let p = 0; p < args.length; p++) {
    if (!copied(p)) continue;
    const isInput = p < inputsList.length;
    const list = isInput ? inputsList : statesList;
    const dict = isInput ? inputs : states;
    const i = isInput ? p : p - inputsList.length;
    const entry = list[i];
    const copy = args[p];
    if (Array.isArray(entry)) {
      // a pattern-matching ALL: one entry per component, the argument a list of values
      list[i] = entry.map((one, k) =>
        py_ctx_swap(dict, one, Array.isArray(copy) ? copy[k] : undefined, isInput ? swaps : null),
      );
    } else if (entry) {
      list[i] = py_ctx_swap(dict, entry, copy, isInput ? swaps : null);
    }
  }
  const patched = Object.assign({}, c, {
    inputs_list: inputsList,
    states_list: statesList,
    inputs: inputs,
    states: states,
  });
  if (Array.isArray(c.triggered)) {
    patched.triggered = c.triggered.map((t) =>
      t && swaps.has(t.value) ? { prop_id: t.prop_id, value: swaps.get(t.value) } : t,
    );
  }
  dc.callback_context = patched;
}

// The entry (`{id, property, value}`) with the copy for its value, and the key of
// `dict` holding the same object (Dash keys it `id.property`) set to the copy too.
function py_ctx_swap(dict, entry, copy, swaps) {
  const old = entry && entry.value;
  if (old === null || typeof old !== "object" || copy === undefined) return entry;
  const suffix = "." + entry.property;
  for (const key of Object.keys(dict)) {
    if (dict[key] === old && key.endsWith(suffix)) dict[key] = copy;
  }
  if (swaps) swaps.set(old, copy);
  return Object.assign({}, entry, { value: copy });
}
