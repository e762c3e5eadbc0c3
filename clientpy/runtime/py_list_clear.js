// requires: py_attr_error
function py_list_clear(self) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "clear");
  self.length = 0;
  return null;
}
