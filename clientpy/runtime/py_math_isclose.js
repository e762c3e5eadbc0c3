// requires: py_exceptions py_math_args
function py_math_isclose(a, b, rel_tol, abs_tol) {
  a = py_math_real(a); // isclose(True, 1) is True
  b = py_math_real(b);
  const rt = rel_tol === undefined ? 1e-9 : py_math_real(rel_tol);
  const at = abs_tol === undefined ? 0 : py_math_real(abs_tol);
  if (rt < 0 || at < 0) throw new py_ValueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const d = Math.abs(a - b);
  return d <= Math.abs(rt * b) || d <= Math.abs(rt * a) || d <= at;
}
