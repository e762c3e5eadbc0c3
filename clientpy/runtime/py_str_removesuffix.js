// requires: py_descr_error py_exceptions py_typename
// str.removesuffix(suffix).
function py_str_removesuffix(self, suffix) {
  if (typeof self !== "string") throw py_descr_error("removesuffix", "str", self);
  if (typeof suffix !== "string") {
    throw new py_TypeError("removesuffix() argument must be str, not " + py_str_removesuffix_type(suffix));
  }
  return suffix !== "" && self.endsWith(suffix) ? self.slice(0, self.length - suffix.length) : self;
}

// Argument Clinic names None "None" in its type errors.
function py_str_removesuffix_type(x) {
  return x === null || x === undefined ? "None" : py_typename(x);
}
