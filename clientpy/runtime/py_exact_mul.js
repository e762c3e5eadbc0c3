// a * b for two integral numbers when the product is exactly representable, else NaN
// (the caller raises OverflowError rather than return an int with lost digits).
function py_exact_mul(a, b) {
  const p = a * b;
  if (p < 9007199254740992 && p > -9007199254740992) return p;
  if (p === Infinity || p === -Infinity || p !== p) return NaN;
  // Dekker's product: err is the exact rounding error of p.
  let t = 134217729 * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = 134217729 * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const err = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return err === 0 ? p : NaN;
}
