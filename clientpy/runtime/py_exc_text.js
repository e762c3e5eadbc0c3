// str(e) of an exception with no argument or one str, not a KeyError (whose str is the
// repr of its argument): every exception the runtime helpers raise is one, except the
// KeyErrors of helpers that require py_exc_str. A bundle without py_exc_str (no code
// of the user's names an exception class or calls str() on an unknown value; no
// helper raises a KeyError) makes no other, and declares this as `py_exc_message`;
// it spares such a bundle py_repr and its float printing.
function py_exc_text(e) {
  return e.args.length === 0 ? "" : e.args[0];
}
