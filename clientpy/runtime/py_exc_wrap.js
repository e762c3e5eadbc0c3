// requires: py_exceptions py_exc_name py_prevent_update
// The value bound by `except ... as e`. Python exceptions are returned as they are. Any
// other thrown value becomes a Python exception of the class py_exc_name gives it, with
// the JS message as its argument; `original` keeps what was thrown (to re-raise it as is).
function py_exc_wrap(e) {
  if (e instanceof py_BaseException) return e;
  let w;
  if (e instanceof Error) {
    const msg = String(e.message);
    switch (py_exc_name(e)) {
      case "TypeError": w = new py_TypeError(msg); break;
      case "RecursionError": w = new py_RecursionError("maximum recursion depth exceeded"); break;
      case "UnboundLocalError": w = new py_UnboundLocalError(msg); break;
      case "NameError": w = new py_NameError(msg); break;
      default: w = new py_Exception(msg);
    }
    if (typeof e.stack === "string") w.stack = e.stack;
  } else if (e === py_prevent_update()) {
    // Dash's object: isinstance and type() see the class; its args are those of
    // `raise PreventUpdate` (Dash's exceptions pass their message, "" by default)
    w = new py_PreventUpdate("");
  } else {
    w = typeof e === "string" ? new py_Exception(e) : new py_Exception();
  }
  w.original = e;
  return w;
}

// `except Exception as e` of Dash's PreventUpdate: an Exception named PreventUpdate.
class py_PreventUpdate extends py_Exception {
  static get py_name() {
    return "PreventUpdate";
  }
}
