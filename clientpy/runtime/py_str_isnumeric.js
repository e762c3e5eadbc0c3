// requires: py_descr_error
// str.isnumeric(): non-empty and every character has a Numeric_Type (categories Nd Nl No,
// plus the CJK ideographs with a numeric value such as "一").
function py_str_isnumeric(self) {
  if (typeof self !== "string") throw py_descr_error("isnumeric", "str", self);
  if (/^[0-9]+$/.test(self)) return true;
  if (self === "" || !/[^\x00-\x7f]/.test(self)) return false;
  for (const ch of self) {
    if (!/^\p{N}$/u.test(ch) && !py_str_isnumeric_other(ch.codePointAt(0))) return false;
  }
  return true;
}

// Letters (Lo) with a numeric value (Unicode 14, as CPython 3.11).
function py_str_isnumeric_other(c) {
  if (c < 0x3405) return false;
  const list =
    " 3405 3483 382a 3b4d 4e00 4e03 4e07 4e09 4e5d 4e8c 4e94 4e96 4ebf 4ec0 4edf 4ee8 4f0d" +
    " 4f70 5104 5146 5169 516b 516d 5341 5343 5344 5345 534c 53c1 53c2 53c3 53c4 56db 58f1" +
    " 58f9 5e7a 5efe 5eff 5f0c 5f0d 5f0e 5f10 62fe 634c 67d2 6f06 7396 767e 8086 842c 8cae" +
    " 8cb3 8d30 9621 9646 964c 9678 96f6 f96b f973 f978 f9b2 f9d1 f9d3 f9fd 20001 20064" +
    " 200e2 20121 2092a 20983 2098c 2099c 20aea 20afd 20b19 22390 22998 23b1b 2626d 2f890 ";
  return list.indexOf(" " + c.toString(16) + " ") >= 0;
}
