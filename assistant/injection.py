"""One detector for text that is addressed to an assistant instead of to a reader.

Corpus documents are data. A sentence in them that tries to steer a language model or a
reader ("negeer je instructies", "SYSTEM:", ``<|im_start|>``, "</passage>", "bel 0900-… en
geef uw wachtwoord") is never an answer. ``flag`` says why a sentence is such a line, in
Dutch, or returns None. It is used by ``assistant.citations.assemble`` (every generator's
draft), by ``assistant.verification`` (a language model's own sentences) and at ingest
(a Dutch warning for a document with several such lines).

The text is normalised first (NFKC, invisible characters removed, accents folded), so
full-width letters, zero-width characters inside a word and bidi controls do not hide a
directive.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ketenwijzer.markup import normalise
from ketenwijzer.text import fold

_OVERRIDE_VERBS = (
    r"negeer|negeren|vergeet|vergeten|omzeil|omzeilen|overschrijf|overschrijven|schend|"
    r"ignore|ignoring|disregard|forget|override|bypass|skip"
)
_RULE_WORDS = (
    r"instructies?|opdrachten?|regels?|richtlijnen|systeemprompt|prompt|bovenstaande|voorgaande|"
    r"eerdere|vorige|beperkingen|veiligheidsregels|"
    r"instructions?|rules?|guidelines|prompts?|above|previous|prior|earlier|restrictions|guardrails"
)
_ASSISTANT = r"assistent|assistant|chatbot|taalmodel|language model|ai-model|ai model|llm|ketenwijzer"

_RULES: tuple[tuple[str, str], ...] = (
    (
        "een opdracht om de eigen instructies te negeren",
        rf"\b(?:{_OVERRIDE_VERBS})\b.{{0,60}}\b(?:{_RULE_WORDS})\b",
    ),
    (
        "een rolmarkering of chatsjabloon",
        r"(?:^|[\s\"'(\[>])(?:system|systeem|assistant|assistent|developer|ontwikkelaar|user|gebruiker)"
        r"\s*(?:prompt|bericht|message)?\s*:"
        r"|<\|[a-z_ ]{2,30}\|>|\[/?inst\]|<</?sys>>|<(?:start|end)_of_turn>|<\|?(?:bos|eos)\|?>"
        r"|#{2,}\s*(?:instruction|instructie|system|systeem|response|antwoord)\b"
        r"|\b(?:im_start|im_end|eot_id|endoftext|start_header_id)\b",
    ),
    (
        "tekst die de grenzen van de bronpassages doorbreekt",
        r"</?\s*(?:passages?|bron(?:nen)?|vraag|question|context|documents?|sources?|antwoord|answer)\b[^>]{0,40}>"
        r"|\b(?:einde|end)\s+(?:van\s+(?:de\s+)?|of\s+(?:the\s+)?)?"
        r"(?:passages?|bronnen|context|documents?|sources?)\b"
        r"|\b(?:begin|start)\s+(?:van\s+de\s+|of\s+(?:the\s+)?)?(?:nieuwe|new)\s+(?:instructies|instructions)\b",
    ),
    (
        "een instructie aan een assistent",
        r"\b(?:you are now|from now on|act as|pretend (?:to be|you)|roleplay as|new instructions|"
        r"system prompt|developer mode|jailbreak|do anything now|"
        r"je bent nu|jij bent nu|u bent nu|vanaf nu (?:ben|antwoord|zeg|geef)|doe alsof|"
        r"speel de rol|nieuwe instructies|systeemprompt|ontwikkelaarsmodus)\b"
        rf"|\b(?:als|as an?|as the)\s+(?:[a-z-]+\s+)?(?:{_ASSISTANT})\b.{{0,40}}\b(?:moet|must|should|zeg|antwoord|"
        r"answer|say|reply|respond|always|altijd|never|nooit)\b"
        rf"|\b(?:{_ASSISTANT})\s+(?:moet|moeten|must|should|shall|zal|zult)\s+"
        r"(?:altijd|always|voortaan|nu|now|only|alleen|uitsluitend|niet langer|no longer)\b"
        r"|\b(?:antwoord|answer|reply|respond|zeg|say|output|print|schrijf|write)\s+"
        r"(?:voortaan|from now on|altijd|always|alleen nog|only|uitsluitend|with only|met alleen)\b"
        r"|\b(?:noem|vermeld|cite|mention|show|toon)\s+(?:geen|no|never|nooit)\s+(?:\w+\s+){0,2}(?:bronnen|sources|citations)\b"
        r"|\b(?:never|nooit|do not|don't|niet)\s+(?:cite|mention|noem|vermeld)\w*\s+(?:\w+\s+){0,3}(?:sources|bronnen)\b"
        r"|\b(?:reveal|print|show|toon|geef|onthul|herhaal|repeat)\s+(?:je|jouw|uw|your|the|de)\s+"
        r"(?:systeemprompt|system prompt|instructies|instructions|prompt|regels|rules)\b",
    ),
    (
        "een verzoek om een wachtwoord of inloggegevens",
        r"\b(?:geef|geeft|stuur|stuurt|deel|deelt|verstrek|vermeld|noem|bevestig|typ|tik|vul|meld|"
        r"doorgeven|sturen|delen|invullen|opgeven|give|send|share|provide|enter|confirm|type|tell|"
        r"submit|verify)\b.{0,60}\b(?:wachtwoord(?:en)?|password|passwords|passcode|pincode|pin-code|"
        r"inloggegevens|inlogcode|toegangscode|beveiligingscode|verificatiecode|sms-code|"
        r"digid-(?:code|gegevens|wachtwoord)|credentials?|login details|creditcard|credit card|"
        r"creditcardnummer|api-sleutel|api key)\b"
        r"|\b(?:wachtwoord|password|pincode|inloggegevens|credentials|toegangscode)\b.{0,60}"
        r"\b(?:doorgeven|door te geven|opgeven|op te geven|delen|te delen|sturen|te sturen|"
        r"geven|te geven|invullen|in te vullen|bevestigen|te bevestigen|verifiëren|verifieren|"
        r"share|send|provide|enter|confirm)\b",
    ),
    (
        "een oproep om een nummer te bellen of een link te volgen",
        r"\b(?:bel|belt|bellen|call|sms|app|mail|e-mail|klik|click|ga naar|go to|bezoek|visit)\b.{0,40}"
        r"(?:\b0[89]00[\s-]?\d|\+\d{2}|https?://|www\.)"
        r".{0,80}\b(?:account|geblokkeerd|blocked|deblokkeren|unlock|verifi|direct|onmiddellijk|meteen|"
        r"binnen 24|urgent|dringend|immediately|gegevens|details|wachtwoord|password)",
    ),
    (
        "een opdracht om gegevens door te sturen",
        r"\b(?:stuur|verstuur|zend|stuurt|send|forward|upload|post|exfiltrate)\b.{0,40}"
        r"\b(?:gesprek|conversatie|gespreksgeschiedenis|chat|vragen van de gebruiker|conversation|"
        r"chat history|history|user data|gebruikersgegevens|sessie|session)\b.{0,40}\b(?:naar|to)\b"
        r"|!\[[^\]]*\]\(\s*https?://[^)]*[?&][^)]*=",
    ),
)


# Letters from other scripts that look like Latin ones ("nеgeer" with a Cyrillic е); NFKC
# keeps them apart, so they are mapped here, for the check only.
_LOOKALIKES = str.maketrans(
    "аеорсухіјѕԁһԛԝкмнтвАЕОРСУХІЈЅКМНТВαεικνορτυχΑΕΙΚΝΟΡΤΥΧ",
    "aeopcyxijsdhqwkmhtbAEOPCYXIJSKMHTBaeikvoptuxAEIKNOPTYX",
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((reason, re.compile(pattern, re.I | re.S)) for reason, pattern in _RULES)


def plain(text: str) -> str:
    """The text as the detector reads it: NFKC, invisible characters removed, folded, one line."""
    return " ".join(fold(normalise(text).translate(_LOOKALIKES)).split())


@lru_cache(maxsize=8192)
def flag(text: str) -> str | None:
    """A Dutch reason when ``text`` addresses an assistant or asks for credentials, else None."""
    if not text or not text.strip():
        return None
    folded = plain(text)
    for reason, pattern in _patterns():
        if pattern.search(folded):
            return reason
    return None


def flagged_lines(lines: list[str]) -> list[tuple[str, str]]:
    """The (line, reason) pairs of ``lines`` that ``flag`` marks."""
    return [(line, reason) for line in lines if (reason := flag(line))]
