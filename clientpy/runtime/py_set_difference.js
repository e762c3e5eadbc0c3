// requires: py_attr_error py_hash_find py_iter py_PySet py_set_remove_each
// set.difference(*iterables): members of self found in none of the arguments.
function py_set_difference(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "difference");
  if (others.length === 0) return new py_PySet(self);
  const out = py_set_minus(self, others[0]);
  for (let i = 1; i < others.length; i++) py_set_remove_each(out, py_iter(others[i]), false);
  return out;
}

// CPython's set_difference(so, other), whose way decides the result's table: a set much
// larger than a set or dict argument is copied and the argument's members discarded;
// otherwise its members not in the argument are added to a new set. Any other iterable:
// copy and discard.
function py_set_minus(so, other) {
  const sized = other instanceof Set || other instanceof Map;
  if (!sized || so.size >> 2 > other.size) {
    const out = new py_PySet(so);
    py_set_remove_each(out, other instanceof Map ? other.keys() : py_iter(other), false);
    return out;
  }
  const out = new py_PySet();
  for (const x of so) {
    if (py_hash_find(other, x) === undefined) out.add(x);
  }
  return out;
}
