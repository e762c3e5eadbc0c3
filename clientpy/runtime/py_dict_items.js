// requires: py_dict_kind
// dict.items() as an array of (key, value) tuples.
function py_dict_items(self) {
  const out = [];
  if (py_dict_kind(self, "items")) {
    for (const [k, v] of self) out.push(Object.freeze([k, v]));
  } else {
    const keys = Object.keys(self);
    for (let i = 0; i < keys.length; i++) out.push(Object.freeze([keys[i], self[keys[i]]]));
  }
  return out;
}
