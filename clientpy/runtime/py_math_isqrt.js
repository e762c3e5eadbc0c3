// requires: py_exceptions py_math_args
function py_math_isqrt(x) {
  x = py_math_index(x); // isqrt(2.5) is a TypeError
  if (x < 0) throw new py_ValueError("isqrt() argument must be nonnegative");
  // the rounded square root can be one above the integer one (n = k * k - 1)
  let r = Math.floor(Math.sqrt(x));
  while (r * r > x) r -= 1;
  while ((r + 1) * (r + 1) <= x) r += 1;
  return r;
}
