// requires: py_exceptions py_float_pow
// x ** y for numbers of which one is a float (the compiler knows it, or it has a
// fraction): a float power, whatever the values (2.0 ** 100 is 1.2676506002282294e+30,
// not an int's OverflowError; -0.0 ** 3 is -0.0).
function py_pow_floats(a, b) {
  const x = +a;
  const y = +b;
  if (y === 0) return 1;
  if (x !== x) return x;
  if (y !== y) return x === 1 ? 1 : y;
  if (y === Infinity || y === -Infinity) {
    if (x === 1 || x === -1) return 1;
    return Math.pow(x, y);
  }
  if (x === 0 && y < 0) throw new py_ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (x < 0 && x !== -Infinity && !Number.isInteger(y)) {
    throw new py_ValueError("a negative number raised to a fractional power gives a complex number, which is not supported");
  }
  const r = py_pow_float(x, y);
  if ((r === Infinity || r === -Infinity) && x !== Infinity && x !== -Infinity) {
    throw new py_OverflowError("(34, 'Numerical result out of range')");
  }
  return r;
}

// x ** y for finite nonzero floats (a negative x with an integral y), correctly rounded
// where Math.pow may not be; the infinities and zeros stay with Math.pow.
function py_pow_float(x, y) {
  if (x === Infinity || x === -Infinity || x === 0 || y !== y || x !== x) return Math.pow(x, y);
  if (y === Infinity || y === -Infinity) return Math.pow(x, y);
  if (x > 0) return py_float_pow(x, y);
  const r = py_float_pow(-x, y);
  return y % 2 === 0 ? r : -r;
}
