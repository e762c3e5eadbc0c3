// a (>= 0) in fixed point with `prec` decimals, rounded as CPython does (half to even,
// on the exact binary value), through toFixed (which rounds half up); undefined for the
// cases left to the exact digit algorithm: 1e21 and above, and exact ties.
function py_format_fixed(a, prec) {
  if (!(a < 1e21) || prec > 99) return undefined;
  if (Number.isInteger(a) || !Number.isInteger(a * Math.pow(2, prec + 1))) {
    return a.toFixed(prec); // nothing to round, or no tie possible
  }
  // a = k / 2**(prec + 1): its exact decimal form has at most prec + 1 decimals.
  const s = a.toFixed(prec + 1);
  if (s.charCodeAt(s.length - 1) !== 48) return undefined; // ends in 5: a tie
  return s.slice(0, prec === 0 ? -2 : -1);
}
