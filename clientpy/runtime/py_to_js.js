// requires: py_exceptions py_is_plain py_repr_int py_float_repr py_typename py_is_int py_is_view
// A callback's return value as Dash data: dict (Map) -> plain object with keys as
// json.dumps writes them, set and tuple -> array, undefined -> null, deeply. Lists and
// plain objects in which nothing changes are returned as they are (no copy).
function py_to_js(x) {
  if (x === undefined) return null;
  if (x === null || typeof x !== "object") return x;
  if (Array.isArray(x)) {
    let r = Object.isFrozen(x) ? x.slice() : x;
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      if (v !== null && (typeof v === "object" || v === undefined)) {
        const w = py_to_js(v);
        if (w !== v) {
          if (r === x) r = x.slice();
          r[i] = w;
        }
      }
    }
    return r;
  }
  if (x instanceof Map) {
    const r = {};
    for (const [k, v] of x) py_to_js_put(r, py_to_js_key(k), py_to_js(v));
    return r;
  }
  if (x instanceof Set) return py_to_js_list(x);
  if (py_is_plain(x)) {
    let r = x;
    const keys = Object.keys(x);
    for (let i = 0; i < keys.length; i++) {
      const v = x[keys[i]];
      if (v !== null && (typeof v === "object" || v === undefined)) {
        const w = py_to_js(v);
        if (w !== v) {
          if (r === x) {
            r = {};
            for (let j = 0; j < keys.length; j++) py_to_js_put(r, keys[j], x[keys[j]]);
          }
          py_to_js_put(r, keys[i], w);
        }
      }
    }
    return r;
  }
  // a dict view (without the class: a bundle with no view need not carry it)
  if (py_is_view(x)) return py_to_js_list(x);
  return x;
}

// A set or dict view as a list.
function py_to_js_list(x) {
  const r = [];
  for (const v of x) r.push(py_to_js(v));
  return r;
}

function py_to_js_put(o, k, v) {
  if (k === "__proto__") {
    Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  } else {
    o[k] = v;
  }
}

// A dict key as json.dumps writes it: str as is, numbers as str() spells them,
// True/False/None as true/false/null; other keys raise TypeError.
function py_to_js_key(k) {
  switch (typeof k) {
    case "string": return k;
    case "number":
      if (k !== k) return "NaN";
      if (k === Infinity || k === -Infinity) return k > 0 ? "Infinity" : "-Infinity";
      // str(k): py_str's own number case, without the rest of py_str
      return py_is_int(k) ? py_repr_int(k) : py_float_repr(k);
    case "boolean": return k ? "true" : "false";
  }
  if (k === null || k === undefined) return "null";
  throw new py_TypeError("keys must be str, int, float, bool or None, not " + py_typename(k));
}
