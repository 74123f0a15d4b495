"""Turn the harness results into ``results.json`` and a Markdown table for the README."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

Getter = Callable[[dict[str, Any]], float | None]


def _get(*keys: str) -> Getter:
    def getter(d: dict[str, Any]) -> float | None:
        cur: Any = d
        for k in keys:
            if isinstance(cur, list) and k.isdigit() and int(k) < len(cur):
                cur = cur[int(k)]
            elif isinstance(cur, dict) and k in cur:
                cur = cur[k]
            else:
                return None
        return float(cur) if isinstance(cur, int | float) else None

    return getter


# (label, getter, unit, lower is better)
ROWS: list[tuple[str, Getter, str, bool]] = [
    ("chunks", _get("retrieval", "chunks"), "", False),
    ("cold ingest, throughput", _get("ingest", "cold", "chunks_per_s"), "chunks/s", False),
    ("cold ingest, time in `run_ingest`", _get("ingest", "cold", "seconds"), "s", True),
    ("cold ingest, CPU time (all threads)", _get("ingest", "cold", "cpu_s"), "s", True),
    ("no-change re-ingest, time in `run_ingest`", _get("ingest", "rerun", "seconds"), "s", True),
    ("no-change re-ingest, whole CLI-like process", _get("ingest", "rerun", "process_wall_s"), "s", True),
    ("ingest peak RSS (cold)", _get("ingest", "cold", "peak_rss_mb"), "MB", True),
    ("retrieval p50 (in-process, warm)", _get("retrieval", "retrieve_ms", "p50"), "ms", True),
    ("retrieval p95 (in-process, warm)", _get("retrieval", "retrieve_ms", "p95"), "ms", True),
    ("  of which query embedding p50", _get("retrieval", "stages_ms", "embed", "p50"), "ms", True),
    ("  of which dense search (Chroma) p50", _get("retrieval", "stages_ms", "dense", "p50"), "ms", True),
    ("  of which BM25 p50", _get("retrieval", "stages_ms", "lexical", "p50"), "ms", True),
    ("  of which passages p50", _get("retrieval", "stages_ms", "passages", "p50"), "ms", True),
    ("  of which query embedding p95", _get("retrieval", "stages_ms", "embed", "p95"), "ms", True),
    ("  of which dense search (Chroma) p95", _get("retrieval", "stages_ms", "dense", "p95"), "ms", True),
    ("  of which BM25 p95", _get("retrieval", "stages_ms", "lexical", "p95"), "ms", True),
    ("proxy vectors: real e5 (10k run)", _get("proxy_ingest", "vectors_real"), "", False),
    ("proxy vectors: mixtures of 2–3 real", _get("proxy_ingest", "vectors_mixed"), "", False),
    ("proxy index build, time in `run_ingest`", _get("proxy_ingest", "ingest_seconds"), "s", True),
    ("`Assistant.ask` p50 (in-process, warm)", _get("retrieval", "ask_ms", "p50"), "ms", True),
    ("`Assistant.ask` p95 (in-process, warm)", _get("retrieval", "ask_ms", "p95"), "ms", True),
    ("`/api/ask` p50 over HTTP (warm)", _get("http", "ask_ms", "p50"), "ms", True),
    ("`/api/ask` p95 over HTTP (warm)", _get("http", "ask_ms", "p95"), "ms", True),
    ("  first round p95 (passages new to the server)", _get("http", "ask_ms_rounds", "0", "p95"), "ms", True),
    ("  second round p95 (passages seen before)", _get("http", "ask_ms_rounds", "1", "p95"), "ms", True),
    ("`/api/chat` first `delta` p50", _get("http", "chat_first_delta_ms", "p50"), "ms", True),
    ("`/api/chat` first `delta` p95", _get("http", "chat_first_delta_ms", "p95"), "ms", True),
    ("`serve` start to ready (existing index)", _get("http", "start_to_ready_s"), "s", True),
    ("server peak RSS", _get("http", "server_peak_rss_mb"), "MB", True),
    ("hit@5 (ours, answerable eval questions)", _get("retrieval", "hit_at_5"), "", False),
    ("load average (1 min) after the size", _get("load_avg_after", "0"), "", True),
]


def _fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "" and value <= 1 and value != int(value):
        return f"{value:.3f}"
    if abs(value) >= 100:
        text = f"{value:,.0f}".replace(",", " ")
    elif abs(value) >= 10:
        text = f"{value:.1f}"
    else:
        text = f"{value:.2f}"
    return f"{text} {unit}".strip()


def targets(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 9's targets: value, limit, met, and the margin."""
    sizes = results.get("sizes", {})
    shipped = sizes.get("shipped", {})
    largest = sizes.get("100k") or sizes.get("100k-proxy") or {}
    base = results.get("baseline") or {}
    rows: list[dict[str, Any]] = []

    def add(name: str, value: float | None, limit: float, unit: str, higher_ok: bool = False) -> None:
        met = None if value is None else (value >= limit if higher_ok else value <= limit)
        rows.append({"target": name, "value": value, "limit": limit, "unit": unit, "met": met})

    add("warm `/api/ask` p95, extractive, shipped corpus", _get("http", "ask_ms", "p95")(shipped), 300, "ms")
    add("retrieval p95 at 100k chunks", _get("retrieval", "retrieve_ms", "p95")(largest), 100, "ms")
    rerun = [_get("ingest", "rerun", "seconds")(s) for s in sizes.values()]
    worst = max((r for r in rerun if r is not None), default=None)
    add("no-change re-ingest (worst size, in `run_ingest`)", worst, 2, "s")
    ready = [_get("http", "start_to_ready_s")(s) for s in sizes.values()]
    add(
        "`serve` start to ready (worst size)", max((r for r in ready if r is not None), default=None), 10, "s"
    )
    add("hit@5 points above baseline", base.get("hit_at_5_points_gained"), 10, "points", higher_ok=True)
    add("latency ours/baseline (p95)", base.get("ratio_latency_p95"), 1.5, "×")
    return rows


def markdown(results: dict[str, Any]) -> str:
    """The results as Markdown tables: figures per size, growth, baseline, targets."""
    sizes: dict[str, dict[str, Any]] = results.get("sizes", {})
    m = results.get("machine", {})
    lines = [
        f"`python -m benchmarks {results.get('argv', '')}`".replace(" `", "`"),
        f"— {m.get('cores')} cores, {m.get('memory_gb')} GB RAM, no GPU, Python {m.get('python')}, "
        f"{results.get('date')}. Embedder `{results.get('settings', {}).get('embedder', 'use')}`, "
        "generator `extractive`. "
        "Shared machine: figures are noisy (see the notes).",
        "",
    ]
    names = list(sizes)
    if names:
        lines += ["| figure | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
        for label, getter, unit, _ in ROWS:
            values = [getter(sizes[n]) for n in names]
            if all(v is None for v in values):
                continue
            lines.append(f"| {label} | " + " | ".join(_fmt(v, unit) for v in values) + " |")
        if len(names) > 1:
            first = names[0]
            lines += ["", f"Growth relative to `{first}`:", ""]
            lines += ["| figure | " + " | ".join(names[1:]) + " |", "|---" * len(names) + "|"]
            for label, getter, unit, _ in ROWS:
                if unit in ("",) and label != "chunks":
                    continue
                ref = getter(sizes[first])
                values = [getter(sizes[n]) for n in names[1:]]
                if not ref or all(v is None for v in values):
                    continue
                lines.append(
                    f"| {label} | "
                    + " | ".join("–" if v is None else f"{v / ref:.1f}×" for v in values)
                    + " |"
                )
    base = results.get("baseline")
    if base:
        lat = base["latency_ms"]
        lines += [
            "",
            f"Baseline on the shipped corpus ({base['questions']} questions of articles, nora, english; "
            "plain LangChain `Chroma(...).as_retriever()`, dense only, same embedder, same extractive "
            "generator). Latency = retrieval + answer, in-process, warm:",
            "",
            "| | ours | baseline | ours/baseline |",
            "|---|---|---|---|",
            f"| hit@5 | {base['hit_at_5']['ours']:.3f} | {base['hit_at_5']['baseline']:.3f} | "
            f"{base['hit_at_5_points_gained']:+.1f} points |",
        ]
        for name, v in base.get("hit_at_5_per_set", {}).items():
            lines.append(
                f"| hit@5 `{name}` ({v['n']}) | {v['ours']:.3f} | {v['baseline']:.3f} | "
                f"{(v['ours'] - v['baseline']) * 100:+.1f} points |"
            )
        lines += [
            f"| latency p50 | {lat['ours']['p50']:.1f} ms | {lat['baseline']['p50']:.1f} ms | "
            f"{base['ratio_latency_p50']:.2f}× |",
            f"| latency p95 | {lat['ours']['p95']:.1f} ms | {lat['baseline']['p95']:.1f} ms | "
            f"{base['ratio_latency_p95']:.2f}× |",
        ]
    rows = targets(results)
    if rows:
        lines += ["", "| target (issue 9) | measured | limit | met |", "|---|---|---|---|"]
        for r in rows:
            met = "–" if r["met"] is None else ("yes" if r["met"] else "**no**")
            op = "≥" if r["target"].startswith("hit@5") else "≤"
            lines.append(
                f"| {r['target']} | {_fmt(r['value'], r['unit'])} | {op} {r['limit']} {r['unit']} | {met} |"
            )
    notes = results.get("notes") or []
    if notes:
        lines += [""] + [f"- {n}" for n in notes]
    return "\n".join(lines) + "\n"


def write(results: dict[str, Any], out_dir: Path) -> tuple[Path, Path]:
    """Write ``results.json`` and ``results.md`` to ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results["targets"] = targets(results)
    json_path, md_path = out_dir / "results.json", out_dir / "results.md"
    json_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    md_path.write_text(markdown(results))
    return json_path, md_path
