/*!
 * Ketenwijzer chatwidget — één regel op elke pagina:
 *   <script src="https://HOST/widget.js" data-title="Ketenwijzer" data-colour="#154273"
 *           data-position="right" data-language="nl" defer></script>
 * Vraagt de server om een API-sleutel voor de chat, zet die dan in data-api-key="…"
 * (een publieke sleutel: hij staat in de pagina; gebruik hier nooit een beheersleutel).
 * Voorbeeldvragen in de lege chat: data-examples='["Vraag 1", "Vraag 2"]' of
 * data-examples="Vraag 1|Vraag 2" (leeg = geen voorbeelden; zonder attribuut de standaardvragen).
 * Geen framework, geen CDN. Alles staat in een Shadow DOM, zodat de CSS van de pagina
 * de widget niet raakt. Tekst van de server wordt altijd als tekst ingevoegd (DOM-knopen en
 * textContent, nooit als HTML): antwoorden en passages worden zelf als Markdown ontleed.
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
  var PHONE = "(max-width:480px),(max-height:500px)";

  var STRINGS = {
    nl: {
      launcher: "Stel een vraag", open: "Stel een vraag aan {t}", close: "Sluit de chat",
      subtitle: "Antwoorden met bronnen", newChat: "Nieuw gesprek", newChatDone: "Nieuw gesprek gestart.",
      confirmNew: "Het huidige gesprek wordt gewist. Wil je een nieuw gesprek beginnen?",
      confirmYes: "Ja, wis het gesprek", cancel: "Annuleren",
      intro: "Stel een vraag over ketensamenwerking of ketensturing. Elk antwoord noemt de bronnen waarop het steunt.",
      examples: "Bijvoorbeeld:",
      defaults: ["Wat is een keten?", "Wat doet een ketenregisseur?", "Hoe bestuur je een keten zonder baas?",
        "Waar moet ik op letten bij het opzetten van een keten?"],
      log: "Gesprek", input: "Je vraag", placeholder: "Typ je vraag…", send: "Verstuur", you: "Jij: ",
      stop: "Stop", stopLabel: "Stop het antwoord", stopped: "Gestopt: dit antwoord is onvolledig.",
      stoppedEmpty: "Gestopt voordat er een antwoord was.", stoppedSay: "Het antwoord is gestopt.",
      hint: "Enter verstuurt, Shift+Enter voor een nieuwe regel.",
      thinking: "Ketenwijzer zoekt in de bronnen…", sources: "Bronnen", source: "Bron ", page: "Pagina",
      declined: "Geen antwoord in de bronnen", helpful: "Was dit antwoord nuttig?", up: "Ja, nuttig",
      down: "Nee, niet nuttig", comment: "Wat kan er beter? (optioneel)", sendFeedback: "Verstuur feedback",
      skip: "Overslaan", thanks: "Bedankt voor je feedback.", feedbackFailed: "Je feedback kon niet worden opgeslagen.",
      copy: "Kopieer", copyLabel: "Kopieer het antwoord met de bronnen", copied: "Het antwoord en de bronnen zijn gekopieerd.",
      copyFailed: "Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.", noUrl: "geen link beschikbaar",
      retry: "Opnieuw proberen", retryKept: "Je vraag staat nog in het invoerveld.",
      back: "Terug naar het gesprek", section: "Sectie", date: "Datum", publisher: "Uitgever",
      link: "Bekijk de oorspronkelijke bron", passage: "Passage",
      newWindow: " (opent in een nieuw venster)", loading: "De passage wordt geladen…", marked: "De geciteerde tekst is gemarkeerd.",
      empty: "Typ eerst een vraag.", expired: "Het vorige gesprek was verlopen; er is een nieuw gesprek begonnen.",
      network: "De verbinding met Ketenwijzer is mislukt. Probeer het later opnieuw.", error: "Er ging iets mis. Probeer het opnieuw.",
      answered: "Antwoord ontvangen.", locale: "nl-NL"
    },
    en: {
      launcher: "Ask a question", open: "Ask a question ({t})", close: "Close the chat",
      subtitle: "Answers with sources", newChat: "New conversation", newChatDone: "New conversation started.",
      confirmNew: "The current conversation will be cleared. Start a new conversation?",
      confirmYes: "Yes, clear it", cancel: "Cancel",
      intro: "Ask a question about chain cooperation or chain governance. Every answer names the sources it rests on.",
      examples: "For example:",
      defaults: ["What is a chain?", "What does a chain director do?", "How do you govern a chain without a boss?",
        "What should I watch out for when setting up a chain?"],
      log: "Conversation", input: "Your question", placeholder: "Type your question…", send: "Send", you: "You: ",
      stop: "Stop", stopLabel: "Stop the answer", stopped: "Stopped: this answer is incomplete.",
      stoppedEmpty: "Stopped before there was an answer.", stoppedSay: "The answer was stopped.",
      hint: "Enter sends, Shift+Enter for a new line.",
      thinking: "Ketenwijzer is searching the sources…", sources: "Sources", source: "Source ", page: "Page",
      declined: "No answer in the sources", helpful: "Was this answer helpful?", up: "Yes, helpful",
      down: "No, not helpful", comment: "What could be better? (optional)", sendFeedback: "Send feedback",
      skip: "Skip", thanks: "Thank you for your feedback.", feedbackFailed: "Your feedback could not be saved.",
      copy: "Copy", copyLabel: "Copy the answer with its sources", copied: "The answer and its sources were copied.",
      copyFailed: "Copying failed. Select the text and copy it yourself.", noUrl: "no link available",
      retry: "Try again", retryKept: "Your question is still in the input box.",
      back: "Back to the conversation", section: "Section", date: "Date", publisher: "Publisher",
      link: "View the original source", passage: "Passage",
      newWindow: " (opens in a new window)", loading: "Loading the passage…", marked: "The quoted text is highlighted.",
      empty: "Type a question first.", expired: "The previous conversation had expired; a new one has started.",
      network: "Could not reach Ketenwijzer. Please try again later.", error: "Something went wrong. Please try again.",
      answered: "Answer received.", locale: "en-GB"
    }
  };
  var T = STRINGS[lang];
  var examples = parseExamples(opts.examples);

  /** The example questions: a JSON array or a '|'-separated list; an empty attribute means none. */
  function parseExamples(raw) {
    if (raw === undefined || raw === null) return T.defaults;
    raw = String(raw).trim();
    var list = null;
    if (raw.charAt(0) === "[") {
      try { list = JSON.parse(raw); } catch (e) { list = null; }
      if (!Array.isArray(list)) list = null;
    }
    if (!list) list = raw.split("|");
    return list.filter(function (q) { return typeof q === "string"; })
      .map(function (q) { return q.trim().slice(0, 200); }).filter(Boolean).slice(0, 6);
  }

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
    "@media " + PHONE + "{.panel{top:0;bottom:0;left:0;right:0;width:100%;max-width:100%;height:100%;max-height:100%;border-radius:0;border:0}}",
    ".head{display:flex;align-items:center;gap:6px;padding:10px 10px 10px 16px;background:var(--accent);color:var(--on-accent)}",
    ".head :focus-visible{outline-color:var(--on-accent)}",
    ".titles{flex:1;min-width:0}",
    "h2{margin:0;font-size:17px;line-height:1.3;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}",
    ".sub{margin:0;font-size:13px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}",
    ".hbtn{flex:none;min-height:40px;min-width:40px;padding:6px 10px;border:1px solid currentColor;border-radius:6px;background:transparent;color:inherit;font-size:14px}",
    ".hbtn.x{font-size:22px;line-height:1;padding:4px 10px}",
    ".body{position:relative;flex:1;min-height:0;display:flex;flex-direction:column}",
    ".chat{flex:1;min-height:0;display:flex;flex-direction:column}",
    ".log{position:relative;flex:1;min-height:0;overflow-y:auto;padding:14px 14px 6px}",
    ".log:focus-visible,.pv-text:focus-visible{outline-offset:-3px}",
    ".msg{margin:0 0 12px;padding:10px 12px;border-radius:10px;max-width:92%;overflow-wrap:anywhere}",
    ".msg p{margin:0}",
    ".user{width:fit-content;margin-left:auto;background:var(--accent);color:var(--on-accent);white-space:pre-wrap}",
    ".bot{max-width:100%;background:#f1f3f6;border:1px solid #d5d9e0}",
    ".intro{color:#3d3d3d}",
    ".ex-label{margin-top:8px!important;font-weight:600;font-size:13px}",
    ".examples{margin:4px 0 0;padding:0;list-style:none;display:flex;flex-direction:column;gap:6px}",
    ".example{width:100%;min-height:36px;padding:6px 10px;border:1px solid " + link + ";border-radius:8px;background:#fff;color:" + link + ";text-align:left;font-size:14px}",
    ".example:hover{background:#e8eef6}",
    ".text p{margin:0 0 8px}",
    ".text>:last-child{margin-bottom:0}",
    ".text ul{margin:0 0 8px;padding-left:22px}",
    ".text li{margin:2px 0}",
    ".text strong{font-weight:700}",
    ".pending .text{color:#4a4a4a;font-style:italic}",
    ".marker{display:inline-block;min-width:24px;margin:0 1px;padding:0 4px;border:1px solid " + link + ";border-radius:4px;background:#fff;color:" + link + ";font-size:12px;font-weight:600;line-height:18px;vertical-align:1px;text-align:center}",
    "button.marker:hover{background:#e8eef6}",
    ".marker:focus-visible{outline-offset:1px}",
    "span.marker{border-color:#8c8c8c;color:#4a4a4a}",
    ".declined{background:#fff7e0;border:1px solid #b58100;border-left:6px solid #8a5a00}",
    ".badge{display:flex;align-items:center;gap:6px;margin:0 0 4px!important;font-weight:700;font-size:13px;color:#5c3b00}",
    ".badge::before{content:'i';display:inline-flex;align-items:center;justify-content:center;width:18px;height:18px;border-radius:50%;background:#8a5a00;color:#fff;font:700 12px/1 Georgia,serif}",
    ".notice{margin-top:6px!important;font-size:13px;color:#4a4a4a}",
    ".stopped{border-style:dashed;border-color:#6b6b6b}",
    ".stop-note{margin-top:8px!important;font-size:13px;font-weight:600;color:#5c3b00}",
    ".error{background:#fdecec;border:1px solid #b3261e;color:#8c1d18}",
    ".retry{margin-top:8px;min-height:36px;padding:4px 12px;border:1px solid #8c1d18;border-radius:6px;background:#fff;color:#8c1d18;font-weight:600}",
    ".srcs{margin-top:8px}",
    ".srcs-label{font-size:13px;font-weight:600;color:#3d3d3d}",
    ".chips{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0 0;padding:0;list-style:none}",
    ".chips li{min-width:0;max-width:100%}",
    ".chip{display:inline-flex;max-width:100%;min-height:32px;align-items:flex-start;gap:6px;padding:4px 10px;border:1px solid " + link + ";border-radius:8px;background:#fff;color:" + link + ";font-size:13px;line-height:1.35;text-align:left}",
    ".chip .num{flex:none;white-space:nowrap;font-weight:600}",
    ".chip .what{display:flex;flex-direction:column;min-width:0}",
    ".chip .cut{overflow-wrap:anywhere}",
    ".chip .pub{color:#3d3d3d;font-size:12px}",
    ".chip:hover{background:#e8eef6}",
    ".actions{display:flex;flex-wrap:wrap;align-items:center;gap:6px 12px;margin-top:10px}",
    ".copy{display:inline-flex;align-items:center;gap:4px;min-height:36px;padding:4px 10px;border:1px solid #6b6b6b;border-radius:6px;background:#fff;font-size:13px}",
    ".copy svg{width:16px;height:16px;fill:#1b1b1b}",
    ".fb{display:flex;flex-wrap:wrap;align-items:center;gap:6px;font-size:13px;color:#3d3d3d}",
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
    ".send{min-width:84px;min-height:44px;padding:8px 14px;border:2px solid transparent;border-radius:8px;background:var(--accent);color:var(--on-accent);font-weight:600}",
    ".send.stop{background:#fff;color:#8c1d18;border-color:#8c1d18}",
    ".pv{position:absolute;top:0;right:0;bottom:0;left:0;display:flex;flex-direction:column;background:#fff}",
    ".pv-top{flex:none;padding:10px 16px 8px;border-bottom:1px solid #d5d9e0}",
    ".pv-text{flex:1;min-height:0;overflow-y:auto;padding:12px 16px;overflow-wrap:anywhere}",
    ".back{min-height:40px;padding:6px 12px;border:1px solid #6b6b6b;border-radius:6px;background:#fff}",
    ".kicker{margin:10px 0 2px;font-size:13px;font-weight:600;color:#3d3d3d}",
    "h3{margin:0 0 6px;font-size:17px;line-height:1.3;overflow-wrap:anywhere}",
    "dl{display:grid;grid-template-columns:auto minmax(0,1fr);gap:0 10px;margin:0;font-size:13px}",
    "dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}",
    ".ctx{color:#4a4a4a;font-size:14px}",
    ".ctx,.cited{margin:0 0 10px}",
    ".cited{padding:8px 10px;border-left:4px solid " + link + ";background:#f7f8fa}",
    ".pv-text p,.pv-text ul,.pv-text ol,.pv-text blockquote{margin:0 0 8px}",
    ".pv-text ul,.pv-text ol{padding-left:22px}",
    ".pv-text blockquote{padding-left:10px;border-left:3px solid #c5cbd3}",
    ".pv-text .hd{font-weight:700}",
    ".pv-text code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.92em}",
    ".pv-text a{color:" + link + ";overflow-wrap:anywhere;word-break:break-word}",
    "mark{background:#ffe27a;color:#1b1b1b;padding:0 1px}",
    ".src{display:inline-block;margin:4px 0 12px;color:" + link + ";font-weight:600}",
    ".nolink{margin:4px 0 12px;font-size:13px;color:#4a4a4a}",
    ".confirm{position:absolute;top:0;right:0;bottom:0;left:0;z-index:2;display:flex;align-items:center;justify-content:center;padding:16px;background:rgba(27,27,27,.55)}",
    ".confirm-box{max-width:340px;padding:16px;border:1px solid #8c8c8c;border-radius:8px;background:#fff;box-shadow:0 4px 14px rgba(0,0,0,.3)}",
    ".confirm-box p{margin:0 0 12px}",
    ".confirm-box .row{display:flex;flex-wrap:wrap;gap:8px}",
    ".confirm-box button{min-height:40px;padding:6px 12px;border:1px solid #6b6b6b;border-radius:6px;background:#fff}",
    ".confirm-box .yes{background:#8c1d18;border-color:#8c1d18;color:#fff;font-weight:600}",
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
  function txt(s) { return document.createTextNode(s); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function uid(prefix) { return prefix + Math.random().toString(36).slice(2, 9); }
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
  var COPY = "M8 2h10a2 2 0 0 1 2 2v12h-2V4H8zM4 6h10a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2zm0 2v12h10V8z";
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
    if (!value || /^(unknown|onbekend|n\.?d\.?)$/i.test(String(value).trim())) return "";
    var d = new Date(value);
    if (isNaN(d.getTime())) return String(value);
    try { return new Intl.DateTimeFormat(T.locale, { dateStyle: "long", timeZone: "UTC" }).format(d); } catch (e) { return String(value); }
  }

  // -- the answer's Markdown subset: paragraphs, "- " bullets, **labels**, [n] markers -----------
  var INLINE = /\*\*([^*\n]+?)\*\*|\[(\d{1,3})\]/g;

  function inline(parent, text, markerFor) {
    var re = new RegExp(INLINE.source, "g"), pos = 0, m;
    while ((m = re.exec(text))) {
      if (m.index > pos) parent.appendChild(txt(text.slice(pos, m.index)));
      if (m[1] !== undefined) {
        var strong = el("strong");
        inline(strong, m[1], markerFor);
        parent.appendChild(strong);
      } else {
        parent.appendChild(markerFor(Number(m[2])) || el("span", { "class": "marker", text: m[0] }));
      }
      pos = re.lastIndex;
    }
    if (pos < text.length) parent.appendChild(txt(text.slice(pos)));
  }

  /** Render answer text as paragraphs and lists; markerFor(n) gives the button for [n] or null. */
  function renderAnswer(container, text, markerFor, streaming) {
    clear(container);
    text = String(text || "").replace(/\r\n?/g, "\n");
    if (streaming && (text.match(/\*\*/g) || []).length % 2) {
      var cut = text.lastIndexOf("**");
      text = text.slice(0, cut) + text.slice(cut + 2);
    }
    text.split(/\n[ \t]*\n/).forEach(function (block) {
      var list = null, para = null;
      block.split("\n").forEach(function (line) {
        var bullet = /^\s*[-•]\s+(.*)$/.exec(line);
        if (bullet) {
          para = null;
          if (!list) { list = el("ul"); container.appendChild(list); }
          var li = el("li");
          inline(li, bullet[1], markerFor);
          list.appendChild(li);
        } else if (line.trim()) {
          list = null;
          if (para) para.appendChild(el("br"));
          else { para = el("p"); container.appendChild(para); }
          inline(para, line.trim(), markerFor);
        }
      });
    });
  }

  /** The answer as plain text for the clipboard: bold markers dropped, bullets and [n] kept. */
  function plainAnswer(text) { return String(text || "").replace(/\*\*([^*\n]+?)\*\*/g, "$1").trim(); }

  // -- a passage's Markdown, with the cited ranges marked ---------------------------------------
  var PASSAGE_INLINE = /\*\*(?=\S)([^\n]+?)\*\*|\*(?=[^\s*])([^*\n]+?)\*|`([^`\n]+)`|\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)|<(https?:\/\/[^>\s]+)>|(https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"])/g;

  /** Where the quotes occur in ``raw``: sorted, merged [start, end) ranges. */
  function quoteRanges(raw, quotes) {
    var ranges = [];
    (quotes || []).forEach(function (q) {
      if (!q) return;
      var at = raw.indexOf(q);
      if (at >= 0) { ranges.push([at, at + q.length]); return; }
      var words = q.split(/\s+/).filter(Boolean).map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
      if (!words.length) return;
      var m = new RegExp(words.join("[\\s*_`]+")).exec(raw);
      if (m) ranges.push([m.index, m.index + m[0].length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    });
    return merged;
  }

  /** Render passage Markdown into ``container``; text between ``ranges`` offsets is marked. */
  function renderPassage(container, raw, ranges) {
    raw = String(raw || "").replace(/\r\n?/g, "\n");
    function emit(parent, s, e) {
      var at = s;
      ranges.forEach(function (r) {
        if (r[1] <= at || r[0] >= e) return;
        var a = Math.max(r[0], at), b = Math.min(r[1], e);
        if (a > at) parent.appendChild(txt(raw.slice(at, a)));
        parent.appendChild(el("mark", { text: raw.slice(a, b) }));
        at = b;
      });
      if (at < e) parent.appendChild(txt(raw.slice(at, e)));
    }
    function inlineAt(parent, s, e) {
      var re = new RegExp(PASSAGE_INLINE.source, "g"), part = raw.slice(s, e), pos = 0, m;
      while ((m = re.exec(part))) {
        var at = s + m.index;
        if (m.index > pos) emit(parent, s + pos, at);
        if (m[1] !== undefined) { var b = el("strong"); inlineAt(b, at + 2, at + 2 + m[1].length); parent.appendChild(b); }
        else if (m[2] !== undefined) { var i = el("em"); inlineAt(i, at + 1, at + 1 + m[2].length); parent.appendChild(i); }
        else if (m[3] !== undefined) { var c = el("code"); emit(c, at + 1, at + 1 + m[3].length); parent.appendChild(c); }
        else if (m[4] !== undefined) { var a1 = linkTo(m[5]); emit(a1, at + 1, at + 1 + m[4].length); parent.appendChild(a1); }
        else if (m[6] !== undefined) { var a2 = linkTo(m[6]); emit(a2, at + 1, at + 1 + m[6].length); parent.appendChild(a2); }
        else { var a3 = linkTo(m[7]); emit(a3, at, at + m[7].length); parent.appendChild(a3); }
        pos = re.lastIndex;
      }
      if (pos < part.length) emit(parent, s + pos, e);
    }
    var pos = 0, para = null, list = null, listTag = null, item = null;
    raw.split("\n").forEach(function (line) {
      var start = pos, end = pos + line.length, m;
      pos = end + 1;
      if (!line.trim()) { para = list = item = null; return; }
      if ((m = /^\s{0,3}(#{1,6}\s+)/.exec(line))) {
        para = list = item = null;
        var h = el("p", { "class": "hd" });
        inlineAt(h, start + m[0].length, start + line.replace(/\s+#*\s*$/, "").length);
        container.appendChild(h);
      } else if ((m = /^\s*([-*+•]|\d{1,3}[.)])\s+/.exec(line))) {
        var tag = /\d/.test(m[1]) ? "ol" : "ul";
        if (!list || listTag !== tag) { list = el(tag); listTag = tag; container.appendChild(list); }
        para = null;
        item = el("li");
        inlineAt(item, start + m[0].length, end);
        list.appendChild(item);
      } else if (item && /^\s+\S/.test(line)) {
        emit(item, start - 1, start);
        inlineAt(item, start + line.search(/\S/), end);
      } else if ((m = /^\s*>\s?/.exec(line))) {
        list = item = null;
        if (!para || para.tagName !== "BLOCKQUOTE") { para = el("blockquote"); container.appendChild(para); }
        else emit(para, start - 1, start);
        inlineAt(para, start + m[0].length, end);
      } else {
        list = item = null;
        if (!para || para.tagName !== "P") { para = el("p"); container.appendChild(para); }
        else emit(para, start - 1, start);
        inlineAt(para, start + line.search(/\S/), end);
      }
    });
  }

  function linkTo(url) {
    return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" });
  }

  // -- the widget ---------------------------------------------------------------------------
  var host, root, launcher, panel, head, chat, log, input, sendBtn, status, pv, confirmBox, introNode;
  var busy = false, lastChip = null, controller = null, phone = null, inertPage = [], generation = 0;
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
    newBtn.addEventListener("click", function () { askNewConversation(newBtn); });
    var closeBtn = el("button", { type: "button", "class": "hbtn x", "aria-label": T.close, title: T.close, text: "×" });
    closeBtn.addEventListener("click", close);
    head = el("div", { "class": "head" }, [
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
    sendBtn = el("button", { type: "button", "class": "send", text: T.send });
    sendBtn.addEventListener("click", function () { if (busy) stop(); else submit(); });
    var form = el("form", { "class": "ask" }, [
      el("label", { "for": "kw-input", "class": "sr-only", text: T.input }), input, sendBtn,
      el("span", { id: "kw-hint", "class": "sr-only", text: T.hint })
    ]);
    form.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
    chat = el("div", { "class": "chat" }, [log, status, form]);
    pv = el("div", { "class": "pv", role: "region", "aria-labelledby": "kw-pv-title", hidden: "" });
    confirmBox = el("div", { "class": "confirm", hidden: "" });
    panel = el("div", { id: "kw-panel", "class": "panel", role: "dialog", "aria-modal": "false",
      "aria-labelledby": "kw-title", hidden: "" }, [head, el("div", { "class": "body" }, [chat, pv]), confirmBox]);
    panel.addEventListener("keydown", onPanelKey);
    root.appendChild(launcher);
    root.appendChild(panel);
    shadow.appendChild(root);
    document.body.appendChild(host);
    phone = window.matchMedia ? window.matchMedia(PHONE) : null;
    if (phone) {
      var update = function () { layers(); };
      if (phone.addEventListener) phone.addEventListener("change", update); else if (phone.addListener) phone.addListener(update);
    }
    document.addEventListener("focusin", onPageFocus, true);
    restore();
  }

  // -- layers: what is covered is inert, a full-screen panel is a modal --------------------------
  function isOpen() { return !panel.hidden; }
  function isModal() { return isOpen() && !!(phone && phone.matches); }

  /** Make everything covered inert: the chat behind the passage view or the confirmation, the page behind a phone panel. */
  function layers() {
    var confirming = !confirmBox.hidden, reading = !pv.hidden, modal = isModal();
    chat.inert = reading || confirming;
    pv.inert = confirming;
    head.inert = confirming;
    panel.setAttribute("aria-modal", modal ? "true" : "false");
    launcher.inert = modal;
    if (modal && !inertPage.length) {
      Array.prototype.forEach.call(document.body.children, function (node) {
        if (node !== host && !node.inert && node.tagName !== "SCRIPT") { node.inert = true; inertPage.push(node); }
      });
    } else if (!modal && inertPage.length) {
      inertPage.forEach(function (node) { node.inert = false; });
      inertPage = [];
    }
  }

  function focusables(container) {
    return Array.prototype.filter.call(container.querySelectorAll(
      "button,textarea,input,a[href],[tabindex]:not([tabindex='-1'])"), function (node) {
      return !node.disabled && !node.closest("[inert]") && !node.closest("[hidden]") && node.getClientRects().length > 0;
    });
  }

  function onPanelKey(e) {
    if (e.key === "Escape") {
      e.preventDefault();
      if (!confirmBox.hidden) closeConfirm();
      else if (!pv.hidden) closePassage();
      else close();
      return;
    }
    if (e.key !== "Tab") return;
    var trap = !confirmBox.hidden ? confirmBox : isModal() ? panel : null;
    if (!trap) return;
    var all = focusables(trap);
    if (!all.length) return;
    var current = host.shadowRoot.activeElement, first = all[0], last = all[all.length - 1];
    if (e.shiftKey && (current === first || all.indexOf(current) < 0)) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && (current === last || all.indexOf(current) < 0)) { e.preventDefault(); first.focus(); }
  }

  /** Focus on the page that the launcher or the open panel would hide: scroll it free when the page can. */
  function onPageFocus(e) {
    var target = e.target;
    if (!host || target === host || !target.getBoundingClientRect) return;
    if (isModal()) { focusFirst(); return; }
    unobscure(target);
    if (window.requestAnimationFrame) window.requestAnimationFrame(function () { unobscure(target); });
  }

  function unobscure(target) {
    var r = target.getBoundingClientRect();
    if (!r.width && !r.height) return;
    var x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
    var y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
    if (document.elementFromPoint(x, y) !== host) return;
    var cover = [launcher, panel].filter(function (n) { return n.getClientRects().length; })
      .map(function (n) { return n.getBoundingClientRect(); })
      .filter(function (c) { return x >= c.left && x <= c.right && y >= c.top && y <= c.bottom; })[0];
    if (!cover) return;
    var room = document.documentElement.scrollHeight - window.innerHeight - window.scrollY;
    var down = r.bottom - cover.top + 12, up = cover.bottom + 12 - r.top;
    if (down <= room && r.top - down >= 0) window.scrollBy(0, down);
    else if (up <= window.scrollY && r.bottom + up <= window.innerHeight) window.scrollBy(0, -up);
  }

  function focusFirst() {
    var all = focusables(!confirmBox.hidden ? confirmBox : panel);
    (all.indexOf(input) >= 0 && confirmBox.hidden && pv.hidden ? input : all[0] || input).focus();
  }

  function open() {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    layers();
    log.scrollTop = log.scrollHeight;
    input.focus();
  }
  function close() {
    closeConfirm(true);
    closePassage(true);
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    layers();
    launcher.focus();
  }
  function say(text, quiet) {
    status.textContent = text;
    status.classList.toggle("sr-only", !!quiet);
  }

  // -- the empty state ----------------------------------------------------------------------
  function intro(withExamples) {
    introNode = el("div", { "class": "msg bot intro" }, [el("p", { text: T.intro })]);
    if (withExamples && examples.length) {
      var labelId = uid("kw-ex-");
      var list = el("ul", { "class": "examples", "aria-labelledby": labelId });
      examples.forEach(function (q) {
        var b = el("button", { type: "button", "class": "example", text: q });
        b.addEventListener("click", function () {
          if (busy) return;
          input.value = q;
          submit();
        });
        list.appendChild(el("li", {}, [b]));
      });
      introNode.appendChild(el("p", { "class": "ex-label", id: labelId, text: T.examples }));
      introNode.appendChild(list);
    }
    log.appendChild(introNode);
  }

  function dropExamples() {
    if (!introNode) return;
    var hadFocus = introNode.contains(host.shadowRoot.activeElement);
    Array.prototype.slice.call(introNode.querySelectorAll(".ex-label,.examples")).forEach(function (n) { n.remove(); });
    if (hadFocus) input.focus();
  }

  function restore() {
    try { transcript = JSON.parse(load(TRANSCRIPT_KEY) || "[]") || []; } catch (e) { transcript = []; }
    if (!load(SESSION_KEY)) transcript = [];
    intro(!transcript.length);
    transcript.forEach(function (turn) {
      var q = addUser(turn.question);
      var view = addBot(q);
      if (turn.stopped) markStopped(view, turn);
      else finishBot(view, turn);
    });
  }

  // -- "Nieuw gesprek" asks before wiping -------------------------------------------------------
  function hasConversation() { return !!log.querySelector(".msg.user"); }

  function askNewConversation(opener) {
    if (!hasConversation()) { newConversation(); return; }
    clear(confirmBox);
    var text = el("p", { id: "kw-confirm-text", text: T.confirmNew });
    var yes = el("button", { type: "button", "class": "yes", text: T.confirmYes });
    var no = el("button", { type: "button", "class": "no", text: T.cancel });
    yes.addEventListener("click", function () { closeConfirm(true); newConversation(); });
    no.addEventListener("click", function () { closeConfirm(); });
    confirmBox.appendChild(el("div", { "class": "confirm-box", role: "alertdialog", "aria-modal": "true",
      "aria-labelledby": "kw-confirm-text" }, [text, el("div", { "class": "row" }, [yes, no])]));
    confirmBox.opener = opener;
    confirmBox.hidden = false;
    layers();
    no.focus();
  }

  function closeConfirm(silently) {
    if (confirmBox.hidden) return;
    confirmBox.hidden = true;
    clear(confirmBox);
    layers();
    if (!silently && confirmBox.opener) confirmBox.opener.focus();
  }

  function newConversation() {
    if (busy) stop();
    generation += 1;
    store(SESSION_KEY, null);
    store(TRANSCRIPT_KEY, null);
    transcript = [];
    closePassage(true);
    clear(log);
    intro(true);
    say(T.newChatDone);
    input.value = "";
    input.focus();
  }

  // -- messages -------------------------------------------------------------------------------
  function addUser(text) {
    var node = el("div", { "class": "msg user" }, [el("span", { "class": "sr-only", text: T.you }), text]);
    log.appendChild(node);
    return node;
  }

  function addBot(questionNode) {
    var textNode = el("div", { "class": "text" }, [el("p", { text: T.thinking })]);
    var node = el("div", { "class": "msg bot pending", "aria-busy": "true", "data-state": "streaming" }, [
      el("span", { "class": "sr-only", text: title + ": " }), textNode
    ]);
    log.appendChild(node);
    var view = { node: node, text: textNode, question: questionNode, answer: "", started: false, frame: 0 };
    follow(view);
    return view;
  }

  /** Keep the newest exchange in sight without scrolling its question out of view. */
  function follow(view) {
    var bottom = log.scrollHeight - log.clientHeight;
    var top = view.question ? view.question.offsetTop - 8 : bottom;
    log.scrollTop = Math.max(0, Math.min(bottom, top));
  }

  function appendDelta(view, piece) {
    if (!view.started) { view.started = true; view.node.classList.remove("pending"); }
    view.answer += piece;
    if (view.frame) return;
    var paint = function () {
      view.frame = 0;
      if (view.node.getAttribute("data-state") !== "streaming") return;
      renderAnswer(view.text, view.answer, function () { return null; }, true);
      follow(view);
    };
    view.frame = window.requestAnimationFrame ? window.requestAnimationFrame(paint) : (paint(), 0);
  }

  function settle(view, state) {
    if (view.frame && window.cancelAnimationFrame) window.cancelAnimationFrame(view.frame);
    view.frame = 0;
    view.node.classList.remove("pending");
    view.node.setAttribute("aria-busy", "false");
    view.node.setAttribute("data-state", state);
  }

  function finishBot(view, turn) {
    var node = view.node;
    settle(view, "done");
    node.setAttribute("data-abstained", turn.abstained ? "true" : "false");
    var groups = groupCitations(turn.citations || []);
    var byN = {};
    groups.forEach(function (g) { byN[g.n] = g; });
    renderAnswer(view.text, turn.answer, function (n) {
      var g = byN[n];
      if (!g) return null;
      var b = el("button", { type: "button", "class": "marker", "data-n": String(n), "data-chunk-id": g.chunk_id,
        "aria-label": markerName(g), title: markerName(g), text: "[" + n + "]" });
      b.addEventListener("click", function () { openPassage(g, b); });
      g.markers.push(b);
      return b;
    }, false);
    if (turn.abstained) {
      node.classList.add("declined");
      node.insertBefore(el("p", { "class": "badge", text: T.declined }), view.text);
    }
    if (turn.notice) node.appendChild(el("p", { "class": "notice", text: turn.notice }));
    if (groups.length) {
      var listId = uid("kw-src-");
      var list = el("ul", { "class": "chips", "aria-labelledby": listId });
      groups.forEach(function (g) {
        var pub = el("span", { "class": "cut pub" });
        var chip = el("button", { type: "button", "class": "chip", title: fullName(g), "data-n": String(g.n), "data-chunk-id": g.chunk_id },
          [el("span", { "class": "sr-only", text: T.source }), el("span", { "class": "num", text: "[" + g.n + "]" }),
            el("span", { "class": "what" }, [el("span", { "class": "cut", text: chipText(g) }), pub])]);
        chip.addEventListener("click", function () { openPassage(g, chip); });
        g.chip = chip;
        g.pub = pub;
        list.appendChild(el("li", {}, [chip]));
      });
      node.appendChild(el("div", { "class": "srcs" }, [el("span", { "class": "srcs-label", id: listId, text: T.sources }), list]));
      describe(groups);
    }
    node.appendChild(el("div", { "class": "actions" }, [copyButton(turn, groups), feedback(turn)]));
    follow(view);
  }

  function markStopped(view, turn) {
    settle(view, "stopped");
    view.node.classList.add("stopped");
    if (turn.answer) renderAnswer(view.text, turn.answer, function () { return null; }, false);
    else clear(view.text);
    view.node.appendChild(el("p", { "class": "stop-note", text: turn.answer ? T.stopped : T.stoppedEmpty }));
    follow(view);
  }

  function showError(view, message, question, canRetry) {
    settle(view, "error");
    view.node.className = "msg bot error";
    clear(view.text);
    view.text.appendChild(el("p", { text: message }));
    if (!input.value.trim()) input.value = question;
    if (canRetry) {
      view.text.appendChild(el("p", { "class": "sr-only", text: T.retryKept }));
      var retry = el("button", { type: "button", "class": "retry", text: T.retry });
      retry.addEventListener("click", function () {
        if (busy) return;
        var refocus = host.shadowRoot.activeElement === retry;
        if (view.question && view.question.isConnected) view.question.remove();
        view.node.remove();
        if (input.value.trim() === question) input.value = "";
        if (refocus) input.focus();
        var q = addUser(question);
        ask(question, q, true);
      });
      view.node.appendChild(retry);
    }
    follow(view);
  }

  // -- citations: one group per number, named by publication and section -------------------------
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
        .then(function (r) { return r.ok ? r.json() : []; })
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

  // -- feedback -------------------------------------------------------------------------------
  function feedback(turn) {
    var box = el("div", { "class": "fb", role: "group", "aria-label": T.helpful }, [el("span", { text: T.helpful })]);
    var up = el("button", { type: "button", "aria-label": T.up, title: T.up, "data-rating": "up" }, [icon(THUMB)]);
    var down = el("button", { type: "button", "aria-label": T.down, title: T.down, "data-rating": "down" }, [icon(THUMB, true)]);
    function done(ok) {
      clear(box);
      var msg = el("p", { "class": "thanks", tabindex: "-1", role: "status", text: ok ? T.thanks : T.feedbackFailed });
      box.appendChild(msg);
      msg.focus();
    }
    up.addEventListener("click", function () { sendFeedback(turn, "up", null).then(done); });
    down.addEventListener("click", function () {
      var area = el("textarea", { id: uid("kw-fb-"), maxlength: "4000" });
      var send = el("button", { type: "submit", text: T.sendFeedback });
      var skip = el("button", { type: "button", text: T.skip });
      var form = el("form", {}, [el("label", { "for": area.id, text: T.comment }), area, el("div", { "class": "row" }, [send, skip])]);
      form.addEventListener("submit", function (e) { e.preventDefault(); sendFeedback(turn, "down", area.value).then(done); });
      skip.addEventListener("click", function () { sendFeedback(turn, "down", null).then(done); });
      clear(box);
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

  // -- asking: POST /api/chat and read the server-sent events; stop aborts the request ----------
  function submit() {
    if (busy) return;
    var question = input.value.trim();
    if (!question) { say(T.empty); input.focus(); return; }
    input.value = "";
    say("");
    dropExamples();
    var q = addUser(question);
    ask(question, q, true);
  }

  function streaming(on) {
    busy = on;
    sendBtn.textContent = on ? T.stop : T.send;
    sendBtn.classList.toggle("stop", on);
    if (on) sendBtn.setAttribute("aria-label", T.stopLabel); else sendBtn.removeAttribute("aria-label");
  }

  function stop() {
    if (controller) controller.abort();
  }

  async function ask(question, questionNode, mayRetry) {
    streaming(true);
    controller = window.AbortController ? new AbortController() : null;
    var signal = controller ? controller.signal : undefined;
    var view = addBot(questionNode);
    var turn = { question: question, answer: "", citations: [], abstained: false, notice: null, session_id: load(SESSION_KEY) };
    var complete = false, gen = generation;
    try {
      var response = await fetch(api("api/chat"), {
        method: "POST", signal: signal,
        headers: headers({ "Content-Type": "application/json", "Accept": "text/event-stream" }),
        body: JSON.stringify({ question: question, session_id: turn.session_id || null })
      });
      if (!response.ok) {
        var detail = null;
        try { detail = (await response.json()).detail; } catch (e) { detail = null; }
        if (response.status === 404 && turn.session_id && mayRetry) {
          store(SESSION_KEY, null);
          view.node.remove();
          say(T.expired);
          streaming(false);
          await ask(question, questionNode, false);
          return;
        }
        var err = new Error(typeof detail === "string" ? detail : T.error);
        err.retry = response.status >= 500 || response.status === 429 || response.status === 408;
        throw err;
      }
      var failed = null;
      await readEvents(response, function (event, data) {
        if (event === "meta") { turn.session_id = data.session_id; store(SESSION_KEY, data.session_id); }
        else if (event === "delta") appendDelta(view, data.text || "");
        else if (event === "citations") {
          complete = true;
          turn.answer = typeof data.answer === "string" ? data.answer : view.answer;
          turn.citations = data.citations || []; turn.abstained = !!data.abstained; turn.notice = data.notice || null;
        } else if (event === "error") failed = data.detail || T.error;
      });
      if (failed) { var streamErr = new Error(failed); streamErr.retry = true; throw streamErr; }
      if (!complete) throw new TypeError("stream ended early");
      if (gen !== generation) return;
      finishBot(view, turn);
      transcript.push(turn);
      store(TRANSCRIPT_KEY, transcript.slice(-20));
      say(T.answered, true);
    } catch (err) {
      if (gen !== generation) return;
      if (err && err.name === "AbortError") {
        if (complete) {
          finishBot(view, turn);
          transcript.push(turn);
        } else {
          turn.answer = view.answer;
          turn.stopped = true;
          markStopped(view, turn);
          transcript.push(turn);
          say(T.stoppedSay);
        }
        store(TRANSCRIPT_KEY, transcript.slice(-20));
      } else {
        var network = err instanceof TypeError;
        showError(view, network ? T.network : (err.message || T.error), question, network || !!err.retry);
      }
    } finally {
      controller = null;
      streaming(false);
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
  async function openPassage(group, opener) {
    lastChip = opener;
    clear(pv);
    var back = el("button", { type: "button", "class": "back", text: "← " + T.back });
    back.addEventListener("click", function () { closePassage(); });
    var heading = el("h3", { id: "kw-pv-title", tabindex: "-1", text: group.title });
    var meta = el("dl");
    var textBox = el("div", { "class": "pv-text", tabindex: "0", role: "region", "aria-label": T.passage, "aria-busy": "true" },
      [el("p", { text: T.loading })]);
    pv.appendChild(el("div", { "class": "pv-top" }, [back, el("p", { "class": "kicker", text: T.source + group.n }), heading, meta]));
    pv.appendChild(textBox);
    function metaRow(label, value) {
      if (!value) return;
      meta.appendChild(el("dt", { text: label }));
      meta.appendChild(el("dd", { text: value }));
    }
    pv.hidden = false;
    layers();
    heading.focus();
    try {
      var found = await Promise.all([
        fetch(api("api/passages/" + encodeURIComponent(group.chunk_id)), { headers: headers() }),
        documents()
      ]);
      var response = found[0], doc = found[1][group.doc_id] || {};
      var data = await response.json();
      if (!response.ok) throw new Error(typeof data.detail === "string" ? data.detail : T.error);
      if (pv.hidden || lastChip !== opener) return;
      var passage = data.passage;
      metaRow(T.publisher, group.publisher || doc.publisher);
      metaRow(T.date, formatDate(passage.date || group.date || doc.date));
      metaRow(T.section, sectionPath(passage.section || group.section, group.title));
      metaRow(T.page, passage.page ? String(passage.page) : "");
      clear(textBox);
      (data.before || []).forEach(function (p) {
        var ctx = el("div", { "class": "ctx" });
        renderPassage(ctx, p.text, []);
        textBox.appendChild(ctx);
      });
      var cited = el("div", { "class": "cited", "data-chunk-id": passage.chunk_id, "aria-describedby": "kw-marked" });
      renderPassage(cited, passage.text, quoteRanges(String(passage.text || "").replace(/\r\n?/g, "\n"), group.quotes));
      textBox.appendChild(cited);
      textBox.appendChild(el("p", { id: "kw-marked", "class": "sr-only", text: T.marked }));
      (data.after || []).forEach(function (p) {
        var ctx = el("div", { "class": "ctx" });
        renderPassage(ctx, p.text, []);
        textBox.appendChild(ctx);
      });
      var url = safeUrl(passage.url || group.url);
      if (url) {
        textBox.appendChild(el("a", { "class": "src", href: url, target: "_blank", rel: "noopener noreferrer" },
          [T.link, el("span", { "class": "sr-only", text: T.newWindow })]));
      } else {
        textBox.appendChild(el("p", { "class": "nolink", text: T.link + ": " + T.noUrl }));
      }
      textBox.setAttribute("aria-busy", "false");
      var mark = cited.querySelector("mark") || cited;
      var offset = mark.getBoundingClientRect().top - textBox.getBoundingClientRect().top + textBox.scrollTop;
      textBox.scrollTop = Math.max(0, offset - Math.max(12, (textBox.clientHeight - mark.getBoundingClientRect().height) / 3));
    } catch (err) {
      clear(textBox);
      textBox.appendChild(el("p", { "class": "msg error", text: err instanceof TypeError ? T.network : (err.message || T.error) }));
      textBox.setAttribute("aria-busy", "false");
    }
  }

  function closePassage(silently) {
    if (pv.hidden) return;
    pv.hidden = true;
    clear(pv);
    layers();
    if (!silently && lastChip && lastChip.isConnected) lastChip.focus();
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
})();
