// repr(s) of a str: quotes chosen like CPython (single unless the text holds ' and no "),
// escapes for the quote, backslash, \t \n \r, other controls and non-printable
// characters. Apart from py_repr so that an error message quoting a str (float("x"))
// needs no more of it.
function py_repr_str(s) {
  if (/^[ !#-&(-\[\]-~]*$/.test(s)) return "'" + s + "'";
  const q = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x7f) {
      if (ch === q || ch === "\\") out += "\\" + ch;
      else if (c >= 0x20) out += ch;
      else if (c === 9) out += "\\t";
      else if (c === 10) out += "\\n";
      else if (c === 13) out += "\\r";
      else out += (c < 16 ? "\\x0" : "\\x") + c.toString(16);
    } else if (c === 0x7f) {
      out += "\\x7f";
    } else if (/^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u.test(ch)) {
      const h = c.toString(16);
      if (c <= 0xff) out += "\\x" + h;
      else if (c <= 0xffff) out += "\\u" + "0000".slice(h.length) + h;
      else out += "\\U" + "00000000".slice(h.length) + h;
    } else {
      out += ch;
    }
  }
  return out + q;
}
