// requires: py_dict_kind py_DictView
// dict.values(): a live view of the dict (see py_DictView).
function py_dict_values(self) {
  py_dict_kind(self, "values");
  return new py_DictView(self, "values");
}
