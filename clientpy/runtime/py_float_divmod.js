// requires: py_exceptions py_float_floordiv py_float_mod
// divmod(x, y) where one operand is known to hold a float: (x // y, x % y), zeros signed
// as CPython signs them.
function py_float_divmod(x, y) {
  if (y === 0 || y === false) throw new py_ZeroDivisionError("float divmod()");
  return Object.freeze([py_float_floordiv(x, y), py_float_mod(x, y)]);
}
