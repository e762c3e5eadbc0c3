// requires: py_exceptions py_repr py_str
// str(e) of anything a callback can catch. Python exceptions: no args -> "", one arg ->
// str(arg) (repr(arg) for KeyError), several -> repr of the args tuple. Native JS errors
// give their message; other thrown values (Dash's PreventUpdate object) give "".
// `py_floats` (see py_exc_floats) says which arguments are floats.
function py_exc_str(e) {
  if (e instanceof py_BaseException) {
    const args = e.args;
    const floats = e.py_floats;
    if (args.length === 0) return "";
    if (args.length === 1) {
      const f = floats !== undefined && floats[0];
      return e instanceof py_KeyError ? py_repr(args[0], f) : py_str(args[0], f);
    }
    return py_exc_args_repr(args, floats);
  }
  if (e instanceof Error) return String(e.message);
  if (typeof e === "string") return e;
  return "";
}

// repr of the args tuple of an exception with several arguments.
function py_exc_args_repr(args, floats) {
  if (floats === undefined) return py_repr(args);
  return "(" + args.map((a, i) => py_repr(a, floats[i])).join(", ") + ")";
}
