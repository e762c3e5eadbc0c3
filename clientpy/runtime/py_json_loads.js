// requires: py_exceptions
// json.loads: objects become plain objects (dicts with str keys), as Dash sends them.
function py_json_loads(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new py_ValueError(String(e.message));
  }
}
