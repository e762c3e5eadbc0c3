// requires: py_descr_error py_index_arg py_has_surrogates
// str.zfill(width): pad with zeros on the left, after a leading sign.
function py_str_zfill(self, width) {
  if (typeof self !== "string") throw py_descr_error("zfill", "str", self);
  const w = py_index_arg(width);
  const len = py_SURROGATES.test(self) ? Array.from(self).length : self.length;
  if (w <= len) return self;
  const zeros = "0".repeat(w - len);
  const c = self.charAt(0);
  if (c === "+" || c === "-") return c + zeros + self.slice(1);
  return zeros + self;
}
