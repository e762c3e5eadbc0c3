// requires: py_attr_error
function py_list_reverse(self) {
  if (!Array.isArray(self) || Object.isFrozen(self)) throw py_attr_error(self, "reverse");
  self.reverse();
  return null;
}
