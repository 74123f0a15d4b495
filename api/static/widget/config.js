// The embedding tag's data-* options and the interface strings (Dutch and English).
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
    read: "Opgevat als: ", declined: "Geen antwoord in de bronnen", helpful: "Was dit antwoord nuttig?", up: "Ja, nuttig",
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
    read: "Read as: ", declined: "No answer in the sources", helpful: "Was this answer helpful?", up: "Yes, helpful",
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
