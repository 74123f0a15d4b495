"""Question sets: the YAML format of ``evals/sets/*.yaml``, loaded and validated with pydantic."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from assistant.question import KINDS as QUESTION_KINDS  # noqa: E402
from evals.split import Half, split_of
from evals.targets import check_target_value
from ketenwijzer.errors import InvalidInput, NotFound

SETS_DIR = Path(__file__).resolve().parent / "sets"
EVAL_SETS = ("articles", "nora", "english", "practical", "comparison", "conversations", "out-of-scope")
"""The sets ``eval run`` and ``eval gate`` use when none are named (briefs.yaml is not one)."""

Fact = str | list[str]
KINDS = QUESTION_KINDS
"""The question kinds of ``Answer.kind`` (defined once, in ``assistant/question.py``)."""


class _Asked(BaseModel):
    """What a question and a conversation turn share: the text and what a good answer holds."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1)
    language: str | None = None
    answerable: bool = True
    expected_sources: list[str] = Field(default_factory=list)
    must_include: list[Fact] = Field(default_factory=list)
    reference_answer: str | None = None
    kind: str | None = None
    """The expected question kind (one of ``KINDS``)."""
    sides: list[list[str]] = Field(default_factory=list)
    """A comparison's sides, each a list of doc ids (any of them covers the side)."""
    near_domain: bool = False
    """An out-of-scope question that sounds like the domain (a law, a cost, a date …)."""

    @field_validator("must_include")
    @classmethod
    def _facts_not_empty(cls, facts: list[Fact]) -> list[Fact]:
        for fact in facts:
            alternatives = [fact] if isinstance(fact, str) else fact
            if not alternatives or any(not a.strip() for a in alternatives):
                raise ValueError("bevat een leeg feit")
        return facts

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, kind: str | None) -> str | None:
        if kind is not None and kind not in KINDS:
            raise ValueError(f"'{kind}' is geen vraagsoort (kies uit {', '.join(KINDS)})")
        return kind

    @field_validator("sides")
    @classmethod
    def _sides(cls, sides: list[list[str]]) -> list[list[str]]:
        if sides and len(sides) < 2:
            raise ValueError("moet minstens twee kanten hebben")
        if any(not side or any(not d.strip() for d in side) for side in sides):
            raise ValueError("bevat een lege kant of een leeg doc-id")
        return sides

    @model_validator(mode="after")
    def _near_domain_is_out_of_scope(self) -> _Asked:
        if self.near_domain and self.answerable:
            raise ValueError("'near_domain: true' hoort bij een vraag met 'answerable: false'")
        return self

    def alternatives(self) -> list[list[str]]:
        """Each ``must_include`` fact as a list of alternatives."""
        return [[f] if isinstance(f, str) else list(f) for f in self.must_include]


class ConversationTurn(_Asked):
    """One turn of a conversation (no id of its own: it is scored as ``<id>.t<k>``)."""


class Question(_Asked):
    """One evaluation question, or a conversation (``turns``) asked in one session."""

    id: str = Field(min_length=1)
    question: str = ""  # type: ignore[assignment]
    turns: list[ConversationTurn] = Field(default_factory=list)
    split: Half | None = None
    """Override of the derived tuning/held-apart half (see ``evals/split.py``)."""

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return str(value) if isinstance(value, int) else value

    @model_validator(mode="after")
    def _question_or_turns(self) -> Question:
        if self.turns and self.question:
            raise ValueError("geef 'question' of 'turns', niet allebei")
        if not self.turns and not self.question.strip():
            raise ValueError("veld 'question' ontbreekt (of geef 'turns')")
        if self.turns and len(self.turns) < 2:
            raise ValueError("veld 'turns' moet minstens twee beurten hebben")
        return self

    @property
    def half(self) -> Half:
        """The tuning/held-apart half this question (or conversation) belongs to."""
        return split_of(self.id, self.split)

    def steps(self) -> list[tuple[str, Question | ConversationTurn]]:
        """What is asked, in order: ``[(id, self)]``, or ``[(id.t1, turn 1), …]`` for a conversation."""
        if not self.turns:
            return [(self.id, self)]
        return [(f"{self.id}.t{k}", turn) for k, turn in enumerate(self.turns, start=1)]


class QuestionSet(BaseModel):
    """A named set of questions from one YAML file."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    language: str = "nl"
    questions: list[Question] = Field(min_length=1)
    targets: dict[str, float] = Field(default_factory=dict)
    """Floors on the set's own metrics, e.g. ``hit_at_5: 0.9`` (see ``evals/targets.py``)."""
    kind: str | None = None
    """The kind of every question (and turn) that names none itself, e.g. ``comparison``."""
    path: str | None = None

    @field_validator("kind")
    @classmethod
    def _known_set_kind(cls, kind: str | None) -> str | None:
        return _Asked._known_kind(kind)

    @model_validator(mode="after")
    def _default_kind(self) -> QuestionSet:
        if self.kind:
            for question in self.questions:
                for _, asked in question.steps():
                    asked.kind = asked.kind or self.kind
        return self

    @field_validator("targets")
    @classmethod
    def _known_targets(cls, targets: dict[str, float]) -> dict[str, float]:
        for metric, value in targets.items():
            check_target_value(metric, value)
        return targets

    @model_validator(mode="after")
    def _unique_ids(self) -> QuestionSet:
        seen: set[str] = set()
        for q in self.questions:
            if q.id in seen:
                raise ValueError(f"vraag-id '{q.id}' komt meer dan eens voor (vraag {q.id}, veld 'id')")
            seen.add(q.id)
        return self

    def language_of(self, question: _Asked) -> str:
        """The question's language: its own override, else the set's."""
        return question.language or self.language

    def in_split(self, chosen: str) -> QuestionSet:
        """This set with only the questions of the chosen half ('all' keeps every question)."""
        if chosen == "all":
            return self
        kept = [q for q in self.questions if q.half == chosen]
        return self.model_copy(update={"questions": kept})


_MESSAGES = {
    "missing": "ontbreekt",
    "extra_forbidden": "is geen bekend veld",
    "bool_parsing": "moet true of false zijn",
    "bool_type": "moet true of false zijn",
    "string_type": "moet tekst zijn",
    "list_type": "moet een lijst zijn",
    "too_short": "mag niet leeg zijn",
    "string_too_short": "mag niet leeg zijn",
    "model_type": "moet een mapping zijn",
    "dict_type": "moet een mapping zijn",
    "float_parsing": "moet een getal zijn",
    "float_type": "moet een getal zijn",
}


def _dutch(err: Any) -> str:
    if err["type"] == "value_error":
        return str(err["msg"]).removeprefix("Value error, ")
    if err["type"] == "literal_error":
        return f"moet {err.get('ctx', {}).get('expected', 'een toegestane waarde')} zijn".replace(
            " or ", " of "
        )
    return _MESSAGES.get(err["type"], f"ongeldige waarde ({err['msg']})")


def _where(data: Any, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """(question id, field name) for a pydantic error location."""
    if len(loc) >= 2 and loc[0] == "questions" and isinstance(loc[1], int):
        qid = f"#{loc[1] + 1}"
        with contextlib.suppress(AttributeError, IndexError, KeyError, TypeError):
            qid = str(data["questions"][loc[1]].get("id") or qid)
        field = ".".join(str(p) for p in loc[2:]) or "(de vraag zelf)"
        return qid, field
    return "-", ".".join(str(p) for p in loc) or "(het bestand)"


def parse_set(data: Any, source: str) -> QuestionSet:
    """Validate parsed YAML; ``InvalidInput`` names the file, the question id and the field."""
    if not isinstance(data, dict):
        raise InvalidInput(
            f"Vragenset '{source}': het bestand moet een mapping met 'name' en 'questions' zijn."
        )
    try:
        return QuestionSet.model_validate({**data, "path": source})
    except ValidationError as exc:
        problems = []
        for err in exc.errors()[:5]:
            if not err["loc"]:
                problems.append(_dutch(err))
                continue
            qid, field = _where(data, tuple(err["loc"]))
            if field == "(de vraag zelf)":
                problems.append(f"vraag {qid}: {_dutch(err)}")
            else:
                problems.append(f"vraag {qid}, veld '{field}' {_dutch(err)}")
        raise InvalidInput(f"Vragenset '{source}' is ongeldig: " + "; ".join(problems) + ".") from None


def resolve_set_path(name_or_path: str) -> Path:
    """A set name from ``evals/sets`` (e.g. 'articles') or a path to a YAML file."""
    candidate = Path(name_or_path)
    if candidate.suffix in {".yaml", ".yml"} or candidate.exists():
        if not candidate.is_file():
            raise NotFound(f"Vragenset '{name_or_path}' bestaat niet.")
        return candidate
    named = SETS_DIR / f"{name_or_path}.yaml"
    if not named.is_file():
        known = ", ".join(available_sets()) or "geen"
        raise NotFound(f"Vragenset '{name_or_path}' bestaat niet. Beschikbaar: {known}.")
    return named


def load_set(name_or_path: str | Path) -> QuestionSet:
    """Load and validate one question set."""
    path = resolve_set_path(str(name_or_path))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InvalidInput(f"Vragenset '{path}' is geen geldige YAML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInput(f"Vragenset '{path}' kan niet gelezen worden: {exc}") from None
    return parse_set(data, str(path))


def available_sets() -> list[str]:
    """Names of the sets shipped in ``evals/sets``."""
    return sorted(p.stem for p in SETS_DIR.glob("*.yaml"))


def default_sets() -> list[str]:
    """The evaluation sets that are present, in ``EVAL_SETS`` order."""
    present = set(available_sets())
    return [name for name in EVAL_SETS if name in present]
