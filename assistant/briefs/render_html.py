"""A brief as one self-contained HTML page (inline CSS, no scripts, everything escaped)."""

from __future__ import annotations

from html import escape

from assistant.briefs.model import Brief, BriefSection, Reference
from assistant.briefs.plan import BRONNEN, KERN

_CSS = """
body{font-family:Georgia,'DejaVu Serif',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;
color:#1b1b1b;line-height:1.5}
h1{font-size:1.7rem;color:#154273;margin-bottom:.2rem}h2{font-size:1.3rem;color:#154273;
border-bottom:1px solid #ccd6e0;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.1rem;color:#01689b}
.meta{color:#555}.disclaimer{font-style:italic;color:#555}.note{font-style:italic;color:#666}
.notice{border-left:4px solid #e17000;padding:.3rem .8rem;background:#fff4e5}
a.cite{text-decoration:none;font-size:.85em}ol.refs li{margin-bottom:.4rem}
"""


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _section(section: BriefSection) -> list[str]:
    tag = f"h{section.level + 1}"
    out = [f'<section id="{escape(section.key)}"><{tag}>{escape(section.heading)}</{tag}>']
    out.extend(f"<p>{escape(line)}</p>" for line in section.intro)
    if section.note:
        out.append(f'<p class="note">{escape(section.note)}</p>')
    if section.statements:
        lst = "ol" if section.heading == KERN else "ul"
        out.append(f"<{lst}>")
        for s in section.statements:
            cite = f'<a class="cite" href="#bron-{s.n}">[{s.n}]</a>'
            out.append(f"<li>{escape(s.text.rstrip())} {cite}</li>")
        out.append(f"</{lst}>")
    for sub in section.subsections:
        out.extend(_section(sub))
    out.append("</section>")
    return out


def _reference(ref: Reference) -> str:
    label = escape(ref.label().removesuffix(f" {ref.url}") if ref.url else ref.label())
    url = _safe_url(ref.url)
    link = f' <a href="{escape(url, quote=True)}">{escape(url)}</a>' if url else ""
    return f'<li id="bron-{ref.n}" value="{ref.n}">{label}{link}</li>'


def render_html(brief: Brief) -> str:
    """The brief as a complete HTML document with links from ``[n]`` to its reference."""
    body = [
        f"<h1>{escape(brief.title)}</h1>",
        f'<p class="meta">Datum: {escape(brief.date)}</p>',
        f'<p class="disclaimer">{escape(brief.disclaimer)}</p>',
    ]
    if brief.notice:
        body.append(f'<p class="notice">{escape(brief.notice)}</p>')
    for section in brief.sections:
        body.extend(_section(section))
    body.append(f'<section id="bronnen"><h2>{BRONNEN}</h2><ol class="refs">')
    body.extend(_reference(r) for r in brief.references)
    body.append("</ol></section>")
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(brief.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
