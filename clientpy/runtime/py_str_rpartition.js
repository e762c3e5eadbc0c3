// requires: py_descr_error py_exceptions py_typename
// str.rpartition(sep) -> (head, sep, tail) at the last sep, or ("", "", self).
function py_str_rpartition(self, sep) {
  if (typeof self !== "string") throw py_descr_error("rpartition", "str", self);
  if (typeof sep !== "string") throw new py_TypeError("must be str, not " + py_typename(sep));
  if (sep === "") throw new py_ValueError("empty separator");
  const i = self.lastIndexOf(sep);
  if (i < 0) return Object.freeze(["", "", self]);
  return Object.freeze([self.slice(0, i), sep, self.slice(i + sep.length)]);
}
