/* /beheer: login, documents, upload/remove, ingest progress (SSE), feedback, content gaps, quality.
   All text from the server is inserted with textContent; the admin key is sent once and never stored. */
(function () {
  "use strict";
  var state = document.body.getAttribute("data-state");
  var csrf = null;
  var $ = function (id) { return document.getElementById(id); };
  var KINDS = { original: "Origineel", article: "Artikel", restatement: "Herformulering" };
  var SVG = "http://www.w3.org/2000/svg";

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function say(text) { $("melding").textContent = ""; $("melding").textContent = text || ""; }
  function fail(text) { $("fout").textContent = text || ""; }

  async function call(method, url, body) {
    var options = { method: method, headers: { Accept: "application/json" }, credentials: "same-origin" };
    if (method !== "GET") options.headers["X-CSRF-Token"] = csrf || "";
    if (body instanceof FormData) options.body = body;
    else if (body !== undefined) { options.body = JSON.stringify(body); options.headers["Content-Type"] = "application/json"; }
    var response = await fetch(url, options);
    var data = null;
    try { data = await response.json(); } catch (e) { data = null; }
    if (!response.ok) {
      if (response.status === 401 && url !== "/beheer/api/login") { window.location.reload(); }
      throw new Error((data && data.detail) || "Er ging iets mis (" + response.status + ").");
    }
    return data;
  }

  // -- login ---------------------------------------------------------------------------
  function showState() {
    $("uit").hidden = state !== "uit";
    $("aanmelden").hidden = state !== "aanmelden";
    $("beheer").hidden = state !== "app";
    if (state === "aanmelden") $("sleutel").focus();
  }

  $("aanmeld-form").addEventListener("submit", async function (event) {
    event.preventDefault();
    var input = $("sleutel");
    $("aanmeld-fout").textContent = "";
    if (!input.value.trim()) {
      input.setAttribute("aria-invalid", "true");
      $("aanmeld-fout").textContent = "Vul een beheersleutel in.";
      input.focus();
      return;
    }
    var key = input.value;
    input.value = "";
    try {
      var data = await call("POST", "/beheer/api/login", { key: key });
      csrf = data.csrf;
      state = "app";
      input.removeAttribute("aria-invalid");
      showState();
      $("documenten-kop").focus();
      await loadAll();
    } catch (e) {
      input.setAttribute("aria-invalid", "true");
      $("aanmeld-fout").textContent = e.message;
      input.focus();
    }
  });

  $("afmelden").addEventListener("click", async function () {
    try { await call("POST", "/beheer/api/logout"); } catch (e) { /* the session may be gone already */ }
    csrf = null;
    state = "aanmelden";
    showState();
  });

  // -- documents -------------------------------------------------------------------------
  function when(iso) {
    if (!iso) return "—";
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString("nl-NL", { dateStyle: "short", timeStyle: "short" });
  }

  async function loadDocuments() {
    var rows = await call("GET", "/beheer/api/documents");
    var body = $("documenten-rijen");
    body.textContent = "";
    var indexed = rows.filter(function (r) { return r.indexed; }).length;
    $("documenten-telling").textContent = indexed + " documenten in de index" +
      (rows.length > indexed ? ", " + (rows.length - indexed) + " niet ingelezen" : "");
    rows.forEach(function (r) {
      var tr = el("tr");
      tr.setAttribute("data-doc", r.doc_id || r.path);
      var title = el("td");
      title.appendChild(el("span", r.title));
      title.appendChild(el("br"));
      title.appendChild(el("span", r.path, "muted"));
      tr.appendChild(title);
      tr.appendChild(el("td", r.publisher || "—"));
      tr.appendChild(el("td", r.date || "—"));
      tr.appendChild(el("td", r.indexed ? (KINDS[r.kind] || r.kind || "—") : "—"));
      tr.appendChild(el("td", r.indexed ? r.n_passages : "—", "num"));
      tr.appendChild(el("td", when(r.updated_at)));
      var notes = el("td");
      r.problems.forEach(function (p) { notes.appendChild(el("p", p, "problem")); });
      if (r.hidden_by.length) notes.appendChild(el("p", "Verborgen: het origineel " + r.hidden_by.join(", ") + " wordt geciteerd."));
      if (r.hides.length) notes.appendChild(el("p", "Verbergt de herformulering " + r.hides.join(", ") + "."));
      if (!notes.childNodes.length) notes.textContent = "—";
      tr.appendChild(notes);
      var action = el("td");
      if (r.indexed) {
        var button = el("button", "Verwijderen", "danger");
        button.type = "button";
        button.appendChild(el("span", " " + r.title, "vh"));
        button.addEventListener("click", function () { removeDocument(r); });
        action.appendChild(button);
      }
      tr.appendChild(action);
      body.appendChild(tr);
    });
  }

  async function removeDocument(r) {
    if (!window.confirm("Document '" + r.title + "' uit het corpus verwijderen?")) return;
    fail("");
    try {
      await call("POST", "/beheer/api/documents/" + encodeURIComponent(r.doc_id) + "/remove");
      say("'" + r.title + "' is verwijderd; het corpus wordt opnieuw ingelezen.");
      followIngest();
    } catch (e) { fail(e.message); }
  }

  $("upload-form").addEventListener("submit", async function (event) {
    event.preventDefault();
    fail("");
    var form = event.target;
    if (!$("bestand").files.length) { fail("Kies een bestand."); $("bestand").focus(); return; }
    if (!$("titel").value.trim()) { fail("Vul een titel in."); $("titel").focus(); return; }
    var button = $("upload-knop");
    button.setAttribute("aria-busy", "true");
    try {
      var data = await call("POST", "/beheer/api/documents", new FormData(form));
      say("Document toegevoegd als '" + data.doc_id + "'; het corpus wordt ingelezen.");
      form.reset();
      followIngest();
    } catch (e) { fail(e.message); }
    button.setAttribute("aria-busy", "false");
  });

  // -- ingest ---------------------------------------------------------------------------
  var STAGES = { lezen: "Documenten lezen", embedden: "Passages vectoriseren", laden: "Nieuwe index laden" };

  function showProgress(s) {
    $("voortgang-blok").hidden = false;
    var bar = $("voortgang");
    bar.max = Math.max(1, s.total || 1);
    bar.value = Math.min(bar.max, s.done || 0);
    var stage = STAGES[s.stage] || "Bezig";
    $("voortgang-label").textContent = stage + (s.total ? " (" + (s.done || 0) + " van " + s.total + ")" : "");
    $("ingest-status").textContent = "De ingest loopt: " + stage.toLowerCase() + ".";
  }

  var finished = 0;

  function showSummary(s) {
    $("voortgang-blok").hidden = true;
    var dl = $("ingest-samenvatting");
    dl.textContent = "";
    dl.setAttribute("data-run", String(++finished));
    if (s.status === "done") {
      $("ingest-status").textContent = "Klaar: " + s.detail;
      var facts = [
        ["Toegevoegd", (s.added || []).join(", ") || "geen"],
        ["Gewijzigd", (s.changed || []).join(", ") || "geen"],
        ["Verwijderd", (s.removed || []).join(", ") || "geen"],
        ["Passages in de index", s.chunks_total],
        ["Duur", s.seconds + " s"],
        ["Problemen", (s.problems || []).map(function (p) { return p.path + ": " + p.reason; }).join("; ") || "geen"],
      ];
      facts.forEach(function (f) { dl.appendChild(el("dt", f[0])); dl.appendChild(el("dd", f[1])); });
      dl.hidden = false;
    } else if (s.status === "failed") {
      $("ingest-status").textContent = "De ingest is mislukt: " + s.detail;
      dl.hidden = true;
    } else {
      dl.hidden = true;
    }
  }

  function followIngest() {
    $("ingest-samenvatting").hidden = true;
    $("ingest-status").textContent = "De ingest is gestart.";
    var source = new EventSource("/beheer/api/ingest/events");
    source.addEventListener("voortgang", function (event) { showProgress(JSON.parse(event.data)); });
    source.addEventListener("klaar", function (event) {
      source.close();
      var s = JSON.parse(event.data);
      showSummary(s);
      if (s.status === "done") loadDocuments().catch(function (e) { fail(e.message); });
    });
    source.onerror = function () { source.close(); };
  }

  $("ingest-knop").addEventListener("click", async function () {
    fail("");
    try { await call("POST", "/beheer/api/ingest"); followIngest(); } catch (e) { fail(e.message); }
  });

  // -- feedback -------------------------------------------------------------------------
  async function loadFeedback() {
    var items = await call("GET", "/beheer/api/feedback");
    var list = $("feedback-lijst");
    list.textContent = "";
    $("feedback-leeg").hidden = items.length > 0;
    items.forEach(function (item) {
      var li = el("li", null, item.handled ? "handled" : "");
      li.setAttribute("data-feedback", item.id);
      li.appendChild(el("h3", item.question));
      li.appendChild(el("p", "Ontvangen " + when(item.created_at) + (item.handled ? " · afgehandeld" : ""), "muted"));
      li.appendChild(el("p", item.answer, "item-answer"));
      if (item.citations && item.citations.length) {
        var cites = el("ul");
        var byNumber = {};
        item.citations.forEach(function (c) {
          var entry = byNumber[c.n];
          if (!entry) {
            entry = byNumber[c.n] = el("li");
            entry.appendChild(el("span", "[" + c.n + "] " + c.title + (c.section ? " — " + c.section : "")));
            cites.appendChild(entry);
          }
          entry.appendChild(el("blockquote", c.quote));
        });
        li.appendChild(el("p", "Bronnen van het antwoord:"));
        li.appendChild(cites);
      } else if (item.citations === null) {
        li.appendChild(el("p", "De bronnen van dit antwoord zijn niet bewaard (vragenlog uit of verlopen).", "muted"));
      }
      if (item.citation_n) li.appendChild(el("p", "Afgekeurde bron: [" + item.citation_n + "]"));
      li.appendChild(el("p", item.comment ? "Opmerking: " + item.comment : "Geen opmerking.", item.comment ? "" : "muted"));
      var actions = el("div", null, "actions");
      if (!item.handled) {
        var done = el("button", "Markeer als afgehandeld", "secondary");
        done.type = "button";
        done.addEventListener("click", async function () {
          try { await call("POST", "/beheer/api/feedback/" + item.id + "/handled"); say("Feedback gemarkeerd als afgehandeld."); await loadFeedback(); }
          catch (e) { fail(e.message); }
        });
        actions.appendChild(done);
      }
      var draft = el("button", "Maak een evalvraag", "secondary");
      draft.type = "button";
      draft.addEventListener("click", async function () {
        fail("");
        try { var data = await call("POST", "/beheer/api/feedback/" + item.id + "/evalvraag"); say(data.detail); }
        catch (e) { fail(e.message); }
      });
      actions.appendChild(draft);
      li.appendChild(actions);
      list.appendChild(li);
    });
  }

  // -- content gaps -----------------------------------------------------------------------
  async function loadGaps() {
    var data = await call("GET", "/beheer/api/gaps?days=" + encodeURIComponent($("dagen").value));
    var list = $("lacunes-lijst");
    list.textContent = "";
    $("lacunes-leeg").hidden = data.groups.length > 0;
    data.groups.forEach(function (g) {
      var li = el("li", null, "gap");
      li.appendChild(el("h3", g.label));
      li.appendChild(el("p", g.count + (g.count === 1 ? " vraag" : " vragen") + " (" + g.declined + " geweigerd, " + g.thumbs_down + " duimpje omlaag)"));
      var ul = el("ul");
      g.examples.forEach(function (q) { ul.appendChild(el("li", q)); });
      li.appendChild(ul);
      list.appendChild(li);
    });
  }

  $("lacunes-form").addEventListener("submit", function (event) {
    event.preventDefault();
    loadGaps().catch(function (e) { fail(e.message); });
  });

  // -- quality over time -------------------------------------------------------------------
  var COLOURS = ["#1f6feb", "#e8710a", "#1a7f37", "#a371f7", "#cf222e"];

  function svgNode(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function chart(runs, metrics) {
    var keys = Object.keys(metrics);
    var w = 760, h = 300, left = 44, right = 16, top = 16, bottom = 40;
    var svg = svgNode("svg", { viewBox: "0 0 " + w + " " + h, class: "chart", role: "img",
      "aria-label": "Kerncijfers per evaluatierun (0 tot 1), " + runs.length + " runs; de tabel hieronder geeft de waarden." });
    [0, 0.25, 0.5, 0.75, 1].forEach(function (v) {
      var y = top + (1 - v) * (h - top - bottom);
      svg.appendChild(svgNode("line", { x1: left, x2: w - right, y1: y, y2: y, stroke: "#d3d7dc" }));
      svg.appendChild(svgNode("text", { x: left - 6, y: y + 4, "text-anchor": "end", "font-size": 11, fill: "#1d1d1d" }, v.toFixed(2)));
    });
    var step = runs.length > 1 ? (w - left - right) / (runs.length - 1) : 0;
    var x = function (i) { return runs.length > 1 ? left + i * step : (left + w - right) / 2; };
    runs.forEach(function (r, i) {
      svg.appendChild(svgNode("text", { x: x(i), y: h - bottom + 16, "text-anchor": "middle", "font-size": 11, fill: "#1d1d1d" },
        (r.created_at || "").slice(0, 10)));
    });
    keys.forEach(function (k, n) {
      var points = [];
      runs.forEach(function (r, i) {
        var v = r.metrics[k];
        if (v === null || v === undefined) return;
        var y = top + (1 - v) * (h - top - bottom);
        points.push(x(i).toFixed(1) + "," + y.toFixed(1));
        svg.appendChild(svgNode("circle", { cx: x(i), cy: y, r: 3.5, fill: COLOURS[n % COLOURS.length] }));
      });
      if (points.length > 1) {
        svg.appendChild(svgNode("polyline", { points: points.join(" "), fill: "none", stroke: COLOURS[n % COLOURS.length], "stroke-width": 2 }));
      }
    });
    return svg;
  }

  async function loadQuality() {
    var data = await call("GET", "/beheer/api/quality");
    var runs = data.runs, metrics = data.metrics;
    $("kwaliteit-leeg").hidden = runs.length > 0;
    var holder = $("kwaliteit-grafiek");
    holder.textContent = "";
    var legend = $("kwaliteit-legenda");
    legend.textContent = "";
    var head = $("kwaliteit-kop-rij");
    head.textContent = "";
    var body = $("kwaliteit-rijen");
    body.textContent = "";
    $("kwaliteit-tabel").hidden = runs.length === 0;
    if (!runs.length) { $("kwaliteit-laatste").hidden = true; return; }
    holder.appendChild(chart(runs, metrics));
    Object.keys(metrics).forEach(function (k, n) {
      var li = el("li");
      li.appendChild(el("span", null, "swatch s" + (n % COLOURS.length)));
      li.appendChild(document.createTextNode(metrics[k]));
      legend.appendChild(li);
    });
    var tr = el("tr");
    ["Run", "Datum"].concat(Object.keys(metrics).map(function (k) { return metrics[k]; })).forEach(function (t) {
      var th = el("th", t); th.scope = "col"; tr.appendChild(th);
    });
    head.appendChild(tr);
    runs.forEach(function (r) {
      var row = el("tr");
      row.appendChild(el("td", r.name));
      row.appendChild(el("td", (r.created_at || "").slice(0, 16).replace("T", " ")));
      Object.keys(metrics).forEach(function (k) {
        var v = r.metrics[k];
        row.appendChild(el("td", v === null || v === undefined ? "n.v.t." : v.toFixed(3), "num"));
      });
      body.appendChild(row);
    });
    var link = $("kwaliteit-laatste");
    link.href = "/beheer/api/quality/" + encodeURIComponent(data.latest) + "/report";
    link.hidden = false;
  }

  // -- start ------------------------------------------------------------------------------
  async function loadAll() {
    fail("");
    var info = await call("GET", "/beheer/api/session");
    csrf = info.csrf;
    $("vragenlog").textContent = info.question_log
      ? "Het vragenlog staat aan: gestelde vragen (die persoonsgegevens kunnen bevatten) worden " +
        info.question_log_days + " dagen bewaard voor 'Ontbrekende inhoud' en daarna verwijderd. Nu " +
        info.logged_questions + " vragen bewaard."
      : "Het vragenlog staat uit: er worden geen vragen bewaard; 'Ontbrekende inhoud' toont alleen feedback.";
    var jobs = [loadDocuments(), loadFeedback(), loadGaps(), loadQuality()];
    var results = await Promise.allSettled(jobs);
    results.forEach(function (r) { if (r.status === "rejected") fail(r.reason.message); });
    var ingest = await call("GET", "/beheer/api/ingest");
    if (ingest.status === "running") followIngest();
  }

  showState();
  if (state === "app") loadAll().catch(function (e) { fail(e.message); });
})();
