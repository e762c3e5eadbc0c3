// An int's digits: past 2**53 those of the exact value the number holds (as CPython
// prints int(4.3527002594115792e16)), where String() gives the shortest that rounds to it.
function py_repr_int(x) {
  if (x <= 9007199254740992 && x >= -9007199254740992) return x === 0 ? "0" : String(x);
  return BigInt(x).toString();
}
