"""Quality over time: the eval reports (``report.json``) found in ``settings.eval_reports_dir``.

Each report is one run; its first configuration's summary gives the key metrics. Runs are
addressed by a short hash of their path (never by a path the client sends), so the page can
link the latest run's ``report.html`` without exposing the folder.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from evals.compare import load_report, pick
from ketenwijzer.errors import KetenwijzerError, NotFound
from ketenwijzer.settings import Settings

KEY_METRICS = {
    "hit_at_5": "Hit@5",
    "fact_recall": "Feitendekking",
    "facts_complete": "Alle feiten",
    "citation_precision": "Bronprecisie",
    "abstention_accuracy": "Terecht geweigerd",
}
MAX_REPORTS = 200


@dataclass
class Run:
    """One eval report."""

    id: str
    name: str
    created_at: str
    path: str
    metrics: dict[str, float | None] = field(default_factory=dict)
    has_html: bool = False


def _id(path: Path) -> str:
    return hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]


def _files(settings: Settings) -> list[Path]:
    folder = settings.eval_reports_dir
    if not folder.is_dir():
        return []
    return sorted(folder.rglob("report.json"))[:MAX_REPORTS]


def runs(settings: Settings) -> list[Run]:
    """Every readable report in the folder, oldest first (unreadable files are skipped)."""
    out = []
    for path in _files(settings):
        try:
            report = load_report(path)
            config = pick(report)
        except (KetenwijzerError, KeyError, IndexError, TypeError):
            continue
        summary = config.get("summary") or {}
        created = str(report.get("created_at") or config.get("created_at") or "")
        out.append(
            Run(
                id=_id(path),
                name=str(config.get("name") or path.parent.name),
                created_at=created,
                path=path.relative_to(settings.eval_reports_dir).as_posix(),
                metrics={k: _number(summary.get(k)) for k in KEY_METRICS},
                has_html=(path.parent / "report.html").is_file(),
            )
        )
    return sorted(out, key=lambda r: r.created_at)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


def report_file(settings: Settings, run_id: str) -> Path:
    """The ``report.html`` (else ``report.json``) of run ``run_id``, or ``NotFound``."""
    for path in _files(settings):
        if _id(path) == run_id:
            html = path.parent / "report.html"
            return html if html.is_file() else path
    raise NotFound("Dit evaluatierapport bestaat niet (meer).")
