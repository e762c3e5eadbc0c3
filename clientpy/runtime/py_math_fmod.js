// requires: py_exceptions py_math_args
function py_math_fmod(x, y) {
  x = py_math_real(x);
  y = py_math_real(y);
  const r = x % y;
  if (r !== r && x === x && y === y) throw new py_ValueError("math domain error");
  return r;
}
