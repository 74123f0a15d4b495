"""Score briefs: compose one brief per topic of ``evals/sets/briefs.yaml`` and score it.

Each topic goes through ``assistant.briefs.compose_brief`` (the same path as the CLI and the
API) and ``assistant.briefs.scoring.score_brief``: fact recall, citation precision, coverage,
section coverage and source recall. A topic the composer refuses (``InvalidInput``, e.g.
``TopicNotCovered``) scores zero on every metric and keeps its Dutch error message, so a
regression that loses a topic shows in the means. ``ketenwijzer eval briefs`` writes the
result to ``briefs.json``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from assistant.briefs import compose_brief
from assistant.briefs.scoring import (
    SETS_DIR,
    BriefScore,
    BriefTopic,
    load_topics,
    score_brief,
    summarize_scores,
)
from assistant.chain import Assistant
from assistant.support import support_function
from evals.grading import passage_lookup
from ingest.index import Index
from ingest.pipeline import run_ingest
from ketenwijzer.errors import InvalidInput
from ketenwijzer.settings import Settings

BRIEFS_SET = SETS_DIR / "briefs.yaml"
TABLE_KEYS = ("fact_recall", "citation_precision", "coverage", "section_coverage", "source_recall")
"""The metrics ``format_table`` shows, in order."""

Progress = Callable[[int, int], None]


def _noop(done: int, total: int) -> None:
    return None


def failed_score(topic: BriefTopic) -> BriefScore:
    """The score of a topic for which no brief could be composed: zero everywhere."""
    return BriefScore(
        topic_id=topic.id,
        fact_recall=0.0,
        citation_precision=0.0,
        coverage=0.0,
        section_coverage=0.0,
        source_recall=0.0,
        facts_missing=[" / ".join(f) for f in topic.facts()],
    )


def run_briefs(
    settings: Settings,
    generator: str | None = None,
    path: Path | None = None,
    support_model: str | None = None,
    progress: Progress = _noop,
) -> dict[str, Any]:
    """Compose and score a brief per topic; the report dict (``summary`` and ``topics``)."""
    configured = settings.model_copy(update={"generator": generator}) if generator else settings
    topics = load_topics(path or BRIEFS_SET)
    if not topics:
        raise InvalidInput(f"'{path or BRIEFS_SET}' bevat geen onderwerpen.")
    if not Index(configured).is_ready():
        run_ingest(configured)
    assistant = Assistant(configured)
    support = support_function(support_model)

    passage_text = passage_lookup(assistant.index)

    scores: list[BriefScore] = []
    records: list[dict[str, Any]] = []
    for done, topic in enumerate(topics):
        progress(done, len(topics))
        started = time.perf_counter()
        record: dict[str, Any] = {"id": topic.id, "topic": topic.topic, "question": topic.question}
        try:
            brief = compose_brief(assistant, topic.topic, topic.question)
        except InvalidInput as exc:
            score = failed_score(topic)
            record.update(error=exc.message, title=None, governance=None, generator=None)
        else:
            score = score_brief(brief, topic, passage_text, configured.support_threshold, support)
            record.update(
                error=None, title=brief.title, governance=brief.governance, generator=brief.generator
            )
        record["seconds"] = round(time.perf_counter() - started, 3)
        record["score"] = score.model_dump()
        scores.append(score)
        records.append(record)
    progress(len(topics), len(topics))
    return {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "set": str(path or BRIEFS_SET),
        "generator": configured.generator,
        "support": {
            "method": "nli" if support_model else "lexical",
            "model": support_model,
            "threshold": configured.support_threshold,
        },
        "summary": {**summarize_scores(scores), "n_errors": sum(1 for r in records if r["error"])},
        "topics": records,
    }


def format_table(report: dict[str, Any]) -> str:
    """Per-topic scores and the means as a plain-text table."""
    heads = ["feiten", "citaatprecisie", "dekking", "secties", "bronnen"]
    rows = [f"{'onderwerp':<48}" + "".join(f"{h:>15}" for h in heads)]
    for record in report["topics"]:
        score = record["score"]
        name = f"{record['id']} {record['topic']}"
        cells = "".join(f"{score[k]:>15.3f}" for k in TABLE_KEYS)
        rows.append(f"{name[:47]:<48}{cells}" + ("  (fout)" if record["error"] else ""))
    summary = report["summary"]
    means = "".join(
        f"{summary[k]:>15.3f}" if isinstance(summary[k], float) else f"{'–':>15}" for k in TABLE_KEYS
    )
    rows.append(f"{'gemiddeld':<48}{means}")
    for record in report["topics"]:
        if record["error"]:
            rows.append(f"{record['id']}: {record['error']}")
    return "\n".join(rows)
