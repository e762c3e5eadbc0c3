// raises: never (a callback calling only such helpers needs no traceback wrapper)
// Dash's no_update sentinel, looked up at the point of use (Dash creates it lazily);
// outside a Dash page, one frozen fallback object.
function py_no_update() {
  const g = typeof window !== "undefined" ? window : globalThis;
  const dc = g.dash_clientside;
  if (dc && dc.no_update !== undefined) return dc.no_update;
  if (py_no_update.fallback === undefined) {
    py_no_update.fallback = Object.freeze({ __clientpy_no_update: true });
  }
  return py_no_update.fallback;
}
