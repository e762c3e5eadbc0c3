// requires: py_exceptions py_exc_name py_type_name py_prevent_update
// `type(x) is t` for any t of `types`: a builtin class by name ("int", "list",
// "NoneType"...) or an exception class. Exact, as type() is: a bool is no int, a
// KeyError no LookupError. A native JS error is the Python class it stands for, Dash's
// PreventUpdate object the class PreventUpdate.
function py_type_is(x, types) {
  for (const t of types) {
    if (t === py_prevent_update()) {
      if (py_is_prevent_update(x)) return true; // Dash's object: its own class
    } else if (typeof t === "string") {
      if (py_type_name(x) === t) return true;
    } else if (x instanceof py_BaseException) {
      if (x.constructor === t) return true;
    } else if (x instanceof Error && Object.prototype.hasOwnProperty.call(t, "py_name")) {
      if (py_exc_name(x) === t.py_name) return true;
    }
  }
  return false;
}
