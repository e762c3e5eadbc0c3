// requires: py_descr_error py_case14 py_str_lower_at
// str.lower(): full Unicode case mapping with the final-sigma rule, as JS toLowerCase;
// a capital sigma beside a character whose casedness changed after Unicode 14.0 takes
// CPython's rule character by character (py_case14.js).
function py_str_lower(self) {
  if (typeof self !== "string") throw py_descr_error("lower", "str", self);
  // Small, so that V8 inlines it where it is called: the sigma case is a call away.
  return self.indexOf("\u03a3") < 0 ? self.toLowerCase() : py_str_lower_sigma(self);
}

function py_str_lower_sigma(self) {
  if (!py_CASE14.test(self)) return self.toLowerCase();
  let out = "";
  let i = 0;
  for (const ch of self) {
    out += py_str_lower_at(self, i, ch);
    i += ch.length;
  }
  return out;
}
