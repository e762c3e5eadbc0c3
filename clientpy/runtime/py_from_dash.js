// A callback argument the callback may change in place (`rows.sort()`, `data["n"] += 1`,
// a helper given it): a copy of the JSON value Dash passed. Dash hands a clientside
// callback its own state (the same object to an Input and a State of one prop); a
// server callback gets each argument fresh from JSON, so changing it changes nothing
// else, and so must the browser. Unset props (undefined) and NaN are None, as in
// py_from_js; lists and plain objects are copied deeply, key order kept.
function py_from_dash(x) {
  if (x === undefined) return null;
  return py_from_dash_copy(x);
}

// NaN and the infinities are None, as JSON has them (a server callback's argument, or
// result, went through JSON).
function py_from_dash_copy(x) {
  if (typeof x === "number") return x - x === 0 ? x : null;
  if (x === null || typeof x !== "object") return x;
  if (Array.isArray(x)) {
    // A copy of the same kind as Dash's array (packed: py_filled.js), items that are
    // containers or not finite replaced in it.
    const r = x.slice();
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (typeof v === "object" ? v !== null : typeof v === "number" && v - v !== 0) {
        r[i] = py_from_dash_copy(v);
      }
    }
    return r;
  }
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) return x; // not JSON data: as it is
  const r = {};
  for (const k of Object.keys(x)) {
    const v = py_from_dash_copy(x[k]);
    if (k === "__proto__") {
      Object.defineProperty(r, k, { value: v, writable: true, enumerable: true, configurable: true });
    } else {
      r[k] = v;
    }
  }
  return r;
}
