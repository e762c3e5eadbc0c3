// requires: py_iter py_math_args py_mul
function py_math_prod(xs, start) {
  let r = start === undefined ? 1 : start;
  // A product of ints is an int, whose zero has no sign: -0 from [0, -5] is 0. Once a
  // float factor (a fraction, or -0.0) takes part, CPython's float product keeps it.
  let float = py_math_float_factor(r);
  for (const x of py_iter(xs)) {
    if (!float) float = py_math_float_factor(x);
    r = py_mul(r, x); // ints exact, 'a' * 3 as in Python
  }
  return r === 0 && !float ? 0 : r;
}
