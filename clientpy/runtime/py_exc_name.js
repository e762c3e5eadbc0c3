// requires: py_exceptions
// type(e).__name__ for anything a callback can catch.
function py_exc_name(e) {
  if (e instanceof py_BaseException) return e.name;
  if (e instanceof TypeError) return "TypeError";
  if (e instanceof RangeError) {
    return /call stack/i.test(e.message) ? "RecursionError" : "Exception";
  }
  if (e instanceof ReferenceError) {
    return /before initiali[sz]ation/.test(e.message) ? "UnboundLocalError" : "NameError";
  }
  return "Exception";
}
