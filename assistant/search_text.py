"""What retrieval searches for a question: its words without the frame around them.

``lexical_query`` reads an analysed ``Question``: fillers, generic words, the asking verbs, the length
or count asked and the names of the sources it asks as speakers go; a verb written apart is searched
joined. Split from ``question.py`` (thirty-seventh session) when that passed 400 lines.
"""

from __future__ import annotations

import re

from assistant.focus import _without_generic, without_fillers
from assistant.frames import asking_verbs_out
from assistant.lengths import without_length_asked, without_points_count
from assistant.name_spans import DOCUMENT_NOUNS
from assistant.question import Question
from assistant.question_objects import as_definition
from assistant.situation import without_counts_told
from assistant.source_cues import RELATION_CUE
from assistant.verbs import with_infinitives
from ketenwijzer.text import fold


def lexical_query(question: Question) -> str:
    """What retrieval searches for: the whole standalone question (measured better than the focus
    alone, see README "Retrieval") without fillers and generic words, and without the names of
    the sources it asks as speaker.

    Only a name taken from the metadata (the publication's publisher, title or author) or a
    source's label goes: retrieval is filtered to that source, where its name says nothing about
    which passage answers; left in, "NORA-dossier" pulls up the dossier's colophon (conversations
    set). A name its text uses ("het voorbeeld van METRO", "Groothedde") stays: it marks the
    passage; the verb that gives it the floor goes (``FLOOR``).
    """
    # a verb written apart is read joined (``Question.joined``, found once in ``analyse``)
    said = question.joined.text if question.joined is not None else question.text
    if question.kind == "definition" and question.language == "nl":
        said = as_definition(said)  # "Wat verstaat men onder een keten?" is searched as "Wat is een keten?"
    # the length asked is no word to search: "Wat is ketensturing in één zin?" was declined (twenty-ninth session)
    # the counts and parties of the reader's own case are no words to search either ("Ik wil een keten
    # starten met drie gemeenten. Waar begin ik?" was declined on 'drie gemeenten'; thirty-first session)
    text = _without_generic(
        asking_verbs_out(
            without_fillers(without_points_count(without_length_asked(without_counts_told(said))))
        )
    )
    if question.language == "nl":
        text = with_infinitives(text)
    for source in question.sources:
        if source.speaks and source.written and question.source_doc_ids and not source.publication:
            # the verb that only gives a name the floor ("Welke pijlers noemt Ketens de baas?" found
            # "Bij pijler 5 … noemt Ketens de baas een stuurgroep …", not the eight; twenty-third session)
            text = re.sub(
                rf"(?i:\b{FLOOR}\s+)(?=(?:het\s+|de\s+)?{re.escape(source.written)}(?!\w))", " ", text
            )
        # a source named by a document noun alone ("Welke bouwstenen noemt het dossier?") is named
        # as a publication is: 'dossier' found the colophon (twenty-fourth session)
        publication = source.publication or fold(source.written) in DOCUMENT_NOUNS
        if _related(said, source.written):
            # "Wat heeft de NORA met ketensturing te maken?" asks how the two relate: the name is half the subject
            # (without it the dossier's ketenrapportage led; new informal questions, fifty-first session;
            # ``tests/test_speaker_questions.py``)
            continue
        if source.speaks and publication and source.written and question.source_doc_ids:
            cue = rf"(?i:\b(?:volgens|according to|bij|in|uit|van|door|{FLOOR})\s+(?:het\s+|de\s+|the\s+)?)?"
            text = re.sub(rf"{cue}(?<!\w){re.escape(source.written)}(?!\w)", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def _related(text: str, name: str) -> bool:
    """``text`` asks what the source named ``name`` has to do with something (``source_cues.RELATION_CUE``)."""
    found = RELATION_CUE.search(text)
    word: str = (found["word"] or found["en"] or "") if found else ""
    return bool(word) and bool(name) and fold(word) in fold(name).split()


FLOOR = r"(?:noemt|noemen|zegt|zeggen|stelt|vindt|ziet|geeft|beschrijft|beschrijven)"
"""Verbs that only give a named source the floor in a question ("Welke pijlers noemt …?")."""
