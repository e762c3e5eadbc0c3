// Code point order (JS's `<` compares UTF-16 units, which differs for astral characters
// against U+E000..U+FFFF). Returns a negative, zero or positive number.
function py_compare_str(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let u = a.charCodeAt(i);
    let v = b.charCodeAt(i);
    if (u !== v) {
      if (u >= 0xd800 && v >= 0xd800) {
        if (u < 0xe000) u += 0x2800;
        if (v < 0xe000) v += 0x2800;
      }
      return u - v;
    }
  }
  return a.length - b.length;
}
