// requires: py_exceptions py_iter py_typename
// CPython's fsum: Shewchuk's exact partials, then the sum of the partials correctly
// rounded (half-even across partials), with its overflow and inf/nan rules.
function py_math_fsum(xs) {
  const p = [];
  let special = 0;
  let infs = 0;
  for (const item of py_iter(xs)) {
    const t = typeof item;
    if (t !== "number" && t !== "boolean") {
      throw new py_TypeError("must be real number, not " + py_typename(item));
    }
    let x = +item;
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t2 = x;
        x = y;
        y = t2;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw new py_OverflowError("intermediate overflow in fsum");
        if (xsave === Infinity || xsave === -Infinity) infs += xsave;
        special += xsave;
        p.length = 0;
      } else {
        p.push(x);
      }
    }
  }
  if (special !== 0) {
    if (infs !== infs) throw new py_ValueError("-inf + inf in fsum");
    return special;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}
