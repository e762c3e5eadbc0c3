// requires: py_compare py_exceptions py_typename
// a < b, a <= b, a > b, a >= b (op 0..3, as py_compare) where the compiler knows one
// operand is a float (`left` tells which) and the other is of open type: numbers compare
// as py_compare does; anything else raises CPython's TypeError, naming the float 'float'.
function py_float_compare(a, b, op, left) {
  const other = left ? b : a;
  const t = typeof other;
  if (t === "number" || t === "boolean") return py_compare(a, b, op);
  const sym = op === 0 ? "<" : op === 1 ? "<=" : op === 2 ? ">" : ">=";
  throw new py_TypeError("'" + sym + "' not supported between instances of '" +
    (left ? "float" : py_typename(a)) + "' and '" + (left ? py_typename(b) : "float") + "'");
}
