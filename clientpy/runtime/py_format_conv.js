// requires: py_exceptions py_repr py_str
// The !r / !s / !a conversion of an f-string or str.format field. `floats` as in py_repr.
function py_format_conv(value, conv, floats) {
  if (conv === "s") return py_str(value, floats);
  if (conv === "r") return py_repr(value, floats);
  if (conv === "a") return py_format_conv_ascii(py_repr(value, floats));
  const c = typeof conv === "string" ? conv.codePointAt(0) : 0;
  throw new py_ValueError(
    "Unknown conversion specifier " + (c > 32 && c < 127 ? conv : "\\x" + c.toString(16))
  );
}

// ascii(): the repr with every non-ASCII character escaped (\xNN, \uNNNN, \UNNNNNNNN).
function py_format_conv_ascii(s) {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80) {
      out += ch;
    } else {
      const h = c.toString(16);
      if (c <= 0xff) out += "\\x" + h;
      else if (c <= 0xffff) out += "\\u" + "0000".slice(h.length) + h;
      else out += "\\U" + "00000000".slice(h.length) + h;
    }
  }
  return out;
}
