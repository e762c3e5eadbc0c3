// requires: py_descr_error
// str.isprintable(): true where no character is of the categories Other (Cc Cf Cs Co Cn)
// or Separator (Zs Zl Zp) but the ASCII space: those repr() shows unescaped. True for
// "". Unicode as the JS engine has it (characters assigned after CPython's 14.0 count
// as printable here, as repr() shows them).
function py_str_isprintable(self) {
  if (typeof self !== "string") throw py_descr_error("isprintable", "str", self);
  if (/^[ -~]*$/.test(self)) return true;
  return !/(?! )[\p{C}\p{Z}]/u.test(self);
}
