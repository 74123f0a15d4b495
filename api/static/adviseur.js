/* Ketenwijzer — advisers' page: compose a brief, show it with its citations, offer downloads.
 * Every piece of server text goes into the page with textContent (never innerHTML). */
(function () {
  "use strict";

  var TIMEOUT_MS = 120000;
  var form = document.getElementById("brief-form");
  var topic = document.getElementById("onderwerp");
  var question = document.getElementById("vraag");
  var submit = document.getElementById("opstellen");
  var label = submit.querySelector(".label");
  var error = document.getElementById("fout");
  var status = document.getElementById("status");
  var draft = document.getElementById("notitie");
  var downloads = document.getElementById("downloads");
  var keyField = document.getElementById("sleutel-veld");
  var keyInput = document.getElementById("sleutel");
  var KEY_STORE = "ketenwijzer.api-key";
  var busy = false;

  /* The API key, when this server asks for one: typed once, kept for this tab only. */
  function storedKey() {
    try {
      return window.sessionStorage.getItem(KEY_STORE) || "";
    } catch (e) {
      return "";
    }
  }

  function rememberKey(key) {
    try {
      if (key) window.sessionStorage.setItem(KEY_STORE, key);
      else window.sessionStorage.removeItem(KEY_STORE);
    } catch (e) {
      /* storage switched off: the key is then asked again after a reload */
    }
  }

  function withKey(headers) {
    var key = keyInput.value.trim() || storedKey();
    if (key) headers["X-API-Key"] = key;
    return headers;
  }

  function askForKey() {
    keyField.hidden = false;
    keyInput.setAttribute("aria-invalid", "true");
    keyInput.focus();
  }

  if (storedKey()) {
    keyInput.value = storedKey();
    keyField.hidden = false;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function setBusy(on) {
    busy = on;
    submit.setAttribute("aria-busy", on ? "true" : "false");
    label.textContent = on ? "Bezig met opstellen…" : "Notitie opstellen";
    form.setAttribute("aria-busy", on ? "true" : "false");
  }

  function showError(message, invalidTopic) {
    error.textContent = message;
    topic.setAttribute("aria-invalid", invalidTopic ? "true" : "false");
    if (invalidTopic) topic.focus();
  }

  function referenceWhere(ref) {
    var parts = (ref.section || "").split(" > ").filter(Boolean);
    var title = ref.title || ref.doc_id;
    if (parts.length && parts[0].slice(-title.length) === title) {
      var number = parts.shift().slice(0, -title.length).trim();
      title = (number + " " + title).trim();
    }
    return parts.length ? title + " — " + parts.join(" > ") : title;
  }

  function referenceLine(ref) {
    var parts = [referenceWhere(ref)];
    if (ref.authors && ref.authors.length) parts.push(ref.authors.join(", "));
    parts.push(ref.publisher || "uitgever onbekend");
    parts.push(ref.date || "datum onbekend");
    return parts.map(function (p) { return /[.?!]$/.test(p) ? p : p + "."; }).join(" ");
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  /* The passage text with the quoted sentence marked (text nodes only). */
  function quoteInto(target, text, quote) {
    var at = quote ? text.indexOf(quote) : -1;
    if (at < 0) {
      target.textContent = text;
      return;
    }
    target.appendChild(document.createTextNode(text.slice(0, at)));
    target.appendChild(el("mark", null, quote));
    target.appendChild(document.createTextNode(text.slice(at + quote.length)));
  }

  function loadPassage(box, statement, ref) {
    box.textContent = "";
    box.appendChild(el("p", null, "Passage wordt geladen…"));
    var citation = statement.citation;
    fetch("/api/passages/" + encodeURIComponent(citation.chunk_id) + "?width=0", {
      headers: withKey({ Accept: "application/json" }),
    })
      .then(function (res) {
        return res.json().then(function (body) { return { ok: res.ok, body: body }; });
      })
      .then(function (result) {
        box.textContent = "";
        if (!result.ok) {
          box.appendChild(el("p", null, (result.body && result.body.detail) || "De passage kon niet worden geladen."));
          return;
        }
        var passage = result.body.passage;
        var head = el("p", "where", "Bron [" + citation.n + "]: " + (ref ? referenceWhere(ref) : passage.title));
        box.appendChild(head);
        var quote = el("blockquote");
        quoteInto(quote, passage.text, citation.quote);
        box.appendChild(quote);
        var url = safeUrl(passage.url || (ref && ref.url));
        if (url) {
          var p = el("p");
          var a = el("a", null, "Open de bron");
          a.href = url;
          a.rel = "noopener noreferrer";
          a.target = "_blank";
          p.appendChild(a);
          box.appendChild(p);
        }
        box.dataset.loaded = "true";
      })
      .catch(function () {
        box.textContent = "";
        box.appendChild(el("p", null, "De passage kon niet worden geladen. Controleer de verbinding."));
      });
  }

  var passageCount = 0;

  function statementItem(statement, references) {
    var li = el("li");
    li.appendChild(document.createTextNode(statement.text + " "));
    var n = statement.citation.n;
    var ref = references[n];
    var button = el("button", "cite", "[" + n + "]");
    button.type = "button";
    button.dataset.n = String(n);
    button.setAttribute("aria-label", "Bron " + n + ": toon de geciteerde passage");
    button.setAttribute("aria-expanded", "false");
    var box = el("div", "passage");
    box.id = "passage-" + ++passageCount;
    box.hidden = true;
    box.setAttribute("role", "region");
    box.setAttribute("aria-label", "Geciteerde passage bij bron " + n);
    button.setAttribute("aria-controls", box.id);
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") === "true";
      button.setAttribute("aria-expanded", open ? "false" : "true");
      box.hidden = open;
      if (!open && box.dataset.loaded !== "true") loadPassage(box, statement, ref);
    });
    li.appendChild(button);
    li.appendChild(box);
    return li;
  }

  function renderSection(section, level, references, parent) {
    parent.appendChild(el("h" + level, null, section.heading));
    (section.intro || []).forEach(function (line) { parent.appendChild(el("p", null, line)); });
    if (section.statements && section.statements.length) {
      var ul = el("ul", "statements");
      section.statements.forEach(function (s) { ul.appendChild(statementItem(s, references)); });
      parent.appendChild(ul);
    }
    if (section.note) parent.appendChild(el("p", "note", section.note));
    (section.subsections || []).forEach(function (sub) {
      renderSection(sub, Math.min(level + 1, 6), references, parent);
    });
  }

  function renderBrief(data) {
    var brief = data.brief;
    var references = {};
    brief.references.forEach(function (r) { references[r.n] = r; });
    draft.textContent = "";
    passageCount = 0;
    var title = el("h2", null, brief.title);
    title.id = "notitie-titel";
    title.tabIndex = -1;
    draft.appendChild(title);
    draft.appendChild(el("p", "meta", "Datum: " + brief.date + " · Opgesteld met: " + brief.generator));
    draft.appendChild(el("p", "disclaimer", brief.disclaimer));
    if (brief.notice) draft.appendChild(el("p", "note", brief.notice));
    brief.sections.forEach(function (section) { renderSection(section, 3, references, draft); });
    draft.appendChild(el("h3", null, "Bronnen"));
    var ol = el("ol", "references");
    brief.references.forEach(function (r) {
      var li = el("li");
      li.value = r.n;
      li.id = "bron-" + r.n;
      li.appendChild(document.createTextNode(referenceLine(r) + " "));
      var url = safeUrl(r.url);
      if (url) {
        var a = el("a", null, url);
        a.href = url;
        a.rel = "noopener noreferrer";
        li.appendChild(a);
      }
      ol.appendChild(li);
    });
    draft.appendChild(ol);
    downloads.querySelectorAll("a[data-format]").forEach(function (a) {
      a.href = data.links[a.dataset.format];
    });
    draft.hidden = false;
    downloads.hidden = false;
    var count = 0;
    brief.sections.forEach(function countIn(s) {
      count += (s.statements || []).length;
      (s.subsections || []).forEach(countIn);
    });
    status.textContent = "De notitie is opgesteld: " + count + " beweringen uit " + brief.references.length + " bronnen.";
    title.focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (busy) return;
    error.textContent = "";
    topic.setAttribute("aria-invalid", "false");
    if (!topic.value.trim()) {
      showError("Het onderwerp is leeg. Geef een onderwerp op, bijvoorbeeld 'besluitvorming in ketens'.", true);
      return;
    }
    setBusy(true);
    status.textContent = "De notitie wordt opgesteld; dit duurt enkele seconden.";
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    var body = { onderwerp: topic.value };
    if (question.value.trim()) body.vraag = question.value;
    fetch("/api/briefs", {
      method: "POST",
      headers: withKey({ "Content-Type": "application/json", Accept: "application/json" }),
      body: JSON.stringify(body),
      signal: controller.signal,
    })
      .then(function (res) {
        return res.json().then(
          function (data) { return { res: res, data: data }; },
          function () { return { res: res, data: null }; }
        );
      })
      .then(function (result) {
        if (!result.res.ok) {
          status.textContent = "";
          var detail = (result.data && result.data.detail) || "Er ging iets mis bij het opstellen van de notitie.";
          showError(detail, result.res.status === 422);
          if (result.res.status === 401) {
            rememberKey("");
            askForKey();
          }
          return;
        }
        keyInput.setAttribute("aria-invalid", "false");
        rememberKey(keyInput.value.trim());
        renderBrief(result.data);
      })
      .catch(function (exc) {
        status.textContent = "";
        showError(
          exc && exc.name === "AbortError"
            ? "Het opstellen duurde te lang. Probeer het opnieuw of maak het onderwerp specifieker."
            : "Ketenwijzer is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.",
          false
        );
      })
      .then(function () {
        clearTimeout(timer);
        setBusy(false);
      });
  });
})();
