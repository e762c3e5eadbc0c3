// The twin of total_1 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.total_1 = function (qty, price) {
    if (qty === null || qty === undefined || price === null || price === undefined) {
      return "Enter a quantity and a price";
    }
    var total = qty * price * 1.1;
    return "Total: " + total.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  };
})();
