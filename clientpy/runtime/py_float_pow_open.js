// requires: py_exceptions py_pow_floats py_typename
// a ** b where the compiler knows one operand is a float (`left` tells which) and the
// other is of open type: numbers as py_pow_floats; anything else raises CPython's
// TypeError, naming the float 'float' where an integral one would pass for an int.
function py_float_pow_open(a, b, left) {
  const other = left ? b : a;
  const t = typeof other;
  if (t === "number" || t === "boolean") return py_pow_floats(a, b);
  throw new py_TypeError("unsupported operand type(s) for ** or pow(): '" +
    (left ? "float" : py_typename(a)) + "' and '" + (left ? py_typename(b) : "float") + "'");
}
