"""The shared support check: lexical by default, optional local NLI cross-encoder."""

from __future__ import annotations

import pytest

from assistant.support import (
    entailment_fn,
    is_supported,
    lexical_support,
    nli_support,
    strip_markers,
    support_function,
)
from ketenwijzer.errors import ConfigurationError
from ketenwijzer.settings import Settings

PASSAGE = (
    "De ketenmanager is verantwoordelijk voor de dagelijkse besturing van de keten, in overleg met "
    "het lijnmanagement van de ketenpartners."
)
THRESHOLD = Settings.model_fields["support_threshold"].default

SUPPORTED = [
    "De ketenmanager zorgt voor de dagelijkse besturing van de keten. [1]",
    "Over de besturing van de keten overlegt de ketenmanager met het lijnmanagement.",
    "Het lijnmanagement van de ketenpartners overlegt met de ketenmanager.",
]
UNSUPPORTED = [
    "Het kabinet verhoogt volgend jaar de accijns op tabak fors.",
    "De ketenmanager bepaalt de begroting van alle gemeenten.",
    "Een estafette is een hardloopwedstrijd waarbij lopers een stokje doorgeven. [2]",
]


def test_default_threshold_is_the_documented_one() -> None:
    assert THRESHOLD == 0.5


@pytest.mark.parametrize("sentence", SUPPORTED)
def test_clearly_supported_sentences_pass(sentence: str) -> None:
    assert lexical_support(sentence, PASSAGE) >= 0.75
    assert is_supported(sentence, [PASSAGE], THRESHOLD)


@pytest.mark.parametrize("sentence", UNSUPPORTED)
def test_clearly_unsupported_sentences_fail(sentence: str) -> None:
    assert lexical_support(sentence, PASSAGE) <= 0.25
    assert not is_supported(sentence, [PASSAGE], THRESHOLD)


def test_stemming_matches_inflected_forms() -> None:
    # 'besturen' / 'besturing' and 'overleggen' / 'overleg' share a Dutch Snowball stem.
    assert lexical_support("Besturen en overleggen", PASSAGE) == 1.0


def test_threshold_boundary_is_inclusive() -> None:
    sentence = "De ketenmanager koopt tabak."  # stems: ketenmanager, koopt, tabak -> 1/3
    score = lexical_support(sentence, PASSAGE)
    assert score == pytest.approx(1 / 3)
    assert is_supported(sentence, [PASSAGE], score)
    assert not is_supported(sentence, [PASSAGE], score + 0.01)


def test_markers_are_ignored_and_no_passage_is_no_support() -> None:
    assert strip_markers("Zin met bron. [1] [2]") == "Zin met bron."
    assert lexical_support("[3]", PASSAGE) == 1.0  # nothing to check
    assert not is_supported(SUPPORTED[0], [], THRESHOLD)


def test_support_of_several_passages_is_combined() -> None:
    other = "Het kabinet verhoogt de accijns op tabak."
    sentence = "De ketenmanager verhoogt de accijns op tabak."
    assert lexical_support(sentence, other) < 1.0
    assert is_supported(sentence, [PASSAGE, other], 1.0)


class _FakeConfig:
    id2label = {0: "contradiction", 1: "entailment", 2: "neutral"}


class _FakeCrossEncoder:
    """Entails when the hypothesis words all occur in the premise, as a stand-in NLI model."""

    config = _FakeConfig()

    def predict(self, pairs: list[tuple[str, str]], apply_softmax: bool = False) -> list[list[float]]:
        premise, hypothesis = pairs[0]
        entailed = set(hypothesis.lower().split()) <= set(premise.lower().split())
        return [[0.0, 5.0, 0.0] if entailed else [5.0, 0.0, 0.0]]


def test_entailment_function_reads_the_entailment_label() -> None:
    fn = entailment_fn(_FakeCrossEncoder())
    assert fn("de keten [1]", "de keten werkt") > 0.9
    assert fn("het kabinet", "de keten werkt") < 0.1


def test_model_without_entailment_label_is_a_configuration_error() -> None:
    model = _FakeCrossEncoder()
    model.config = type("C", (), {"id2label": {0: "positive", 1: "negative"}})()  # type: ignore[assignment]
    with pytest.raises(ConfigurationError, match="entailment"):
        entailment_fn(model)


def test_nli_model_is_never_downloaded(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigurationError, match="downloadt"):
        nli_support("cross-encoder/nli-deberta-v3-small")
    with pytest.raises(ConfigurationError, match="niet laden"):
        nli_support(str(tmp_path))  # an empty folder is not a model


def test_support_function_defaults_to_lexical() -> None:
    assert support_function(None) is lexical_support
