"""Shared pieces of the hardening tests: a small corpus with a hostile document, and settings."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from ketenwijzer.settings import Settings
from tests.conftest import CORPUS, make_settings

XSS_DOC_ID = "xss-ketenregie"
XSS_TITLE = 'Ketenregie <img src=x onerror="window.__xss=3">'
XSS_QUESTION = "Wat is de ketenregiekaart van het regieteam?"
SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="window.__xss=1">'
MD_LINK = "[link](javascript:window.__xss=2)"
A_LINK = '<a href="javascript:window.__xss=4">klik</a>'

XSS_MARKDOWN = f"""---
id: {XSS_DOC_ID}
title: '{XSS_TITLE}'
publisher: "Testuitgever <b>vet</b>"
date: 2024-01-01
url: javascript:window.__xss=5
language: nl
kind: article
---

# De ketenregiekaart

De ketenregiekaart van het regieteam beschrijft wie in de keten welke regie voert. {SCRIPT}
Het regieteam werkt de ketenregiekaart elk kwartaal bij {IMG} en bespreekt hem met alle ketenpartners.
Meer over de ketenregiekaart staat hier: {MD_LINK} en ook {A_LINK} bij het regieteam.
"""

SMALL_DOCS = ("gbo-mensenwerk-2009.md", "beinformed-geen-estafette-2013.md")


def small_corpus(root: Path, hostile: bool = True) -> Path:
    """Two shipped documents (and the hostile one) in ``root/corpus``; returns the corpus dir."""
    corpus = root / "corpus"
    (corpus / "articles").mkdir(parents=True, exist_ok=True)
    for name in SMALL_DOCS:
        shutil.copy(CORPUS / "articles" / name, corpus / "articles" / name)
    if hostile:
        (corpus / "articles" / f"{XSS_DOC_ID}.md").write_text(XSS_MARKDOWN, encoding="utf-8")
    return corpus


def hardening_settings(root: Path, **overrides: Any) -> Settings:
    """Settings over the small corpus in ``root`` (not yet ingested)."""
    return make_settings(root / "data", small_corpus(root), **overrides)
