"""The answer chain: prepare → retrieve → gate → generate → cite, as LangChain runnables.

``Assistant`` is the one entry point the CLI, the API and the evals share. It is stateless:
callers pass the conversation history they keep.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from langchain_core.runnables import Runnable, RunnableBranch, RunnableLambda

from assistant import abstention, declines
from assistant.bibliography import (
    SourceFacts,
    SourceQuestion,
    described,
    search_terms,
    source_draft,
    source_question,
)
from assistant.chain_state import LISTS_BACK, State, answer_kind, initial_state, timed, without_names
from assistant.citations import assemble
from assistant.coherence import coherent, states_case
from assistant.conversation import Turn, asks_something_new, lead_of, listed_in, resolve
from assistant.gate import Gate
from assistant.generators import Draft, Generator, create_generator
from assistant.glossary import english_words, expand_query, rephrased
from assistant.holdings import every_source_draft, every_source_question
from assistant.leaning import is_request_word
from assistant.lengths import BREVITY, SENTENCES_ASKED, points_asked, without_length_asked
from assistant.meta import meta_answer, meta_kind
from assistant.named_source import as_carried
from assistant.ordinals import clarification, numbered_topic
from assistant.question import Question, analyse, focus_of
from assistant.question_objects import bare_term, explained_term, what_is
from assistant.reader import Reader
from assistant.restatements import restated
from assistant.retriever import HybridRetriever, Retrieval
from assistant.routing import route
from assistant.searched import instances_asked, lexical_search, named_sides
from assistant.sources import SourceDirectory
from assistant.spelling import Speller, dutch_word
from assistant.verbs import joined_verb
from ingest.index import Index
from ketenwijzer.compounds import modifiers_in_use
from ketenwijzer.errors import InvalidInput
from ketenwijzer.language import guess_language, without_contractions
from ketenwijzer.models import Answer, Passage, RetrievedRef
from ketenwijzer.settings import Settings, get_settings


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
        self.gate = Gate(self.settings, self.index, self.retriever, self.reader, lambda: self.directory)
        self.chain = self._build_chain()
        self._directory: tuple[int, SourceDirectory] | None = None
        self._speller: tuple[int, Speller] | None = None

    @property
    def speller(self) -> Speller:
        """The typing-slip corrector over the current index's stems (rebuilt when the index changes)."""
        generation = self.index.refresh()
        if self._speller is None or self._speller[0] != generation:
            self._speller = (generation, Speller.of_index(self.index.lexical))
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
        language = state.get("language_asked") or guess_language(
            without_names(asked, directory), self.settings.default_language, english_words()
        )
        lexical = self.index.lexical if directory else None
        question = asked
        if lexical is not None and language == "nl":
            question = self.speller.correct(asked, lambda t: abstention.known(t, lexical))
        elif language == "en":
            question = without_contractions(asked)
        rewrite = getattr(self.generator, "rewrite", None)
        rewriter = (lambda q, h: rewrite(q, h, language)) if callable(rewrite) else None
        history = state.get("history") or []

        def topic(anchor: str) -> str:
            # a verb written apart is carried joined: "Hoe bouw je vertrouwen op?" carried 'bouw vertrouwen'
            # into "Hoe lang duurt dat?", which led with "Bouw aan vertrouwen …" (thirty-seventh session)
            joined = joined_verb(rephrased(anchor), dutch_word) if language == "nl" else None
            said = joined.text if joined is not None else anchor
            return numbered_topic(anchor, focus_of(said, directory.named_in(anchor) if directory else []))

        def speakers(text: str) -> list[str]:
            named = directory.named_in(text) if directory else []
            return [as_carried(text, s) for s in named if s.speaks and s.written]

        def named(text: str) -> list[str]:
            # with the article before a word the source calls itself: "En wat zegt het dossier daarover?" was
            # carried as "Wat zegt dossier over ambitie?", and "Wie heeft gelijk?" then named one source
            # (new informal follow-ups, forty-second session; ``sources.as_carried``)
            return [as_carried(text, s) for s in (directory.named_in(text) if directory else []) if s.written]

        follow = resolve(question, history, rewriter, topic, speakers, named)
        bare = without_length_asked(question)
        explained = explained_term(bare)
        term = bare_term(bare) or (explained.term if explained else None)
        if term and is_request_word(term):
            term = None  # "tips" typed alone asks for advice, not what a tip is
        alone = not history or (explained is not None and explained.what)
        if alone and directory is not None and term and not named(question):
            # a term typed alone, as in a search box, asks what it is ("estafettemodel"), as does a request to explain
            # one ("Kun je ketensamenwerking uitleggen?"; "… explain what X is" in a conversation too); with the length
            # asked kept ("ketensturing in 1 zin" was declined; twenty-ninth session)
            if explained and explained.english:
                language = "en"
            length = SENTENCES_ASKED.search(question) or BREVITY.search(question)
            asked_length = f" {length.group(0)}" if length else ""
            follow.text = f"{what_is(term, language)} {term}{asked_length}?"
            if explained:
                # the request's own words ('uitleggen', 'zinnen') are no subject the gate must find
                question = follow.text
        passed = restated(question) if not follow.at_most else None
        if passed:
            # a question asked in other words: passed on, how to convince, why a thing exists (``restatements.py``)
            follow.text = question = passed
        if follow.language and not state.get("language_asked"):
            language = follow.language
        standalone = follow.text
        if follow.at_most or follow.language:
            # "Kan dat korter?" and "in English please" ask the previous question again: the gate
            # judges that question, not the request's own words ('korter', 'English' are no subject
            # the corpus must know; "in English please" was declined, twenty-sixth session)
            question = standalone
        frame = ""
        if follow.language == "nl" and language == "nl" and guess_language(standalone) == "en":
            # "and in Dutch?" after "What is a chain?": the question stays English to read it (it was
            # read as Dutch and declined), the answer is in Dutch (thirty-fourth session)
            language, frame = "en", "nl"
        elif follow.language == "en" and language == "en" and guess_language(standalone) == "nl":
            # "en in het Engels?" after a Dutch question: read as Dutch, as the Dutch answer was composed, in an
            # English frame; read as English it led with another sentence (forty-seventh session)
            language, frame = "nl", "en"
        with modifiers_in_use(lexical.compound_modifiers() if lexical is not None else None):
            # the corpus's own compound modifiers tell a place both compared sides share ("in een keten")
            analysis = analyse(standalone, language, directory)
            if analysis.specialised:
                # "Is ketensamenwerking hetzelfde als samenwerken?" asks what ketensamenwerking is
                # (``sides.specialised``; forty-fourth session)
                follow.text = standalone = question = (
                    f"{what_is(analysis.specialised, language)} {analysis.specialised}?"
                )
                analysis = analyse(standalone, language, directory)
        analysis.frame = frame
        analysis.at_most = follow.at_most or points_asked(standalone, brief=analysis.kind != "summary")
        # a question asked again ("en in het Engels?", "Kan dat korter?") is read as it was: against the turn before it
        # ("leg de derde eens uit" in English led with the list the Dutch answer had left; forty-seventh session)
        again = (
            bool(history) and bool(follow.at_most or follow.language) and history[-1].standalone == standalone
        )
        earlier = history[:-1] if again else history
        follows = history[-1].standalone != history[-1].question if again else standalone != question
        if earlier and follows and asks_something_new(standalone, earlier[-1]):
            analysis.said_before = lead_of(earlier[-1].answer)
            # the list an ordinal picks from may be an answer or two back ("leg de eerste uit", then
            # "en de laatste?"; ``ordinals.last_list``)
            analysis.listed_before = frozenset().union(*(listed_in(t.answer) for t in earlier[-LISTS_BACK:]))
        state["unresolved"] = follow.unresolved
        state["orphan"] = follow.orphan
        state["meta"] = meta_kind(question)
        before = history[-1].standalone if history else ""
        state["about"] = about = source_question(question, directory, before) or every_source_question(
            question, directory
        )
        named_here = directory is not None and bool(
            directory.named_in(question) or directory.called_in(question)
        )
        if about is not None and about.source is not None and directory and not named_here:
            # "wanneer?" after "Wie heeft Ketens de baas geschreven?" is about that source, and the
            # next follow-up ("waar kan ik het vinden?") leans on it (twenty-sixth session)
            standalone = f"{question.strip()} ({about.source.written or about.source.label})"
        state["asked"], state["question"], state["language"] = asked, question, language
        state["standalone"], state["analysis"] = standalone, analysis
        named_sides(analysis, self.index)
        analysis.instances_of = instances_asked(analysis.kind, standalone, lexical)
        state["query"] = lexical_search(analysis, standalone, language, self.index)
        return state

    def _retrieve(self, state: State) -> State:
        self.index.require_ready()
        analysis: Question = state["analysis"]
        retrieval = route(
            self.retriever, self.directory, state["query"], analysis, state.get("k"), state.get("doc_ids")
        )

        state["retrieval"] = retrieval
        state["evidence"] = self.gate.evidence(state, retrieval)
        return state

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
        context = retrieval.context
        about = state.get("about")
        if about is not None and not about.every:
            about = described(about, self.directory, passages)
            about = about if about.source is not None else None
        if about is not None and about.every:
            draft, context = every_source_draft(about, self.directory, state["language"]), []
        elif about is not None:
            draft, context = self._source_facts(state, about)
        elif draft is not None:
            draft.sentences = coherent(
                draft.sentences, states_case(state["standalone"], state["analysis"].kind)
            )
        text, citations = assemble(draft, context) if draft else ("", [])
        if about is not None and draft is not None:
            text = text or draft.lead_in
        abstained = not citations and about is None
        unsaid = [] if abstained or about is not None else state["evidence"].unsaid
        reply = state["analysis"].frame or state["language"]
        if abstained and state.get("meta"):
            text = meta_answer(state["meta"], reply, self.directory.labels())
        elif abstained and state.get("orphan"):
            text = declines.orphan_text(reply)
        elif abstained and state.get("unresolved"):
            text = clarification(state["unresolved"], reply)
        elif abstained and (silent := self.gate.silent_source(state)):
            # a kind's group by its label ("De artikelen"), a source by the name as typed, or by its label when
            # typed as a common noun ("dossier zegt hier niets over" opened a sentence; forty-first session)
            typed = silent.written if silent.written[:1].isupper() else ""
            name = silent.label if silent.group else typed or silent.label
            text = declines.silent_source_text(reply, name, silent.group)
        elif abstained:
            text = declines.decline_text(reply, self.directory.labels())
        elif unsaid:
            text = f"{declines.unsaid_note(unsaid)}\n\n{text}"
        asked = state.get("asked") or state["question"]
        timings = state["timings_ms"]
        timings["total"] = round(sum(v for k, v in timings.items() if k != "total"), 2)
        return Answer(
            question=asked,
            answer=text,
            abstained=abstained,
            language=reply,
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
            kind=answer_kind(state, abstained, about is not None),
            focus=state["analysis"].focus or None,
            unsaid=unsaid,
        )

    def _source_facts(self, state: State, asked: SourceQuestion) -> tuple[Draft, list[Passage]]:
        """A question about a source's publication (``assistant/bibliography.py``): its metadata,
        then the passages that also state the fact, found by the authors' names or the year."""
        assert asked.source is not None
        facts = SourceFacts.of(self.directory, asked.source)
        context = list(state["retrieval"].context)
        terms = search_terms(asked, facts)
        if terms:
            known = {p.chunk_id for p in context}
            found = [c for c, _ in self.index.lexical.search(terms, 5) if c not in known]
            context += self.index.passages(found)
        return source_draft(asked, facts, context, state["language"]), context

    def _weak(self, state: State) -> bool:
        """True when the evidence is too weak to answer (``Gate.weak``): the model is then never called."""
        return self.gate.weak(state)

    def _build_chain(self) -> Runnable[State, Answer]:
        gate = RunnableBranch(
            (self._weak, timed("decline", self._decline)),
            timed("generate", self._generate),
        )
        return (
            timed("prepare", self._prepare)
            | timed("retrieve", self._retrieve)
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
        return self.chain.invoke(initial_state(question, history, doc_ids, language, k))

    def stream(
        self, question: str, history: list[Turn] | None = None, doc_ids: list[str] | None = None
    ) -> Iterator[tuple[str, Any]]:
        """Events for a streaming client: ('delta', text)… then ('answer', Answer).

        A language model's tokens are passed on as they arrive; the final answer is the verified
        one, whose text can differ (dropped sentences, renumbered markers): the client shows it
        in place of the streamed text.
        """
        state = initial_state(question, history, doc_ids, None, None)
        for name, step in (("prepare", self._prepare), ("retrieve", self._retrieve)):
            state = timed(name, step).invoke(state)
        streamed = False
        if self._weak(state):
            state = timed("decline", self._decline).invoke(state)
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
