// requires: py_int
// int(s) of up to 15 ASCII digits (below 2**53) read in one pass, as a digit loop over
// pasted text calls it; anything else (a sign, spaces, underscores, other digits,
// errors) goes through py_int_parse. int(s) of a str calls it directly.
function py_int_digits(s) {
  const n = s.length;
  if (n > 0 && n <= 15) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const d = s.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    if (i === n) return v;
  }
  return py_int_parse(s, 10);
}
