"""The shape of a brief: sections of cited statements plus a numbered list of references.

A brief is plain data (pydantic), so the CLI, the API and the renderers share one object and
the API can return it as JSON. Every ``Statement`` carries exactly one ``Citation`` whose ``n``
is the number of a ``Reference`` in ``Brief.references``; numbering is global to the brief.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from ketenwijzer.models import Citation

NO_EVIDENCE = "Hierover bevatten de bronnen geen informatie."


class Reference(BaseModel):
    """One numbered source in *Bronnen*: a section of a corpus document."""

    n: int
    doc_id: str
    title: str
    section: str = ""
    publisher: str | None = None
    authors: list[str] = Field(default_factory=list)
    date: str | None = None
    url: str | None = None

    def where(self) -> str:
        """Title and section, without repeating the title that opens the section path."""
        parts = [p for p in self.section.split(" > ") if p]
        title = self.title
        if parts and parts[0].endswith(self.title):
            number = parts.pop(0)[: -len(self.title)].strip()
            title = f"{number} {self.title}".strip()
        return " — ".join([title, " > ".join(parts)]) if parts else title

    def label(self) -> str:
        """The reference as one Dutch line without its number."""
        parts = [self.where()]
        if self.authors:
            parts.append(", ".join(self.authors))
        parts.append(self.publisher or "uitgever onbekend")
        parts.append(self.date or "datum onbekend")
        line = " ".join(p if p.endswith(("?", "!", ".")) else f"{p}." for p in parts)
        return f"{line} {self.url}" if self.url else line


class Statement(BaseModel):
    """One sentence of the brief and the citation that backs it."""

    text: str
    citation: Citation

    @property
    def n(self) -> int:
        """The reference number the statement cites."""
        return self.citation.n

    def cited(self) -> str:
        """The sentence with its ``[n]`` marker."""
        return f"{self.text.rstrip()} [{self.n}]"


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
    evidence: float | None = None
    """The abstention gate's evidence score for that query."""

    def all_statements(self) -> list[Statement]:
        """Statements of this section and its subsections, in reading order."""
        return [*self.statements, *(s for sub in self.subsections for s in sub.all_statements())]


class Brief(BaseModel):
    """A cited advisory note on one topic, ready to render."""

    topic: str
    question: str | None = None
    title: str
    date: str
    """ISO date the brief was composed."""
    governance: bool
    """True when *Analyse* follows the four steering dimensions."""
    generator: str = "extractive"
    sections: list[BriefSection] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    notice: str | None = None
    disclaimer: str = (
        "Concept, samengesteld door Ketenwijzer uit zijn bronnen. Elke bewering verwijst naar een bron; "
        "controleer de citaten voordat u de notitie gebruikt."
    )

    def statements(self) -> list[Statement]:
        """Every statement of the brief in reading order."""
        return [s for section in self.sections for s in section.all_statements()]

    def reference(self, n: int) -> Reference | None:
        """The reference numbered ``n``, if any."""
        return next((r for r in self.references if r.n == n), None)

    def slug(self) -> str:
        """A file-name-safe name derived from the topic."""
        from ketenwijzer.text import words

        stem = "-".join(words(self.topic))[:60].strip("-")
        return f"notitie-{stem or 'onderwerp'}"
