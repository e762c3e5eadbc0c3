// requires: py_mul
// `a *= n`: a list is repeated in place (other names for it see the change); anything
// else is `a = a * n`.
function py_imul_seq(a, n) {
  if (Array.isArray(a) && !Object.isFrozen(a)) {
    const repeated = py_mul(a, n);
    a.length = 0;
    for (let i = 0; i < repeated.length; i++) a.push(repeated[i]);
    return a;
  }
  return py_mul(a, n);
}
