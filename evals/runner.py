"""Run question sets through the assistant for every configuration and build ``report.json``."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from assistant.chain import Assistant
from assistant.support import SupportFn, support_function
from evals.grading import grade, passage_lookup
from evals.judge import add_faithfulness, faithfulness, judge_model
from evals.metrics import is_relevant, summarize
from evals.questionset import QuestionSet
from ingest.pipeline import run_ingest
from ketenwijzer.errors import InvalidInput
from ketenwijzer.settings import Settings

Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Configuration:
    """One combination of embedder, generator and k."""

    embedder: str
    generator: str
    k: int

    @property
    def name(self) -> str:
        """A short readable name, e.g. 'use · extractive · k=5'."""
        return f"{self.embedder} · {self.generator} · k={self.k}"

    @property
    def params(self) -> dict[str, Any]:
        """The settings this configuration changes."""
        return {"embedder": self.embedder, "generator": self.generator, "top_k": self.k}

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this configuration's values."""
        return settings.model_copy(update=self.params)


def configurations(
    settings: Settings,
    embedders: Sequence[str] | None = None,
    generators: Sequence[str] | None = None,
    ks: Sequence[int] | None = None,
) -> list[Configuration]:
    """Every combination of the given values; an empty option means the setting's value."""
    if any(k < 1 for k in ks or []):
        raise InvalidInput("--k moet 1 of groter zijn.")
    return [
        Configuration(e, g, k)
        for e, g, k in itertools.product(
            list(embedders or [settings.embedder]),
            list(generators or [settings.generator]),
            list(ks or [settings.top_k]),
        )
    ]


def _noop(stage: str, done: int, total: int) -> None:
    return None


def run_configuration(
    settings: Settings,
    config: Configuration,
    sets: Sequence[QuestionSet],
    support: SupportFn,
    progress: Progress = _noop,
) -> dict[str, Any]:
    """Ask every question of ``sets`` under ``config``; name, params, summary, per_set, questions."""
    configured = config.apply(settings)
    run_ingest(configured, embedder_name=config.embedder)
    assistant = Assistant(configured)
    assistant.search("ketensamenwerking", 1)  # load the embedder before anything is timed
    docs = {d.doc_id: d.n_chunks for d in assistant.index.documents()}

    passage_text = passage_lookup(assistant.index)

    judge = judge_model(assistant.generator)
    total = sum(len(s.questions) for s in sets)
    done = 0
    records: list[dict[str, Any]] = []
    per_set: dict[str, Any] = {}
    for qset in sets:
        set_records = []
        for question in qset.questions:
            progress(config.name, done, total)
            answer, error = None, None
            started = time.perf_counter()
            try:
                answer = assistant.ask(question.question, language=qset.language_of(question))
            except InvalidInput as exc:
                error = exc.message
            latency = (time.perf_counter() - started) * 1000 if answer else None
            n_relevant = sum(n for d, n in docs.items() if is_relevant(d, question.expected_sources))
            set_records.append(
                grade(
                    qset.name,
                    question,
                    answer,
                    latency,
                    passage_text,
                    configured.support_threshold,
                    support,
                    n_relevant or None,
                    error,
                )
            )
            if judge is not None and answer is not None and not answer.abstained:
                texts = [passage_text(r.chunk_id) for r in answer.retrieved]
                set_records[-1]["faithfulness_llm"] = faithfulness(
                    judge, answer.answer, texts, answer.language, configured.llm_timeout
                )
            done += 1
        per_set[qset.name] = summarize(set_records)
        add_faithfulness(per_set[qset.name], set_records)
        records.extend(set_records)
    progress(config.name, total, total)
    summary = summarize(records)
    add_faithfulness(summary, records)
    return {
        "name": config.name,
        "params": config.params,
        "summary": summary,
        "per_set": per_set,
        "questions": records,
    }


def run_eval(
    settings: Settings,
    sets: Sequence[QuestionSet],
    configs: Sequence[Configuration],
    support_model: str | None = None,
    progress: Progress = _noop,
) -> dict[str, Any]:
    """The full report: one configuration at the top level, several under 'configurations'."""
    if not sets:
        raise InvalidInput("Geef minstens één vragenset op.")
    names = [s.name for s in sets]
    if len(set(names)) != len(names):
        raise InvalidInput(f"Vragensetnamen moeten uniek zijn; nu: {', '.join(names)}.")
    support = support_function(support_model)
    results = [run_configuration(settings, c, sets, support, progress) for c in configs]
    report: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sets": [
            {"name": s.name, "path": s.path, "n_questions": len(s.questions), "targets": s.targets}
            for s in sets
        ],
        "support": {
            "method": "nli" if support_model else "lexical",
            "model": support_model,
            "threshold": settings.support_threshold,
        },
    }
    if len(results) == 1:
        report.update(results[0])
    else:
        report["configurations"] = results
    return report


def configurations_of(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The configurations of a report, whether it holds one (top level) or several."""
    if "configurations" in report:
        return list(report["configurations"])
    if "summary" not in report:
        raise InvalidInput("Dit is geen evaluatierapport: 'summary' en 'configurations' ontbreken.")
    return [report]
