// requires: py_descr_error
// str.isdigit(): non-empty and every character has Numeric_Type Digit or Decimal
// (Nd plus superscripts, circled digits ...).
function py_str_isdigit(self) {
  if (typeof self !== "string") throw py_descr_error("isdigit", "str", self);
  if (self.length === 1) {
    // one ASCII character, as a loop over a text's characters asks: no regex
    const c = self.charCodeAt(0);
    if (c < 128) return c >= 48 && c <= 57;
  }
  if (/^[0-9]+$/.test(self)) return true;
  if (self === "" || !/[^\x00-\x7f]/.test(self)) return false;
  for (const ch of self) {
    if (!/^\p{Nd}$/u.test(ch) && !py_str_isdigit_other(ch.codePointAt(0))) return false;
  }
  return true;
}

// Digits that are not decimal digits (Unicode 14, as CPython 3.11).
function py_str_isdigit_other(c) {
  if (c < 0xb2) return false;
  const ranges =
    "b2-b3 b9 1369-1371 19da 2070 2074-2079 2080-2089 2460-2468 2474-247c 2488-2490 24ea " +
    "24f5-24fd 24ff 2776-277e 2780-2788 278a-2792 10a40-10a43 10e60-10e68 11052-1105a 1f100-1f10a";
  for (const r of ranges.split(" ")) {
    const dash = r.indexOf("-");
    const lo = Number("0x" + (dash < 0 ? r : r.slice(0, dash)));
    const hi = dash < 0 ? lo : Number("0x" + r.slice(dash + 1));
    if (c < lo) return false;
    if (c <= hi) return true;
  }
  return false;
}
