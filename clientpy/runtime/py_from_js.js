// A callback argument from Dash as a Python value: an unset prop (undefined) is None,
// and so is NaN (a cleared number input), which is what a server callback receives
// once the browser has sent the value as JSON.
function py_from_js(x) {
  return x === undefined || x !== x ? null : x;
}
