// requires: py_bool py_iter
function py_all(it) {
  if (Array.isArray(it)) {
    const n = it.length;
    for (let i = 0; i < n; i++) {
      const x = it[i];
      if (x === false || (x !== true && !py_bool(x))) return false;
    }
    return true;
  }
  for (const x of py_iter(it)) if (!py_bool(x)) return false;
  return true;
}
