// requires: py_mul
// a * b where the compiler knows neither operand can be an integral float (Dash's
// numbers, ints, bools): two integral numbers are ints there, and an int zero has no
// sign, so -0 from `0 * -3` or `-3 * 0` is 0 (float(), `/` and format specs show -0).
function py_mul_whole(a, b) {
  const r = py_mul(a, b);
  return r === 0 && a % 1 === 0 && b % 1 === 0 ? 0 : r;
}
