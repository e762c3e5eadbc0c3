// requires: py_exceptions py_typename
// ord(c): the code point of a one-character str (an astral character is one character).
function py_ord(s) {
  if (typeof s !== "string") {
    throw new py_TypeError("ord() expected string of length 1, but " + py_typename(s) + " found");
  }
  if (s.length === 1) return s.charCodeAt(0);
  if (s.length === 2) {
    const c = s.codePointAt(0);
    if (c > 0xffff) return c;
  }
  const n = Array.from(s).length;
  throw new py_TypeError("ord() expected a character, but string of length " + n + " found");
}
