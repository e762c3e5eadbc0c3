// Cased and Lowercase (Unicode's derived properties) as CPython 3.11 has them, from
// Unicode 14.0; JS engines ship a newer Unicode. Of the characters 14.0 assigns, six
// changed since: U+0295 ʕ, a lowercase letter in 14.0, is caseless now, and U+10FC,
// U+A7F2..U+A7F4 and U+AB69, caseless modifier letters in 14.0, are lowercase now.
// py_case14(ch): true or false for those six, undefined for every other character.
const py_CASE14 = /[\u0295\u10fc\ua7f2-\ua7f4\uab69]/;

function py_case14(ch) {
  if (ch.length !== 1 || !py_CASE14.test(ch)) return undefined;
  return ch === "\u0295";
}

function py_cased(ch) {
  const own = py_case14(ch);
  return own === undefined ? /^\p{Cased}$/u.test(ch) : own;
}
