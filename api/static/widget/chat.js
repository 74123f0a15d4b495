// Asking: POST /api/chat, the server-sent events, stop (abort) and the session.
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
        turn.read = typeof data.standalone_question === "string" ? data.standalone_question : null;
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
