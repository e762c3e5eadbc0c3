// requires: py_dict_kind py_obj_order
// dict.copy(): a shallow copy, as a Map (so it also takes non-str keys later).
function py_dict_copy(self) {
  if (py_dict_kind(self, "copy")) return new Map(self);
  const m = new Map();
  const keys = py_obj_keys(self);
  for (let i = 0; i < keys.length; i++) m.set(keys[i], self[keys[i]]);
  return m;
}
