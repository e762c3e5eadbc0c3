// requires: py_add py_iter py_exceptions py_sum_floats
// sum(iterable, start=0). Numbers and bools add with a plain loop (float addition in
// order, as CPython 3.11 does); from the first other value on, or a total past 2**53,
// py_add takes over. `floats` true: the compiler knows the items are floats and the
// start a number, so no total is an int past 2**53 (1e16 + 1e300 is a float sum, where
// py_add would take two integral numbers for ints): py_sum_floats, which the compiler
// calls itself there.
function py_sum(it, start, floats) {
  let acc = start === undefined ? 0 : start;
  if (typeof acc === "string") {
    throw new py_TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (floats) return py_sum_floats(it, acc);
  if (Array.isArray(it)) {
    const n = it.length;
    let i = 0;
    if (typeof acc === "number" || typeof acc === "boolean") {
      let total = acc;
      for (; i < n; i++) {
        let x = it[i];
        if (typeof x === "boolean") x = x ? 1 : 0;
        else if (typeof x !== "number") break;
        const r = total + x;
        if ((r >= 9007199254740992 || r <= -9007199254740992) && py_sum_ints(total, x)) {
          break; // two ints summing past 2**53 must stay exact or raise: py_add's job
        }
        total = r;
      }
      acc = total;
    }
    for (; i < n; i++) acc = py_add(acc, it[i]);
    return acc;
  }
  for (const x of py_iter(it)) acc = py_add(acc, x);
  return acc;
}

// Both may be ints: integral and below 1e21 (from there JSON writes a number with an
// exponent, which CPython reads as a float). An int past 2**53 from Dash
// (10000000000000002) is one too: py_add then keeps the sum exact or raises.
function py_sum_ints(a, b) {
  a = +a;
  return Number.isInteger(a) && Number.isInteger(b) && a < 1e21 && a > -1e21 && b < 1e21 && b > -1e21;
}
