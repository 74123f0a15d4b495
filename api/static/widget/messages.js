// Messages in the conversation: a question, a streaming answer, a finished, stopped or failed one.
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
  view.started = true;
  view.answer += piece;
  if (view.frame) return;
  var paint = function () {
    view.frame = 0;
    if (view.node.getAttribute("data-state") !== "streaming") return;
    renderAnswer(view.text, view.answer, function () { return null; }, true);
    // "pending" means the placeholder is on screen: it goes when the first text is painted
    view.node.classList.remove("pending");
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
  if (turn.read && turn.read !== turn.question) {
    // a follow-up with its topic, a typing slip read as the corpus's word: what was answered
    node.insertBefore(el("p", { "class": "read", text: T.read + turn.read }), view.text);
  }
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
