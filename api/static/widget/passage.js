// The cited passage: its publication, its Markdown and the quote scrolled into view.
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
