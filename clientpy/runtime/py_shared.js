// A module-level list or dict that callbacks use: one object per name for the whole
// bundle (every callback of the app), made on first use, as Python's module holds one.
const py_shared_values = new Map();

function py_shared(key, make) {
  let value = py_shared_values.get(key);
  if (value === undefined) {
    value = make();
    py_shared_values.set(key, value);
  }
  return value;
}
