// requires: py_descr_error py_str_startswith
// str.endswith(suffix, start, end): suffix is a str or a tuple of str.
function py_str_endswith(self, suffix, start, end) {
  if (typeof self !== "string") throw py_descr_error("endswith", "str", self);
  if (typeof suffix === "string" && start === undefined && end === undefined) return self.endsWith(suffix);
  return py_str_startswith_match(self, suffix, start, end, "endswith", true);
}
