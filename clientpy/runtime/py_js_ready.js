// raises: never (a callback calling only such helpers needs no traceback wrapper)
// A callback result the compiler knows is plain Dash data already: only `undefined`
// (which would clear the output) needs turning into None.
function py_js_ready(x) {
  return x === undefined ? null : x;
}
