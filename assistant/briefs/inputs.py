"""Checks on what an adviser sends: topic, optional question, addressee and sender, and format.

Every problem is an ``InvalidInput`` with a Dutch message, so the CLI exits with code 2 and
the API answers 422 without further mapping.
"""

from __future__ import annotations

from ketenwijzer.errors import InvalidInput

MAX_TOPIC_CHARS = 300
MAX_QUESTION_CHARS = 1000
MAX_PARTY_CHARS = 200
"""Longest 'Aan' or 'Van' of the memo header."""
FORMATS = ("md", "docx", "pdf", "html")
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
BINARY_FORMATS = frozenset({"docx", "pdf"})


def _clean(text: str) -> str:
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def clean_topic(topic: object) -> str:
    """The topic on one line, or ``InvalidInput`` when it is empty or too long."""
    if not isinstance(topic, str):
        raise InvalidInput("Het onderwerp moet tekst zijn.")
    cleaned = _clean(topic)
    if not cleaned:
        raise InvalidInput(
            "Het onderwerp is leeg. Geef een onderwerp op, bijvoorbeeld 'besluitvorming in ketens'."
        )
    if len(cleaned) > MAX_TOPIC_CHARS:
        raise InvalidInput(
            f"Het onderwerp is te lang ({len(cleaned)} tekens); het maximum is {MAX_TOPIC_CHARS} tekens. "
            "Zet een toelichting liever in de vraag."
        )
    return cleaned


def clean_question(question: object) -> str | None:
    """The optional question on one line (None when empty), or ``InvalidInput`` when too long."""
    if question is None:
        return None
    if not isinstance(question, str):
        raise InvalidInput("De vraag moet tekst zijn.")
    cleaned = _clean(question)
    if len(cleaned) > MAX_QUESTION_CHARS:
        raise InvalidInput(
            f"De vraag is te lang ({len(cleaned)} tekens); het maximum is {MAX_QUESTION_CHARS} tekens."
        )
    return cleaned or None


def clean_party(value: object, field: str) -> str | None:
    """An optional 'Aan' or 'Van' line (None when empty), or ``InvalidInput`` naming the field."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"Het veld '{field}' moet tekst zijn.")
    cleaned = _clean(value)
    if len(cleaned) > MAX_PARTY_CHARS:
        raise InvalidInput(
            f"Het veld '{field}' is te lang ({len(cleaned)} tekens); het maximum is {MAX_PARTY_CHARS} tekens. "
            "Noem een naam, functie of afdeling."
        )
    return cleaned or None


def check_format(fmt: object) -> str:
    """The normalised format name, or ``InvalidInput`` naming the formats that exist."""
    name = fmt.strip().lower().lstrip(".") if isinstance(fmt, str) else ""
    if name == "markdown":
        name = "md"
    if name not in FORMATS:
        raise InvalidInput(f"Onbekend formaat '{fmt}'. Kies uit: {', '.join(FORMATS)}.")
    return name
