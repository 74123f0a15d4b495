"""The tuning / held-apart split: fixed per id, about half each, overridable, whole conversations."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from evals.questionset import load_set
from evals.split import check_split, derived_split, in_split, split_of
from ketenwijzer.errors import InvalidInput

SET = """\
name: s
questions:
  - {id: q1, question: "Wat is een keten?"}
  - {id: q2, question: "Wat is een ketenregisseur?", split: tune}
  - {id: q3, question: "Wie betaalt?", split: test}
  - id: c1
    turns:
      - {question: "Wat is ketenregie?"}
      - {question: "En in het Engels?"}
"""


def test_the_split_is_a_function_of_the_id_and_about_half_each() -> None:
    ids = [f"q{i:03d}" for i in range(400)]
    first = [derived_split(i) for i in ids]
    assert first == [derived_split(i) for i in ids]  # the same every time, in any order
    counts = Counter(first)
    assert set(counts) == {"tune", "test"}
    assert 160 <= counts["test"] <= 240, counts
    assert split_of("q001") == derived_split("q001")


def test_an_override_wins_and_all_holds_everything() -> None:
    some = next(i for i in (f"x{n}" for n in range(50)) if derived_split(i) == "test")
    assert split_of(some, "tune") == "tune"
    assert in_split(some, None, "all") and in_split(some, None, "test") and not in_split(some, None, "tune")


def test_a_wrong_split_value_is_refused_in_dutch() -> None:
    assert check_split(None) == "all" and check_split("TEST") == "test"
    with pytest.raises(InvalidInput, match="--split moet tune, test of all zijn"):
        check_split("train")


def test_a_set_keeps_only_its_half_and_a_conversation_stays_whole(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(SET, encoding="utf-8")
    qset = load_set(path)
    tune = [q.id for q in qset.in_split("tune").questions]
    test = [q.id for q in qset.in_split("test").questions]
    assert "q2" in tune and "q3" in test
    assert sorted(tune + test) == sorted(q.id for q in qset.questions)  # every question in one half
    conversation = next(q for q in qset.questions if q.id == "c1")
    assert [step_id for step_id, _ in conversation.steps()] == ["c1.t1", "c1.t2"]
    assert ("c1" in tune) != ("c1" in test)
    path.write_text(SET.replace("split: tune", "split: trein"), encoding="utf-8")
    with pytest.raises(InvalidInput, match="q2.*split.*'tune' of 'test'"):
        load_set(path)
