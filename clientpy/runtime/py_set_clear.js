// requires: py_attr_error
function py_set_clear(self) {
  if (!(self instanceof Set)) throw py_attr_error(self, "clear");
  self.clear();
  return null;
}
