// requires: py_dnum_add py_sub
// a - b where one operand is an int and the other a number from Dash (or of open
// type): as py_dnum_add, a float difference that rounds to an integral value raises.
function py_dnum_sub(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Math.abs(r) < 9007199254740992 && (Math.floor(r) !== r || (Math.floor(a) === a && Math.floor(b) === b))) {
      return r;
    }
    return py_dnum_checked(a, -b, r);
  }
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    return py_dnum_sub(+a, +b);
  }
  return py_sub(a, b);
}
