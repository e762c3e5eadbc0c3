// requires: py_eq py_exceptions py_typename py_is_plain
// Hash lookup with Python's rules in a Map (dict) or Set: returns the key or member of
// `c` that equals `k` (1 == 1.0 == True, 0 == False, tuples by value), or undefined when
// there is none. Raises TypeError "unhashable type: 'list'" for lists, dicts and sets
// (also inside tuples), as CPython does before looking. With `c` null it only checks
// that `k` is hashable. None is stored as null (undefined is looked up as null).
function py_hash_find(c, k) {
  switch (typeof k) {
    case "string":
      return c !== null && c.has(k) ? k : undefined;
    case "number":
      if (c === null) return undefined;
      if (c.has(k)) return k;
      if (k === 1) return c.has(true) ? true : undefined;
      if (k === 0) return c.has(false) ? false : undefined;
      return undefined;
    case "boolean":
      if (c === null) return undefined;
      if (c.has(k)) return k;
      return c.has(k ? 1 : 0) ? (k ? 1 : 0) : undefined;
    case "undefined":
      return c !== null && c.has(null) ? null : undefined;
    case "object":
      if (k === null) return c !== null && c.has(null) ? null : undefined;
      if (Array.isArray(k)) {
        if (!Object.isFrozen(k)) throw new py_TypeError("unhashable type: 'list'");
        py_hash_find_check(k);
        if (c === null) return undefined;
        if (c.has(k)) return k;
        for (const m of c.keys()) {
          if (Array.isArray(m) && m.length === k.length && py_eq(m, k)) return m;
        }
        return undefined;
      }
      if (k instanceof Map || k instanceof Set || py_is_plain(k)) {
        throw new py_TypeError("unhashable type: '" + py_typename(k) + "'");
      }
      break;
  }
  return c !== null && c.has(k) ? k : undefined;
}

function py_hash_find_check(tuple) {
  for (let i = 0; i < tuple.length; i++) {
    const x = tuple[i];
    if (x !== null && typeof x === "object") py_hash_find(null, x);
  }
}
