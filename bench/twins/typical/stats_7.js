// The twin of stats_7 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  // Python's `:g`: six significant digits, no trailing zeros, an exponent below 1e-4
  // and from 1e6 on.
  function general(x) {
    var exp = Number(x.toExponential(5).split("e")[1]);
    if (exp < -4 || exp >= 6) {
      var parts = x.toExponential(5).split("e");
      var mantissa = parts[0].replace(/\.?0+$/, "");
      return mantissa + "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
    }
    var fixed = x.toFixed(5 - exp);
    return fixed.indexOf(".") >= 0 ? fixed.replace(/\.?0+$/, "") : fixed;
  }

  ns.stats_7 = function (text) {
    var values = (text || "").replace(/,/g, " ").split(/\s+/).filter(Boolean).map(Number);
    if (values.length === 0) {
      return "no numbers";
    }
    var sum = values.reduce(function (a, b) { return a + b; }, 0);
    var mean = sum / values.length;
    var max = Math.max.apply(null, values);
    return "n=" + values.length + " mean=" + mean.toFixed(3) + " max=" + general(max) + " (7)";
  };
})();
