// [p, e] with p + e === a * b exactly: Dekker's product (JS has no fused multiply-add).
function py_two_prod(a, b) {
  const p = a * b;
  return [p, py_two_prod_err(a, b, p)];
}

// a * b - p exactly, for p = a * b rounded: the product's error without an array.
function py_two_prod_err(a, b, p) {
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}
