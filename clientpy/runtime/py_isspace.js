// str.isspace() of one UTF-16 code unit (c: its char code): Python's whitespace, which
// str.split() and str.strip() split and strip at (no whitespace is outside the BMP).
function py_isspace(c) {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || c >= 28;
  if (c < 0x85) return false;
  return (
    c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}
