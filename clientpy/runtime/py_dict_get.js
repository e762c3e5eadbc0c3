// requires: py_dict_kind py_hash_find
// dict.get(key, default=None) on a Map or a plain object.
function py_dict_get(self, k, dflt) {
  if (py_dict_kind(self, "get")) {
    if (typeof k === "string") {
      const v = self.get(k);
      if (v !== undefined || self.has(k)) return v;
    } else {
      const found = py_hash_find(self, k);
      if (found !== undefined) return self.get(found);
    }
  } else if (typeof k === "string") {
    if (Object.prototype.hasOwnProperty.call(self, k)) return self[k];
  } else {
    py_hash_find(null, k);
  }
  return dflt === undefined ? null : dflt;
}
