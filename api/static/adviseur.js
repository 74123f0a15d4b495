/* Ketenwijzer — advisers' page: compose a brief, show it with its citations, offer downloads.
 * Every piece of server text goes into the page with textContent (never innerHTML). */
(function () {
  "use strict";

  var TIMEOUT_MS = 120000;
  var SLOW_MS = 10000;
  var form = document.getElementById("brief-form");
  var topic = document.getElementById("onderwerp");
  var question = document.getElementById("vraag");
  var aan = document.getElementById("aan");
  var van = document.getElementById("van");
  /* The question Kern answers when the adviser asks none; the server derives the same sentence
   * (assistant/briefs/plan.py, QUESTION_TEMPLATE). Prefilled while the adviser has not edited it. */
  var questionEdited = false;
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

  function derivedQuestion(text) {
    var t = text.trim().replace(/[?.!]+$/, "");
    if (!t) return "";
    if (/^[A-ZÀ-Þ][a-zß-ÿ]/.test(t)) t = t.charAt(0).toLowerCase() + t.slice(1);
    return "Waar moet ik op letten bij " + t + "?";
  }

  topic.addEventListener("input", function () {
    if (!questionEdited) question.value = derivedQuestion(topic.value);
  });
  question.addEventListener("input", function () {
    questionEdited = question.value.trim() !== "";
    if (!questionEdited) question.value = "";
  });

  function setBusy(on) {
    busy = on;
    submit.setAttribute("aria-busy", on ? "true" : "false");
    label.textContent = on ? "Bezig met opstellen…" : "Notitie opstellen";
    form.setAttribute("aria-busy", on ? "true" : "false");
  }

  /* Show a Dutch error; ``field`` (an input) is marked invalid and focused. */
  function showError(message, field) {
    error.textContent = message;
    [topic, question, aan, van].forEach(function (f) {
      f.setAttribute("aria-invalid", f === field ? "true" : "false");
    });
    if (field) field.focus();
  }

  /* Which field a 422 message is about (the API's messages name the field). */
  function fieldOf(message) {
    if (/'Aan'/.test(message)) return aan;
    if (/'Van'/.test(message)) return van;
    if (/^De vraag/.test(message)) return question;
    return topic;
  }

  function referenceWhere(ref) {
    return ref.place || ref.title || ref.doc_id;
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

  /* A statement's text with its [n] button before the closing punctuation; the passage box
   * is returned separately, so the caller can place it after the list item or paragraph. */
  function statementNodes(statement, references) {
    var n = statement.citation.n;
    var ref = references[n];
    var text = statement.text.replace(/\s+$/, "");
    var stripped = text.replace(/[.!?:;…]+$/, "");
    var tail = stripped && stripped !== text ? text.slice(stripped.length) : "";
    var body = tail ? stripped.replace(/\s+$/, "") : text;
    var nodes = [];
    if (statement.label) {
      nodes.push(el("strong", null, statement.label + ":"));
      nodes.push(document.createTextNode(" "));
    }
    nodes.push(document.createTextNode(body + " "));
    var button = el("button", "cite", "[" + n + "]");
    button.type = "button";
    button.dataset.n = String(n);
    button.setAttribute("aria-label", "Bron " + n + ": " + (ref ? referenceWhere(ref) : "toon de geciteerde passage"));
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
    nodes.push(button);
    if (tail) nodes.push(document.createTextNode(tail));
    return { nodes: nodes, box: box };
  }

  function appendAll(parent, nodes) {
    nodes.forEach(function (node) { parent.appendChild(node); });
  }

  /* Consecutive bullets become one list, consecutive sentences one paragraph. */
  function renderStatements(statements, references, parent) {
    var i = 0;
    while (i < statements.length) {
      var bullet = !!statements[i].bullet;
      var group = [];
      while (i < statements.length && !!statements[i].bullet === bullet) group.push(statements[i++]);
      if (bullet) {
        var ul = el("ul", "statements");
        group.forEach(function (s) {
          var li = el("li");
          var parts = statementNodes(s, references);
          appendAll(li, parts.nodes);
          li.appendChild(parts.box);
          ul.appendChild(li);
        });
        parent.appendChild(ul);
      } else {
        var p = el("p", "statements");
        var boxes = [];
        group.forEach(function (s, k) {
          if (k) p.appendChild(document.createTextNode(" "));
          var parts = statementNodes(s, references);
          appendAll(p, parts.nodes);
          boxes.push(parts.box);
        });
        parent.appendChild(p);
        appendAll(parent, boxes);
      }
    }
  }

  function renderSection(section, level, references, parent) {
    parent.appendChild(el("h" + level, null, section.heading));
    (section.intro || []).forEach(function (line) { parent.appendChild(el("p", null, line)); });
    if (section.note) parent.appendChild(el("p", "note", section.note));
    renderStatements(section.statements || [], references, parent);
    (section.subsections || []).forEach(function (sub) {
      renderSection(sub, Math.min(level + 1, 6), references, parent);
    });
  }

  function renderHeader(brief, parent) {
    var table = el("table", "memo");
    var caption = el("caption", "visually-hidden", "Kop van de notitie");
    table.appendChild(caption);
    var tbody = el("tbody");
    brief.header.forEach(function (row) {
      var tr = el("tr");
      var th = el("th", null, row[0]);
      th.scope = "row";
      tr.appendChild(th);
      tr.appendChild(el("td", null, row[1]));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    parent.appendChild(table);
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
    renderHeader(brief, draft);
    if (brief.notice) draft.appendChild(el("p", "note", brief.notice));
    draft.appendChild(el("h3", null, "Samenvatting"));
    if (brief.question) {
      var q = el("p", "statements");
      q.appendChild(el("strong", null, (brief.question_derived ? "Vraag (afgeleid van het onderwerp)" : "Vraag") + ":"));
      q.appendChild(document.createTextNode(" " + brief.question));
      draft.appendChild(q);
    }
    (brief.summary || []).forEach(function (line) {
      renderStatements([line], references, draft);
    });
    draft.appendChild(el("p", "method", brief.method));
    brief.sections.forEach(function (section) { renderSection(section, 3, references, draft); });
    draft.appendChild(el("h3", null, "Bronnen"));
    var ol = el("ol", "references");
    brief.references.forEach(function (r) {
      var li = el("li");
      li.value = r.n;
      li.id = "bron-" + r.n;
      var url = safeUrl(r.url);
      li.appendChild(document.createTextNode((url ? r.line : r.label_text) + (url ? " " : "")));
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
    showError("", null);
    if (!topic.value.trim()) {
      showError("Het onderwerp is leeg. Geef een onderwerp op, bijvoorbeeld 'besluitvorming in ketens'.", topic);
      return;
    }
    setBusy(true);
    /* Measured (python -m benchmarks.briefs, README): a few seconds; the first brief right
     * after a start waits for the warm-up, up to about half a minute on a busy machine. */
    status.textContent = "De notitie wordt opgesteld; dat duurt meestal enkele seconden.";
    var patience = setTimeout(function () {
      status.textContent = "Nog even geduld: vlak na het starten van Ketenwijzer duurt de eerste notitie langer (tot een halve minuut).";
    }, SLOW_MS);
    var controller = new AbortController();
    var timer = setTimeout(function () { controller.abort(); }, TIMEOUT_MS);
    var body = { onderwerp: topic.value };
    if (question.value.trim()) body.vraag = question.value;
    if (aan.value.trim()) body.aan = aan.value;
    if (van.value.trim()) body.van = van.value;
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
          showError(detail, result.res.status === 422 ? fieldOf(detail) : null);
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
          null
        );
      })
      .then(function () {
        clearTimeout(timer);
        clearTimeout(patience);
        setBusy(false);
      });
  });
})();
