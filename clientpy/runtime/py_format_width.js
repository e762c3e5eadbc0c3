// requires: py_format py_format_d py_format_s py_integral
// format(x, spec) for x of open type and a spec of the form [[fill]align][width]: a str
// pads as text (left-aligned by default), an int as with `d` (right-aligned), any other
// value takes the engine (floats, bools, None, and its TypeErrors). `align` "" when the
// spec gives none.
function py_format_width(x, width, fill, align, spec) {
  if (typeof x === "string") return py_format_s(x, width, fill, align || "<");
  if (py_integral(x)) return py_format_d(x, width, fill, align || ">", "-", "", false);
  return py_format(x, spec, false);
}
