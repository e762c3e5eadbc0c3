// requires: py_eq py_exceptions py_hash_find py_is_plain py_is_view py_typename
// `x in c`: substring for str (the needle must be a str), item equality for lists and
// tuples, key for dicts (Maps or plain objects with str keys) and their keys and items
// views, member for sets; other
// iterables (generators, foreign iterables) are consumed up to the match, and stay open.
function py_in(x, c) {
  if (typeof c === "string") {
    if (typeof x !== "string") {
      throw new py_TypeError("'in <string>' requires string as left operand, not " + py_typename(x));
    }
    return c.includes(x);
  }
  if (Array.isArray(c)) {
    // A str is only ever equal to another str of the same text: includes() compares so.
    if (typeof x === "string") return c.includes(x);
    for (let i = 0; i < c.length; i++) {
      const y = c[i];
      if (py_eq_item(y, x)) return true;
    }
    return false;
  }
  if (c instanceof Map || c instanceof Set) {
    if (c.has(x)) return true;
    // A str is only ever equal to itself: no other key to look for.
    return typeof x !== "string" && py_hash_find(c, x) !== undefined;
  }
  if (c !== null && c !== undefined && typeof c === "object") {
    if (py_is_plain(c)) {
      if (typeof x === "string") return Object.prototype.hasOwnProperty.call(c, x);
      py_hash_find(null, x);
      return false;
    }
    if (py_is_view(c) && c.setLike) return c.has(x);
    if (typeof c[Symbol.iterator] === "function") {
      // Read with next() (not for-of, which would close a generator on the match).
      const it = c[Symbol.iterator]();
      for (;;) {
        const step = it.next();
        if (step.done) return false;
        if (py_eq_item(step.value, x)) return true;
      }
    }
  }
  throw new py_TypeError("argument of type '" + py_typename(c) + "' is not iterable");
}
