// Start once per page, also when the embedding tag is on the page twice.
if (!window.__ketenwijzerWidget) {
  window.__ketenwijzerWidget = true;
  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);
}
