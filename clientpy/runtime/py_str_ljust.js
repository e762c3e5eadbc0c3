// requires: py_descr_error py_exceptions py_typename py_index_arg py_has_surrogates
// str.ljust(width, fillchar): pad on the right to width code points.
function py_str_ljust(self, width, fillchar) {
  if (typeof self !== "string") throw py_descr_error("ljust", "str", self);
  const pad = py_str_ljust_args(self, width, fillchar, "ljust");
  return pad.n > 0 ? self + pad.fill.repeat(pad.n) : self;
}

// Validate width and fillchar like CPython; {n: code points to add, fill}.
function py_str_ljust_args(self, width, fillchar, name) {
  const w = py_index_arg(width);
  let fill = " ";
  if (fillchar !== undefined) {
    if (typeof fillchar !== "string") {
      throw new py_TypeError("The fill character must be a unicode character, not " + py_typename(fillchar));
    }
    const cp = fillchar.codePointAt(0);
    if (fillchar.length === 0 || fillchar.length !== (cp > 0xffff ? 2 : 1)) {
      throw new py_TypeError("The fill character must be exactly one character long");
    }
    fill = fillchar;
  }
  let len = self.length;
  if (py_SURROGATES.test(self)) len = Array.from(self).length;
  return { n: w - len, fill: fill, width: w };
}
