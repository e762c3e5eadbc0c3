// requires: py_attr_error
function py_list_copy(self) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "copy");
  return self.slice();
}
