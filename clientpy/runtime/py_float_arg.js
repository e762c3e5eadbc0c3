// requires: py_exceptions py_float_repr
// Calls f(), a lookup of a key or value the compiler knows is a float (`d.pop(n / 2)`,
// `del d[2.0]`, `xs.index(1.5 * k)`). A JS number cannot tell 2.0 from 2, so the
// KeyError(2.0) or "2.0 is not in list" ValueError it raises would print `2`, where
// CPython prints `2.0`: the error is marked as naming a float (KeyError) or its message
// rebuilt (ValueError) so that str(e) and repr(e) show the float.
function py_float_arg(f) {
  try {
    return f();
  } catch (e) {
    py_float_arg_mark(e);
    throw e;
  }
}

function py_float_arg_mark(e) {
  if (e instanceof py_KeyError && e.args.length === 1 && Number.isInteger(e.args[0])) {
    e.py_floats = [true];
  } else if (e instanceof py_ValueError && Number.isInteger(e.py_missing)) {
    e.args = Object.freeze([py_float_repr(e.py_missing) + " is not in list"]);
  }
}
