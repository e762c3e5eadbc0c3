// requires: py_has_surrogates
// format(s, spec) for a str s and a spec of the form [[fill]align]width (type s or none),
// parsed when the callback was translated: padded to width code points.
function py_format_s(s, width, fill, align) {
  const n = py_SURROGATES.test(s) ? Array.from(s).length : s.length;
  const pad = width - n;
  if (pad <= 0) return s;
  if (align === ">") return fill.repeat(pad) + s;
  if (align === "^") return fill.repeat(pad >> 1) + s + fill.repeat(pad - (pad >> 1));
  return s + fill.repeat(pad);
}
