// requires: py_dict_kind py_hash_find py_dict_set
// dict.setdefault(key, default=None).
function py_dict_setdefault(self, k, dflt) {
  const isMap = py_dict_kind(self, "setdefault");
  if (isMap) {
    const found = typeof k === "string" ? (self.has(k) ? k : undefined) : py_hash_find(self, k);
    if (found !== undefined) return self.get(found);
  } else if (typeof k === "string" && Object.prototype.hasOwnProperty.call(self, k)) {
    return self[k];
  }
  const v = dflt === undefined ? null : dflt;
  py_dict_set(self, isMap, k, v);
  return v;
}
