"""``report.html``: one self-contained, offline page (inline CSS, JS and SVG) in Dutch.

All corpus and answer text is HTML-escaped; the script only reads the DOM, reorders and
hides rows and never inserts markup, so a passage containing ``<script>`` is shown as text.
The baseline is compared like with like: the same sets and the same half (``evals/compare.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.charts import grouped_bars, histogram
from evals.compare import Comparison, MetricDelta, compare, pick
from evals.metrics import COUNT_KEYS, LATENCY_KEYS, LOWER_IS_BETTER, NOT_GATED, SUMMARY_KEYS
from evals.runner import configurations_of
from evals.tables import (
    LABELS,
    coherence_table,
    e,
    flips_table,
    fmt,
    per_kind_table,
    per_set_table,
    question_head,
    question_row,
    targets_table,
)
from evals.targets import check_targets

__all__ = ["LABELS", "render_html", "write_html"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
CHART_METRICS = [k for k in SUMMARY_KEYS if k not in COUNT_KEYS and k not in NOT_GATED]
SPLIT_NAMES = {"all": "beide helften", "tune": "afstemhelft (tune)", "test": "apart gehouden helft (test)"}


def _card(metric: str, value: Any, delta: MetricDelta | None, has_base: bool, shared: bool = False) -> str:
    gap, classes = "", "card"
    if has_base and metric not in COUNT_KEYS:
        if value is None and (delta is None or delta.base is None):
            gap = ""
        elif delta is None or delta.base is None or delta.new is None:
            gap = '<div class="gap same">geen basiswaarde</div>'
        else:
            change = float(delta.new) - float(delta.base)  # both over the same questions
            better = change < 0 if metric in LOWER_IS_BETTER else change > 0
            if delta.regression:
                kind = "bad"
            elif abs(change) > 1e-9 and better and metric not in NOT_GATED:
                kind = "good"
            else:
                kind = "same"
            if abs(change) <= 1e-9:
                shown = "geen verandering"
            elif metric in LATENCY_KEYS:
                shown = f"{change:+.0f} ms"
            else:
                shown = f"{change:+.1f}" if metric in NOT_GATED else f"{change:+.3f}"
            watched = " (niet bewaakt)" if metric in NOT_GATED else ""
            same = (
                f" op dezelfde vragen: {fmt(metric, delta.base)} → {fmt(metric, delta.new)}" if shared else ""
            )
            gap = (
                f'<div class="gap {kind}">{e(shown)} t.o.v. basis ({e(fmt(metric, delta.base))}){e(same)}'
                f"{watched}</div>"
            )
            classes += " regression" if delta.regression else ""
    return (
        f'<div class="{classes}" data-metric="{e(metric)}"><div class="label">{e(LABELS[metric])}</div>'
        f'<div class="value">{e(fmt(metric, value))}</div>{gap}</div>'
    )


def machine_note(config: dict[str, Any], report: dict[str, Any]) -> str:
    """'gemeten op N kernen, belasting a / b / c' for the latency figures."""
    machine = config.get("machine") or report.get("machine") or {}
    cores = machine.get("cores")
    load = machine.get("load_avg")
    parts = [f"{cores} kernen" if cores else "onbekend aantal kernen"]
    if load:
        parts.append("belasting " + " / ".join(f"{x:.2f}" for x in load) + " (1/5/15 min, na de run)")
    return "Latentie gemeten op " + ", ".join(parts) + "; de poort bewaakt latentie niet (zie de benchmarks)."


def _options(values: list[str], everything: str, selected: str | None = None) -> str:
    opts = [f'<option value="">{e(everything)}</option>']
    opts += [f'<option value="{e(v)}"{" selected" if v == selected else ""}>{e(v)}</option>' for v in values]
    return "".join(opts)


def _config_table(configs: list[dict[str, Any]]) -> str:
    keys = [m for m in SUMMARY_KEYS if m not in COUNT_KEYS]
    head = "".join(f'<th scope="col">{e(LABELS[m])}</th>' for m in keys)
    rows = "".join(
        f'<tr><th scope="row">{e(c["name"])}</th>'
        + "".join(f"<td>{e(fmt(m, c['summary'].get(m)))}</td>" for m in keys)
        + "</tr>"
        for c in configs
    )
    return (
        '<div class="scroll" tabindex="0" role="region" aria-label="Configuraties naast elkaar"><table class="configs"><thead><tr><th scope="col">Configuratie</th>'
        f"{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )


def _section(title: str, body: str, note: str = "") -> str:
    extra = f'<p class="muted">{note}</p>' if note else ""
    return f"<section><h2>{e(title)}</h2>{extra}{body}</section>" if body else ""


def render_html(
    report: dict[str, Any], baseline: dict[str, Any] | None = None, tolerance: float = 0.02
) -> str:
    """The complete HTML page for a report (``baseline`` adds the change against it)."""
    configs = configurations_of(report)
    main = configs[0]
    split = str(main.get("split", report.get("split", "all")))
    main = {**main, "split": split}
    comparison: Comparison | None = compare(pick(baseline), main, tolerance) if baseline else None
    deltas = {d.metric: d for d in comparison.metrics} if comparison else {}
    cards = "".join(
        _card(
            m,
            main["summary"].get(m),
            deltas.get(m),
            comparison is not None,
            bool(comparison and comparison.common_only),
        )
        for m in SUMMARY_KEYS
    )
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
    ordered = [(c["name"], q) for c in configs for q in c["questions"]]
    ordered.sort(key=lambda pair: bool(pair[1]["passed"]))  # failing questions first, order kept
    rows = "".join(question_row(name, q, i) for i, (name, q) in enumerate(ordered))
    names = [c["name"] for c in configs]
    config_filter = (
        f'<label>Configuratie <select id="filter-config">{_options(names, "alle", names[0])}</select></label>'
        if len(configs) > 1
        else ""
    )
    base_note = (
        f"Basis: {e(baseline.get('name'))}"
        + (f" ({e(baseline['created_at'])})" if baseline.get("created_at") else "")
        + " — vergeleken op dezelfde sets en dezelfde helft"
        if baseline
        else "Geen basislijn gevonden."
    )
    notes = "".join(f'<p class="note">{e(n)}</p>' for n in (comparison.notes if comparison else []))
    support = report.get("support", {})
    machine = machine_note(main, report)
    css = (TEMPLATES / "report.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "report.js").read_text(encoding="utf-8")
    flips = (
        _section(
            "Nieuw fout / Nieuw goed",
            flips_table(comparison.flips),
            "Vragen die ten opzichte van de basis omsloegen; nieuw foute eerst.",
        )
        if comparison
        else ""
    )
    targets_note = (
        f"Gecontroleerd op: {e(SPLIT_NAMES.get(checks[0].split, checks[0].split))}." if checks else ""
    )
    per_set_deltas = comparison.per_set if comparison else {}
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ketenwijzer — evaluatierapport</title><style>{css}</style></head>
<body><header><h1>Ketenwijzer — evaluatierapport</h1>
<p>{e(report.get("created_at"))} · configuratie: {e(main["name"])} · sets: {e(", ".join(sets))} ·
helft: <strong id="split">{e(SPLIT_NAMES.get(split, split))}</strong> ·
steuncheck: {e(support.get("method", "lexical"))}, drempel {e(support.get("threshold"))} · {base_note}</p></header>
<main>
<section><h2>Samenvatting ({e(main["name"])})</h2>{notes}<div class="cards">{cards}</div>
<p class="muted machine">{e(machine)}</p></section>
{flips}
{_section("Doelen per vragenset", targets_table(checks) if checks else "", targets_note)}
{_section("Per set", per_set_table(main.get("per_set", {}), per_set_deltas), "Met de verandering t.o.v. de basis voor dezelfde set.")}
{_section("Per vraagsoort", per_kind_table(main.get("per_kind") or {}), "Volgens het label kind: in de vragenset.")}
{_section("Samenhangregels: overtredingen", coherence_table(main["summary"], main.get("per_set", {})))}
{_section("Configuraties naast elkaar", _config_table(configs) if len(configs) > 1 else "")}
<section><h2>Grafieken</h2><p class="muted">{e(machine)}</p><div class="charts">{"".join(charts)}</div></section>
<section><h2>Per vraag</h2>
<div class="controls"><label>Zoeken <input id="zoek" type="search" placeholder="vraag, antwoord, bron…"></label>
<label>Set <select id="filter-set">{_options(sets, "alle sets")}</select></label>
<label>Status <select id="filter-status"><option value="">alle</option><option value="pass">geslaagd</option>
<option value="fail">gezakt</option></select></label>
<label>Oorzaak <select id="filter-failure"><option value="">alle</option><option value="retrieval">ophalen</option>
<option value="gate">poort</option><option value="composition">opbouw</option><option value="error">fout</option>
</select></label>{config_filter}
<span class="muted" role="status"><span id="aantal">0</span> vragen zichtbaar · gezakte vragen eerst ·
sorteer met de knoppen in de kolomkoppen</span></div>
<div class="scroll" tabindex="0" role="region" aria-label="Per vraag"><table id="vragen"><caption class="visually-hidden">Elke vraag met antwoord, bronnen en
oordeel</caption><thead><tr>{question_head()}</tr></thead><tbody>{rows}</tbody></table></div></section>
</main><script>{js}</script></body></html>
"""


def write_html(report: dict[str, Any], path: Path, baseline: dict[str, Any] | None = None) -> Path:
    """Write ``report.html`` next to ``report.json``; returns the path."""
    path.write_text(render_html(report, baseline), encoding="utf-8")
    return path
