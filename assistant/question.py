"""What a question asks: its kind, its focus, the sources it names and, for a comparison, its sides.

A manager types "Wat kan ik eigenlijk doen als partners elkaar niet vertrouwen?": the *kind*
(advice, ``assistant/kinds.py``) decides how the answer is composed, the *focus* ("partners
elkaar niet vertrouwen", ``assistant/focus.py``) decides what is retrieved. ``analyse`` puts
them together with the named sources; a comparison gets one ``Side`` per source or concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.abbreviations import asked_abbreviation
from assistant.brackets import carried, without_carried
from assistant.checks import as_asked
from assistant.focus import (
    FILLERS,
    about_the_sources_only,
    focus_of,
)
from assistant.frames import GOOD_OR_BAD
from assistant.glossary import rephrased
from assistant.kind_patterns import ASKS_SPEAKER, FINDS
from assistant.kinds import KINDS, kind_of
from assistant.lengths import without_length_asked
from assistant.named_source import NamedSource
from assistant.overview import overview_subject, summarised_sources
from assistant.scenes import SCENE_CLAUSE
from assistant.sides import Side, concept_sides, specialised
from assistant.source_cues import RELATION_CUE, USE_CUE, view_asked
from assistant.source_sides import (
    concept_sides_of,
    first_at,
    joined_people,
    people_named,
    source_sides,
    topic_name,
)
from assistant.source_topics import without_subject, without_topics
from assistant.sources import SourceDirectory
from assistant.spelling import dutch_word
from assistant.superlatives import ranks_previous
from assistant.verbs import JoinedVerb, joined_verb
from ketenwijzer.text import stems

__all__ = ["FILLERS", "KINDS", "Question", "Side", "analyse", "focus_of", "kind_of"]


@dataclass
class Question:
    """The analysis of one (standalone) question."""

    text: str
    language: str
    kind: str = "open"
    focus: str = ""
    sources: list[NamedSource] = field(default_factory=list)
    sides: list[Side] = field(default_factory=list)
    perspectives: bool = False
    """Views asked for without naming sources ("Is politieke druk goed of slecht? Ik hoor
    verschillende dingen."): the retriever makes a side of each source that speaks to it."""
    views_only: bool = False
    """One named source asked for its message ("Wat kan ik leren van het METRO-voorbeeld?"), or named
    sources compared on their view as a whole ("Verschilt de aanpak van Morgens van die van ICTU?",
    ``focus.VIEW_WORDS``): every side's best passages answer, none is off the subject."""
    overview: bool = False
    """A summary of several sources, one side each (``assistant/overview.py``): each side starts from
    its source's message and is read as a summary."""
    joined: JoinedVerb | None = None
    """A verb the question writes with its prefix apart ("Wie stelt hem aan?": 'aanstellen'); a
    sentence that writes it apart too counts as saying it (``verbs.writes_apart``)."""
    people: bool = False
    """The comparison's sides are people of one source ("Zien Groothedde en Froger vertrouwen
    hetzelfde?"): each side is what that person says, not a set of passages."""
    said_before: frozenset[str] = frozenset()
    """For a follow-up that asks something new: the sentence that led the previous answer (folded
    plain text). It does not lead again (``followups.favour_new``)."""
    instances_of: str = ""
    """For a list of the corpus's own domain word in the plural ("Welke ketens zijn er?"): that word, whose
    instances answer it (``searched.instances_asked``, set once by the chain for search, gate and scorer)."""
    listed_before: frozenset[str] = frozenset()
    """For a follow-up that asks something new: the items of the previous answer's list (folded plain
    text). That list does not lead again (``followups.favour_new``)."""
    source_labels: dict[str, str] = field(default_factory=dict)
    """For "Wie zegt dat?": document id → its source's label (``SourceDirectory``), so the answer
    can say in whose text the claim stands (``speaker.plan_who_said``)."""
    at_most: int = 0
    """Sentences the answer may have at most, when the user asked to say it shorter ("Kan dat
    korter?", ``lengths.SHORTER``); 0: the plan's own limits."""
    frame: str = ""
    """The answer's language when it is not the question's: "and in Dutch?" after an English question
    reads that question as English and answers it in Dutch (``Assistant._prepare``); '' otherwise."""
    unsaid: tuple[str, ...] = ()
    """Words of the question no source uses (``unsaid.unsaid``): the answer opens by saying so,
    so a plan does not say it again ("De bronnen definiëren ‘ketenambitie’ niet" after "Het woord
    ‘ketenambitie’ komt in de bronnen niet voor"; fifteenth session)."""
    specialised: str = ""
    """A compound compared with its own head ("Is ketensamenwerking hetzelfde als samenwerken?"): the compound,
    whose definition is asked (``sides.specialised``); '' otherwise."""
    names: list[str] = field(default_factory=list)
    """Every source's name (``SourceDirectory.names``): in a sentence, "volgens Ketens de baas" names
    a source; it does not answer a question about a 'baas' (``extractive`` scoring)."""

    @property
    def source_doc_ids(self) -> list[str]:
        """The documents of every source the question names as its speaker (empty: none)."""
        return sorted({d for s in self.sources if s.speaks for d in s.doc_ids})


PERSPECTIVES = re.compile(
    r"\bverschillende\s+(?:dingen|meningen|geluiden|verhalen|visies|standpunten)\b"
    r"|\b(?:welke |de (?:andere |overige )?)bronnen\b.{0,30}\b(?:eens|oneens)\b"
    r"|\bverschillen\s+(?:de (?:andere |overige )?)?bronnen\b(?:\s+(?:\w+\s+)?van\s+mening)?"
    r"|\b(?:wat|hoe) (?:zeggen|denken|kijken|vinden) de (?:verschillende |andere |overige )?bronnen\b"
    r"|\b(?:do|does) the (?:other )?sources? (?:agree|differ)\b|\bwhat do the (?:other )?sources say\b"
    r"|\bwhich sources? (?:agree|disagree|differ)\b"
    # which source is the more or most so, none named: every source's view on the rest ("Welke bron is kritischer over
    # convenanten?" listed organisation forms, "Welke bron is het positiefst over ketens?" was declined; forty-sixth)
    r"|\b(?:welke|which)\s+(?:bron|bronnen|source|sources)\s+(?:is|zijn|was|klinkt|lijkt|are|sounds)\s+"
    r"(?:(?:het|de|veel|wat|nog|the)\s+)?(?:meest\s+\w+|more\s+\w+|most\s+\w+|[^\W\d_]{4,}(?:er|st|ste))\b"
    # a judgement asked both ways: "Is politieke druk goed of slecht?" gave Morgens' 'cruciaal' alone,
    # not GBO's "zo min mogelijk druk" (twenty-seventh session)
    rf"|{GOOD_OR_BAD.pattern}",
    re.I,
)
"""A question that asks how the sources differ without naming them (``Question.perspectives``); "de
andere bronnen" after a turn on one source too ("Zijn de andere bronnen het daarmee eens?", "Do the
other sources agree?" were declined or answered from that one source; thirteenth session); "Welke
bronnen zijn het oneens over regie?" too (declined; thirtieth session); "Verschillen de bronnen (van
mening) over regie?" (declined; thirty-second session)."""


PEOPLE_AGREE = re.compile(r"\bhet\s+(?:met\s+elkaar\s+)?(?:on)?eens\b|\b(?:agree|disagree)\b", re.I)
"""Whether two named people agree ("Zijn Froger en Groothedde het eens?", "Is ze het eens met
Groothedde?"): it read as yes/no and searched 'eens' ("eens of oneens", a dimension's tension);
thirteenth session, ``tests/test_speaker_questions.py``."""


WHERE = re.compile(r"^\W*(?:en\s+)?(?:waar|where)\b", re.I)
"""'Waar kan ik het NORA-dossier vinden?' asks a place: 'vinden' is no view of the source."""
SOURCE_ASKED = re.compile(
    r"\b(zegt|zei|zeiden|zeggen|vertelt|vertelde|vindt|vinden|ziet|zien|schrijft|schreef|stelt|noemt|volgens|say|says|said|"
    r"tell|tells|told|according to)\b",
    re.I,
)
"""With one named source and no other kind: "Wat zegt Morgens over politieke druk?" asks what
that source says (who_said: its own, attributed sentences first)."""


ABOUT_ASKED = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:waar\s+(?:gaat|gaan|ging)\b[^?]{2,60}\bover|what\s+(?:is|are)\b[^?]{2,60}\babout)\s*\??\s*$",
    re.I,
)
""""Waar gaat Ketens de baas over?" with nothing asked besides the source asks its main message, a
summary ("Waar gaat Be Informed over?" opened with one of its scene sentences; new informal
questions, seventeenth session; ``tests/test_question.py``)."""


WHICH_SOURCE = re.compile(
    r"^\W*(?:en\s+|and\s+)?(?:welke|which)\s+(?:bron|source|van\s+(?:de\s+)?(?:twee|beide)|of\s+the\s+(?:two|sources)"
    r"|van\s+\S+(?:\s+\S+){0,3}?\s+en\s+\S+)\b",
    re.I,
)
"""'Welke bron is kritischer over ketens: Morgens of het dossier?' weighs the two sources it names: a
comparison, not a list (it led with the dossier alone; new informal comparisons, twenty-eighth session;
``tests/test_comparison_rules.py``). So does "welke van de twee …?" after two sources, which the follow-up
reads as "welke van Morgens en dossier …?" (it was declined; thirtieth session)."""
ASKERS_OWN = re.compile(r"\b(?:mijn|onze|ons|ik|we|wij|my|our|i)\b", re.I)
"""In the asking part of a question that sets a scene first, the asker's own (tasks, people) or the
asker ("We vergaderen veel maar besluiten weinig, wat doen we fout?"): the scene says what it is
about, so it stays in the focus."""


def _its_subject(focus: str, title: str) -> bool:
    """Every word of the focus is in the title of the one document named: "Wat vindt GBO van
    ketensamenwerking?" asks the view of an article titled "Ketensamenwerking is mensenwerk" on its
    own subject, its message (it opened with one of its points, "Een andere randvoorwaarde …";
    new informal questions, eighteenth session; ``tests/test_question.py``)."""
    asked = set(stems(focus))
    return bool(asked) and bool(title) and asked <= set(stems(title))


PLACED_IN = re.compile(
    r"\b(?:in|volgens|bij|uit)\s+(?P<called>(?:het|de|dit|dat|deze)\s+[\w-]+)\s+(?:als|over|staat|staan|wordt|worden|"
    r"genoemd|beschreven|gegeven|gebruikt|\?|$)|\b(?:in|according\s+to)\s+(?P<the>the\s+[\w-]+)\s*\?"
    r"|\bvan\s+(?P<of>(?:het|de|dit|dat|deze)\s+[\w-]+)\s*\?*\s*$",
    re.I,
)
"""A place named by the word a source's text calls itself: "… in het dossier als voorbeeld genoemd?",
"Wat staat er in het rapport over …" (``SourceDirectory.called_in``). Only before a verb of saying or the
end: "een gemeenschappelijk dossier" is no source. A thing of it asked at the end, "Wat is het doel van het
dossier?", is the dossier's (it quoted Morgens on a common goal; thirty-sixth session)."""


def analyse(text: str, language: str, directory: SourceDirectory | None = None) -> Question:
    """Kind, focus, named sources and (for comparisons) sides of a standalone question."""
    text = as_asked(text)  # "Klopt het dat A belangrijker is dan B?" asks "Is A belangrijker dan B?"
    abbreviation = asked_abbreviation(text)
    # "Waar staat NORA voor?" asks the letters, not the NORA's view (``assistant/abbreviations.py``)
    sources = directory.named_in(text) if directory is not None and not abbreviation else []
    asked = without_claim(text)
    # the length asked is no part of the kind: "Leg uit wat ketensturing is in twee zinnen" asks a definition
    # (it was read as open and led with a reference to 'Implementatie van ketensturing'; thirty-sixth session)
    kind = "definition" if abbreviation else kind_of(without_carried_counts(without_length_asked(asked)))
    if kind != "comparison":
        sources = without_topics(text, sources)
    sources = without_subject(text, sources)
    if kind == "list" and ranks_previous(asked):
        # "welke daarvan is het belangrijkst?" asks one item, the most: no list of them all ("De
        # belangrijkste succesfactor …" of Morgens lost to its list of factors; twenty-seventh session)
        kind = "open"
    if directory is not None and (
        kind == "summary" and not sources or kind == "comparison" and len(sources) == 1
    ):
        # the source a question names by the word its text calls it (``SourceDirectory.called_in``): in a
        # summary ("Geef een samenvatting van het dossier" led with "Het dossier werd eind juli 2013 op NORA
        # Online geplaatst") and beside one named source in a comparison ("Vergelijk het dossier met de
        # GEMMA over ketens" quoted ICTU's lines about the dossier); new informal questions, twenty-ninth
        # session (``tests/test_question.py``, ``tests/test_comparison_rules.py``)
        named_keys = frozenset(s.key for s in sources)
        called = [c for c in directory.called_in(text, besides=named_keys) if c.key not in named_keys]
        sources = sorted([*sources, *called], key=lambda s: first_at(text, s))
    if directory is not None and not sources and (placed := PLACED_IN.search(text)):
        # "Welke ketens worden in het dossier als voorbeeld genoemd?" asks within the dossier: its
        # 'dossier' was a subject word and led with Morgens' "digitale dossiers" (new informal
        # questions, thirty-third session; ``tests/test_question.py``)
        sources = [
            replace(s, speaks=True, publication=True)
            for s in directory.called_in(placed.group("called") or placed.group("the") or placed.group("of"))
        ]
    named = sources
    if kind == "summary" and len(sources) == 1 and not sources[0].publication and FINDS.match(asked):
        # "Wat concludeerde Froger?" asks the person, not the report he spoke in (``kind_patterns.FINDS``)
        kind = "who_said" if people_named(text, sources[0]) else kind
    if kind == "summary" and directory is not None:
        # several sources summarised: one part per source (``assistant/overview.py``)
        sources = summarised_sources(text, sources, directory)
    summarised = kind == "summary" and len(sources) >= 2
    question = Question(text=text, language=language, kind=kind, sources=sources)
    question.names = directory.names() if directory is not None else []
    # "Wat heeft de GEMMA met ketens te maken?" asks what the GEMMA says (``source_cues.RELATION_CUE``)
    asked_source = (
        SOURCE_ASKED.search(text)
        or (RELATION_CUE.search(text) and any(s.speaks for s in sources))
        or USE_CUE.search(text)
    )
    if len(sources) == 1 and question.kind == "open" and asked_source and not WHERE.match(text):
        question.kind = "who_said"
    viewed = view_asked(text) if len(sources) == 1 else ""
    if viewed and question.kind in ("definition", "open"):
        question.kind = "who_said"  # "Wat is de visie van Be Informed op ketens?" (``source_cues.VIEW_CUE``)
    if question.kind == "who_said" and directory is not None and ASKS_SPEAKER.match(text):
        question.source_labels = directory.source_labels()
    if len(sources) >= 2 and (
        question.kind in ("open", "yes_no", "who_said", "summary")
        or question.kind == "list"
        and WHICH_SOURCE.match(text)
    ):
        # a summary of two sources or more is one part per source: "Vat Morgens en Be Informed samen"
        # was declined (new informal questions, twenty-ninth session; ``tests/test_summary.py``)
        # "Hoe kijken het NORA-dossier en de GEMMA aan tegen …": two sources side by side
        question.kind = "comparison"
    # a phrase of the glossary first: "Wie hakt de knoop door?" is 'beslist', not 'doorhakken' (twenty-seventh session)
    question.joined = joined_verb(rephrased(text), dutch_word) if language == "nl" else None
    said = question.joined.text if question.joined is not None else text
    question.focus = focus_of(said, [s for s in (*named, *sources) if not topic_name(s, question.kind)])
    if viewed and question.kind == "who_said":
        question.focus = " ".join(w for w in question.focus.split() if w != viewed) or question.focus
    if summarised:
        question.focus = overview_subject(question.focus)
        question.overview = not question.focus
    scene = SCENE_CLAUSE.match(said)
    asked_focus = focus_of(scene.group("asking"), sources) if scene else ""
    if scene and asked_focus and not ASKERS_OWN.search(scene.group("asking")):
        # "Wij werken met vijf gemeenten samen, wie is dan de baas?" is about the 'baas'; the scene
        # is searched (``lexical_query``) but does not pick the sentences ('gemeenten' led with
        # Boissevain; twenty-eighth session, ``tests/test_question.py``). "Ik ben ketenmanager, wat
        # zijn mijn taken?" asks the scene's tasks: the whole focus stays.
        question.focus = asked_focus
    if abbreviation:
        question.focus = abbreviation.lower()
    if len(sources) == 1 and (
        not question.focus
        or about_the_sources_only(question.focus)
        or question.kind == "summary"
        or (
            question.kind == "who_said"
            and directory is not None
            and _its_subject(question.focus, directory.title(sources[0].key))
        )
    ):
        # "Wat kan ik leren van het METRO-voorbeeld?": the one source's message is asked, in its
        # own words ('leren' need not be one of them; it was declined; fifth session); likewise
        # with no subject word at all ("Wat vindt Groothedde het belangrijkst?"; sixth session)
        question.views_only = True
        if (
            question.kind in ("open", "who_said")
            and not question.focus
            and ABOUT_ASKED.match(without_carried(text))
        ):
            # a follow-up too: "and what is it about?" after "Who wrote Ketens de baas?" led with one claim of the
            # dossier's on 'inbreng' (new informal questions, fiftieth session; ``tests/test_bibliography.py``)
            question.kind = "summary"
    people = people_named(text, sources[0]) if len(sources) == 1 and not sources[0].publication else []
    if (
        question.kind in ("yes_no", "open", "who_said")
        and len(people) >= 2
        and (PEOPLE_AGREE.search(asked) or joined_people(text, people))
    ):
        # "Zijn Froger en Groothedde het eens?", "Hoe kijken Froger en Groothedde aan tegen
        # vertrouwen?": two people of one report side by side
        question.kind = "comparison"
    if len(sources) < 2 and PERSPECTIVES.search(asked):
        # "Wat zeggen de bronnen over vertrouwen? Zijn ze het eens?" ('eens' is also a filler)
        question.kind = "comparison"
    if question.kind == "comparison":
        concepts = concept_sides(asked)
        question.perspectives = len(sources) < 2 and not concepts and bool(PERSPECTIVES.search(asked))
        if len(sources) >= 2:
            # no subject at all ("Hoe verschillen Morgens en ICTU?", "A en B: wie is optimistischer?")
            # compares their views as a whole too; it was declined (twenty-first session)
            question.views_only = not question.focus or about_the_sources_only(question.focus)
            question.sides = source_sides(
                sources, concepts, question.focus, len(sources) if summarised else 2
            )
            if not question.focus and directory is not None:
                # with no subject, a side searches its source's title, not the question's own
                # words ('verschil' found "Ketenpartners verschillen in …"; twenty-first session)
                for side, source in zip(question.sides, sources, strict=False):
                    # a person's side searches the person's name: the report's title found the
                    # afternoon's programme, and "Wat hebben Morgens en Groothedde gemeen?" had
                    # nothing for Groothedde (twenty-fifth session)
                    title = side.label if side.person else directory.title(source.key)
                    side.query = side.query or title or source.label
        elif whole := specialised(concepts):
            # a compound against its own head asks what the compound is: ``Assistant`` asks that instead
            question.specialised = whole
        elif concepts:
            # a side is filtered to a named source only when it names it ("de pijlers" against
            # "de succesfactoren van Morgens": the pijlers are not Morgens')
            question.sides = concept_sides_of(concepts, sources)
        if len(people) >= 2 and (
            not question.sides or {s.label.lower() for s in question.sides} == {p.lower() for p in people}
        ):
            # "Zien Groothedde en Froger vertrouwen hetzelfde?": two people of one report; the
            # generator gives each side the sentences that person speaks (``Question.people``)
            # a view asked with no subject ("Verschillen Groothedde en Froger van mening?") searches
            # what each person says, not 'mening' (sixteenth session)
            subject = "" if question.views_only else question.focus
            question.sides = [Side(p, subject or p, list(sources[0].doc_ids)) for p in people[:2]]
            question.people = True
    return question


_COUNT_WORD = re.compile(
    r"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|two|three|four|five|six|seven|eight)\s+", re.I
)


def without_carried_counts(text: str) -> str:
    """The question with no count word in the topic it carries: "wat kenmerkt opportunisme? (drie
    ontwikkelstadia)" was read as a list for 'drie ontwikkelstadia' and answered with the three bare
    names (twenty-fifth session; ``tests/test_question.py``). The follow-up's own count stays."""
    brackets = carried(text)
    if brackets is None or not brackets.topic:
        return text
    return text[: len(brackets.asked)] + _COUNT_WORD.sub("", text[len(brackets.asked) :])


def without_claim(text: str) -> str:
    """The question without the previous answer's claim it carries in brackets: the claim's own
    words tell nothing of what is asked ("Wie zei dat? (Ondanks de verschillen per situatie, …)"
    was read as a comparison for 'verschillen' and split into two sides; new informal questions,
    thirteenth session; ``tests/test_question.py``). The topic it carries stays."""
    brackets = carried(text)
    if brackets is None or not brackets.claim:
        return text
    return (
        f"{brackets.asked.rstrip()} ({'; '.join(brackets.topic)})"
        if brackets.topic
        else brackets.asked.rstrip()
    )
