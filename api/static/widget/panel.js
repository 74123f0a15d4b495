// The launcher and the panel: layers (inert, modal), focus, the empty state, "Nieuw gesprek".
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
