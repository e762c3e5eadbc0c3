// Dash's PreventUpdate object (to throw), looked up at the point of use (Dash creates it
// lazily); outside a Dash page, one frozen fallback object.
function py_prevent_update() {
  const g = typeof window !== "undefined" ? window : globalThis;
  const dc = g.dash_clientside;
  if (dc && dc.PreventUpdate !== undefined) return dc.PreventUpdate;
  if (py_prevent_update.fallback === undefined) {
    py_prevent_update.fallback = Object.freeze({ __clientpy_prevent_update: true });
  }
  return py_prevent_update.fallback;
}

// x is Dash's PreventUpdate, as thrown or as `except ... as e` binds it (py_exc_wrap
// keeps what was thrown as `original`).
function py_is_prevent_update(x) {
  const p = py_prevent_update();
  return x === p || (x !== null && typeof x === "object" && x.original === p);
}
