"""``report.html``: one self-contained, offline page (inline CSS, JS and SVG) in Dutch.

All corpus and answer text is HTML-escaped; the script only reads the DOM and never inserts
markup, so a passage containing ``<script>`` is shown as text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from evals.charts import grouped_bars, histogram
from evals.compare import LATENCY_TOLERANCE, is_regression
from evals.metrics import COUNT_KEYS, LATENCY_KEYS, LOWER_IS_BETTER, SUMMARY_KEYS
from evals.runner import configurations_of
from evals.targets import TargetCheck, check_targets

TEMPLATES = Path(__file__).resolve().parent / "templates"

LABELS = {
    "n_questions": "Vragen",
    "n_answerable": "Beantwoordbaar",
    "n_unanswerable": "Niet beantwoordbaar",
    "hit_at_1": "Hit@1",
    "hit_at_5": "Hit@5",
    "mrr": "MRR",
    "ndcg_at_10": "nDCG@10",
    "fact_recall": "Feitendekking",
    "facts_complete": "Alle feiten",
    "citation_precision": "Bronprecisie",
    "citation_coverage": "Zinnen met bron",
    "abstention_accuracy": "Terecht geweigerd",
    "false_abstention_rate": "Onterecht geweigerd",
    "latency_ms_p50": "Latentie p50 (ms)",
    "latency_ms_p95": "Latentie p95 (ms)",
}
CHART_METRICS = [k for k in SUMMARY_KEYS if k not in COUNT_KEYS and k not in LATENCY_KEYS]


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _fmt(metric: str, value: object) -> str:
    if value is None:
        return "n.v.t."
    if metric in COUNT_KEYS:
        return str(value)
    if metric in LATENCY_KEYS:
        return f"{float(value):.0f}"  # type: ignore[arg-type]
    return f"{float(value):.3f}"  # type: ignore[arg-type]


def _card(metric: str, value: Any, base: dict[str, Any] | None, tolerance: float) -> str:
    gap, classes = "", "card"
    if base is not None and metric not in COUNT_KEYS:
        before = base.get(metric)
        if before is None or value is None:
            gap = '<div class="gap same">geen basiswaarde</div>'
        else:
            delta = float(value) - float(before)
            better = delta < 0 if metric in LOWER_IS_BETTER else delta > 0
            tol = LATENCY_TOLERANCE if metric in LATENCY_KEYS else tolerance
            worse = is_regression(metric, before, value, tol)
            kind = "bad" if worse else ("good" if better and abs(delta) > 1e-9 else "same")
            shown = f"{delta:+.0f} ms" if metric in LATENCY_KEYS else f"{delta:+.3f}"
            gap = f'<div class="gap {kind}">{_e(shown)} t.o.v. basis ({_e(_fmt(metric, before))})</div>'
            classes += " regression" if worse else ""
    return (
        f'<div class="{classes}" data-metric="{_e(metric)}"><div class="label">{_e(LABELS[metric])}</div>'
        f'<div class="value">{_e(_fmt(metric, value))}</div>{gap}</div>'
    )


def _tags(items: list[str], cls: str = "") -> str:
    return "".join(f'<span class="tag {cls}">{_e(i)}</span>' for i in items) or '<span class="muted">–</span>'


def _row(config: str, q: dict[str, Any]) -> str:
    status = "pass" if q["passed"] else "fail"
    answer = q.get("answer") or {}
    text = answer.get("answer") or (q.get("error") and f"Fout: {q['error']}") or ""
    if q.get("abstained") and answer:
        text = "[geweigerd] " + text
    cites = (
        "".join(
            f'<span class="tag {"" if c["supported"] else "unsup"}" title="{_e(c["sentence"])}">'
            f"[{_e(c['n'])}] {_e(c['doc_id'])} {'✓' if c['supported'] else '✗'} {c['support']:.2f}</span>"
            for c in q["citations"]
        )
        or '<span class="muted">–</span>'
    )
    expected = q["expected_sources"]
    seen: list[str] = []
    for d in q["retrieved_doc_ids"]:
        if d not in seen:
            seen.append(d)
    retrieved = "".join(
        f'<span class="tag {"rel" if any(d.startswith(e) for e in expected) else ""}">{_e(d)}</span>'
        for d in seen
    )
    rank = q.get("first_relevant_rank")
    first = "n.v.t." if not expected else (rank if rank is not None else "geen")
    latency = q.get("latency_ms")
    return (
        f'<tr class="{status}" data-status="{status}" data-set="{_e(q["set"])}" data-config="{_e(config)}">'
        f'<td class="status" data-v="{status}">{"✔ geslaagd" if q["passed"] else "✘ gezakt"}</td>'
        f'<td data-v="{_e(q["set"])}">{_e(q["set"])}</td>'
        f'<td data-v="{_e(q["id"])}">{_e(q["id"])}</td>'
        f'<td class="question" data-v="{_e(q["question"])}">{_e(q["question"])}</td>'
        f'<td class="answer" data-v="{_e(text)}">{_e(text)}</td>'
        f'<td data-v="{len(q["citations"])}">{cites}</td>'
        f'<td data-v="{_e(rank if rank is not None else "")}"><div>verwacht: {_tags(expected)}</div>'
        f"<div>opgehaald (eerste relevante: {_e(first)}): {retrieved}</div></td>"
        f'<td data-v="{len(q["facts_missing"])}">{_tags(q["facts_missing"], "miss")}</td>'
        f'<td data-v="{_e(latency if latency is not None else "")}">{_e(_fmt("latency_ms_p50", latency))}</td>'
        "</tr>"
    )


def _options(values: list[str], everything: str, selected: str | None = None) -> str:
    opts = [f'<option value="">{_e(everything)}</option>']
    opts += [
        f'<option value="{_e(v)}"{" selected" if v == selected else ""}>{_e(v)}</option>' for v in values
    ]
    return "".join(opts)


def _config_table(configs: list[dict[str, Any]]) -> str:
    head = "".join(f"<th>{_e(LABELS[m])}</th>" for m in SUMMARY_KEYS if m not in COUNT_KEYS)
    rows = "".join(
        f"<tr><td>{_e(c['name'])}</td>"
        + "".join(f"<td>{_e(_fmt(m, c['summary'].get(m)))}</td>" for m in SUMMARY_KEYS if m not in COUNT_KEYS)
        + "</tr>"
        for c in configs
    )
    return f'<div class="scroll"><table class="configs"><thead><tr><th>Configuratie</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>'


def _targets_table(checks: list[TargetCheck]) -> str:
    rows = "".join(
        f'<tr class="{"pass" if c.met else "fail"}"><td>{_e(c.set)}</td><td>{_e(LABELS[c.metric])}</td>'
        f"<td>{c.target:.2f}</td><td>{_e(_fmt(c.metric, c.value))}</td>"
        f'<td class="status">{"✔ gehaald" if c.met else "✘ niet gehaald"}</td></tr>'
        for c in checks
    )
    return (
        '<table class="targets"><thead><tr><th scope="col">Set</th><th scope="col">Metriek</th>'
        '<th scope="col">Doel</th><th scope="col">Gehaald</th><th scope="col">Oordeel</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def render_html(
    report: dict[str, Any], baseline: dict[str, Any] | None = None, tolerance: float = 0.02
) -> str:
    """The complete HTML page for a report (``baseline`` adds the gap on every card)."""
    configs = configurations_of(report)
    main = configs[0]
    base_summary = baseline.get("summary") if baseline else None
    cards = "".join(_card(m, main["summary"].get(m), base_summary, tolerance) for m in SUMMARY_KEYS)
    checks = check_targets(report, main)
    sets = list(main.get("per_set", {}))
    charts = [
        grouped_bars(
            "Metrieken per set",
            [LABELS[m] for m in CHART_METRICS],
            [(s, [main["per_set"][s].get(m) for m in CHART_METRICS]) for s in sets],
        )
    ]
    if len(configs) > 1:
        charts.append(
            grouped_bars(
                "Metrieken per configuratie",
                [LABELS[m] for m in CHART_METRICS],
                [(c["name"], [c["summary"].get(m) for m in CHART_METRICS]) for c in configs],
            )
        )
    latencies = [q["latency_ms"] for q in main["questions"] if q.get("latency_ms") is not None]
    charts.append(histogram(f"Latentie per vraag ({main['name']})", latencies))
    rows = "".join(_row(c["name"], q) for c in configs for q in c["questions"])
    names = [c["name"] for c in configs]
    config_filter = (
        f'<label>Configuratie <select id="filter-config">{_options(names, "alle", names[0])}</select></label>'
        if len(configs) > 1
        else ""
    )
    base_note = (
        f"Basis: {_e(baseline.get('name'))}"
        + (f" ({_e(baseline['created_at'])})" if baseline.get("created_at") else "")
        if baseline
        else "Geen basislijn gevonden."
    )
    support = report.get("support", {})
    columns = [
        ("Status", "text"),
        ("Set", "text"),
        ("ID", "text"),
        ("Vraag", "text"),
        ("Antwoord", "text"),
        ("Bronnen (steun)", "num"),
        ("Verwacht vs. opgehaald", "num"),
        ("Ontbrekende feiten", "num"),
        ("Latentie (ms)", "num"),
    ]
    head = "".join(f'<th data-type="{t}" scope="col">{_e(n)}</th>' for n, t in columns)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ketenwijzer — evaluatierapport</title><style>{css}</style></head>
<body><header><h1>Ketenwijzer — evaluatierapport</h1>
<p>{_e(report.get("created_at"))} · configuratie: {_e(main["name"])} · sets: {_e(", ".join(sets))} ·
steuncheck: {_e(support.get("method", "lexical"))}, drempel {_e(support.get("threshold"))} · {base_note}</p></header>
<main>
<section><h2>Samenvatting ({_e(main["name"])})</h2><div class="cards">{cards}</div></section>
{f"<section><h2>Doelen per vragenset</h2>{_targets_table(checks)}</section>" if checks else ""}
{f"<section><h2>Configuraties naast elkaar</h2>{_config_table(configs)}</section>" if len(configs) > 1 else ""}
<section><h2>Grafieken</h2><div class="charts">{"".join(charts)}</div></section>
<section><h2>Per vraag</h2>
<div class="controls"><label>Zoeken <input id="zoek" type="search" placeholder="vraag, antwoord, bron…"></label>
<label>Set <select id="filter-set">{_options(sets, "alle sets")}</select></label>
<label>Status <select id="filter-status"><option value="">alle</option><option value="pass">geslaagd</option>
<option value="fail">gezakt</option></select></label>{config_filter}
<span class="muted"><span id="aantal">0</span> vragen zichtbaar · klik op een kolomkop om te sorteren</span></div>
<table id="vragen"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></section>
</main><script>{js}</script></body></html>
"""


def write_html(report: dict[str, Any], path: Path, baseline: dict[str, Any] | None = None) -> Path:
    """Write ``report.html`` next to ``report.json``; returns the path."""
    path.write_text(render_html(report, baseline), encoding="utf-8")
    return path
