"""Briefs for advisers: cited Dutch notes on a topic, rendered as Markdown, DOCX, PDF or HTML."""

from assistant.briefs.composer import BriefComposer, TopicNotCovered, compose_brief
from assistant.briefs.inputs import (
    FORMATS,
    MEDIA_TYPES,
    check_format,
    clean_party,
    clean_question,
    clean_topic,
)
from assistant.briefs.model import NO_EVIDENCE, Brief, BriefSection, Reference, Statement

__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "NO_EVIDENCE",
    "Brief",
    "BriefComposer",
    "BriefSection",
    "Reference",
    "Statement",
    "TopicNotCovered",
    "check_format",
    "clean_party",
    "clean_question",
    "clean_topic",
    "compose_brief",
]
