"""A brief as Markdown: the default output of ``ketenwijzer brief``."""

from __future__ import annotations

from assistant.briefs.model import Brief, BriefSection, Statement
from assistant.briefs.plan import BRONNEN


def _line(statement: Statement) -> str:
    return f"**{statement.label}:** {statement.cited()}" if statement.label else statement.cited()


def _section(section: BriefSection) -> list[str]:
    lines = [f"{'#' * (section.level + 1)} {section.heading}", ""]
    lines.extend(f"{line}  " for line in section.intro)
    if section.intro:
        lines.append("")
    if section.note:
        lines += [f"_{section.note}_", ""]
    for block in section.blocks():
        if block.bullet:
            lines.extend(f"- {_line(s)}" for s in block.statements)
        else:
            lines.append(" ".join(_line(s) for s in block.statements))
        lines.append("")
    for sub in section.subsections:
        lines.extend(_section(sub))
    return lines


def render_markdown(brief: Brief) -> str:
    """The brief as a Markdown memo with ``[n]`` markers and a numbered *Bronnen* list."""
    lines = [f"# {brief.title}", ""]
    lines += [f"**{key}:** {value}  " for key, value in brief.header]
    lines.append("")
    if brief.notice:
        lines += [f"> {brief.notice}", ""]
    lines += ["## Samenvatting", ""]
    if brief.question:
        label = "Vraag (afgeleid van het onderwerp)" if brief.question_derived else "Vraag"
        lines.append(f"**{label}:** {brief.question}  ")
    lines += [f"{_line(s)}  " for s in brief.summary]
    lines += ["", f"_{brief.method}_", ""]
    for section in brief.sections:
        lines.extend(_section(section))
    lines += [f"## {BRONNEN}", ""]
    lines.extend(f"[{r.n}] {r.label()}  " for r in brief.references)
    return "\n".join(lines).rstrip() + "\n"
