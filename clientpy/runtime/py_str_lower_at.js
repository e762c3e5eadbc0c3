// requires: py_case14
// Lower-case of the code point at UTF-16 index i of s, with CPython's handle_capital_sigma
// for U+03A3 (final sigma when a cased letter precedes and none follows, skipping
// case-ignorable characters). Used by title, capitalize and swapcase.
function py_str_lower_at(s, i, ch) {
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i;
  let c = "";
  while (j > 0) {
    const lo = s.charCodeAt(j - 1);
    const w = lo >= 0xdc00 && lo < 0xe000 && j > 1 && s.charCodeAt(j - 2) >= 0xd800 && s.charCodeAt(j - 2) < 0xdc00 ? 2 : 1;
    c = s.slice(j - w, j);
    j -= w;
    if (!/^\p{Case_Ignorable}$/u.test(c)) break;
    c = "";
  }
  let final = c !== "" && py_cased(c);
  if (final) {
    j = i + 1;
    c = "";
    while (j < s.length) {
      const cp = s.codePointAt(j);
      c = String.fromCodePoint(cp);
      j += c.length;
      if (!/^\p{Case_Ignorable}$/u.test(c)) break;
      c = "";
    }
    final = c === "" || !py_cased(c);
  }
  return final ? "\u03c2" : "\u03c3";
}
