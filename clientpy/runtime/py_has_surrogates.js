// Whether a str holds UTF-16 surrogates (a code point above U+FFFF, or a lone one):
// only then do its JS length and indexes differ from Python's. Helpers test with the
// one RegExp below: a regex literal in a function body makes a new object each time
// it is evaluated, and the test is made on every len(), slice and find of a str.
const py_SURROGATES = /[\ud800-\udfff]/;

function py_has_surrogates(s) {
  return py_SURROGATES.test(s);
}
