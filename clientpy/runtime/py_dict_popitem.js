// requires: py_dict_kind py_exceptions py_exc_str py_obj_order
// dict.popitem(): removes and returns the last inserted (key, value) pair.
function py_dict_popitem(self) {
  if (py_dict_kind(self, "popitem")) {
    if (self.size === 0) throw new py_KeyError("popitem(): dictionary is empty");
    let last;
    for (const k of self.keys()) last = k;
    const v = self.get(last);
    self.delete(last);
    return Object.freeze([last, v]);
  }
  const keys = py_obj_keys(self);
  if (keys.length === 0) throw new py_KeyError("popitem(): dictionary is empty");
  const k = keys[keys.length - 1];
  const v = self[k];
  delete self[k];
  py_obj_removed(self, k);
  return Object.freeze([k, v]);
}
