// requires: py_math_args
function py_math_isinf(x) {
  x = py_math_real(x);
  return x === Infinity || x === -Infinity;
}
