// requires: py_exceptions py_typename
// What `f += b` / `f -= b` (`sub`) adds, where the compiler knows f is a float and b is
// not a JS number: a bool counts as its int; anything else raises CPython's TypeError,
// which names the float 'float' (a JS number 0 would pass for an int).
function py_float_iadd_operand(b, sub) {
  if (typeof b === "boolean") return +b;
  throw new py_TypeError(
    "unsupported operand type(s) for " + (sub ? "-" : "+") + "=: 'float' and '" + py_typename(b) + "'"
  );
}
