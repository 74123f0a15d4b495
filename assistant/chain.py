"""The answer chain: prepare → retrieve → gate → generate → cite, as LangChain runnables.

``Assistant`` is the one entry point the CLI, the API and the evals share. It is stateless:
callers pass the conversation history they keep.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from langchain_core.runnables import Runnable, RunnableBranch, RunnableLambda

from assistant import abstention
from assistant.brackets import carried
from assistant.citations import assemble
from assistant.coherence import coherent, states_case
from assistant.conversation import Turn, asks_something_new, lead_of, resolve
from assistant.frames import points_asked
from assistant.generators import Draft, Generator, create_generator
from assistant.glossary import alternatives, evidence_query, expand_query, glossed, rephrased, synonym_words
from assistant.meta import meta_answer, meta_kind
from assistant.ordinals import clarification
from assistant.question import Question, analyse, focus_of
from assistant.reader import Reader
from assistant.retriever import HybridRetriever, Retrieval
from assistant.routing import route
from assistant.searched import lexical_search, named_sides
from assistant.sources import SourceDirectory, without_written
from assistant.spelling import Speller
from ingest.index import Index
from ketenwijzer.errors import InvalidInput
from ketenwijzer.language import guess_language
from ketenwijzer.models import Answer, Passage, RetrievedRef
from ketenwijzer.settings import Settings, get_settings
from ketenwijzer.text import stems

State = dict[str, Any]


def _timed(name: str, fn: Any) -> RunnableLambda:
    def step(state: State) -> State:
        started = time.perf_counter()
        out = fn(state)
        out["timings_ms"][name] = round((time.perf_counter() - started) * 1000, 2)
        return out

    return RunnableLambda(step, name=name)


def _state(
    question: str,
    history: list[Turn] | None,
    doc_ids: list[str] | None,
    language: str | None,
    k: int | None,
) -> State:
    return {
        "question": question,
        "history": history or [],
        "doc_ids": doc_ids,
        "language": language,
        "k": k,
        "timings_ms": {},
    }


def without_names(question: str, directory: SourceDirectory | None) -> str:
    """``question`` without the source names it uses: a title is no evidence of the question's
    language ("Who wrote Ketens de baas?" counted 'de' as Dutch and was answered, and declined,
    as a Dutch question; ``tests/test_answers.py``)."""
    return without_written(question, directory.named_in(question) if directory else [])


class Assistant:
    """Answers questions from the index with cited, verified sentences."""

    def __init__(
        self,
        settings: Settings | None = None,
        index: Index | None = None,
        generator: Generator | str | None = None,
    ) -> None:
        self.settings = settings or get_settings()
        self.index = index or Index(self.settings)
        self.retriever = HybridRetriever(self.index, self.settings)
        if isinstance(generator, str) or generator is None:
            generator = create_generator(generator or self.settings.generator, self.settings, self.index)
        self.generator = generator
        self.reader = Reader.for_settings(self.settings, self.index.embedder)
        if getattr(generator, "_reader", "absent") is None:
            generator._reader = self.reader  # type: ignore[attr-defined]  # one sentence cache
        self.chain = self._build_chain()
        self._directory: tuple[int, SourceDirectory] | None = None
        self._speller: tuple[int, Speller] | None = None

    @property
    def speller(self) -> Speller:
        """The typing-slip corrector over the current index's stems (rebuilt when the index changes)."""
        generation = self.index.refresh()
        if self._speller is None or self._speller[0] != generation:
            postings = self.index.lexical.postings
            self._speller = (generation, Speller(postings, lambda t: len(postings[t][0])))
        return self._speller[1]

    @property
    def directory(self) -> SourceDirectory:
        """The sources of the current index and their aliases (rebuilt when the index changes)."""
        generation = self.index.refresh()
        if self._directory is None or self._directory[0] != generation:
            docs = []
            for info in self.index.documents():
                if info.doc_id in self.index.superseded:
                    continue
                _, passages = self.index.document(info.doc_id)
                docs.append((info.doc_id, info.title, info.metadata, "\n".join(p.text for p in passages)))
            self._directory = (generation, SourceDirectory.build(docs))
        return self._directory[1]

    # -- validation -----------------------------------------------------------
    def validate_question(self, question: str) -> str:
        """The cleaned question, or ``InvalidInput`` with a Dutch reason."""
        if not isinstance(question, str):
            raise InvalidInput("De vraag moet tekst zijn.")
        cleaned = "".join(ch for ch in question if ch.isprintable() or ch in "\n\t").strip()
        if not cleaned:
            raise InvalidInput("De vraag is leeg. Typ een vraag over ketensamenwerking of ketensturing.")
        if len(cleaned) > self.settings.max_question_chars:
            raise InvalidInput(
                f"De vraag is te lang ({len(cleaned)} tekens); het maximum is "
                f"{self.settings.max_question_chars} tekens."
            )
        return cleaned

    # -- the chain ------------------------------------------------------------
    def _prepare(self, state: State) -> State:
        asked = self.validate_question(state["question"])
        directory = self.directory if self.index.is_ready() else None
        language = state.get("language") or guess_language(
            without_names(asked, directory), self.settings.default_language
        )
        lexical = self.index.lexical if directory else None
        question = asked
        if lexical is not None and language == "nl":
            question = self.speller.correct(asked, lambda t: abstention.known(t, lexical))
        rewrite = getattr(self.generator, "rewrite", None)
        rewriter = (lambda q, h: rewrite(q, h, language)) if callable(rewrite) else None
        history = state.get("history") or []

        def topic(anchor: str) -> str:
            return focus_of(anchor, directory.named_in(anchor) if directory else [])

        def speakers(text: str) -> list[str]:
            named = directory.named_in(text) if directory else []
            return [s.written for s in named if s.speaks and s.written]

        def named(text: str) -> list[str]:
            return [s.written for s in (directory.named_in(text) if directory else []) if s.written]

        follow = resolve(question, history, rewriter, topic, speakers, named)
        if follow.language and not state.get("language"):
            language = follow.language
        standalone = follow.text
        if follow.at_most:
            # "Kan dat korter?" asks the previous question again: the gate judges that question,
            # not the request's own words ('korter' is no subject the corpus must know)
            question = standalone
        analysis = analyse(standalone, language, directory)
        analysis.at_most = follow.at_most or points_asked(standalone)
        if history and standalone != question and asks_something_new(standalone, history[-1]):
            analysis.said_before = lead_of(history[-1].answer)
        state["unresolved"] = follow.unresolved
        state["meta"] = meta_kind(question)
        state.update(
            asked=asked, question=question, language=language, standalone=standalone, analysis=analysis
        )
        named_sides(analysis, self.index)
        state["query"] = lexical_search(analysis, standalone, language, self.index)
        return state

    def _retrieve(self, state: State) -> State:
        self.index.require_ready()
        analysis: Question = state["analysis"]
        retrieval = route(
            self.retriever, self.directory, state["query"], analysis, state.get("k"), state.get("doc_ids")
        )

        state["retrieval"] = retrieval
        lexical = self.index.lexical
        asked = evidence_query(analysis.focus or state["standalone"], state["language"])
        evidence = abstention.measure(
            asked,
            retrieval.passages,
            lexical,
            self._dense_top(state, retrieval),
            synonyms=alternatives(asked, state["language"]),
        )
        evidence.coverage = max(evidence.coverage, self._own_coverage(state, retrieval))
        if analysis.views_only:
            # "Hebben GBO en Be Informed dezelfde visie?": the named sources are the subject, and
            # they are in the corpus; 'visie' need not be their word (``Question.views_only``)
            evidence.coverage, evidence.unheard = 1.0, False
        evidence.blockers = abstention.blockers(
            state["question"],
            retrieval.passages,
            lexical,
            state["language"],
            names=frozenset(w for named in analysis.sources for w in named.matched_words),
        )
        if state["standalone"] != state["question"]:
            evidence.blockers.extend(self._new_subject(state, retrieval))
        if state["language"] == "nl" and not analysis.views_only:
            # a request for a source's view or summary has no subject words to miss ('artikel')
            # a phrase the glossary reads as the corpus's words ("de schuld geven") is said by them
            evidence.unsaid = abstention.unsaid(rephrased(state["question"]), lexical, synonym_words())
            analysis.unsaid = tuple(evidence.unsaid)
        top = retrieval.passages[:3]
        # what the passages must be about: without "wat zegt X" or a follow-up's own words
        about = analysis.focus if (analysis.sources or state["standalone"] != state["question"]) else ""
        about = about or state["standalone"]
        evidence.passage_top = self.reader.best_passage(about, top)
        evidence.sentence_top = self.reader.best_sentence(about, top)
        if (
            len(analysis.sources) >= 2
            and analysis.kind == "comparison"
            and state["standalone"] == state["question"]
        ):
            # sources compared on a subject: also the question as asked, without their names, and
            # the closer reading counts ("Zijn Morgens en Groothedde het eens over de rol van de
            # top?" was declined: a one-word focus, 'top', is close to no passage in the reader's
            # space; nineteenth session, ``tests/test_abstention.py``)
            asked = " ".join(without_written(state["question"], analysis.sources).split())
            evidence.passage_top = max(evidence.passage_top, self.reader.best_passage(asked, top))
            evidence.sentence_top = max(evidence.sentence_top, self.reader.best_sentence(asked, top))
        state["evidence"] = evidence
        return state

    def _dense_top(self, state: State, retrieval: Retrieval) -> float:
        """The best dense hit the gate reads; for a follow-up filtered to a named source, the best
        over the whole corpus: whether the subject is covered is not a question of one source
        ("En wat zegt Morgens daarover?" fell below the threshold with the filter; conversations
        set, tuning split)."""
        analysis: Question = state["analysis"]
        follow_up = state["standalone"] != state["question"]
        if not (follow_up and analysis.source_doc_ids and len(analysis.sides) < 2):
            return retrieval.dense_top
        overall = self.retriever.retrieve(state["query"], state.get("k"), state.get("doc_ids"))
        return max(retrieval.dense_top, overall.dense_top)

    def _own_focus(self, state: State) -> str:
        """The focus of the follow-up as typed, without the topic it carries or the sources it names."""
        directory = self.directory if self.index.is_ready() else None
        return focus_of(state["question"], directory.named_in(state["question"]) if directory else [])

    def _own_coverage(self, state: State, retrieval: Retrieval) -> float:
        """A follow-up with words of its own is covered when they are, whatever the topic it
        carries: "En wat zijn de stadia?" after a declined "Hoe lang duurt het voor een keten
        volwassen is?" was declined for 'duurt' and 'volwassen' (new informal questions, ninth
        session; ``tests/test_gate_follow_ups.py``). A new subject is still declined
        (``_new_subject``); a follow-up without words of its own has the topic only."""
        brackets = carried(state["standalone"]) if state["standalone"] != state["question"] else None
        if brackets is None or brackets.claim or not brackets.topic:
            return 0.0
        own = self._own_focus(state)
        if not own.strip():
            return 0.0
        asked = evidence_query(own, state["language"])
        alone = abstention.measure(
            asked,
            retrieval.passages,
            self.index.lexical,
            0.0,
            top=5,
            synonyms=alternatives(asked, state["language"]),
        )
        return 0.0 if alone.unheard else alone.coverage

    def _new_subject(self, state: State, retrieval: Retrieval) -> list[str]:
        """A follow-up's own subject words must be known to the corpus: the conversation's topic,
        added to the follow-up to find passages, must not vouch for a new subject ("En wat zeiden
        ze op het GBO-seminar over de parkeertarieven?": 'parkeertarieven' occurs nowhere)."""
        own = self._own_focus(state)
        lexical = self.index.lexical
        # a glossary word counts by the corpus words it maps to, as in the gate ('meewerkt')
        unknown = [
            stem
            for word in own.split()
            for stem in stems(word)[:1]
            if len(stem) >= 5
            and not abstention.known(stem, lexical)
            and not any(abstention.known(t, lexical) for t in stems(glossed(word)))
        ]
        return [f"onbekend in de bronnen: {', '.join(unknown)}"] if unknown else []

    def _decline(self, state: State) -> State:
        state["draft"] = None
        return state

    def _generate(self, state: State) -> State:
        state["draft"] = self.generator.generate(
            state["standalone"], state["retrieval"].context, state["language"], analysis=state["analysis"]
        )
        return state

    def _finish(self, state: State) -> Answer:
        retrieval: Retrieval = state["retrieval"]
        passages = retrieval.passages
        draft: Draft | None = state["draft"]
        if draft is not None:
            draft.sentences = coherent(
                draft.sentences, states_case(state["standalone"], state["analysis"].kind)
            )
        text, citations = assemble(draft, retrieval.context) if draft else ("", [])
        abstained = not citations
        unsaid = [] if abstained else state["evidence"].unsaid
        if abstained and state.get("meta"):
            text = meta_answer(state["meta"], state["language"], self.directory.labels())
        elif abstained and state.get("unresolved"):
            text = clarification(state["unresolved"], state["language"])
        elif abstained and (silent := self._silent_source(state)):
            text = abstention.silent_source_text(state["language"], silent)
        elif abstained:
            text = abstention.decline_text(state["language"], self.directory.labels())
        elif unsaid:
            text = f"{abstention.unsaid_note(unsaid)}\n\n{text}"
        asked = state.get("asked") or state["question"]
        timings = state["timings_ms"]
        timings["total"] = round(sum(v for k, v in timings.items() if k != "total"), 2)
        return Answer(
            question=asked,
            answer=text,
            abstained=abstained,
            language=state["language"],
            citations=citations,
            retrieved=[RetrievedRef(chunk_id=p.chunk_id, doc_id=p.doc_id, score=p.score) for p in passages],
            timings_ms=timings,
            standalone_question=state["standalone"] if state["standalone"] != asked else None,
            generator=draft.generator if draft else self.generator.name,
            notice=draft.notice if draft and not abstained else None,
            evidence=round(
                state["evidence"].score(
                    self.settings.evidence_coverage_weight, self.settings.evidence_reader_weight
                ),
                4,
            ),
            kind=state["analysis"].kind,
            focus=state["analysis"].focus or None,
            unsaid=unsaid,
        )

    def _silent_source(self, state: State) -> str:
        """The name of the one source a declined question asks to speak, when the other sources use
        every word of its subject ('' otherwise): it is that source that says nothing on it."""
        analysis = state["analysis"]
        speaking = [s for s in analysis.sources if s.speaks]
        subject = stems(analysis.focus or "")
        if len(speaking) != 1 or not subject or state["evidence"].blockers:
            return ""
        lexical = self.index.lexical
        if not all(abstention.known(t, lexical) for t in subject):
            return ""
        return speaking[0].written or speaking[0].label

    def _weak(self, state: State) -> bool:
        """True when the evidence is too weak to answer (or the question points into nothing):
        the model is then never called."""
        if state.get("unresolved") or state.get("meta"):
            return True
        s = self.settings
        threshold = s.abstain_threshold_en if state["language"] == "en" else s.abstain_threshold
        return not state["evidence"].sufficient(
            threshold, s.evidence_coverage_weight, s.evidence_reader_weight
        )

    def _build_chain(self) -> Runnable[State, Answer]:
        gate = RunnableBranch(
            (self._weak, _timed("decline", self._decline)),
            _timed("generate", self._generate),
        )
        return (
            _timed("prepare", self._prepare)
            | _timed("retrieve", self._retrieve)
            | gate
            | RunnableLambda(self._finish, name="cite")
        )

    # -- public API -----------------------------------------------------------
    def ask(
        self,
        question: str,
        history: list[Turn] | None = None,
        doc_ids: list[str] | None = None,
        language: str | None = None,
        k: int | None = None,
    ) -> Answer:
        """Answer one question (with optional history and document filter)."""
        return self.chain.invoke(_state(question, history, doc_ids, language, k))

    def stream(
        self, question: str, history: list[Turn] | None = None, doc_ids: list[str] | None = None
    ) -> Iterator[tuple[str, Any]]:
        """Events for a streaming client: ('delta', text)… then ('answer', Answer).

        A language model's tokens are passed on as they arrive; the final answer is the verified
        one, whose text can differ (dropped sentences, renumbered markers): the client shows it
        in place of the streamed text.
        """
        state = _state(question, history, doc_ids, None, None)
        for name, step in (("prepare", self._prepare), ("retrieve", self._retrieve)):
            state = _timed(name, step).invoke(state)
        streamed = False
        if self._weak(state):
            state = _timed("decline", self._decline).invoke(state)
        else:
            started = time.perf_counter()
            state["draft"] = None
            passages = state["retrieval"].context
            stream = self.generator.stream(
                state["standalone"], passages, state["language"], analysis=state["analysis"]
            )
            for item in stream:
                if isinstance(item, Draft):
                    state["draft"] = item
                elif item:
                    streamed = True
                    yield "delta", item
            state["timings_ms"]["generate"] = round((time.perf_counter() - started) * 1000, 2)
        answer = self._finish(state)
        if not streamed:
            words = answer.answer.split(" ")
            for i in range(0, len(words), 4):
                yield "delta", " ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "")
        yield "answer", answer

    def search(self, query: str, k: int = 10, doc_ids: list[str] | None = None) -> list[Passage]:
        """Passages for a query, best first, with fused scores."""
        query = self.validate_question(query)
        self.index.require_ready()
        language = guess_language(query, self.settings.default_language)
        return self.retriever.retrieve(expand_query(query, language), k, doc_ids).passages
