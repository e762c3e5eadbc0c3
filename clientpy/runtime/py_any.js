// requires: py_bool py_iter
function py_any(it) {
  if (Array.isArray(it)) {
    const n = it.length;
    for (let i = 0; i < n; i++) {
      const x = it[i];
      if (x === true || (x !== false && py_bool(x))) return true;
    }
    return false;
  }
  for (const x of py_iter(it)) if (py_bool(x)) return true;
  return false;
}
