// requires: py_math_args
function py_math_gcd(...xs) {
  return xs.map(py_math_index).reduce((a, b) => {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b) [a, b] = [b, a % b];
    return a;
  }, 0);
}
