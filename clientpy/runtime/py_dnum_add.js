// requires: py_add py_exceptions py_float_repr py_num_add
// a + b where one operand is an int and the other a number from Dash (or of open type),
// a sum the compiler lets print: Dash's numbers are ints, or floats with a fraction,
// and adding an int keeps a fraction, except where the float sum rounds it away
// (1e-20 + 1, 0.5 + 2**53 - 1). CPython has a float there (1.0) that a JS number
// cannot tell from the int 1, so that sum raises rather than print as an int.
function py_dnum_add(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    // (integral tests by Math.floor: JS's % on doubles is a library call, 2-3x slower;
    // r is finite below 2**53, and so are a and b)
    if (Math.abs(r) < 9007199254740992 && (Math.floor(r) !== r || (Math.floor(a) === a && Math.floor(b) === b))) {
      return r;
    }
    return py_dnum_checked(a, b, r);
  }
  const ta = typeof a;
  const tb = typeof b;
  if ((ta === "number" || ta === "boolean") && (tb === "number" || tb === "boolean")) {
    return py_dnum_add(+a, +b);
  }
  return py_add(a, b);
}

// The sum r of a and b (b negated for a difference), past 2**53 or integral.
function py_dnum_checked(a, b, r) {
  if (r % 1 === 0 && (a % 1 !== 0 || b % 1 !== 0)) throw py_lost_fraction(r);
  return py_add_big(a, b, r);
}

// A float result that came out integral where the compiler lets it print as a number
// from Dash: CPython prints it as a float (1.0), JS would print it as an int.
function py_lost_fraction(r) {
  return new py_OverflowError(
    "float result " + py_float_repr(r) + " lost its fraction; a JS number cannot tell it from an int (convert with float() first)"
  );
}
