// Hand-written twin of bench/workloads/labels.py, as a Dash author would ship it in assets/.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  // Python's f"{x:,.2f}": fixed point, thousands separated by commas.
  function money(x) {
    const s = x.toFixed(2);
    const dot = s.indexOf(".");
    const sign = s[0] === "-" ? "-" : "";
    const int = s.slice(sign.length, dot);
    return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + s.slice(dot);
  }

  ns.format_labels = function (rows) {
    const labels = [];
    for (const r of rows) {
      labels.push(
        r.name.padEnd(14) +
          money(r.value).padStart(12) +
          " " +
          ((r.share * 100).toFixed(1) + "%").padStart(7) +
          " #" +
          String(r.rank).padStart(4, "0")
      );
    }
    return labels;
  };
})();
