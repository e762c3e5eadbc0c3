// The Python class name a native JS error stands for: a TypeError is one, a stack
// overflow a RecursionError, a binding read before its assignment an UnboundLocalError.
function py_js_error_name(e) {
  if (e instanceof TypeError) return "TypeError";
  if (e instanceof RangeError) {
    return /call stack/i.test(e.message) ? "RecursionError" : "Exception";
  }
  if (e instanceof ReferenceError) {
    return /before initiali[sz]ation/.test(e.message) ? "UnboundLocalError" : "NameError";
  }
  return "Exception";
}
