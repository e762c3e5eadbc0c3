// requires: py_attr_error py_set_add_all
// set.update(*iterables).
function py_set_update(self, ...others) {
  if (!(self instanceof Set)) throw py_attr_error(self, "update");
  for (let i = 0; i < others.length; i++) py_set_add_all(self, others[i]);
  return null;
}
