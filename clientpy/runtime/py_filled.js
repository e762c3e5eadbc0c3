// `into` (an empty array) with n copies of item pushed: a list of floats the code reads
// by index (`[0.0] * n`, a slice, a copy of Dash's data) is built by push (or a native
// slice), not by `new Array(n)`, whose array V8 keeps HOLEY for good: a read of it
// tested against `undefined` (the compiled code's range test) then boxes each float
// it reads (matmul's rows ran 1.8x slower). Pushing costs 3-4x a fill, so a row of
// bools or ints (a sieve's) is still filled. The caller passes `[]` written at its own
// site, whose allocation site learns what the row will hold.
function py_filled(into, n, item) {
  for (let i = 0; i < n; i++) into.push(item);
  return into;
}
