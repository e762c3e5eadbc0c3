// A callback argument from Dash as a Python value: an unset prop (undefined) is None.
function py_from_js(x) {
  return x === undefined ? null : x;
}
