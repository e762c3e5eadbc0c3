// requires: py_dict_kind py_DictView
// dict.items(): a live view of the dict (see py_DictView).
function py_dict_items(self) {
  py_dict_kind(self, "items");
  return new py_DictView(self, "items");
}
