// requires: py_binop_error py_exceptions py_hash_find py_is_plain py_DictView py_set py_PySet py_obj_order py_int_whole py_is_int
// requires: py_set_add_all py_set_remove_each py_view_setop
// The slow path of &, |, ^ (op 0, 1, 2): bools (bool op bool stays a bool), ints of any
// size as two's complement, sets (intersection, union, symmetric difference) and, for |,
// dicts (a new dict: a's items updated with b's).
function py_bitop(a, b, op) {
  const ta = typeof a;
  const tb = typeof b;
  const sym = op === 0 ? "&" : op === 1 ? "|" : "^";
  if (ta === "boolean" && tb === "boolean") {
    return op === 0 ? a && b : op === 1 ? a || b : a !== b;
  }
  if ((ta === "boolean" || (ta === "number" && py_is_int(a))) &&
      (tb === "boolean" || (tb === "number" && py_is_int(b)))) {
    const x = +a;
    const y = +b;
    const xh = Math.floor(x / 4294967296);
    const yh = Math.floor(y / 4294967296);
    if (xh < -2147483648 || xh > 2147483647 || yh < -2147483648 || yh > 2147483647) {
      throw new py_OverflowError("integer result too large for a JS number");
    }
    const xl = x - xh * 4294967296;
    const yl = y - yh * 4294967296;
    const h = op === 0 ? xh & yh : op === 1 ? xh | yh : xh ^ yh;
    const l = (op === 0 ? xl & yl : op === 1 ? xl | yl : xl ^ yl) >>> 0;
    const r = h * 4294967296 + l;
    if (r - h * 4294967296 !== l) throw new py_OverflowError("integer result too large for a JS number");
    return py_int_whole(r);
  }
  if ((a instanceof py_DictView && a.setLike) || (b instanceof py_DictView && b.setLike)) {
    return py_view_setop(a, b, sym); // a view combines with any iterable
  }
  if (a instanceof Set && b instanceof Set) {
    // Built the way CPython builds each, which decides the result's iteration order.
    if (op === 0) {
      if (a === b) return new py_PySet(a); // `s & s` is a copy (set_intersection)
      // Walks the smaller set (the right one on a tie) and keeps its members.
      const r = new py_PySet();
      const walk = b.size > a.size ? a : b;
      const other = walk === a ? b : a;
      for (const x of walk) if (py_hash_find(other, x) !== undefined) r.add(x);
      return r;
    }
    if (op === 1) {
      // A copy of a, then b's members merged in (set_or: not when b is a, as merging
      // would presize the copy).
      const r = new py_PySet(a);
      return a === b ? r : py_set_add_all(r, b);
    }
    // A copy of b, then each member of a removed if there, added if not.
    return py_set_remove_each(new py_PySet(b), a, true);
  }
  if (op === 1 && (a instanceof Map || py_is_plain(a)) && (b instanceof Map || py_is_plain(b))) {
    const r = a instanceof Map ? new Map(a) : new Map(py_obj_entries(a));
    const items = b instanceof Map ? b : py_obj_entries(b);
    for (const [k, v] of items) {
      const found = r.has(k) ? k : py_hash_find(r, k);
      r.set(found === undefined ? k : found, v);
    }
    return r;
  }
  throw py_binop_error(sym, a, b);
}
