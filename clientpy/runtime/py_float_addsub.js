// requires: py_add py_exceptions py_sub py_typename
// a + b, a - b (`sub` true) where the compiler knows one operand is a float (`left` tells
// which) and the other is of open type: numbers add as py_add does; anything else raises
// CPython's TypeError, naming the float 'float' where an integral one would pass for an int.
function py_float_addsub(a, b, sub, left) {
  const other = left ? b : a;
  const t = typeof other;
  if (t === "number" || t === "boolean") return sub ? py_sub(a, b) : py_add(a, b);
  if (!sub && !left && (t === "string" || Array.isArray(other))) {
    const name = t === "string" ? "str" : Object.isFrozen(other) ? "tuple" : "list";
    throw new py_TypeError("can only concatenate " + name + ' (not "float") to ' + name);
  }
  throw new py_TypeError("unsupported operand type(s) for " + (sub ? "-" : "+") + ": '" +
    (left ? "float" : py_typename(a)) + "' and '" + (left ? py_typename(b) : "float") + "'");
}
