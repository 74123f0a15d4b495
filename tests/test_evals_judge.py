"""The optional LLM-judged faithfulness score: parsing, failure, and a run with a chat model."""

from __future__ import annotations

from pathlib import Path

from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.generators.base import generators
from assistant.generators.llm import LLMGenerator
from assistant.support import lexical_support
from evals.judge import faithfulness, parse_verdicts
from evals.questionset import load_set
from evals.runner import Configuration, run_configuration
from ketenwijzer.settings import Settings
from tests.test_evals_run import TINY


class _Broken(FakeListChatModel):
    def _call(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("model weg")


def test_verdict_lines_are_parsed_and_counted() -> None:
    text = "JA: De ketenmanager is de baas.\n- NEE: Hij bepaalt de begroting.\n2) ja: Hij rapporteert.\nruis"
    assert parse_verdicts(text) == [
        (True, "De ketenmanager is de baas."),
        (False, "Hij bepaalt de begroting."),
        (True, "Hij rapporteert."),
    ]
    model = FakeListChatModel(responses=[text])
    assert faithfulness(model, "x [1]", ["passage"], "nl", 10) == 2 / 3


def test_unusable_or_failing_judge_gives_no_score() -> None:
    assert faithfulness(FakeListChatModel(responses=["Geen idee."]), "x", ["p"], "nl", 10) is None
    assert faithfulness(_Broken(responses=["JA: x"]), "x", ["p"], "nl", 10) is None


def test_run_with_a_chat_model_reports_faithfulness(corpus_settings: Settings, tmp_path: Path) -> None:
    model = FakeListChatModel(responses=["JA: een bewering\nNEE: een andere bewering"])

    @generators.register("fake-judge-llm")
    def _fake(settings: Settings, index=None) -> LLMGenerator:  # type: ignore[no-untyped-def]
        return LLMGenerator(settings, index, model, "fake-judge-llm", support=lexical_support)

    path = tmp_path / "tiny.yaml"
    path.write_text(TINY, encoding="utf-8")
    result = run_configuration(
        corpus_settings,
        Configuration(corpus_settings.embedder, "fake-judge-llm", 5),
        [load_set(path)],
        lexical_support,
    )
    answered = [r for r in result["questions"] if not r["abstained"]]
    assert answered and all(r["faithfulness_llm"] == 0.5 for r in answered)
    assert result["summary"]["faithfulness_llm"] == 0.5
    assert "faithfulness_llm" not in next(r for r in result["questions"] if r["abstained"])
    extractive = run_configuration(
        corpus_settings,
        Configuration(corpus_settings.embedder, "extractive", 5),
        [load_set(path)],
        lexical_support,
    )
    assert "faithfulness_llm" not in extractive["summary"]
