"""The shape of a brief: a memo header, a summary, sections of cited statements, references.

A brief is plain data (pydantic), so the CLI, the API and the renderers share one object and
the API can return it as JSON. Every ``Statement`` carries exactly one ``Citation`` whose ``n``
is the number of a ``Reference`` in ``Brief.references``; numbering is global to the brief.
A statement is either a list item (``bullet``, the composer's ``- `` lines) or a sentence of
running text; renderers turn consecutive bullets into one real list (HTML ``ul``, Word's
*List Bullet*, a tagged PDF list) and consecutive sentences into one paragraph.
"""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, Field, computed_field

from ketenwijzer.models import Citation

NO_EVIDENCE = "Hierover bevatten de bronnen geen informatie."
NO_URL = "Geen webadres bekend."
NOT_FILLED = "(nog in te vullen)"
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")  # fmt: skip
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+")


def _bare(heading: str) -> str:
    """A heading without its numbering, case, accents and punctuation, for comparing it with a title."""
    from ketenwijzer.text import words

    return " ".join(words(_NUMBERING.sub("", heading)))


def dutch_date(iso: str) -> str:
    """'2026-11-30' as '30 november 2026' (the text unchanged when it is not an ISO date)."""
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


class Reference(BaseModel):
    """One numbered source in *Bronnen*: a passage of a corpus document."""

    n: int
    doc_id: str
    title: str
    section: str = ""
    publisher: str | None = None
    authors: list[str] = Field(default_factory=list)
    date: str | None = None
    url: str | None = None
    chunk_id: str | None = None
    """The cited passage (one reference per distinct passage)."""
    part: int | None = None
    """Set when the brief cites several passages of the same section: 'passage 2'."""

    def where(self) -> str:
        """Title and section path, without a heading that merely repeats the title."""
        title = self.title.strip()
        parts = [p.strip() for p in self.section.split(" > ") if p.strip()]
        kept: list[str] = []
        for part in parts:
            if _bare(part) == _bare(title) or _bare(part).endswith(_bare(title)) and not kept:
                continue  # the document's own title (possibly numbered) is no section
            if kept and _bare(part) == _bare(kept[-1]):
                continue
            kept.append(part)
        where = " — ".join([title, " > ".join(kept)]) if kept else title
        return f"{where} (passage {self.part})" if self.part else where

    def label(self) -> str:
        """The reference as one Dutch line without its number (the URL, or that there is none)."""
        parts = [self.where()]
        if self.authors:
            parts.append(", ".join(self.authors))
        parts.append(self.publisher or "uitgever onbekend")
        parts.append(self.date or "datum onbekend")
        line = " ".join(p if p.endswith(("?", "!", ".")) else f"{p}." for p in parts)
        return f"{line} {self.url}" if self.url else f"{line} {NO_URL}"

    def text_without_url(self) -> str:
        """``label()`` without the URL (renderers that make the URL a link add it themselves)."""
        return self.label().removesuffix(f" {self.url}") if self.url else self.label()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def place(self) -> str:
        """``where()`` for JSON readers (the page's passage view)."""
        return self.where()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def line(self) -> str:
        """``text_without_url()`` for JSON readers (the page shows the URL as a link after it)."""
        return self.text_without_url()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def label_text(self) -> str:
        """``label()`` for JSON readers."""
        return self.label()


class Statement(BaseModel):
    """One sentence of the brief and the citation that backs it."""

    text: str
    citation: Citation
    bullet: bool = False
    """A list item of the composer's answer (a ``- `` line); otherwise running text."""
    label: str | None = None
    """A bold label that opens the item (the composer's ``**label**``), without the asterisks."""

    @property
    def n(self) -> int:
        """The reference number the statement cites."""
        return self.citation.n

    def cited(self) -> str:
        """The sentence with its ``[n]`` marker before the closing punctuation."""
        return cite(self.text, self.n)


def cite(text: str, n: int) -> str:
    """``text`` with the marker ``[n]`` before its closing punctuation ("… baas [1].")."""
    body = text.rstrip()
    stripped = body.rstrip(".!?:;…")
    if stripped == body or not stripped:
        return f"{body} [{n}]"
    return f"{stripped.rstrip()} [{n}]{body[len(stripped) :]}"


class Block(BaseModel):
    """Consecutive statements of one kind: a list (``bullet``) or a paragraph."""

    bullet: bool
    statements: list[Statement]


def blocks(statements: list[Statement]) -> list[Block]:
    """The statements grouped into lists and paragraphs, in reading order."""
    out: list[Block] = []
    for statement in statements:
        if out and out[-1].bullet == statement.bullet:
            out[-1].statements.append(statement)
        else:
            out.append(Block(bullet=statement.bullet, statements=[statement]))
    return out


class BriefSection(BaseModel):
    """A section (level 1) or subsection (level 2) with its statements."""

    key: str
    heading: str
    level: int = 1
    statements: list[Statement] = Field(default_factory=list)
    subsections: list[BriefSection] = Field(default_factory=list)
    note: str | None = None
    """Shown instead of statements, e.g. ``NO_EVIDENCE``."""
    intro: list[str] = Field(default_factory=list)
    """Uncited framing lines that restate the adviser's request (only in *Aanleiding en vraag*)."""
    query: str | None = None
    """The retrieval query this section was built from."""
    question: str | None = None
    """The question the composer answered for this section."""
    evidence: float | None = None
    """The abstention gate's evidence score for that query."""

    def all_statements(self) -> list[Statement]:
        """Statements of this section and its subsections, in reading order."""
        return [*self.statements, *(s for sub in self.subsections for s in sub.all_statements())]

    def blocks(self) -> list[Block]:
        """This section's own statements as lists and paragraphs."""
        return blocks(self.statements)


class Brief(BaseModel):
    """A cited advisory note on one topic, ready to render: header, summary, sections, sources."""

    topic: str
    question: str | None = None
    """The adviser's question that *Kern* answers (derived from the topic when none was given)."""
    question_derived: bool = False
    """True when ``question`` was derived from the topic rather than asked."""
    aan: str | None = None
    """Addressee of the memo (free text, e.g. 'Directie Ketensamenwerking')."""
    van: str | None = None
    """Sender of the memo (free text, e.g. the adviser's name and team)."""
    title: str
    date: str
    """ISO date the brief was composed."""
    governance: bool
    """True when *Analyse* follows the four steering dimensions."""
    generator: str = "extractive"
    summary: list[Statement] = Field(default_factory=list)
    """Two to four labelled lines at the top (each repeats a cited point of the body)."""
    sections: list[BriefSection] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    notice: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def method(self) -> str:
        """A plain Dutch line on how the note was composed and that its citations need checking."""
        if self.generator == "extractive":
            how = (
                "Deze notitie is automatisch samengesteld door Ketenwijzer: elke bewering is een letterlijk "
                "citaat uit de bronnen, automatisch geselecteerd, met het nummer van de bron."
            )
        else:
            how = (
                "Deze notitie is automatisch samengesteld door Ketenwijzer: een taalmodel formuleerde de "
                "beweringen op basis van passages uit de bronnen; elke bewering verwijst naar een bron."
            )
        return f"{how} Controleer de citaten voordat u de notitie verstuurt."

    @computed_field  # type: ignore[prop-decorator]
    @property
    def header(self) -> list[tuple[str, str]]:
        """The memo's header block: Aan, Van, Datum, Onderwerp."""
        subject = f"{self.topic[:1].upper()}{self.topic[1:]}"
        return [
            ("Aan", self.aan or NOT_FILLED),
            ("Van", self.van or NOT_FILLED),
            ("Datum", dutch_date(self.date)),
            ("Onderwerp", subject),
        ]

    def statements(self) -> list[Statement]:
        """Every statement of the body (not the summary) in reading order."""
        return [s for section in self.sections for s in section.all_statements()]

    def reference(self, n: int) -> Reference | None:
        """The reference numbered ``n``, if any."""
        return next((r for r in self.references if r.n == n), None)

    def slug(self) -> str:
        """A file-name-safe name derived from the topic."""
        from ketenwijzer.text import words

        stem = "-".join(words(self.topic))[:60].strip("-")
        return f"notitie-{stem or 'onderwerp'}"
