// requires: py_imul_seq
// `a *= n` where neither can be an integral float: py_imul_seq, with py_mul_whole's
// unsigned int zero.
function py_imul_whole(a, n) {
  const r = py_imul_seq(a, n);
  return r === 0 && Math.floor(a) === +a && Math.floor(n) === +n && 1 / a > -Infinity && 1 / n > -Infinity ? 0 : r;
}
