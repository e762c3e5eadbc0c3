// requires: py_dict_kind py_DictView
// dict.keys(): a live view of the dict (see py_DictView).
function py_dict_keys(self) {
  py_dict_kind(self, "keys");
  return new py_DictView(self, "keys");
}
