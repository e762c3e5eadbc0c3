// requires: py_to_js
// dash.set_props(id, props) from a clientside callback.
function py_set_props(id, props) {
  const g = typeof window !== "undefined" ? window : globalThis;
  g.dash_clientside.set_props(py_to_js(id), py_to_js(props));
  return null;
}
