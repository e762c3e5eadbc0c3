// requires: py_dict_kind py_obj_order
function py_dict_clear(self) {
  if (py_dict_kind(self, "clear")) {
    self.clear();
  } else {
    const keys = Object.keys(self);
    for (let i = 0; i < keys.length; i++) delete self[keys[i]];
    delete self[py_ORDER];
  }
  return null;
}
