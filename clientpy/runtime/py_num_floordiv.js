// requires: py_float_floordiv py_floordiv
// a // b where the compiler knows both are numbers, int or float (never a bool): a
// fraction makes it a float floor division; integral numbers go py_floordiv's way
// (ints exactly, -0 as a float). Skips py_floordiv's type tests on the hot path.
function py_num_floordiv(a, b) {
  if (!Number.isInteger(a) || !Number.isInteger(b)) return py_float_floordiv(a, b);
  return py_floordiv(a, b);
}
