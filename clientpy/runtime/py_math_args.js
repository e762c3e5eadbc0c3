// requires: py_exceptions py_int_whole py_is_int py_typename
// The math module's functions are one helper each (py_math_sqrt...). Where JS returns
// NaN or an infinity and CPython raises, so do they; floor/ceil/trunc return ints (and
// raise on inf/nan, as int() would). Here: their arguments, checked as CPython checks
// them (a function taking floats takes a bool as its int and raises TypeError for
// anything else: None from an empty Input, where Math.sqrt(null) is 0), and the errors
// of their results.
// A float argument: a number, or a bool as its int; CPython's TypeError for the rest.
function py_math_real(x) {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return +x;
  throw new py_TypeError("must be real number, not " + py_typename(x));
}

// A non-negative int argument (math.comb's n and k), as CPython checks it.
// An int argument (gcd's, isqrt's, factorial's): a bool is one; a float with a
// fraction is a TypeError, and so are -0.0 and a number from 1e21 on (JSON writes it
// with an exponent: a float in CPython).
function py_math_index(x) {
  if (typeof x === "boolean") return +x;
  if (!Number.isInteger(x) || Object.is(x, -0) || x >= 1e21 || x <= -1e21) {
    const name = typeof x === "number" ? "float" : py_typename(x);
    throw new py_TypeError("'" + name + "' object cannot be interpreted as an integer");
  }
  return x;
}

function py_math_count(x, name) {
  if (typeof x === "boolean") return +x;
  if (!py_is_int(x)) {
    throw new py_TypeError("'" + py_typename(x) + "' object cannot be interpreted as an integer");
  }
  if (x < 0) throw new py_ValueError(name + " must be a non-negative integer");
  return x;
}

// A number that is a float under the value model (py_is_int): a fraction, -0.0, or
// one from 1e21 on (-1e21 * 0 is -0.0 in CPython).
function py_math_float_factor(x) {
  return typeof x === "number" && (!py_is_int(x) || Object.is(x, -0));
}

function py_math_domain(r, x) {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw new py_ValueError("math domain error");
  return r;
}

function py_math_range(r, x) {
  if (!Number.isFinite(r) && Number.isFinite(x)) throw new py_OverflowError("math range error");
  return r;
}

function py_math_positive(x, f) {
  if (x <= 0) throw new py_ValueError("math domain error");
  return f(x);
}

function py_math_int(r) {
  if (Number.isNaN(r)) throw new py_ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(r)) throw new py_OverflowError("cannot convert float infinity to integer");
  return py_int_whole(r);
}
