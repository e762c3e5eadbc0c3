// requires: py_exceptions py_descr_error py_getitem
// str.translate(table): each code point's ordinal looked up as table[ordinal] (a dict
// of ints, or a list or str indexed by them); a miss (KeyError, IndexError) keeps the
// character, None drops it, an int is a code point, a str replaces it.
function py_str_translate(s, table) {
  if (typeof s !== "string") throw py_descr_error("translate", "str", s);
  let out = "";
  for (const ch of s) {
    let v;
    try {
      v = py_getitem(table, ch.codePointAt(0));
    } catch (e) {
      if (e instanceof py_KeyError || e instanceof py_IndexError) {
        out += ch;
        continue;
      }
      throw e;
    }
    if (v === null || v === undefined) continue;
    if (typeof v === "string") out += v;
    else if (typeof v === "number" && Number.isInteger(v)) {
      if (v < 0 || v > 0x10ffff) throw new py_ValueError("character mapping must be in range(0x110000)");
      out += String.fromCodePoint(v);
    } else if (typeof v === "boolean") out += String.fromCodePoint(Number(v));
    else throw new py_TypeError("character mapping must return integer, None or str");
  }
  return out;
}
