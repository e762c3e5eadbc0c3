// Whether a JS number stands for a Python int: integral, and below 1e21. JS has one
// number type; Dash's JSON writes an integral number without a fraction below 1e21,
// which Python reads as an int, and with an exponent from 1e21 on ("1e+21"), which it
// reads as a float. Ints the callback computes never get that far: the arithmetic
// helpers raise OverflowError past 2**53, int(), round() and math.floor() at 1e21.
function py_is_int(x) {
  return Number.isInteger(x) && x < 1e21 && x > -1e21;
}
