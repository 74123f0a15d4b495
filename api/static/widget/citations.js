// Citations grouped per number and named (title, section, publisher, date); copying an answer.
function groupCitations(citations) {
  var byN = {}, order = [];
  citations.forEach(function (c) {
    if (!byN[c.n]) {
      byN[c.n] = { n: c.n, doc_id: c.doc_id, title: c.title, section: c.section || "", url: c.url, page: c.page,
        chunk_id: c.chunk_id, quotes: [], markers: [], publisher: "", date: "" };
      order.push(c.n);
    }
    if (c.chunk_id === byN[c.n].chunk_id && c.quote) byN[c.n].quotes.push(c.quote);
  });
  var groups = order.map(function (n) { return byN[n]; });
  groups.forEach(function (g) { Object.assign(g, naming(g)); });
  groups.forEach(function (g) {
    var twins = groups.filter(function (o) { return o !== g && o.doc_id === g.doc_id && o.sectionLabel === g.sectionLabel; });
    if (!twins.length) return;
    if (g.page) g.sectionLabel += (g.sectionLabel ? ", " : "") + T.page.toLowerCase() + " " + g.page;
    else if (g.quotes.length) g.sectionLabel += (g.sectionLabel ? ": " : "") + "“" + g.quotes[0].split(/\s+/).slice(0, 5).join(" ") + "…”";
  });
  return groups;
}

/** A citation's display title (with its section number) and section label, from its heading path. */
function naming(g) {
  function key(s) { return String(s || "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""); }
  var title = key(g.title);
  var parts = (g.section || "").split(" > ").map(function (s) { return s.replace(/\s+/g, " ").trim(); }).filter(Boolean);
  var shown = g.title || "";
  var lead = parts.length ? /^(\d+(?:\.\d+)*)\.?\s+(.*)$/.exec(parts[0]) : null;
  if (lead && title && key(lead[2]).indexOf(title) >= 0) { shown = lead[1] + " " + shown; parts.shift(); }
  parts = parts.filter(function (s) { return key(s) !== title; });
  if (parts.length > 2) parts = [parts[0], "…", parts[parts.length - 1]];
  return { shownTitle: shown, sectionLabel: parts.join(" › ") };
}

/** The heading path for the passage view, without the parts that only repeat the title. */
function sectionPath(section, title) {
  var key = function (x) { return String(x || "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ""); };
  return String(section || "").split(" > ").map(function (x) { return x.replace(/\s+/g, " ").trim(); })
    .filter(function (x) { return x && key(x) !== key(title); }).join(" › ");
}

function chipText(g) { return g.sectionLabel ? g.shownTitle + " — " + g.sectionLabel : g.shownTitle; }
function markerName(g) { return T.source + g.n + ": " + g.shownTitle + (g.sectionLabel ? ", " + g.sectionLabel : ""); }
function publication(g) { return [g.publisher, formatDate(g.date)].filter(Boolean).join(", "); }
function fullName(g) {
  return [g.title, publication(g), g.section ? T.section + ": " + g.section.split(" > ").join(" › ") : ""].filter(Boolean).join(" — ");
}

var docsPromise = null;
/** Publisher and date of every document (``/api/documents``), fetched once per page. */
function documents() {
  if (!docsPromise) {
    docsPromise = fetch(api("api/documents"), { headers: headers() })
      .then(function (r) {
        if (r.ok) return r.json();
        docsPromise = null;  // not ready or refused: ask again next time
        return [];
      })
      .then(function (list) {
        var byId = {};
        (Array.isArray(list) ? list : []).forEach(function (d) {
          var m = d.metadata || {};
          var who = m.publisher || m.organisation || m.organization || (Array.isArray(m.authors) ? m.authors.join(", ") : m.author) || "";
          byId[d.doc_id] = { publisher: typeof who === "string" ? who : "", date: typeof m.date === "string" ? m.date : "" };
        });
        return byId;
      }, function () { docsPromise = null; return {}; });
  }
  return docsPromise;
}

function describe(groups) {
  documents().then(function (byId) {
    groups.forEach(function (g) {
      var d = byId[g.doc_id];
      if (!d) return;
      g.publisher = d.publisher;
      g.date = g.date || d.date;
      if (g.pub) g.pub.textContent = publication(g);
      if (g.chip) g.chip.setAttribute("title", fullName(g));
    });
  });
}

// -- copy: the answer with a numbered source list ------------------------------------------------
function copyText(turn, groups) {
  var lines = [plainAnswer(turn.answer)];
  if (groups.length) {
    lines.push("", T.sources + ":");
    groups.forEach(function (g) {
      var where = [g.shownTitle, g.sectionLabel, publication(g)].filter(Boolean).join(", ");
      lines.push("[" + g.n + "] " + where + " — " + (safeUrl(g.url) || T.noUrl));
    });
  }
  return lines.join("\n");
}

function copyButton(turn, groups) {
  var b = el("button", { type: "button", "class": "copy", "aria-label": T.copyLabel, title: T.copyLabel },
    [icon(COPY), el("span", { text: T.copy })]);
  b.addEventListener("click", function () {
    var text = copyText(turn, groups);
    var viaApi = navigator.clipboard && navigator.clipboard.writeText ? navigator.clipboard.writeText(text) : Promise.reject(new Error("none"));
    viaApi.then(function () { return true; }, function () { return copyFallback(text, b); })
      .then(function (ok) { say(ok ? T.copied : T.copyFailed); });
  });
  return b;
}

function copyFallback(text, returnTo) {
  var area = el("textarea", { "class": "sr-only", "aria-hidden": "true", tabindex: "-1", readonly: "" });
  area.value = text;
  root.appendChild(area);
  area.focus();
  area.select();
  var ok = false;
  try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
  area.remove();
  returnTo.focus();
  return ok;
}
