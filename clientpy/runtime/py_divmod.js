// requires: py_exceptions py_int_divmod_big py_typename py_is_int
// divmod(a, b) -> (a // b, a % b). Two ints (integral numbers) give exact floored ints;
// otherwise the float algorithm of CPython (fmod, sign fix-up, signed zeros; NaN counts
// as non-zero there, as in C).
function py_divmod(a, b) {
  let x = a;
  let y = b;
  if (typeof x === "boolean") x = x ? 1 : 0;
  if (typeof y === "boolean") y = y ? 1 : 0;
  if (typeof x !== "number" || typeof y !== "number") {
    throw new py_TypeError(
      "unsupported operand type(s) for divmod(): '" + py_typename(a) + "' and '" + py_typename(b) + "'"
    );
  }
  const ints = py_is_int(x) && py_is_int(y) && !Object.is(x, -0) && !Object.is(y, -0);
  if (y === 0) {
    throw new py_ZeroDivisionError(ints ? "integer division or modulo by zero" : "float divmod()");
  }
  if (ints && !(x <= 9007199254740992 && x >= -9007199254740992 && y <= 9007199254740992 && y >= -9007199254740992)) {
    return Object.freeze(py_int_divmod_big(x, y));
  }
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod !== 0) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let q;
  if (div !== 0) {
    q = Math.floor(div);
    if (div - q > 0.5) q += 1;
  } else {
    q = x / y < 0 || Object.is(x / y, -0) ? -0 : 0;
  }
  if (ints) return Object.freeze([q === 0 ? 0 : q, mod === 0 ? 0 : mod]);
  return Object.freeze([q, mod]);
}
