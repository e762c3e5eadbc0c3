// requires: py_descr_error py_str_ljust
// str.rjust(width, fillchar): pad on the left to width code points.
function py_str_rjust(self, width, fillchar) {
  if (typeof self !== "string") throw py_descr_error("rjust", "str", self);
  const pad = py_str_ljust_args(self, width, fillchar, "rjust");
  return pad.n > 0 ? pad.fill.repeat(pad.n) + self : self;
}
