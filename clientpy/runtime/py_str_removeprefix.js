// requires: py_descr_error py_exceptions py_typename
// str.removeprefix(prefix).
function py_str_removeprefix(self, prefix) {
  if (typeof self !== "string") throw py_descr_error("removeprefix", "str", self);
  if (typeof prefix !== "string") {
    throw new py_TypeError("removeprefix() argument must be str, not " + py_str_removeprefix_type(prefix));
  }
  return prefix !== "" && self.startsWith(prefix) ? self.slice(prefix.length) : self;
}

// Argument Clinic names None "None" in its type errors.
function py_str_removeprefix_type(x) {
  return x === null || x === undefined ? "None" : py_typename(x);
}
