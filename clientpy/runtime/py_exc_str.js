// requires: py_exceptions py_repr py_str
// str(e) of anything a callback can catch. Python exceptions: no args -> "", one arg ->
// str(arg) (repr(arg) for KeyError), several -> repr of the args tuple. Native JS errors
// give their message; other thrown values (Dash's PreventUpdate object) give "".
function py_exc_str(e) {
  if (e instanceof py_BaseException) {
    const args = e.args;
    if (args.length === 0) return "";
    if (args.length === 1) return e instanceof py_KeyError ? py_repr(args[0]) : py_str(args[0]);
    return py_repr(args);
  }
  if (e instanceof Error) return String(e.message);
  if (typeof e === "string") return e;
  return "";
}
