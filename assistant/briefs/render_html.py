"""A brief as one self-contained, accessible HTML page (escaped text, no scripts)."""

from __future__ import annotations

from html import escape

from assistant.briefs.model import Brief, BriefSection, Reference, Statement
from assistant.briefs.plan import BRONNEN

_CSS = """
body{font-family:Georgia,'DejaVu Serif',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;
color:#1b1b1b;line-height:1.5}
h1{font-size:1.7rem;color:#154273;margin-bottom:.6rem}h2{font-size:1.3rem;color:#154273;
border-bottom:1px solid #ccd6e0;padding-bottom:.2rem;margin-top:2rem}h3{font-size:1.1rem;color:#01689b}
table.memo{border-collapse:collapse;margin:0 0 1rem}table.memo th{text-align:left;padding:.1rem 1.2rem .1rem 0}
table.memo td{padding:.1rem 0}.method{font-style:italic;color:#555;font-size:.9em}
.note{font-style:italic;color:#666}.notice{border-left:4px solid #e17000;padding:.3rem .8rem;background:#fff4e5}
a.cite{text-decoration:none;font-size:.85em}ol.refs li{margin-bottom:.4rem}
ol.refs a{overflow-wrap:anywhere}
"""


def _safe_url(url: str | None) -> str | None:
    return url if url and url.lower().startswith(("http://", "https://")) else None


def _statement(statement: Statement) -> str:
    """The statement's text with its marker linked to the reference (before the closing stop)."""
    cited = statement.cited()
    marker = f"[{statement.n}]"
    at = cited.rfind(marker)
    link = f'<a class="cite" href="#bron-{statement.n}">{marker}</a>'
    body = escape(cited[:at]) + link + escape(cited[at + len(marker) :])
    return f"<strong>{escape(statement.label)}:</strong> {body}" if statement.label else body


def _section(section: BriefSection) -> list[str]:
    tag = f"h{section.level + 1}"
    out = [f'<section id="{escape(section.key)}"><{tag}>{escape(section.heading)}</{tag}>']
    out.extend(f"<p>{escape(line)}</p>" for line in section.intro)
    if section.note:
        out.append(f'<p class="note">{escape(section.note)}</p>')
    for block in section.blocks():
        if block.bullet:
            out.append("<ul>" + "".join(f"<li>{_statement(s)}</li>" for s in block.statements) + "</ul>")
        else:
            out.append("<p>" + " ".join(_statement(s) for s in block.statements) + "</p>")
    for sub in section.subsections:
        out.extend(_section(sub))
    out.append("</section>")
    return out


def _reference(ref: Reference) -> str:
    url = _safe_url(ref.url)
    label = escape(ref.text_without_url() if url else ref.label())
    link = f' <a href="{escape(url, quote=True)}">{escape(url)}</a>' if url else ""
    return f'<li id="bron-{ref.n}" value="{ref.n}">{label}{link}</li>'


def render_html(brief: Brief) -> str:
    """The brief as a complete HTML memo with links from ``[n]`` to its reference."""
    rows = "".join(f'<tr><th scope="row">{escape(k)}</th><td>{escape(v)}</td></tr>' for k, v in brief.header)
    body = [f"<h1>{escape(brief.title)}</h1>", f'<table class="memo">{rows}</table>']
    if brief.notice:
        body.append(f'<p class="notice">{escape(brief.notice)}</p>')
    body.append('<section id="samenvatting"><h2>Samenvatting</h2>')
    if brief.question:
        label = "Vraag (afgeleid van het onderwerp)" if brief.question_derived else "Vraag"
        body.append(f"<p><strong>{label}:</strong> {escape(brief.question)}</p>")
    body.extend(f"<p>{_statement(s)}</p>" for s in brief.summary)
    body.append(f'<p class="method">{escape(brief.method)}</p></section>')
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
