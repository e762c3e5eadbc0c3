// The twin of clicks_2 in bench/app_template.py, as a Dash author would write it.
(function () {
  "use strict";
  var dc = (window.dash_clientside = window.dash_clientside || {});
  var ns = (dc.hand = dc.hand || {});

  ns.clicks_2 = function (up, down) {
    var count = (up || 0) - (down || 0) + 2;
    if (dc.callback_context.triggered_id === "dec-2") {
      return count + " (went down)";
    }
    return String(count);
  };
})();
