// requires: py_exceptions py_js_error_name
// type(e).__name__ for anything a callback can catch.
function py_exc_name(e) {
  if (e instanceof py_BaseException) return e.name;
  return py_js_error_name(e);
}
