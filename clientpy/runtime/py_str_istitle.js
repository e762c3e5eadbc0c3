// requires: py_descr_error
// str.istitle(): upper- and title-case characters only after uncased ones, lower-case
// ones only after cased ones, and at least one cased character.
function py_str_istitle(self) {
  if (typeof self !== "string") throw py_descr_error("istitle", "str", self);
  const ascii = !/[^\x00-\x7f]/.test(self);
  let cased = false;
  let prev = false;
  for (const ch of self) {
    if (ascii ? ch >= "A" && ch <= "Z" : /^[\p{Uppercase}\p{Lt}]$/u.test(ch)) {
      if (prev) return false;
      prev = cased = true;
    } else if (ascii ? ch >= "a" && ch <= "z" : /^\p{Lowercase}$/u.test(ch)) {
      if (!prev) return false;
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return cased;
}
