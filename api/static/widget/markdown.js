// The answer's Markdown subset and a passage's Markdown, rendered as DOM nodes (text only).
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
