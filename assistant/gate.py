"""The gate's evidence for one question: is what is asked in the passages retrieved for it?

Split from ``assistant/chain.py`` (twenty-second session). ``abstention.py`` holds the measures
and the decline texts; this module reads a question's state (its analysis, the follow-up it may
be, the sources it names) into one ``Evidence`` and says whether it is too weak to answer.
"""

from __future__ import annotations

from collections.abc import Callable

from assistant import abstention
from assistant.abbreviations import asked_abbreviation
from assistant.abstention import Evidence
from assistant.asked_words import (
    without_counts,
    without_domain_place,
    without_kinds,
    without_trouble,
    without_views,
)
from assistant.brackets import carried, without_carried
from assistant.chain_state import State
from assistant.focus import SIMILARITY
from assistant.focus_words import VIEW_WORDS
from assistant.glossary import alternatives, evidence_query, glossed, rephrased, synonym_words
from assistant.inflections import along_roots, verb_forms
from assistant.named_source import NamedSource, without_written
from assistant.question import Question, focus_of
from assistant.question_objects import STATE_SHARE, scoped_word
from assistant.reader import Reader
from assistant.retriever import HybridRetriever, Retrieval
from assistant.scenes import SCENE_CLAUSE
from assistant.sources import SourceDirectory
from assistant.subject import english_unsaid, off_subject
from assistant.superlatives import ranked_word
from assistant.unsaid import event_words, pointed_event_verb, undefinable, unsaid
from assistant.verbs import inverted_verbs, typed_whole, writes_apart
from assistant.yields import without_joining
from ingest.index import Index
from ketenwijzer.compounds import verbal_compounds
from ketenwijzer.settings import Settings
from ketenwijzer.text import stems


class Gate:
    """Measures the evidence for a question and decides whether it is answered."""

    def __init__(
        self,
        settings: Settings,
        index: Index,
        retriever: HybridRetriever,
        reader: Reader,
        directory: Callable[[], SourceDirectory],
    ) -> None:
        self.settings = settings
        self.index = index
        self.retriever = retriever
        self.reader = reader
        self._directory = directory

    @property
    def directory(self) -> SourceDirectory:
        """The sources of the current index (the assistant's, rebuilt when the index changes)."""
        return self._directory()

    def evidence(self, state: State, retrieval: Retrieval) -> Evidence:
        """The evidence that the passages ``retrieval`` found answer the question in ``state``."""
        analysis: Question = state["analysis"]
        lexical = self.index.lexical
        asked = without_kinds(evidence_query(analysis.focus or state["standalone"], state["language"]))
        asked = without_joining(without_counts(without_views(asked)), state["standalone"])
        asked = without_trouble(asked, state["standalone"])
        if analysis.instances_of:
            asked = without_domain_place(asked, state["standalone"])
        if state["standalone"] != state["question"] and (rank := ranked_word(state["question"])):
            # a ranking follow-up's superlative is no word the passages must hold: "welke is het
            # gevaarlijkst?" after the pitfalls, given as sentences, not a list, was declined for it
            # (new informal follow-ups, thirty-first session; ``tests/test_gate_follow_ups.py``)
            asked = " ".join(w for w in asked.split() if w.lower() != rank) or asked
        synonyms = {t: set(alt) for t, alt in alternatives(asked, state["language"]).items()}
        if state["language"] == "nl":
            # a verb the stemmer leaves with its ending counts as the corpus's form: 'betalen' is said
            # by "wie wat betaalt" ("Moet elke partner evenveel betalen?" was declined; twenty-seventh
            # session), as the sentence scorer reads it
            for term, forms in verb_forms(stems(asked), lexical.postings).items():
                synonyms.setdefault(term, set()).update(forms)
            for term, forms in along_roots(stems(asked), lexical.postings).items():
                synonyms.setdefault(term, set()).update(forms)
            # a noun and its verb are said by their verbal noun ('ketens vormen': "Redenen voor ketenvorming")
            for compound, parts in verbal_compounds(state["standalone"], lexical.postings).items():
                for part in parts:
                    synonyms.setdefault(part, set()).add(compound)
            # a separable verb typed whole counts as said where a top passage writes it apart ('inleveren':
            # "Ketenpartners leveren in een keten …"), not by its root anywhere ("Hoe vraag ik een
            # parkeervergunning aan?" is no 'vragen'; twenty-eighth session, ``tests/test_abstention.py``)
            for whole in typed_whole(asked, lexical.postings):
                if any(writes_apart(p.text, whole, anywhere=True) for p in retrieval.passages[:3]):
                    synonyms.setdefault(stems(whole.word)[0], set()).update(
                        stems(whole.word[len(whole.prefix) :])
                    )
        scope = scoped_word(state["standalone"]) if state["language"] == "nl" else None
        evidence = abstention.measure(
            asked,
            retrieval.passages,
            lexical,
            self._dense_top(state, retrieval),
            synonyms=synonyms,
            # the place a thing is found weighs half, as in the scorer: "Hoe zorg ik voor draagvlak bij de
            # uitvoerders?" was declined, no top passage naming the rare 'uitvoerders' (new informal
            # questions, thirty-fifth session; ``tests/test_abstention.py``)
            shares={t: STATE_SHARE for t in stems(scope or "")},
        )
        evidence.coverage = max(evidence.coverage, self._own_coverage(state, retrieval))
        evidence.coverage = max(evidence.coverage, self._sides_coverage(state, retrieval))
        scene = SCENE_CLAUSE.match(state["standalone"])
        if scene and (asked_part := evidence_query(focus_of(scene.group("asking")), state["language"])):
            # a scene set before the question ("Wij werken met vijf gemeenten samen, wie is dan de
            # baas?"): the passages may answer what is asked without the scene's words; the better
            # cover counts (it was declined; twenty-eighth session, ``tests/test_abstention.py``)
            part_synonyms = {t: set(alt) for t, alt in alternatives(asked_part, state["language"]).items()}
            covered = abstention.measure(asked_part, retrieval.passages, lexical, 0.0, synonyms=part_synonyms)
            evidence.coverage = max(evidence.coverage, covered.coverage)
        if analysis.views_only:
            # "Hebben GBO en Be Informed dezelfde visie?": the named sources are the subject, and
            # they are in the corpus; 'visie' need not be their word (``Question.views_only``)
            evidence.coverage, evidence.unheard = 1.0, False
        evidence.blockers = abstention.blockers(
            _judged(state["question"], state["standalone"]),
            retrieval.passages,
            lexical,
            state["language"],
            names=frozenset(w for named in analysis.sources for w in named.matched_words),
        )
        if state["standalone"] != state["question"]:
            evidence.blockers.extend(self._new_subject(state, retrieval))
        if (
            state["language"] == "nl"
            and not analysis.views_only
            and not asked_abbreviation(state["question"])
        ):
            # "Waar staat de afkorting NORA voor?": 'afkorting' frames the question, it is no subject
            # a request for a source's view or summary has no subject words to miss ('artikel')
            # a phrase the glossary reads as the corpus's words ("de schuld geven") is said by them
            # 'overeenkomsten', 'verband' before 'tussen' ask what two sides share (``focus.SIMILARITY``)
            asked = SIMILARITY.sub(" ", rephrased(state["question"]))
            evidence.unsaid = unsaid(asked, lexical, synonym_words())
            # a name the asker works with blocks nothing, but the sources never name it (``abstention.PARTNER_BEFORE``)
            evidence.unsaid += [
                w for w in abstention.partner_names(state["question"], lexical) if w not in evidence.unsaid
            ]
            # the superlative of a ranking follow-up has its own note (``superlatives.NO_RANKING``)
            rank = ranked_word(state["question"])
            evidence.unsaid = [w for w in evidence.unsaid if w != rank]
            joined = analysis.joined
            if joined is not None and joined.word:
                # the verb of a separable verb typed apart is read joined ("De top … haakt af. Wat nu?" said
                # 'haakt' was no word of the sources; thirty-fourth session, ``tests/test_abstention.py``)
                evidence.unsaid = [w for w in evidence.unsaid if not w.startswith(joined.root)]
            analysis.unsaid = tuple(evidence.unsaid)
            if analysis.kind == "definition" and (term := undefinable(state["question"], evidence.unsaid)):
                evidence.blockers.append(f"de bronnen gebruiken het woord '{term}' niet")
        top = retrieval.passages[:3]
        # what the passages must be about: without "wat zegt X" or a follow-up's own words
        about = analysis.focus if (analysis.sources or state["standalone"] != state["question"]) else ""
        if analysis.views_only and analysis.kind == "summary":
            # "Wat is de belangrijkste les van GBO?": its view as a whole, no subject ('les') to judge
            # the passages by; it was declined as if GBO said nothing on it (twenty-seventh session)
            about = ""
        about = about or state["standalone"]
        evidence.passage_top = self.reader.best_passage(about, top)
        evidence.sentence_top = self.reader.best_sentence(about, top)
        if (
            analysis.sources
            and state["standalone"] == state["question"]
            and (len(analysis.sources) >= 2 and analysis.kind == "comparison" or analysis.kind == "who_said")
        ):
            # sources compared on a subject: also the question as asked, without their names, and
            # the closer reading counts ("Zijn Morgens en Groothedde het eens over de rol van de
            # top?" was declined: a one-word focus, 'top', is close to no passage in the reader's
            # space; nineteenth session, ``tests/test_abstention.py``); so is one source asked on a subject
            # ("Wat zegt de GEMMA over de rol van gemeenten?" was told the GEMMA says nothing on it; forty-first
            # session)
            asked = " ".join(without_written(state["question"], analysis.sources).split())
            evidence.passage_top = max(evidence.passage_top, self.reader.best_passage(asked, top))
            evidence.sentence_top = max(evidence.sentence_top, self.reader.best_sentence(asked, top))
        evidence.blockers.extend(self._off_subject(state, evidence))
        return evidence

    def _off_subject(self, state: State, evidence: Evidence) -> list[str]:
        """The reason a question off the corpus's subject that names a word no source uses is declined, when its
        evidence is near the threshold (``subject.off_subject``); none otherwise."""
        lexical = self.index.lexical
        english = state["language"] == "en"
        # the closing words of an asked event are no thing named ("… als iedereen zijn eigen belang voorop zet?": 'voorop')
        events = event_words(state["standalone"])
        unheard = english_unsaid(state["standalone"], lexical) if english else evidence.unsaid
        unheard = [w for w in unheard if w not in events]
        if not unheard:
            return []
        s = self.settings
        threshold = s.abstain_threshold_en if english else s.abstain_threshold
        margin = evidence.score(s.evidence_coverage_weight, s.evidence_reader_weight) - threshold
        named = bool(state["analysis"].sources)
        reason = off_subject(state["standalone"], lexical.compound_modifiers(), unheard, named, margin)
        return [reason] if reason else []

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

    def _sides_coverage(self, state: State, retrieval: Retrieval) -> float:
        """Two concepts weighed against each other are covered when each is, each side by its own passage:
        "Wat is belangrijker, techniek of mensen?" was declined, ICTU's "niet louter een kwestie van techniek"
        and Froger's "staat of valt met de mensen" in different passages, none with both (new informal
        questions, forty-eighth session; ``tests/test_abstention.py``). The poorer side counts; sources
        compared are judged on their subject as before."""
        analysis: Question = state["analysis"]
        sides = analysis.sides
        if (
            analysis.kind != "comparison"
            or len(sides) < 2
            or any(side.doc_ids or side.person for side in sides)
        ):
            return 0.0
        covered = []
        for side in sides:
            asked = evidence_query(side.query, state["language"])
            if not asked.strip():
                return 0.0
            alone = abstention.measure(
                asked,
                retrieval.passages,
                self.index.lexical,
                0.0,
                top=len(retrieval.passages),
                synonyms=alternatives(asked, state["language"]),
            )
            if alone.unheard:
                return 0.0
            covered.append(alone.coverage)
        return min(covered)

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
        # "welke is het gevaarlijkst?" after the resistances ranks the previous answer's things: the
        # superlative is no subject, the note that no source ranks them says the rest (it was declined
        # for 'gevaarlijk'; thirtieth session, ``tests/test_gate_follow_ups.py``)
        rank = ranked_word(state["question"])
        own = " ".join(w for w in own.split() if w != rank)
        analysis: Question = state["analysis"]
        if analysis.kind == "comparison" and len(analysis.sources) >= 2:
            # "welke van de twee is praktischer?" after Morgens and the dossier judges the two sources: the
            # comparative the standalone question's reading leaves out (``frames.SOURCE_JUDGED``) is no
            # subject (it was declined for 'praktischer'; thirtieth session)
            kept = set(analysis.focus.split())
            own = " ".join(w for w in own.split() if w in kept)
        lexical = self.index.lexical
        # the follow-up's own verb asks what to do with the topic, it names no new subject: "Hoe versterk je
        # die?" after the relationele dimensie was declined for 'versterk' (forty-first session)
        doing = inverted_verbs(state["question"])
        # the event's verb a follow-up asks of its topic by a pronoun is said unknown before the nearest quotes, as when
        # asked alone ("En wat als hij faalt?" after the ketenmanager was declined for 'faalt'; fifty-first session); an
        # event of a subject the follow-up names itself is still a new subject ("… als een partner niet parkeert?")
        events = {pointed_event_verb(state["question"])}
        # a word asking a view names no subject: "Wat voegt Morgens daaraan toe?" after the dossier's message was
        # declined for 'voegt' (``focus_words.VIEW_WORDS``; new informal follow-ups, fifty-third session)
        no_subject = doing | events | VIEW_WORDS
        own = " ".join(w for w in own.split() if w.lower() not in no_subject)
        # a glossary word counts by the corpus words it maps to, as in the gate ('meewerkt')
        unknown = [
            stem
            for word in own.split()
            for stem in stems(word)[:1]
            if len(stem) >= 5
            and not abstention.known(stem, lexical)
            and not any(abstention.known(t, lexical) for t in stems(glossed(word)))
            # a compound of a known first part is heard of, as in a question of its own ("en het
            # netwerkmodel?" after the estafettemodel was declined, while "Wat is het netwerkmodel?"
            # is answered with a note that the word is not the sources'; twenty-fourth session)
            and not abstention.stand_in(stem, lexical)
            # a separable verb the corpus writes apart ('inleveren': "leveren … in"; twenty-eighth session)
            and not verb_forms([stem], lexical.postings, separable=True)
        ]
        return [f"onbekend in de bronnen: {', '.join(unknown)}"] if unknown else []

    def silent_source(self, state: State) -> NamedSource | None:
        """The one source a declined question asks to speak, when the other sources use every word
        of its subject (None otherwise): it is that source that says nothing on it."""
        analysis = state["analysis"]
        speaking = [s for s in analysis.sources if s.speaks]
        words = (analysis.focus or "").split()
        if len(speaking) != 1 or not words or state["evidence"].blockers:
            return None
        lexical = self.index.lexical
        # an English subject is known by its glossary word ("What does Morgens say about trust?"
        # was told the sources do not cover trust; twenty-seventh session)
        if not all(
            all(abstention.known(t, lexical) for t in stems(word))
            or any(abstention.known(t, lexical) for t in stems(glossed(word)))
            for word in words
        ):
            return None
        return speaking[0]

    def weak(self, state: State) -> bool:
        """True when the evidence is too weak to answer (or the question points into nothing):
        the model is then never called."""
        if state.get("unresolved") or state.get("orphan") or state.get("meta") or state.get("about"):
            return True
        s = self.settings
        threshold = s.abstain_threshold_en if state["language"] == "en" else s.abstain_threshold
        return not state["evidence"].sufficient(
            threshold, s.evidence_coverage_weight, s.evidence_reader_weight
        )


def _judged(question: str, standalone: str) -> str:
    """The text the near-domain rules judge: the standalone follow-up when it is the question with only its topic
    added in brackets ("Wat kost dat? (ketenbureau)": what costs is the ketenbureau; judged as "Wat kost dat?" it
    named nothing and the resistances' "de vraag wie wat betaalt" answered it; forty-fourth session,
    ``tests/test_gate_follow_ups.py``), else the question as asked."""
    return (
        standalone
        if carried(standalone) is not None and without_carried(standalone) == question.strip()
        else question
    )
