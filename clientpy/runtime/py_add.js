// requires: py_binop_error py_exceptions py_num_add py_typename
// a + b: numbers (bools as ints), str + str, list + list, tuple + tuple.
function py_add(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Math.abs(r) < 9007199254740992) return r;
    return py_add_big(a, b, r);
  }
  if (typeof a === "string" && typeof b === "string") return a + b;
  return py_add_slow(a, b);
}

function py_add_slow(a, b) {
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    return py_add(+a, +b);
  }
  if (ta === "string") {
    throw new py_TypeError('can only concatenate str (not "' + py_typename(b) + '") to str');
  }
  if (Array.isArray(a)) {
    const tuple = Object.isFrozen(a);
    if (Array.isArray(b) && Object.isFrozen(b) === tuple) {
      const r = a.concat(b);
      return tuple ? Object.freeze(r) : r;
    }
    const name = tuple ? "tuple" : "list";
    throw new py_TypeError("can only concatenate " + name + ' (not "' + py_typename(b) + '") to ' + name);
  }
  throw py_binop_error("+", a, b);
}
