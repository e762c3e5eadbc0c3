// requires: py_attr_error py_eq py_exceptions py_repr py_is_int
// list.index and tuple.index (a tuple is a frozen array).
function py_list_index(self, x, start, stop) {
  if (!Array.isArray(self)) throw py_attr_error(self, "index");
  const n = self.length;
  let lo = 0;
  let hi = n;
  if (start !== undefined) {
    lo = py_list_index_bound(start);
    if (lo < 0) {
      lo += n;
      if (lo < 0) lo = 0;
    }
  }
  if (stop !== undefined) {
    hi = py_list_index_bound(stop);
    if (hi < 0) {
      hi += n;
      if (hi < 0) hi = 0;
    } else if (hi > n) {
      hi = n;
    }
  }
  for (let i = lo; i < hi; i++) {
    const y = self[i];
    if (py_eq_item(y, x)) return i;
  }
  if (Object.isFrozen(self)) throw new py_ValueError("tuple.index(x): x not in tuple");
  const missing = new py_ValueError(py_repr(x) + " is not in list");
  missing.py_missing = x; // py_float_arg reprints it when x is a float
  throw missing;
}

// start/stop are slice indices: ints and bools, else CPython's TypeError.
function py_list_index_bound(x) {
  if (typeof x === "number" && py_is_int(x)) return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new py_TypeError("slice indices must be integers or have an __index__ method");
}
