// requires: py_dict_kind
// dict.values() as an array.
function py_dict_values(self) {
  if (py_dict_kind(self, "values")) return Array.from(self.values());
  const keys = Object.keys(self);
  const out = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) out[i] = self[keys[i]];
  return out;
}
