// requires: py_dict_kind py_hash_find py_exceptions py_exc_str py_obj_order
// dict.pop(key[, default]): KeyError(key) when missing and no default is given.
function py_dict_pop(self, k, dflt) {
  if (arguments.length < 2) {
    throw new py_TypeError("pop expected at least 1 argument, got 0");
  }
  const isMap = py_dict_kind(self, "pop");
  if ((isMap ? self.size : Object.keys(self).length) === 0) {
    // an empty dict answers before hashing the key: d.pop([1], 0) is 0
    if (dflt !== undefined) return dflt;
    throw new py_KeyError(k === undefined ? null : k);
  }
  if (isMap) {
    const found = typeof k === "string" ? (self.has(k) ? k : undefined) : py_hash_find(self, k);
    if (found !== undefined) {
      const v = self.get(found);
      self.delete(found);
      return v;
    }
  } else if (typeof k === "string") {
    if (Object.prototype.hasOwnProperty.call(self, k)) {
      const v = self[k];
      delete self[k];
      py_obj_removed(self, k);
      return v;
    }
  } else {
    py_hash_find(null, k);
  }
  if (dflt !== undefined) return dflt;
  throw new py_KeyError(k === undefined ? null : k);
}
