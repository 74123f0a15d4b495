"""The HTML tables of ``report.html``: per set, per question kind, targets, flips and per question.

Everything from the corpus, the questions or the answers is HTML-escaped here; the page's
script only reorders and hides rows.
"""

from __future__ import annotations

from html import escape
from typing import Any

from evals.compare import Flip, MetricDelta
from evals.metrics import COUNT_KEYS, LATENCY_KEYS, LOWER_IS_BETTER, NOT_GATED, WORD_KEYS
from evals.targets import TargetCheck

LABELS = {
    "n_questions": "Vragen",
    "n_answerable": "Beantwoordbaar",
    "n_unanswerable": "Niet beantwoordbaar",
    "hit_at_1": "Hit@1",
    "hit_at_5": "Hit@5",
    "mrr": "MRR",
    "ndcg_at_10": "nDCG@10",
    "fact_recall": "Feitendekking (heel antwoord)",
    "facts_complete": "Alle feiten",
    "citation_precision": "Bronprecisie",
    "citation_coverage": "Zinnen met bron",
    "abstention_accuracy": "Buiten bereik afgehandeld",
    "oos_declined": "Buiten bereik geweigerd",
    "false_abstention_rate": "Onterecht geweigerd",
    "lead_hit": "Antwoord vooraan",
    "facts_in_budget": "Feiten in 120 woorden",
    "coherence_clean": "Samenhangend",
    "markers_resolved": "Markers met bron",
    "both_sides_cited": "Beide kanten geciteerd",
    "both_sides_retrieved": "Beide kanten opgehaald",
    "followup_hit_at_3": "Vervolgvraag: bron in top 3",
    "near_domain_declined": "Bijna-domein afgehandeld",
    "kind_accuracy": "Vraagsoort herkend",
    "answer_words_p50": "Woorden (mediaan)",
    "latency_ms_p50": "Latentie p50 (ms)",
    "latency_ms_p95": "Latentie p95 (ms)",
}
FAILURE_LABELS = {
    "retrieval": "ophalen",
    "gate": "poort",
    "composition": "opbouw",
    "error": "fout",
}
FOLD_CHARS = 320
"""Answers longer than this fold: the first lines stay visible, a button shows the rest. The
whole text stays in the page (clipped, not removed), so search and copying see all of it."""
PER_SET_METRICS = (
    "hit_at_1",
    "hit_at_5",
    "mrr",
    "fact_recall",
    "facts_in_budget",
    "lead_hit",
    "coherence_clean",
    "both_sides_cited",
    "both_sides_retrieved",
    "followup_hit_at_3",
    "abstention_accuracy",
    "oos_declined",
    "near_domain_declined",
    "false_abstention_rate",
    "answer_words_p50",
)
PER_KIND_METRICS = (
    "hit_at_1",
    "hit_at_5",
    "mrr",
    "lead_hit",
    "facts_in_budget",
    "kind_accuracy",
    "false_abstention_rate",
)


def e(value: object) -> str:
    """HTML-escape any value ('' for None)."""
    return escape("" if value is None else str(value), quote=True)


def fmt(metric: str, value: object) -> str:
    """A metric value as shown: counts whole, latency in ms, words with one decimal, ratios 3."""
    if value is None:
        return "n.v.t."
    if metric in COUNT_KEYS:
        return str(value)
    if metric in LATENCY_KEYS:
        return f"{float(value):.0f}"  # type: ignore[arg-type]
    if metric in WORD_KEYS:
        return f"{float(value):.1f}"  # type: ignore[arg-type]
    return f"{float(value):.3f}"  # type: ignore[arg-type]


def _delta_note(d: MetricDelta | None) -> str:
    if d is None or d.delta is None:
        return ""
    if abs(d.delta) < 1e-9:
        return '<span class="gap same">±0</span>'
    better = d.delta < 0 if d.metric in LOWER_IS_BETTER else d.delta > 0
    kind = "bad" if d.regression else ("good" if better and d.metric not in NOT_GATED else "same")
    shown = f"{d.delta:+.1f}" if d.metric in NOT_GATED else f"{d.delta:+.3f}"
    return f'<span class="gap {kind}">{e(shown)}</span>'


def per_set_table(per_set: dict[str, Any], deltas: dict[str, list[MetricDelta]]) -> str:
    """Sets as rows, the main metrics as columns, each cell with its change against the base."""
    head = "".join(f'<th scope="col">{e(LABELS[m])}</th>' for m in PER_SET_METRICS)
    rows = []
    for name, figures in per_set.items():
        by_metric = {d.metric: d for d in deltas.get(name, [])}
        cells = "".join(
            f'<td class="{"regression" if (d := by_metric.get(m)) and d.regression else ""}">'
            f"{e(fmt(m, figures.get(m)))} {_delta_note(by_metric.get(m))}</td>"
            for m in PER_SET_METRICS
        )
        rows.append(f'<tr><th scope="row">{e(name)}</th><td>{e(figures.get("n_questions"))}</td>{cells}</tr>')
    return (
        '<div class="scroll" tabindex="0" role="region" aria-label="Per set"><table class="figures"><thead><tr><th scope="col">Set</th>'
        f'<th scope="col">Vragen</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


def per_kind_table(per_kind: dict[str, Any]) -> str:
    """Question kinds (the sets' ``kind:`` labels) as rows ('' when no question has a label)."""
    if not per_kind:
        return ""
    head = "".join(f'<th scope="col">{e(LABELS[m])}</th>' for m in PER_KIND_METRICS)
    rows = "".join(
        f'<tr><th scope="row">{e(kind)}</th><td>{e(figures.get("n_questions"))}</td>'
        + "".join(f"<td>{e(fmt(m, figures.get(m)))}</td>" for m in PER_KIND_METRICS)
        + "</tr>"
        for kind, figures in per_kind.items()
    )
    return (
        '<div class="scroll" tabindex="0" role="region" aria-label="Per vraagsoort"><table class="figures"><thead><tr><th scope="col">Vraagsoort</th>'
        f'<th scope="col">Vragen</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )


def coherence_table(summary: dict[str, Any], per_set: dict[str, Any]) -> str:
    """Coherence violations per rule, in total and per set ('' when the check did not run)."""
    total = summary.get("coherence_by_rule")
    if not total:
        return ""
    sets = list(per_set)
    head = "".join(f'<th scope="col">{e(s)}</th>' for s in sets)
    rows = "".join(
        f'<tr><th scope="row">{e(rule)}</th><td>{e(n)}</td>'
        + "".join(f"<td>{e((per_set[s].get('coherence_by_rule') or {}).get(rule, 0))}</td>" for s in sets)
        + "</tr>"
        for rule, n in total.items()
    )
    return (
        '<div class="scroll" tabindex="0" role="region" aria-label="Samenhangregels"><table class="figures"><thead><tr><th scope="col">Regel</th>'
        f'<th scope="col">totaal</th>{head}</tr></thead><tbody>{rows}</tbody></table></div>'
    )


def targets_table(checks: list[TargetCheck]) -> str:
    """Every set target with the value reached on the checked half."""
    rows = "".join(
        f'<tr class="{"pass" if c.met else "fail"}"><td>{e(c.set)}</td><td>{e(LABELS[c.metric])}</td>'
        f"<td>{'≤' if c.ceiling else '≥'} {e(fmt(c.metric, c.target))}</td><td>{e(fmt(c.metric, c.value))}</td>"
        f'<td class="status">{"✔ gehaald" if c.met else "✘ niet gehaald"}</td></tr>'
        for c in checks
    )
    return (
        '<table class="targets"><thead><tr><th scope="col">Set</th><th scope="col">Metriek</th>'
        '<th scope="col">Doel</th><th scope="col">Gehaald</th><th scope="col">Oordeel</th></tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def _tags(items: list[str], cls: str = "") -> str:
    return "".join(f'<span class="tag {cls}">{e(i)}</span>' for i in items) or '<span class="muted">–</span>'


def flips_table(flips: list[Flip]) -> str:
    """'Nieuw fout / Nieuw goed': every question that flipped, newly failing ones first."""
    if not flips:
        return '<p class="muted">Geen vragen omgeslagen ten opzichte van de basis.</p>'
    rows = "".join(
        f'<tr class="{"pass" if f.now_passed else "fail"}">'
        f'<td class="status">{"✔ nieuw goed" if f.now_passed else "✘ nieuw fout"}'
        f"{'' if f.now_passed else ' (' + e(FAILURE_LABELS.get(f.failure or '', f.failure)) + ')'}</td>"
        f"<td>{e(f.key)}</td><td>{e(f.question)}</td><td>{_tags(f.expected)}</td>"
        f"<td>nu: {_tags(f.retrieved_now)}<br>was: {_tags(f.retrieved_before)}</td>"
        f"<td>nu: {_tags(f.missing_now, 'miss')}<br>was: {_tags(f.missing_before, 'miss')}</td></tr>"
        for f in flips
    )
    return (
        '<div class="scroll" tabindex="0" role="region" aria-label="Nieuw fout / Nieuw goed"><table class="flips"><thead><tr><th scope="col">Verandering</th>'
        '<th scope="col">Vraag-id</th><th scope="col">Vraag</th><th scope="col">Verwacht document</th>'
        '<th scope="col">Opgehaald document</th><th scope="col">Ontbrekende feiten</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


QUESTION_COLUMNS = [
    ("Status", "text"),
    ("Oorzaak", "text"),
    ("Set", "text"),
    ("ID", "text"),
    ("Soort", "text"),
    ("Vraag", "text"),
    ("Antwoord", "text"),
    ("Vooraan", "num"),
    ("In 120 woorden", "num"),
    ("Woorden", "num"),
    ("Samenhang", "num"),
    ("Bronnen (steun)", "num"),
    ("Verwacht vs. opgehaald", "num"),
    ("Ontbrekende feiten", "num"),
    ("Latentie (ms)", "num"),
]


def question_head() -> str:
    """The per-question table's header row: every column sortable with a button."""
    return "".join(
        f'<th data-type="{t}" scope="col"><button type="button" class="sort">{e(n)}</button></th>'
        for n, t in QUESTION_COLUMNS
    )


def _answer_cell(text: str, index: int) -> str:
    if len(text) <= FOLD_CHARS:
        return e(text)
    return (
        f'<div class="fold" id="antwoord-{index}">{e(text)}</div>'
        f'<button type="button" class="unfold" aria-expanded="false" aria-controls="antwoord-{index}">'
        f"heel antwoord ({len(text.split())} woorden)</button>"
    )


def question_row(config: str, q: dict[str, Any], index: int) -> str:
    """One question (or conversation turn) as a table row; a long answer folds."""
    status = "pass" if q["passed"] else "fail"
    answer = q.get("answer") or {}
    text = answer.get("answer") or (q.get("error") and f"Fout: {q['error']}") or ""
    if q.get("abstained") and answer:
        text = "[geweigerd] " + text
    cites = (
        "".join(
            f'<span class="tag {"" if c["supported"] else "unsup"}" title="{e(c["sentence"])}">'
            f"[{e(c['n'])}] {e(c['doc_id'])} {'✓' if c['supported'] else '✗'} {c['support']:.2f}</span>"
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
        f'<span class="tag {"rel" if any(d.startswith(x) for x in expected) else ""}">{e(d)}</span>'
        for d in seen
    )
    rank = q.get("first_relevant_rank")
    first = "n.v.t." if not expected else (rank if rank is not None else "geen")
    latency = q.get("latency_ms")
    failure = q.get("failure") or ""
    lead = q.get("lead_hit")
    lead_text = "n.v.t." if lead is None else ("ja" if lead else "nee")
    n_facts = len(q["facts_found"]) + len(q["facts_missing"])
    in_budget = q.get("facts_in_budget")
    budget_text = f"{in_budget}/{n_facts} feiten" if n_facts and in_budget is not None else "n.v.t."
    budget_share = f"{in_budget / n_facts:.3f}" if n_facts and in_budget is not None else ""
    sides = ""
    if q.get("sides"):
        cited, got = q.get("both_sides_cited"), q.get("both_sides_retrieved")
        sides = (
            f"<div>kanten: {'alle' if got else 'niet alle'} opgehaald, "
            f"{'alle' if cited else 'niet alle'} geciteerd in 120 woorden</div>"
        )
    coherence = q.get("coherence")
    broken = {rule: n for rule, n in (coherence or {}).items() if n}
    coherence_text = (
        "n.v.t." if coherence is None else (", ".join(f"{r} {n}" for r, n in broken.items()) or "ok")
    )
    kind = q.get("kind") or ""
    kind_text = kind + (
        f" (herkend: {q['answer_kind']})" if q.get("answer_kind") and q["answer_kind"] != kind else ""
    )
    words = q.get("answer_words")
    return (
        f'<tr class="{status}" data-status="{status}" data-failure="{e(failure)}" data-set="{e(q["set"])}" '
        f'data-config="{e(config)}">'
        f'<td class="status" data-v="{status}">{"✔ geslaagd" if q["passed"] else "✘ gezakt"}</td>'
        f'<td data-v="{e(failure)}">{e(FAILURE_LABELS.get(failure, failure))}</td>'
        f'<td data-v="{e(q["set"])}">{e(q["set"])}</td>'
        f'<td data-v="{e(q["id"])}">{e(q["id"])}</td>'
        f'<td data-v="{e(kind)}">{e(kind_text)}</td>'
        f'<td class="question" data-v="{e(q["question"])}">{e(q["question"])}</td>'
        f'<td class="answer" data-v="{e(text)}">{_answer_cell(text, index)}</td>'
        f'<td data-v="{"" if lead is None else int(lead)}">{e(lead_text)}</td>'
        f'<td data-v="{budget_share}">{e(budget_text)}</td>'
        f'<td data-v="{e(words if words is not None else "")}">{e(words if words is not None else "–")}</td>'
        f'<td data-v="{sum(broken.values()) if coherence is not None else ""}">{e(coherence_text)}</td>'
        f'<td data-v="{len(q["citations"])}">{cites}</td>'
        f'<td data-v="{e(rank if rank is not None else "")}"><div>verwacht: {_tags(expected)}</div>'
        f"<div>opgehaald (eerste relevante: {e(first)}): {retrieved}</div>{sides}</td>"
        f'<td data-v="{len(q["facts_missing"])}">{_tags(q["facts_missing"], "miss")}</td>'
        f'<td data-v="{e(latency if latency is not None else "")}">{e(fmt("latency_ms_p50", latency))}</td>'
        "</tr>"
    )


def markdown_table(config: dict[str, Any], split: str) -> str:
    """A README-ready Markdown table: every metric, in total and per set, on the held-apart half
    when the run has it (else on the run's half), with per kind the rank metrics."""
    held_apart = (config.get("per_split") or {}).get("test")
    figures = held_apart or config
    half = "test" if held_apart else split
    sets = list(figures.get("per_set") or {})
    lines = [
        f"Half: `{half}` · {config.get('name', '')}",
        "",
        "| metric | all | " + " | ".join(sets) + " |",
        "|---|" + "---:|" * (len(sets) + 1),
    ]
    keys = [
        k
        for k in ("n_questions", *LABELS)
        if k in figures["summary"] and k not in ("n_answerable", "n_unanswerable")
    ]
    for key in dict.fromkeys(keys):
        cells = [figures["summary"].get(key)] + [figures["per_set"][s].get(key) for s in sets]
        lines.append(f"| {key} | " + " | ".join("–" if v is None else fmt(key, v) for v in cells) + " |")
    per_kind = figures.get("per_kind") or {}
    if per_kind:
        lines += [
            "",
            "| kind | n | " + " | ".join(PER_KIND_METRICS) + " |",
            "|---|" + "---:|" * (len(PER_KIND_METRICS) + 1),
        ]
        for kind, row in per_kind.items():
            values = " | ".join("–" if row.get(m) is None else fmt(m, row.get(m)) for m in PER_KIND_METRICS)
            lines.append(f"| {kind} | {row['n_questions']} | {values} |")
    return "\n".join(lines) + "\n"
