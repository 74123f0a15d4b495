// Small DOM helpers: every node is built with createElement and textContent, never from HTML.
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
