// The twin of options_4 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.options_4 = function (text, items) {
    var needle = (text || "").toLowerCase();
    return (items || [])
      .filter(function (s) { return s.toLowerCase().indexOf(needle) >= 0; })
      .slice(0, 24)
      .map(function (s) { return { label: s, value: s }; });
  };
})();
