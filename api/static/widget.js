/*
 * Ketenwijzer chatwidget — één regel op elke pagina:
 *   <script src="https://HOST/widget.js" data-title="Ketenwijzer" data-colour="#154273"
 *           data-position="right" data-language="nl" defer></script>
 * Vraagt de server om een API-sleutel voor de chat, zet die dan in data-api-key="…"
 * (een publieke sleutel: hij staat in de pagina; gebruik hier nooit een beheersleutel).
 * Geen framework, geen CDN. Alles staat in een Shadow DOM, zodat de CSS van de pagina
 * de widget niet raakt. Tekst van de server wordt altijd als tekst ingevoegd (textContent).
 */
(function () {
  "use strict";
  if (window.__ketenwijzerWidget) return;
  window.__ketenwijzerWidget = true;

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll("script[src]");
    for (var i = all.length - 1; i >= 0; i--) if (/\/widget\.js(\?|#|$)/.test(all[i].src)) return all[i];
    return null;
  })();
  var base = new URL(".", script && script.src ? script.src : location.href);
  var opts = (script && script.dataset) || {};
  var lang = opts.language === "en" ? "en" : "nl";
  var position = opts.position === "left" ? "left" : "right";
  var title = (opts.title || "Ketenwijzer").trim().slice(0, 60) || "Ketenwijzer";
  var apiKey = typeof opts.apiKey === "string" ? opts.apiKey.trim() : "";
  var SESSION_KEY = "ketenwijzer.session";
  var TRANSCRIPT_KEY = "ketenwijzer.transcript";

  var STRINGS = {
    nl: {
      launcher: "Stel een vraag", open: "Stel een vraag aan {t}", close: "Sluit de chat",
      subtitle: "Antwoorden met bronnen", newChat: "Nieuw gesprek", newChatDone: "Nieuw gesprek gestart.",
      intro: "Stel een vraag over ketensamenwerking of ketensturing. Elk antwoord noemt de bronnen waarop het steunt.",
      log: "Gesprek", input: "Je vraag", placeholder: "Typ je vraag…", send: "Verstuur", you: "Jij: ",
      hint: "Enter verstuurt, Shift+Enter voor een nieuwe regel.",
      thinking: "Ketenwijzer zoekt in de bronnen…", sources: "Bronnen", source: "Bron ",
      declined: "Geen antwoord in de bronnen", helpful: "Was dit antwoord nuttig?", up: "Ja, nuttig",
      down: "Nee, niet nuttig", comment: "Wat kan er beter? (optioneel)", sendFeedback: "Verstuur feedback",
      skip: "Overslaan", thanks: "Bedankt voor je feedback.", feedbackFailed: "Je feedback kon niet worden opgeslagen.",
      back: "Terug naar het gesprek", section: "Sectie", date: "Datum", link: "Bekijk de oorspronkelijke bron",
      newWindow: " (opent in een nieuw venster)", loading: "De passage wordt geladen…", marked: "De geciteerde tekst is gemarkeerd.",
      empty: "Typ eerst een vraag.", expired: "Het vorige gesprek was verlopen; er is een nieuw gesprek begonnen.",
      network: "De verbinding met Ketenwijzer is mislukt. Probeer het later opnieuw.", error: "Er ging iets mis. Probeer het opnieuw.",
      answered: "Antwoord ontvangen.", locale: "nl-NL"
    },
    en: {
      launcher: "Ask a question", open: "Ask a question ({t})", close: "Close the chat",
      subtitle: "Answers with sources", newChat: "New conversation", newChatDone: "New conversation started.",
      intro: "Ask a question about chain cooperation or chain governance. Every answer names the sources it rests on.",
      log: "Conversation", input: "Your question", placeholder: "Type your question…", send: "Send", you: "You: ",
      hint: "Enter sends, Shift+Enter for a new line.",
      thinking: "Ketenwijzer is searching the sources…", sources: "Sources", source: "Source ",
      declined: "No answer in the sources", helpful: "Was this answer helpful?", up: "Yes, helpful",
      down: "No, not helpful", comment: "What could be better? (optional)", sendFeedback: "Send feedback",
      skip: "Skip", thanks: "Thank you for your feedback.", feedbackFailed: "Your feedback could not be saved.",
      back: "Back to the conversation", section: "Section", date: "Date", link: "View the original source",
      newWindow: " (opens in a new window)", loading: "Loading the passage…", marked: "The quoted text is highlighted.",
      empty: "Type a question first.", expired: "The previous conversation had expired; a new one has started.",
      network: "Could not reach Ketenwijzer. Please try again later.", error: "Something went wrong. Please try again.",
      answered: "Answer received.", locale: "en-GB"
    }
  };
  var T = STRINGS[lang];

  // -- colours: the customer's colour, with a text colour that keeps WCAG AA contrast --------
  function parseColour(value) {
    var m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value || "").trim());
    if (!m) return null;
    var h = m[1].length === 3 ? m[1].replace(/(.)/g, "$1$1") : m[1];
    return [0, 2, 4].map(function (i) { return parseInt(h.substr(i, 2), 16); });
  }
  function luminance(rgb) {
    var c = rgb.map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  var accentRgb = parseColour(opts.colour || opts.color) || [21, 66, 115];
  var accent = "rgb(" + accentRgb.join(",") + ")";
  var onAccent = contrast(accentRgb, [255, 255, 255]) >= 4.5 ? "#ffffff" : "#1b1b1b";
  var link = contrast(accentRgb, [255, 255, 255]) >= 4.5 ? accent : "#1b1b1b";

  var CSS = [
    ":host{all:initial}",
    "*{box-sizing:border-box}",
    "[hidden]{display:none!important}",
    ".root{font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;color:#1b1b1b}",
    "button,textarea{font:inherit;color:inherit}",
    "button{cursor:pointer}",
    ":focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}",
    ".sr-only{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}",
    ".launcher{position:fixed;bottom:16px;" + position + ":16px;z-index:2147483000;display:flex;align-items:center;gap:8px;min-height:48px;padding:10px 18px;border:2px solid transparent;border-radius:24px;background:var(--accent);color:var(--on-accent);font-weight:600;box-shadow:0 4px 14px rgba(0,0,0,.25)}",
    ".launcher svg{width:22px;height:22px;fill:currentColor;flex:none}",
    ".panel{position:fixed;bottom:80px;" + position + ":16px;z-index:2147483001;display:flex;flex-direction:column;width:400px;max-width:calc(100vw - 32px);height:600px;max-height:calc(100vh - 104px);background:#fff;border:1px solid #8c8c8c;border-radius:10px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}",
    "@media (max-width:480px),(max-height:500px){.panel{top:0;bottom:0;left:0;right:0;width:100%;max-width:100%;height:100%;max-height:100%;border-radius:0;border:0}}",
    ".head{display:flex;align-items:center;gap:6px;padding:10px 10px 10px 16px;background:var(--accent);color:var(--on-accent)}",
    ".head :focus-visible{outline-color:var(--on-accent)}",
    ".titles{flex:1;min-width:0}",
    "h2{margin:0;font-size:17px;line-height:1.3;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}",
    ".sub{margin:0;font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}",
    ".hbtn{flex:none;min-height:40px;min-width:40px;padding:6px 10px;border:1px solid currentColor;border-radius:6px;background:transparent;color:inherit;font-size:14px}",
    ".hbtn.x{font-size:22px;line-height:1;padding:4px 10px}",
    ".body{position:relative;flex:1;min-height:0;display:flex;flex-direction:column}",
    ".log{flex:1;min-height:0;overflow-y:auto;padding:14px 14px 6px}",
    ".msg{margin:0 0 12px;padding:10px 12px;border-radius:10px;max-width:92%;overflow-wrap:anywhere}",
    ".msg p{margin:0}",
    ".user{width:fit-content;margin-left:auto;background:var(--accent);color:var(--on-accent);white-space:pre-wrap}",
    ".bot{max-width:100%;background:#f1f3f6;border:1px solid #d5d9e0}",
    ".intro{color:#3d3d3d}",
    ".text{white-space:pre-wrap}",
    ".pending .text{color:#4a4a4a;font-style:italic}",
    ".declined{background:#fff7e0;border:1px solid #b58100;border-left:6px solid #8a5a00}",
    ".badge{display:flex;align-items:center;gap:6px;margin:0 0 4px!important;font-weight:700;font-size:13px;color:#5c3b00}",
    ".badge::before{content:'i';display:inline-flex;align-items:center;justify-content:center;width:18px;height:18px;border-radius:50%;background:#8a5a00;color:#fff;font:700 12px/1 Georgia,serif}",
    ".notice{margin-top:6px!important;font-size:13px;color:#4a4a4a}",
    ".error{background:#fdecec;border:1px solid #b3261e;color:#8c1d18}",
    ".srcs{margin-top:8px}",
    ".srcs-label{font-size:13px;font-weight:600;color:#3d3d3d}",
    ".chips{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0 0;padding:0;list-style:none}",
    ".chips li{min-width:0;max-width:100%}",
    ".chip{display:inline-flex;max-width:100%;min-height:32px;align-items:center;gap:4px;padding:4px 10px;border:1px solid " + link + ";border-radius:16px;background:#fff;color:" + link + ";font-size:13px;text-align:left}",
    ".chip .num{flex:none;white-space:nowrap}",
    ".chip .cut{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;max-width:280px}",
    ".chip:hover{background:#e8eef6}",
    ".fb{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin-top:10px;font-size:13px;color:#3d3d3d}",
    ".fb button{display:inline-flex;align-items:center;justify-content:center;min-width:36px;min-height:36px;padding:4px 8px;border:1px solid #6b6b6b;border-radius:6px;background:#fff}",
    ".fb svg{width:18px;height:18px;fill:#1b1b1b}",
    ".fb form{display:flex;flex-direction:column;gap:6px;width:100%}",
    ".fb textarea{width:100%;min-height:56px;padding:6px;border:1px solid #6b6b6b;border-radius:6px;resize:vertical}",
    ".fb .row{display:flex;gap:6px}",
    ".fb .row button{padding:4px 12px}",
    ".thanks{font-size:13px;color:#1e5c2e;font-weight:600}",
    ".status{min-height:0;margin:0;padding:0 14px;font-size:13px;color:#3d3d3d}",
    "form.ask{display:flex;gap:8px;align-items:flex-end;padding:10px 14px 12px;border-top:1px solid #d5d9e0}",
    "form.ask textarea{flex:1;min-width:0;min-height:44px;max-height:120px;padding:9px 10px;border:1px solid #6b6b6b;border-radius:8px;resize:none}",
    ".send{min-height:44px;padding:8px 14px;border:2px solid transparent;border-radius:8px;background:var(--accent);color:var(--on-accent);font-weight:600}",
    ".send[aria-disabled=true]{opacity:.75;cursor:wait}",
    ".pv{position:absolute;top:0;right:0;bottom:0;left:0;overflow-y:auto;padding:14px 16px;background:#fff}",
    ".back{min-height:40px;padding:6px 12px;border:1px solid #6b6b6b;border-radius:6px;background:#fff}",
    ".kicker{margin:14px 0 2px;font-size:13px;font-weight:600;color:#3d3d3d}",
    "h3{margin:0 0 8px;font-size:17px;line-height:1.3}",
    "dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:0 0 12px;font-size:13px}",
    "dt{font-weight:600}dd{margin:0}",
    ".ctx{margin:0 0 10px;color:#4a4a4a;font-size:14px;white-space:pre-wrap}",
    ".cited{margin:0 0 10px;padding:8px 10px;border-left:4px solid " + link + ";background:#f7f8fa;white-space:pre-wrap}",
    "mark{background:#ffe27a;color:#1b1b1b;padding:0 1px}",
    ".src{display:inline-block;margin:4px 0 12px;color:" + link + ";font-weight:600}",
    "@media (prefers-reduced-motion:no-preference){.panel{animation:kwin .15s ease-out}@keyframes kwin{from{opacity:0;transform:translateY(8px)}}}"
  ].join("\n");

  // -- small DOM helpers (text only, never HTML) ----------------------------------------------
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function icon(d, flip) {
    var ns = "http://www.w3.org/2000/svg";
    var s = document.createElementNS(ns, "svg");
    s.setAttribute("viewBox", "0 0 24 24");
    s.setAttribute("aria-hidden", "true");
    s.setAttribute("focusable", "false");
    var p = document.createElementNS(ns, "path");
    p.setAttribute("d", d);
    if (flip) p.setAttribute("transform", "rotate(180 12 12)");
    s.appendChild(p);
    return s;
  }
  var CHAT = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2h-9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z";
  var THUMB = "M2 10h4v11H2zM8 21h9.3a2 2 0 0 0 2-1.6l1.6-7.2A2 2 0 0 0 19 10h-5.4l.9-4.4a1.8 1.8 0 0 0-3.1-1.6L8 9.2z";
  function store(key, value) {
    try {
      if (value === null) sessionStorage.removeItem(key);
      else sessionStorage.setItem(key, typeof value === "string" ? value : JSON.stringify(value));
    } catch (e) { /* storage blocked: the conversation just does not survive a reload */ }
  }
  function load(key) {
    try { return sessionStorage.getItem(key); } catch (e) { return null; }
  }
  function api(path) { return new URL(path, base).toString(); }
  function headers(extra) {
    var h = {};
    Object.keys(extra || {}).forEach(function (k) { h[k] = extra[k]; });
    if (apiKey) h["X-API-Key"] = apiKey;
    return h;
  }
  function safeUrl(url) { return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null; }
  function formatDate(value) {
    var d = new Date(value);
    if (!value || isNaN(d.getTime())) return value || "";
    try { return new Intl.DateTimeFormat(T.locale, { dateStyle: "long", timeZone: "UTC" }).format(d); } catch (e) { return value; }
  }

  // -- the widget ---------------------------------------------------------------------------
  var host, root, launcher, panel, log, input, sendBtn, status, pv, busy = false, lastChip = null;
  var transcript = [];

  function mount() {
    host = el("aside", { "aria-label": title, "data-ketenwijzer": "" });
    var shadow = host.attachShadow({ mode: "open" });
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shadow.adoptedStyleSheets = [sheet];
    } catch (e) {
      shadow.appendChild(el("style", { text: CSS }));
    }
    root = el("div", { "class": "root", lang: lang, style: "--accent:" + accent + ";--on-accent:" + onAccent });
    launcher = el("button", { type: "button", "class": "launcher", "aria-expanded": "false", "aria-controls": "kw-panel",
      "aria-label": T.open.replace("{t}", title) }, [icon(CHAT), el("span", { text: T.launcher })]);
    launcher.addEventListener("click", function () { isOpen() ? close() : open(); });

    var newBtn = el("button", { type: "button", "class": "hbtn", text: T.newChat });
    newBtn.addEventListener("click", newConversation);
    var closeBtn = el("button", { type: "button", "class": "hbtn x", "aria-label": T.close, title: T.close, text: "×" });
    closeBtn.addEventListener("click", close);
    var head = el("div", { "class": "head" }, [
      el("div", { "class": "titles" }, [el("h2", { id: "kw-title", text: title }), el("p", { "class": "sub", text: T.subtitle })]),
      newBtn, closeBtn
    ]);
    log = el("div", { "class": "log", role: "log", "aria-live": "polite", "aria-label": T.log, tabindex: "0" });
    status = el("p", { "class": "status", role: "status" });
    input = el("textarea", { id: "kw-input", rows: "2", placeholder: T.placeholder, "aria-describedby": "kw-hint",
      maxlength: "2000", autocomplete: "off" });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); submit(); }
    });
    sendBtn = el("button", { type: "submit", "class": "send", text: T.send });
    var form = el("form", { "class": "ask" }, [
      el("label", { "for": "kw-input", "class": "sr-only", text: T.input }), input, sendBtn,
      el("span", { id: "kw-hint", "class": "sr-only", text: T.hint })
    ]);
    form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
    pv = el("div", { "class": "pv", role: "region", "aria-labelledby": "kw-pv-title", hidden: "" });
    panel = el("div", { id: "kw-panel", "class": "panel", role: "dialog", "aria-modal": "false",
      "aria-labelledby": "kw-title", hidden: "" }, [head, el("div", { "class": "body" }, [log, status, form, pv])]);
    panel.addEventListener("keydown", function (e) {
      if (e.key !== "Escape") return;
      e.preventDefault();
      if (!pv.hidden) closePassage(); else close();
    });
    root.appendChild(launcher);
    root.appendChild(panel);
    shadow.appendChild(root);
    document.body.appendChild(host);
    restore();
  }

  function isOpen() { return !panel.hidden; }
  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    log.scrollTop = log.scrollHeight;
    input.focus();
  }
  function close() {
    closePassage(true);
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }
  function say(text, quiet) {
    status.textContent = text;
    status.classList.toggle("sr-only", !!quiet);
  }

  function intro() { log.appendChild(el("div", { "class": "msg bot intro" }, [el("p", { text: T.intro })])); }

  function restore() {
    intro();
    try { transcript = JSON.parse(load(TRANSCRIPT_KEY) || "[]") || []; } catch (e) { transcript = []; }
    if (!load(SESSION_KEY)) transcript = [];
    transcript.forEach(function (turn) {
      addUser(turn.question);
      var view = addBot();
      finishBot(view, turn);
    });
  }

  function newConversation() {
    if (busy) return;
    store(SESSION_KEY, null);
    store(TRANSCRIPT_KEY, null);
    transcript = [];
    closePassage(true);
    while (log.firstChild) log.removeChild(log.firstChild);
    intro();
    say(T.newChatDone);
    input.value = "";
    input.focus();
  }

  function addUser(text) {
    log.appendChild(el("div", { "class": "msg user" }, [el("span", { "class": "sr-only", text: T.you }), text]));
  }

  function addBot() {
    var textNode = el("p", { "class": "text", text: T.thinking });
    var node = el("div", { "class": "msg bot pending", "aria-busy": "true", "data-state": "streaming" }, [
      el("span", { "class": "sr-only", text: title + ": " }), textNode
    ]);
    log.appendChild(node);
    log.scrollTop = log.scrollHeight;
    return { node: node, text: textNode, answer: "", started: false };
  }

  function appendDelta(view, piece) {
    if (!view.started) { view.started = true; view.text.textContent = ""; view.node.classList.remove("pending"); }
    view.answer += piece;
    view.text.textContent = view.answer;
    log.scrollTop = log.scrollHeight;
  }

  function finishBot(view, turn) {
    var node = view.node;
    node.classList.remove("pending");
    node.setAttribute("aria-busy", "false");
    node.setAttribute("data-state", "done");
    node.setAttribute("data-abstained", turn.abstained ? "true" : "false");
    view.text.textContent = turn.answer;
    if (turn.abstained) {
      node.classList.add("declined");
      node.insertBefore(el("p", { "class": "badge", text: T.declined }), view.text);
    }
    if (turn.notice) node.appendChild(el("p", { "class": "notice", text: turn.notice }));
    var groups = groupCitations(turn.citations || []);
    if (groups.length) {
      var listId = "kw-src-" + Math.random().toString(36).slice(2, 9);
      var list = el("ul", { "class": "chips", "aria-labelledby": listId });
      groups.forEach(function (g) {
        var chip = el("button", { type: "button", "class": "chip", title: g.title + (g.section ? " — " + g.section : ""),
          "data-n": String(g.n), "data-chunk-id": g.chunk_id },
          [el("span", { "class": "sr-only", text: T.source }), el("span", { "class": "num", text: "[" + g.n + "]" }), el("span", { "class": "cut", text: chipText(g) })]);
        chip.addEventListener("click", function () { openPassage(g, chip); });
        list.appendChild(el("li", {}, [chip]));
      });
      node.appendChild(el("div", { "class": "srcs" }, [el("span", { "class": "srcs-label", id: listId, text: T.sources }), list]));
    }
    node.appendChild(feedback(turn));
    var tall = node.offsetHeight > log.clientHeight;
    log.scrollTop = tall ? node.offsetTop - log.offsetTop - 8 : log.scrollHeight;
  }

  function chipText(g) {
    var last = (g.section || "").split(" > ").pop();
    return last && last.indexOf(g.title) < 0 ? g.title + " — " + last : g.title;
  }

  function groupCitations(citations) {
    var byN = {}, order = [];
    citations.forEach(function (c) {
      if (!byN[c.n]) { byN[c.n] = { n: c.n, title: c.title, section: c.section, url: c.url, chunk_id: c.chunk_id, quotes: [] }; order.push(c.n); }
      if (c.chunk_id === byN[c.n].chunk_id && c.quote) byN[c.n].quotes.push(c.quote);
    });
    return order.map(function (n) { return byN[n]; });
  }

  // -- feedback -------------------------------------------------------------------------------
  function feedback(turn) {
    var box = el("div", { "class": "fb", role: "group", "aria-label": T.helpful }, [el("span", { text: T.helpful })]);
    var up = el("button", { type: "button", "aria-label": T.up, title: T.up, "data-rating": "up" }, [icon(THUMB)]);
    var down = el("button", { type: "button", "aria-label": T.down, title: T.down, "data-rating": "down" }, [icon(THUMB, true)]);
    function done(ok) {
      while (box.firstChild) box.removeChild(box.firstChild);
      var msg = el("p", { "class": "thanks", tabindex: "-1", role: "status", text: ok ? T.thanks : T.feedbackFailed });
      box.appendChild(msg);
      msg.focus();
    }
    up.addEventListener("click", function () { sendFeedback(turn, "up", null).then(done); });
    down.addEventListener("click", function () {
      var area = el("textarea", { id: "kw-fb-" + Math.random().toString(36).slice(2, 9), maxlength: "4000" });
      var send = el("button", { type: "submit", text: T.sendFeedback });
      var skip = el("button", { type: "button", text: T.skip });
      var form = el("form", {}, [el("label", { "for": area.id, text: T.comment }), area, el("div", { "class": "row" }, [send, skip])]);
      form.addEventListener("submit", function (e) { e.preventDefault(); sendFeedback(turn, "down", area.value).then(done); });
      skip.addEventListener("click", function () { sendFeedback(turn, "down", null).then(done); });
      while (box.firstChild) box.removeChild(box.firstChild);
      box.appendChild(form);
      area.focus();
    });
    box.appendChild(up);
    box.appendChild(down);
    return box;
  }

  function sendFeedback(turn, rating, comment) {
    var body = { session_id: turn.session_id, question: turn.question, answer: turn.answer, rating: rating,
      comment: comment && comment.trim() ? comment.trim() : null };
    return fetch(api("api/feedback"), { method: "POST", headers: headers({ "Content-Type": "application/json" }), body: JSON.stringify(body) })
      .then(function (r) { return r.ok; }, function () { return false; });
  }

  // -- asking: POST /api/chat and read the server-sent events ---------------------------------
  function submit() {
    if (busy) return;
    var question = input.value.trim();
    if (!question) { say(T.empty); input.focus(); return; }
    input.value = "";
    say("");
    addUser(question);
    ask(question, true);
  }

  async function ask(question, mayRetry) {
    busy = true;
    sendBtn.setAttribute("aria-disabled", "true");
    var view = addBot();
    var turn = { question: question, answer: "", citations: [], abstained: false, notice: null, session_id: load(SESSION_KEY) };
    try {
      var response = await fetch(api("api/chat"), {
        method: "POST",
        headers: headers({ "Content-Type": "application/json", "Accept": "text/event-stream" }),
        body: JSON.stringify({ question: question, session_id: turn.session_id || null })
      });
      if (!response.ok) {
        var detail = null;
        try { detail = (await response.json()).detail; } catch (e) { detail = null; }
        if (response.status === 404 && turn.session_id && mayRetry) {
          store(SESSION_KEY, null);
          log.removeChild(view.node);
          say(T.expired);
          busy = false;
          return ask(question, false);
        }
        throw new Error(typeof detail === "string" ? detail : T.error);
      }
      var failed = null;
      await readEvents(response, function (event, data) {
        if (event === "meta") { turn.session_id = data.session_id; store(SESSION_KEY, data.session_id); }
        else if (event === "delta") appendDelta(view, data.text || "");
        else if (event === "citations") {
          turn.answer = typeof data.answer === "string" ? data.answer : view.answer;
          turn.citations = data.citations || []; turn.abstained = !!data.abstained; turn.notice = data.notice || null; }
        else if (event === "error") failed = data.detail || T.error;
      });
      if (failed) throw new Error(failed);
      if (!turn.answer) turn.answer = view.answer;
      finishBot(view, turn);
      transcript.push(turn);
      store(TRANSCRIPT_KEY, transcript.slice(-20));
      say(T.answered, true);
    } catch (err) {
      view.node.className = "msg bot error";
      view.node.setAttribute("aria-busy", "false");
      view.node.setAttribute("data-state", "error");
      view.text.textContent = err instanceof TypeError ? T.network : (err.message || T.error);
    } finally {
      busy = false;
      sendBtn.removeAttribute("aria-disabled");
    }
  }

  async function readEvents(response, onEvent) {
    var reader = response.body.getReader();
    var decoder = new TextDecoder();
    var buffer = "";
    function flush() {
      buffer = buffer.replace(/\r\n?/g, "\n");
      var end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        var block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        var event = "message", data = [];
        block.split("\n").forEach(function (line) {
          if (line.indexOf("event:") === 0) event = line.slice(6).trim();
          else if (line.indexOf("data:") === 0) data.push(line.slice(5).replace(/^ /, ""));
        });
        if (data.length) {
          var parsed = null;
          try { parsed = JSON.parse(data.join("\n")); } catch (e) { parsed = null; }
          if (parsed) onEvent(event, parsed);
        }
      }
    }
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) { buffer += decoder.decode() + "\n\n"; flush(); return; }
      buffer += decoder.decode(chunk.value, { stream: true });
      flush();
    }
  }

  // -- the cited passage ---------------------------------------------------------------------
  function highlighted(text, quotes) {
    var p = el("p", { "class": "cited" });
    var ranges = [];
    quotes.forEach(function (q) {
      var at = text.indexOf(q);
      if (at >= 0) ranges.push([at, at + q.length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    ranges.forEach(function (r) {
      if (r[0] < pos) return;
      if (r[0] > pos) p.appendChild(document.createTextNode(text.slice(pos, r[0])));
      p.appendChild(el("mark", { text: text.slice(r[0], r[1]) }));
      pos = r[1];
    });
    if (pos < text.length) p.appendChild(document.createTextNode(text.slice(pos)));
    return p;
  }

  async function openPassage(group, chip) {
    lastChip = chip;
    while (pv.firstChild) pv.removeChild(pv.firstChild);
    var back = el("button", { type: "button", "class": "back", text: "← " + T.back });
    back.addEventListener("click", function () { closePassage(); });
    var heading = el("h3", { id: "kw-pv-title", tabindex: "-1", text: group.title });
    var body = el("div", { "aria-busy": "true" }, [el("p", { text: T.loading })]);
    pv.appendChild(back);
    pv.appendChild(el("p", { "class": "kicker", text: T.source + group.n }));
    pv.appendChild(heading);
    pv.appendChild(body);
    pv.hidden = false;
    heading.focus();
    try {
      var response = await fetch(api("api/passages/" + encodeURIComponent(group.chunk_id)), { headers: headers() });
      var data = await response.json();
      if (!response.ok) throw new Error(typeof data.detail === "string" ? data.detail : T.error);
      var passage = data.passage;
      while (body.firstChild) body.removeChild(body.firstChild);
      var meta = el("dl");
      if (passage.section) { meta.appendChild(el("dt", { text: T.section })); meta.appendChild(el("dd", { text: passage.section })); }
      if (passage.date) { meta.appendChild(el("dt", { text: T.date })); meta.appendChild(el("dd", { text: formatDate(passage.date) })); }
      body.appendChild(meta);
      (data.before || []).forEach(function (p) { body.appendChild(el("p", { "class": "ctx", text: p.text })); });
      var cited = highlighted(passage.text, group.quotes);
      cited.setAttribute("data-chunk-id", passage.chunk_id);
      cited.setAttribute("aria-describedby", "kw-marked");
      body.appendChild(cited);
      body.appendChild(el("p", { id: "kw-marked", "class": "sr-only", text: T.marked }));
      (data.after || []).forEach(function (p) { body.appendChild(el("p", { "class": "ctx", text: p.text })); });
      var url = safeUrl(passage.url || group.url);
      if (url) {
        body.appendChild(el("a", { "class": "src", href: url, target: "_blank", rel: "noopener noreferrer" },
          [T.link, el("span", { "class": "sr-only", text: T.newWindow })]));
      }
    } catch (err) {
      while (body.firstChild) body.removeChild(body.firstChild);
      body.appendChild(el("p", { "class": "msg error", text: err instanceof TypeError ? T.network : (err.message || T.error) }));
    }
    body.setAttribute("aria-busy", "false");
  }

  function closePassage(silently) {
    if (pv.hidden) return;
    pv.hidden = true;
    while (pv.firstChild) pv.removeChild(pv.firstChild);
    if (!silently && lastChip && lastChip.isConnected) lastChip.focus();
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
