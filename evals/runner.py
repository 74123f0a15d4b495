"""Run question sets through the assistant for every configuration and build ``report.json``."""

from __future__ import annotations

import itertools
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from assistant.chain import Assistant
from assistant.conversation import Turn
from assistant.support import SupportFn, support_function
from evals.grading import Coherence, coherence_check, grade, passage_lookup
from evals.judge import add_faithfulness, faithfulness, judge_model
from evals.metrics import group_by, is_relevant, summarize
from evals.questionset import Question, QuestionSet, default_sets
from evals.split import check_split
from evals.targets import load_project_targets
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


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # not every platform has a load average
        return None


def machine() -> dict[str, Any]:
    """The machine a run measured on: cores and load average (1, 5, 15 min) at this moment."""
    return {"cores": os.cpu_count(), "load_avg": _load()}


def figures(records: Sequence[dict[str, Any]], set_names: Sequence[str]) -> dict[str, Any]:
    """summary, per_set and per_kind (the sets' ``kind:`` labels) of some graded records."""
    per_set = {name: summarize([r for r in records if r["set"] == name]) for name in set_names}
    for name in set_names:
        add_faithfulness(per_set[name], [r for r in records if r["set"] == name])
    summary = summarize(records)
    add_faithfulness(summary, records)
    per_kind = {kind: summarize(rows) for kind, rows in sorted(group_by(records, "kind").items())}
    return {"summary": summary, "per_set": per_set, "per_kind": per_kind}


class _Asker:
    """Asks one question set's questions (a conversation in one session) and grades each answer."""

    def __init__(
        self, settings: Settings, assistant: Assistant, support: SupportFn, coherence: Coherence
    ) -> None:
        self.settings = settings
        self.assistant = assistant
        self.support = support
        self.coherence = coherence
        self.docs = {d.doc_id: d.n_chunks for d in assistant.index.documents()}
        self.passage_text = passage_lookup(assistant.index)
        self.judge = judge_model(assistant.generator)

    def question(self, qset: QuestionSet, question: Question) -> list[dict[str, Any]]:
        """The graded rows of one question: one, or one per turn of a conversation."""
        history: list[Turn] = []
        rows = []
        for k, (row_id, asked) in enumerate(question.steps(), start=1):
            answer, error = None, None
            started = time.perf_counter()
            # a conversation's turn gives only its own language: like a chat client, so that
            # "en in het Engels?" can switch the answer language
            language = asked.language if question.turns else qset.language_of(asked)
            try:
                answer = self.assistant.ask(asked.question, history=list(history) or None, language=language)
            except InvalidInput as exc:
                error = exc.message
            latency = (time.perf_counter() - started) * 1000 if answer else None
            n_relevant = sum(n for d, n in self.docs.items() if is_relevant(d, asked.expected_sources))
            record = grade(
                qset.name,
                asked,
                answer,
                latency,
                self.passage_text,
                self.settings.support_threshold,
                self.support,
                n_relevant or None,
                error,
                row_id=row_id,
                turn=k if question.turns else None,
                split=question.half,
                coherence=self.coherence,
            )
            if question.turns:
                record["conversation"] = question.id
            if self.judge is not None and answer is not None and not answer.abstained:
                texts = [self.passage_text(r.chunk_id) for r in answer.retrieved]
                record["faithfulness_llm"] = faithfulness(
                    self.judge, answer.answer, texts, answer.language, self.settings.llm_timeout
                )
            rows.append(record)
            if answer is not None:
                standalone = answer.standalone_question or asked.question
                history.append(Turn(question=asked.question, standalone=standalone, answer=answer.answer))
        return rows


def run_configuration(
    settings: Settings,
    config: Configuration,
    sets: Sequence[QuestionSet],
    support: SupportFn,
    progress: Progress = _noop,
    split: str = "all",
) -> dict[str, Any]:
    """Ask every question of ``sets`` under ``config``.

    name, params, summary, per_set, per_kind, questions, machine; a run on both halves also
    has ``per_split`` (the same figures for ``tune`` and ``test``).
    """
    configured = config.apply(settings)
    run_ingest(configured, embedder_name=config.embedder)
    assistant = Assistant(configured)
    assistant.ask("Wat is ketensamenwerking?")  # load the embedder and build lazy indexes before timing
    asker = _Asker(configured, assistant, support, coherence_check())
    total = sum(len(s.questions) for s in sets)
    done = 0
    records: list[dict[str, Any]] = []
    load_before = _load()
    for qset in sets:
        for question in qset.questions:
            progress(config.name, done, total)
            records.extend(asker.question(qset, question))
            done += 1
    progress(config.name, total, total)
    names = [s.name for s in sets]
    result: dict[str, Any] = {
        "name": config.name,
        "params": config.params,
        "split": split,
        **figures(records, names),
    }
    if split == "all":
        result["per_split"] = {
            half: figures([r for r in records if r["split"] == half], names) for half in ("tune", "test")
        }
    result["questions"] = records
    result["machine"] = {**machine(), "load_avg_before": load_before}
    return result


def run_eval(
    settings: Settings,
    sets: Sequence[QuestionSet],
    configs: Sequence[Configuration],
    support_model: str | None = None,
    progress: Progress = _noop,
    split: str = "all",
) -> dict[str, Any]:
    """The full report: one configuration at the top level, several under 'configurations'.

    ``split`` keeps only the questions of one half (``tune`` or ``test``, see ``evals/split.py``).
    """
    split = check_split(split)
    sets = [s.in_split(split) for s in sets]
    if not sets:
        raise InvalidInput("Geef minstens één vragenset op.")
    names = [s.name for s in sets]
    if len(set(names)) != len(names):
        raise InvalidInput(f"Vragensetnamen moeten uniek zijn; nu: {', '.join(names)}.")
    project = load_project_targets()  # a broken targets file fails before the long run
    support = support_function(support_model)
    results = [run_configuration(settings, c, sets, support, progress, split) for c in configs]
    every_set = set(default_sets()) <= set(names)
    report: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "split": split,
        "machine": machine(),
        "sets": [
            {
                "name": s.name,
                "path": s.path,
                "n_questions": len(s.questions),
                "targets": {**project.get(s.name, {}), **s.targets},
            }
            for s in sets
        ],
        "all_targets": project.get("all", {}) if every_set else {},
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
