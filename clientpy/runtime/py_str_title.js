// requires: py_descr_error py_str_lower_at py_case14
// str.title(): a character after a cased one is lower-cased, any other is title-cased
// ("they're" -> "They'Re", "ǆ" -> "ǅ", "ß" -> "Ss").
function py_str_title(self) {
  if (typeof self !== "string") throw py_descr_error("title", "str", self);
  if (!/[^\x00-\x7f]/.test(self)) {
    return self.replace(/[A-Za-z]+/g, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
  }
  let out = "";
  let prevCased = false;
  let i = 0;
  for (const ch of self) {
    out += prevCased ? py_str_lower_at(self, i, ch) : py_str_title_char(ch);
    prevCased = py_cased(ch);
    i += ch.length;
  }
  return out;
}

// Title-case mapping of one character: upper-case except where Unicode's titlecase differs.
function py_str_title_char(ch) {
  const c = ch.codePointAt(0);
  if (c < 0xdf) return ch.toUpperCase();
  if ((c >= 0x10d0 && c <= 0x10fa) || (c >= 0x10fd && c <= 0x10ff)) return ch;
  if ((c >= 0x1f88 && c <= 0x1f8f) || (c >= 0x1f98 && c <= 0x1f9f) || (c >= 0x1fa8 && c <= 0x1faf)) return ch;
  if ((c >= 0x1f80 && c <= 0x1f87) || (c >= 0x1f90 && c <= 0x1f97) || (c >= 0x1fa0 && c <= 0x1fa7)) {
    return String.fromCharCode(c + 8);
  }
  const table =
    " df:53,73 1c4:1c5 1c5:1c5 1c6:1c5 1c7:1c8 1c8:1c8 1c9:1c8 1ca:1cb 1cb:1cb 1cc:1cb" +
    " 1f1:1f2 1f2:1f2 1f3:1f2 587:535,582 1fb2:1fba,345 1fb3:1fbc 1fb4:386,345" +
    " 1fb7:391,342,345 1fbc:1fbc 1fc2:1fca,345 1fc3:1fcc 1fc4:389,345 1fc7:397,342,345" +
    " 1fcc:1fcc 1ff2:1ffa,345 1ff3:1ffc 1ff4:38f,345 1ff7:3a9,342,345 1ffc:1ffc fb00:46,66" +
    " fb01:46,69 fb02:46,6c fb03:46,66,69 fb04:46,66,6c fb05:53,74 fb06:53,74 fb13:544,576" +
    " fb14:544,565 fb15:544,56b fb16:54e,576 fb17:544,56d";
  const k = table.indexOf(" " + c.toString(16) + ":");
  if (k < 0) return ch.toUpperCase();
  const stop = table.indexOf(" ", k + 1);
  const v = table.slice(table.indexOf(":", k) + 1, stop < 0 ? table.length : stop);
  return String.fromCodePoint(...v.split(",").map((h) => Number("0x" + h)));
}
