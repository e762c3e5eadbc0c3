// requires: py_dict_kind py_dict_set py_iter py_is_plain py_exceptions py_obj_order
// dict.update(other=(), **kwargs) on a Map or plain object. `other` is a dict (Map or
// plain object) or an iterable of 2-item iterables; kwargs is a Map or plain object of
// str keys. CPython's errors for malformed pairs.
function py_dict_update(self, other, kwargs) {
  const isMap = py_dict_kind(self, "update");
  if (other !== undefined) {
    if (other instanceof Map) {
      for (const [k, v] of other) py_dict_set(self, isMap, k, v);
    } else if (py_is_plain(other)) {
      const keys = py_obj_keys(other);
      for (let i = 0; i < keys.length; i++) py_dict_set(self, isMap, keys[i], other[keys[i]]);
    } else {
      let n = 0;
      for (const item of py_iter(other)) {
        let pair;
        if (Array.isArray(item)) {
          pair = item;
        } else if (typeof item === "string" || item instanceof Set || item instanceof Map || py_is_plain(item)) {
          pair = Array.from(py_iter(item));
        } else if (item !== null && typeof item === "object" && typeof item[Symbol.iterator] === "function") {
          pair = Array.from(item);
        } else {
          throw new py_TypeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
        }
        if (pair.length !== 2) {
          throw new py_ValueError(
            "dictionary update sequence element #" + n + " has length " + pair.length + "; 2 is required"
          );
        }
        py_dict_set(self, isMap, pair[0], pair[1]);
        n++;
      }
    }
  }
  if (kwargs !== undefined && kwargs !== null) {
    if (kwargs instanceof Map) {
      for (const [k, v] of kwargs) py_dict_set(self, isMap, k, v);
    } else {
      const keys = Object.keys(kwargs);
      for (let i = 0; i < keys.length; i++) py_dict_set(self, isMap, keys[i], kwargs[keys[i]]);
    }
  }
  return null;
}
