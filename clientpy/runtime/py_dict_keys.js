// requires: py_dict_kind
// dict.keys() as an array.
function py_dict_keys(self) {
  return py_dict_kind(self, "keys") ? Array.from(self.keys()) : Object.keys(self);
}
