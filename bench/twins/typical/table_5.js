// The twin of table_5 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.table_5 = function (rows, column) {
    if (!rows || rows.length === 0) {
      return [];
    }
    var key = function (r) { return r[column] || 0; };
    return rows.slice().sort(function (a, b) { return key(b) - key(a); }).slice(0, 15);
  };
})();
