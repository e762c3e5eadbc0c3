// requires: py_range_bounds
// x in range(...) without making its items: an int (or a float equal to one, or a
// bool) that the range reaches; CPython compares anything else item by item, and no
// other value equals an int. Past 2**53 the distance from the start is taken in BigInt:
// (2**54 + 4 - 0) / 3 rounds to a whole number.
function py_range_has(x, start, stop, step) {
  const [lo, by, n, hi] = py_range_bounds(start, stop, step);
  if (typeof x === "boolean") x = +x;
  if (typeof x !== "number" || !Number.isInteger(x) || n === 0) return false;
  if (by > 0 ? x < lo || x >= hi : x > lo || x <= hi) return false;
  const d = x - lo;
  if (d < 9007199254740992 && d > -9007199254740992) return d % by === 0;
  return (BigInt(x) - BigInt(lo)) % BigInt(by) === 0n;
}
