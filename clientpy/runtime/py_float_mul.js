// requires: py_exceptions py_typename
// a * b where the compiler knows one operand is a Python float (`left` tells which) and
// the other may not be a number: CPython refuses a float count whatever its value
// (`"ab" * 2.0`, `xs * 1.0`), and names the float in its errors, where a JS number
// cannot tell 2.0 from 2.
function py_float_mul(a, b, left) {
  const other = left ? b : a;
  const t = typeof other;
  if (t === "number" || t === "boolean") return a * b; // a float: never an int to check
  if (t === "string" || Array.isArray(other)) {
    throw new py_TypeError("can't multiply sequence by non-int of type 'float'");
  }
  throw new py_TypeError("unsupported operand type(s) for *: '" +
    (left ? "float" : py_typename(a)) + "' and '" + (left ? py_typename(b) : "float") + "'");
}
