// requires: py_attr_error py_set py_set_remove_each
// set.symmetric_difference(iterable): members in exactly one of the two. Built as
// CPython does: a set of the argument, then each member of self toggled in it.
function py_set_symmetric_difference(self, other) {
  if (!(self instanceof Set)) throw py_attr_error(self, "symmetric_difference");
  return py_set_remove_each(py_set(other), self, true);
}
