// requires: py_exceptions py_exc_str py_float_repr py_repr py_is_int
// str(x). `floats` true: a number is a float (str(2.0) == "2.0"); otherwise an integral
// number is an int. Containers print as their repr, exceptions as str(e).
// The string case stays in a function small enough for V8 to inline at every call site.
function py_str(x, floats) {
  return typeof x === "string" ? x : py_str_nonstr(x, floats);
}

function py_str_nonstr(x, floats) {
  switch (typeof x) {
    case "number":
      if (!floats && py_is_int(x)) return py_repr_int(x);
      return py_float_repr(x);
    case "boolean":
      return x ? "True" : "False";
    case "undefined":
      return "None";
  }
  if (x === null) return "None";
  if (x instanceof Error) return py_exc_str(x);
  return py_repr(x, floats);
}
