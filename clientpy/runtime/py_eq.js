// requires: py_hash_find py_is_plain py_DictView
// a == b with Python's rules: numbers and bools by value (True == 1 == 1.0), lists and
// tuples item by item (a list never equals a tuple), dicts (Maps or plain objects) by
// items, sets by members, None == None; anything else by identity.
function py_eq(a, b) {
  if (a === b) return true;
  const ta = typeof a;
  if (ta === "number" || ta === "boolean") {
    const tb = typeof b;
    return (tb === "number" || tb === "boolean") && +a === +b;
  }
  if (a === null || a === undefined) return b === null || b === undefined;
  if (ta !== "object" || b === null || typeof b !== "object") return false;
  return py_eq_objects(a, b);
}

// How a container compares its items: identity first, as CPython does (`x is y or
// x == y`). A NaN is never == itself but is found where the same object is stored; a JS
// NaN has no identity to tell two apart, so any NaN counts as the same one (as JS's Map
// and Set keys already do).
function py_eq_item(x, y) {
  return x === y || py_eq(x, y) || (x !== x && y !== y);
}

// a == b for two distinct non-null objects (kept apart so that py_eq stays small).
function py_eq_objects(a, b) {
  if (a instanceof py_DictView || b instanceof py_DictView) return py_eq_views(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length || Object.isFrozen(a) !== Object.isFrozen(b)) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i];
      const y = b[i];
      if (!py_eq_item(x, y)) return false;
    }
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const x of a) if (py_hash_find(b, x) === undefined) return false;
    return true;
  }
  if (a instanceof Map) {
    if (b instanceof Map) return py_eq_maps(a, b);
    return py_is_plain(b) && py_eq_map_object(a, b);
  }
  if (py_is_plain(a)) {
    if (b instanceof Map) return py_eq_map_object(b, a);
    if (!py_is_plain(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
      const x = a[k];
      const y = b[k];
      if (!py_eq_item(x, y)) return false;
    }
    return true;
  }
  return false;
}

function py_eq_maps(a, b) {
  if (a.size !== b.size) return false;
  for (const [k, x] of a) {
    const kb = b.has(k) ? k : py_hash_find(b, k);
    if (kb === undefined) return false;
    const y = b.get(kb);
    if (!py_eq_item(x, y)) return false;
  }
  return true;
}

function py_eq_map_object(m, o) {
  const keys = Object.keys(o);
  if (keys.length !== m.size) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (!m.has(k)) return false;
    const x = m.get(k);
    const y = o[k];
    if (!py_eq_item(x, y)) return false;
  }
  return true;
}

// dict_keys / dict_items compare like sets, with each other and with sets; a values
// view equals only itself.
function py_eq_views(a, b) {
  // CPython's view == checks the lengths, then looks each item of the view up in the
  // other side: a set or keys view hashes it (an unhashable value in an items view
  // raises), an items view looks its key up.
  const view = a instanceof py_DictView ? a : b;
  const other = view === a ? b : a;
  if (!view.setLike || !(other instanceof Set || (other instanceof py_DictView && other.setLike))) return false;
  if (view.size !== other.size) return false;
  for (const x of view) {
    if (!(other instanceof Set ? py_hash_find(other, x) !== undefined : other.has(x))) return false;
  }
  return true;
}
