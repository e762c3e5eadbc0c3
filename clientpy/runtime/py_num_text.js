// The text int() and float() parse, as CPython prepares it: non-ASCII whitespace
// becomes a space, Unicode decimal digits (Nd) become ASCII digits, any other non-ASCII
// character becomes "?" (never valid), then ASCII whitespace is stripped from both ends.
function py_num_text(s) {
  if (/[^\x00-\x7f]/.test(s)) {
    let out = "";
    for (const ch of s) {
      const c = ch.codePointAt(0);
      if (c < 0x80) {
        out += ch;
      } else if (/[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/.test(ch)) {
        out += " ";
      } else if (/\p{Nd}/u.test(ch)) {
        // Decimal digits come in contiguous runs of whole 0..9 sets.
        let start = c;
        while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
        out += String((c - start) % 10);
      } else {
        out += "?";
      }
    }
    s = out;
  }
  return s.replace(/^[ \t\n\v\f\r]+|[ \t\n\v\f\r]+$/g, "");
}
