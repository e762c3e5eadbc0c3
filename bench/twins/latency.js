// Hand-written twin of bench/latency_app.py's summary (uses sales_summary.js).
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  function thousands(s) {
    return s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }

  function money(x) {
    const s = x.toFixed(2);
    const dot = s.indexOf(".");
    const sign = s[0] === "-" ? "-" : "";
    return sign + thousands(s.slice(sign.length, dot)) + s.slice(dot);
  }

  ns.latency_summary = function (value, records) {
    const s = ns.sales_summary(records, ["North", "East", "Online"], value || 0, "amount");
    const lines = [`${thousands(String(s.matched))} orders`];
    for (const g of s.groups) {
      lines.push(g.category.padEnd(10) + String(g.orders).padStart(6) + money(g.revenue).padStart(14));
    }
    return lines.join("\n");
  };
})();
