// requires: py_bitop py_DictView py_dict_get py_eq py_in py_iter py_PySet
// requires: py_set py_set_add_all py_set_remove_each
// a & b, a | b, a ^ b, a - b (op "&", "|", "^", "-") where a or b is a dict's keys or
// items view: the other operand may be any iterable. Built the way CPython 3.11's
// dictviews_* functions build the result (the left operand made a set, then updated by
// the right; `&` walks the smaller side), which decides a set of numbers' order.
function py_view_setop(a, b, op) {
  if (op === "&") return py_view_intersect(a, b);
  const r = py_view_to_set(a);
  if (op === "|") return py_set_add_all(r, b);
  if (op === "^") {
    // set.symmetric_difference_update: a dict's keys as they are, else a set of b.
    const other = b instanceof Map ? b.keys() : b instanceof Set ? b : py_set(b);
    return py_set_remove_each(r, other, true);
  }
  // set.difference_update (a set over 8 times larger intersected first), then its
  // resize where over a quarter of the slots hold deleted markers
  let other = b instanceof Map ? b.keys() : py_iter(b);
  if (b instanceof Set && b.size >> 3 > r.size) other = py_bitop(r, b, 0);
  return py_set_remove_each(r, other, false);
}

// dictviews_to_set: set(d) for a keys view (presized from the dict), else set(it).
function py_view_to_set(v) {
  if (v instanceof py_DictView && v.kind === "keys" && v.dict instanceof Map) return py_set(v.dict);
  return py_set(v);
}

// _PyDictView_Intersect: the view is `self`; a set at least its size computes
// set.intersection(view); a larger view swaps with it; then the members of the other
// operand that `self` contains, in the other's order.
function py_view_intersect(a, b) {
  let self = a instanceof py_DictView && a.setLike ? a : b;
  let other = self === a ? b : a;
  if (other instanceof py_PySet && self.size <= other.size) {
    const r = new py_PySet();
    for (const x of self) if (py_in(x, other)) r.add(x);
    return r;
  }
  if (other instanceof py_DictView && other.setLike && other.size > self.size) {
    const t = other;
    other = self;
    self = t;
  }
  const r = new py_PySet();
  for (const x of py_iter(other)) if (py_view_has(self, x)) py_set_add_all(r, [x]);
  return r;
}

function py_view_has(view, x) {
  if (!(view instanceof py_DictView)) return py_in(x, view);
  if (view.kind === "keys") return py_in(x, view.dict);
  // only a 2-tuple can be an item: a list is not looked up (nor hashed)
  if (!Array.isArray(x) || !Object.isFrozen(x) || x.length !== 2) return false;
  if (!py_in(x[0], view.dict)) return false;
  return py_eq(py_dict_get(view.dict, x[0], null), x[1]);
}
