// requires: py_exceptions py_math_args
function py_math_factorial(n) {
  n = py_math_index(n); // factorial(True) is 1, factorial(2.5) a TypeError
  if (n < 0) throw new py_ValueError("factorial() not defined for negative values");
  let r = 1;
  // past 18! the product leaves the safe ints: raise there, not after n steps
  for (let i = 2; i <= n; i++) {
    r *= i;
    if (r > 9007199254740991) throw new py_OverflowError("integer result too large for a JS number");
  }
  return r;
}
