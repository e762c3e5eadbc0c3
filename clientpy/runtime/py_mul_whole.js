// requires: py_mul
// a * b where the compiler knows neither operand can be an integral float (Dash's
// numbers, ints, bools): two integral numbers are ints there, and an int zero has no
// sign, so -0 from `0 * -3` or `-3 * 0` is 0 (float(), `/` and format specs show -0).
// A -0 operand is a float (py_integral's rule): -0.0 * 3 keeps its sign. (Integral by
// Math.floor, not `% 1`, JS's library call on doubles: sparse data meets zeros often;
// a zero product's operands are finite.)
function py_mul_whole(a, b) {
  const r = py_mul(a, b);
  return r === 0 && Math.floor(a) === +a && Math.floor(b) === +b && 1 / a > -Infinity && 1 / b > -Infinity ? 0 : r;
}
