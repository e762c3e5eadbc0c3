// requires: py_descr_error py_exceptions py_isspace py_has_surrogates
// str.strip(chars): chars None (or not given) strips Python whitespace.
function py_str_strip(self, chars) {
  if (typeof self !== "string") throw py_descr_error("strip", "str", self);
  return py_str_strip_do(self, chars, true, true, "strip");
}

// Strip the left and/or right end of s of whitespace or of the code points in chars.
function py_str_strip_do(s, chars, left, right, name) {
  let i = 0;
  let j = s.length;
  if (chars === undefined || chars === null) {
    if (left) while (i < j && py_isspace(s.charCodeAt(i))) i++;
    if (right) while (j > i && py_isspace(s.charCodeAt(j - 1))) j--;
    return s.slice(i, j);
  }
  if (typeof chars !== "string") throw new py_TypeError(name + " arg must be None or str");
  if (py_SURROGATES.test(chars) && py_SURROGATES.test(s)) {
    const set = new Set(Array.from(chars));
    const a = Array.from(s);
    let p = 0;
    let q = a.length;
    if (left) while (p < q && set.has(a[p])) p++;
    if (right) while (q > p && set.has(a[q - 1])) q--;
    return a.slice(p, q).join("");
  }
  if (left) while (i < j && chars.indexOf(s.charAt(i)) >= 0) i++;
  if (right) while (j > i && chars.indexOf(s.charAt(j - 1)) >= 0) j--;
  return s.slice(i, j);
}
