// requires: py_exceptions py_typename
// a + b, a - b (`sub` true) where the compiler knows one operand is a float (`left` tells
// which) and the other is of open type: numbers add as JS numbers; anything else raises
// CPython's TypeError, naming the float 'float' where an integral one would pass for an int.
// A float plus a number is a float: no int-overflow check (which an integral float past
// 2**53 would fail).
function py_float_addsub(a, b, sub, left) {
  const other = left ? b : a;
  const t = typeof other;
  if (t === "number" || t === "boolean") return sub ? a - b : a + b;
  if (!sub && !left && (t === "string" || Array.isArray(other))) {
    const name = t === "string" ? "str" : Object.isFrozen(other) ? "tuple" : "list";
    throw new py_TypeError("can only concatenate " + name + ' (not "float") to ' + name);
  }
  throw new py_TypeError("unsupported operand type(s) for " + (sub ? "-" : "+") + ": '" +
    (left ? "float" : py_typename(a)) + "' and '" + (left ? py_typename(b) : "float") + "'");
}
