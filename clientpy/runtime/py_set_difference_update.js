// requires: py_attr_error py_iter py_set_remove_each
// set.difference_update(*iterables): each argument's members removed, in its order (a
// dict's keys), the table rebuilt where deleted markers pile up, as CPython's `-=`.
function py_set_difference_update(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "difference_update");
  for (const other of others) {
    const walk = other instanceof Set ? other : other instanceof Map ? other.keys() : py_iter(other);
    py_set_remove_each(self, walk, false); // `s.difference_update(s)` empties s
  }
  return null;
}
