"""The question-set format: shipped sets load, malformed sets are named precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.questionset import available_sets, default_sets, load_set
from ketenwijzer.errors import InvalidInput, NotFound


@pytest.mark.parametrize("name", available_sets())
def test_shipped_sets_are_valid(name: str) -> None:
    qset = load_set(name)
    assert qset.name == name
    assert len({q.id for q in qset.questions}) == len(qset.questions)
    for q in qset.questions:
        assert q.answerable or not q.expected_sources, q.id


def test_required_sets_are_there_and_are_the_default() -> None:
    assert {"articles", "english", "out-of-scope"} <= set(available_sets())
    assert {"articles", "english", "out-of-scope"} <= set(default_sets())
    assert "briefs" not in default_sets()  # topics for notes, not evaluation questions


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "set.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_missing_field_names_file_question_and_field(tmp_path: Path) -> None:
    path = _write(tmp_path, "name: t\nquestions:\n  - id: q1\n    question: Wat?\n  - id: q2\n")
    with pytest.raises(InvalidInput) as err:
        load_set(path)
    message = err.value.message
    assert str(path) in message and "q2" in message and "'question'" in message


def test_wrong_type_and_unknown_field_are_rejected(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "name: t\nquestions:\n  - id: q7\n    question: Wat?\n    answerable: misschien\n"
    )
    with pytest.raises(InvalidInput, match="q7.*answerable"):
        load_set(path)
    path = _write(tmp_path, "name: t\nquestions:\n  - id: q8\n    question: Wat?\n    must_inclde: [x]\n")
    with pytest.raises(InvalidInput, match="q8.*must_inclde"):
        load_set(path)


def test_duplicate_ids_empty_facts_and_bad_yaml(tmp_path: Path) -> None:
    dup = _write(tmp_path, "name: t\nquestions:\n  - {id: a, question: x}\n  - {id: a, question: y}\n")
    with pytest.raises(InvalidInput, match="'a' komt meer dan eens"):
        load_set(dup)
    empty = _write(tmp_path, "name: t\nquestions:\n  - {id: e1, question: x, must_include: [[]]}\n")
    with pytest.raises(InvalidInput, match="e1.*must_include"):
        load_set(empty)
    broken = _write(tmp_path, "name: t\nquestions: [\n")
    with pytest.raises(InvalidInput, match="geen geldige YAML"):
        load_set(broken)


def test_unknown_set_name() -> None:
    with pytest.raises(NotFound, match="Beschikbaar"):
        load_set("bestaat-niet")


def test_defaults_and_alternatives(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name: t\nlanguage: en\nquestions:\n"
        "  - {id: 1, question: x, must_include: [a, [b, c]]}\n  - {id: q2, question: y, language: nl}\n",
    )
    qset = load_set(path)
    first, second = qset.questions
    assert first.id == "1" and first.answerable and first.alternatives() == [["a"], ["b", "c"]]
    assert qset.language_of(first) == "en" and qset.language_of(second) == "nl"


def test_targets_name_a_quality_metric_and_a_share(tmp_path: Path) -> None:
    head = "name: t\nquestions:\n  - id: q1\n    question: Wat?\n"
    assert load_set(_write(tmp_path, head + "targets:\n  hit_at_5: 0.9\n")).targets == {"hit_at_5": 0.9}
    for bad, expected in [
        ("targets:\n  hit_at_50: 0.9\n", "'hit_at_50' is geen metriek"),
        ("targets:\n  latency_ms_p95: 0.9\n", "'latency_ms_p95' is geen metriek"),
        ("targets:\n  hit_at_5: 90\n", "tussen 0 en 1"),
        ("targets:\n  hit_at_5: veel\n", "moet een getal zijn"),
        ("targets: [hit_at_5]\n", "moet een mapping zijn"),
    ]:
        with pytest.raises(InvalidInput) as err:
            load_set(_write(tmp_path, head + bad))
        assert expected in err.value.message and "targets" in err.value.message, err.value.message


def test_kind_sides_turns_and_near_domain_are_read(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """\
name: t
questions:
  - id: v1
    question: "Lijken de weerstanden op de knelpunten?"
    kind: comparison
    sides: [["ictu-ketens-de-baas"], ["morgens", "morgens-b"]]
  - id: o1
    question: "Hoeveel kost de ketenregisseur in Utrecht?"
    answerable: false
    near_domain: true
  - id: g1
    turns:
      - {question: "Wat is ketenregie?", kind: definition, expected_sources: [nora]}
      - {question: "Heb je daar een voorbeeld van?", kind: example, must_include: [regie]}
""",
    )
    qset = load_set(path)
    v1, o1, g1 = qset.questions
    assert v1.kind == "comparison" and v1.sides[1] == ["morgens", "morgens-b"]
    assert o1.near_domain and not o1.answerable
    assert [(i, t.kind) for i, t in g1.steps()] == [("g1.t1", "definition"), ("g1.t2", "example")]
    assert g1.turns[1].alternatives() == [["regie"]]


@pytest.mark.parametrize(
    ("body", "pattern"),
    [
        ("  - {id: k1, question: x, kind: waarom}", "k1.*kind.*geen vraagsoort"),
        ("  - {id: s1, question: x, sides: [[a]]}", "s1.*sides.*twee kanten"),
        ("  - {id: s2, question: x, sides: [[a], []]}", "s2.*sides.*lege kant"),
        ("  - {id: c1, turns: [{question: x}]}", "c1.*minstens twee beurten"),
        ("  - {id: c2, question: y, turns: [{question: x}, {question: z}]}", "c2.*niet allebei"),
        ("  - {id: c3, turns: [{question: x}, {question: z, id: nee}]}", "c3.*turns.1.id.*geen bekend veld"),
        ("  - {id: n1, question: x, near_domain: true}", "n1.*near_domain.*answerable: false"),
    ],
)
def test_bad_extensions_are_named_in_dutch(tmp_path: Path, body: str, pattern: str) -> None:
    path = _write(tmp_path, f"name: t\nquestions:\n{body}\n")
    with pytest.raises(InvalidInput, match=pattern):
        load_set(path)


def test_a_set_level_kind_is_the_default_of_its_questions(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name: t\nkind: comparison\nquestions:\n  - {id: a, question: x}\n  - {id: b, question: y, kind: list}\n"
        "  - id: c\n    turns: [{question: x}, {question: y, kind: example}]\n",
    )
    qset = load_set(path)
    assert [t.kind for q in qset.questions for _, t in q.steps()] == [
        "comparison",
        "list",
        "comparison",
        "example",
    ]
    with pytest.raises(InvalidInput, match="kind.*geen vraagsoort"):
        load_set(_write(tmp_path, "name: t\nkind: vergelijk\nquestions:\n  - {id: a, question: x}\n"))
