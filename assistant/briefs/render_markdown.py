"""A brief as Markdown: the default output of ``ketenwijzer brief``."""

from __future__ import annotations

from assistant.briefs.model import Brief, BriefSection
from assistant.briefs.plan import BRONNEN, KERN


def _section(section: BriefSection) -> list[str]:
    lines = [f"{'#' * (section.level + 1)} {section.heading}", ""]
    lines.extend(f"{line}  " for line in section.intro)
    if section.intro:
        lines.append("")
    if section.note:
        lines += [f"_{section.note}_", ""]
    bullet = "1." if section.heading == KERN else "-"
    if section.statements:
        lines.extend(f"{bullet} {s.cited()}" for s in section.statements)
        lines.append("")
    for sub in section.subsections:
        lines.extend(_section(sub))
    return lines


def render_markdown(brief: Brief) -> str:
    """The brief as a Markdown document with ``[n]`` markers and a numbered *Bronnen* list."""
    lines = [f"# {brief.title}", "", f"Datum: {brief.date}  ", f"_{brief.disclaimer}_", ""]
    if brief.notice:
        lines += [f"> {brief.notice}", ""]
    for section in brief.sections:
        lines.extend(_section(section))
    lines += [f"## {BRONNEN}", ""]
    lines.extend(f"[{r.n}] {r.label()}  " for r in brief.references)
    return "\n".join(lines).rstrip() + "\n"
