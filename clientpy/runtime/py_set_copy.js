// requires: py_attr_error py_PySet
function py_set_copy(self) {
  if (!(self instanceof Set)) throw py_attr_error(self, "copy");
  return new py_PySet(self);
}
