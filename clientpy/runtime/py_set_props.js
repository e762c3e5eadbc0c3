// requires: py_to_js
// dash.set_props(id, props) from a clientside callback. A server callback's side
// updates go out with its response: none when it raises (PreventUpdate included), and
// each as its props are when the callback returns. The bundle's wrapper of a
// synchronous callback keeps them so (py_set_props_open, then py_set_props_close when
// the callback has returned or raised), and so does to_js's (py_set_props_batched); an
// async callback's are applied as they are made.
function py_set_props(id, props) {
  const batch = py_set_props.batch;
  if (Array.isArray(batch)) batch.push([id, props]);
  else py_set_props_apply(id, props);
  return null;
}

function py_set_props_apply(id, props) {
  const g = typeof window !== "undefined" ? window : globalThis;
  g.dash_clientside.set_props(py_to_js(id), py_to_js(props));
}

// Start keeping side updates; returns the batch of an enclosing call (if Dash runs a
// callback while another one's set_props is applied) for py_set_props_close.
function py_set_props_open() {
  const outer = py_set_props.batch;
  py_set_props.batch = [];
  return outer === undefined ? null : outer;
}

// Apply the kept side updates (`returned`), or drop them (the callback raised).
function py_set_props_close(outer, returned) {
  const batch = py_set_props.batch;
  py_set_props.batch = outer;
  if (returned) for (const [id, props] of batch) py_set_props_apply(id, props);
}

// `f` (synchronous) keeping its side updates until it returns, dropping them when it
// raises, as the bundle's wrapper does.
function py_set_props_batched(f) {
  return function (...args) {
    const outer = py_set_props_open();
    let returned = false;
    try {
      const result = f(...args);
      returned = true;
      return result;
    } finally {
      py_set_props_close(outer, returned);
    }
  };
}
