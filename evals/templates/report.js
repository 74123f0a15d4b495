(function () {
  "use strict";
  var table = document.getElementById("vragen");
  if (!table) { return; }
  var body = table.tBodies[0];
  var search = document.getElementById("zoek");
  var bySet = document.getElementById("filter-set");
  var byStatus = document.getElementById("filter-status");
  var byFailure = document.getElementById("filter-failure");
  var byConfig = document.getElementById("filter-config");
  var counter = document.getElementById("aantal");
  var headers = table.tHead.rows[0].cells;

  function applyFilters() {
    var term = search.value.trim().toLowerCase();
    var shown = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var ok = (!term || row.textContent.toLowerCase().indexOf(term) !== -1) &&
        (!bySet.value || row.dataset.set === bySet.value) &&
        (!byStatus.value || row.dataset.status === byStatus.value) &&
        (!byFailure || !byFailure.value || row.dataset.failure === byFailure.value) &&
        (!byConfig || !byConfig.value || row.dataset.config === byConfig.value);
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    counter.textContent = String(shown);
  }

  // Sort on the header's column; the header's aria-sort tells assistive technology the order.
  function sortBy(header) {
    var index = header.cellIndex;
    var numeric = header.dataset.type === "num";
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(headers, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[index].dataset.v, y = b.cells[index].dataset.v;
      var cmp;
      if (numeric) {
        var nx = x === "" ? Infinity : parseFloat(x), ny = y === "" ? Infinity : parseFloat(y);
        cmp = nx === ny ? 0 : (nx < ny ? -1 : 1);
      } else {
        cmp = x.localeCompare(y, "nl", { numeric: true });
      }
      return ascending ? cmp : -cmp;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  [search, bySet, byStatus, byFailure, byConfig].forEach(function (el) {
    if (el) { el.addEventListener("input", applyFilters); el.addEventListener("change", applyFilters); }
  });
  // A <button> in every header: reachable with Tab, sorts with Enter or Space.
  Array.prototype.forEach.call(headers, function (th) {
    var button = th.querySelector("button");
    if (button) { button.addEventListener("click", function () { sortBy(th); }); }
  });
  // Long answers fold; the button opens and closes the whole text.
  Array.prototype.forEach.call(table.querySelectorAll("button.unfold"), function (button) {
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      document.getElementById(button.getAttribute("aria-controls")).classList.toggle("open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  });
  applyFilters();
})();
