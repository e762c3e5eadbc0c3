// requires: py_descr_error py_str_ljust
// str.center(width, fillchar): CPython puts the odd padding character on the left when
// the width is odd, on the right otherwise.
function py_str_center(self, width, fillchar) {
  if (typeof self !== "string") throw py_descr_error("center", "str", self);
  const pad = py_str_ljust_args(self, width, fillchar, "center");
  if (pad.n <= 0) return self;
  const left = (pad.n >> 1) + (pad.n & pad.width & 1);
  return pad.fill.repeat(left) + self + pad.fill.repeat(pad.n - left);
}
