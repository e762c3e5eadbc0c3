// s.split(sep) of a str by a str literal the compiler checked: not empty, no surrogate
// halves (so a match starts at a code point, as in CPython). The parts between the
// non-overlapping matches from the left, as JS's split gives them: a loop over indexOf
// is about twice as fast in V8 on the short strs callbacks split (a record's fields, a
// prop_id) and as fast on long ones, where split is a call into the engine's runtime.
function py_str_split_sep(s, sep) {
  const out = [];
  let i = 0;
  for (let j = s.indexOf(sep); j >= 0; j = s.indexOf(sep, i)) {
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(i === 0 ? s : s.slice(i));
  return out;
}
