"""Ingest against a real Chroma in a temp dir: idempotence, edits, deletes, broken files, formats."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from ingest.catalog import Catalog
from ingest.index import Index, catalog_path
from ingest.pipeline import ingest_lock, run_ingest
from ingest.vectorstore import vector_stores
from ketenwijzer.errors import IndexBusy
from tests.conftest import CORPUS, make_settings


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A private copy of the five articles."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS / "articles", target / "articles")
    return target


def _state(settings) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    catalog = Catalog(catalog_path(settings))
    by_doc: dict[str, set[str]] = {}
    for cid, doc_id, _ in catalog.iter_index_texts():
        by_doc.setdefault(doc_id, set()).add(cid)
    return by_doc


def test_second_ingest_changes_nothing(corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", corpus)
    first = run_ingest(settings)
    assert len(first.added) == 5 and first.chunks_embedded == first.chunks_total > 0
    before = _state(settings)
    second = run_ingest(settings)
    assert not second.touched
    assert sorted(second.skipped) == sorted(first.added)
    assert second.generation == first.generation
    assert _state(settings) == before


def test_edit_replaces_only_that_documents_chunks(corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings)
    before = _state(settings)
    path = corpus / "articles" / "gbo-mensenwerk-2009.md"
    path.write_text(
        path.read_text() + "\nDe ketenregisseur van Zuidstad gebruikt een zandloper als symbool.\n"
    )
    report = run_ingest(settings)
    assert report.changed == ["gbo-mensenwerk-2009"] and not report.added and not report.removed
    after = _state(settings)
    for doc_id in before:
        if doc_id != "gbo-mensenwerk-2009":
            assert after[doc_id] == before[doc_id]
    assert after["gbo-mensenwerk-2009"] != before["gbo-mensenwerk-2009"]
    # Unchanged paragraphs keep their chunk ids: only the edited tail is new.
    assert after["gbo-mensenwerk-2009"] & before["gbo-mensenwerk-2009"]
    index = Index(settings)
    hits = index.lexical.search("zandloper symbool", 3)
    assert hits and hits[0][0].startswith("gbo-mensenwerk-2009:")
    store = vector_stores.create("chroma", settings, settings.embedder)
    assert store.ids() == set().union(*after.values())


def test_delete_removes_from_both_indexes(corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings)
    gone = _state(settings)["morgens-gezamenlijk-doel"]
    (corpus / "articles" / "morgens-gezamenlijk-doel.md").unlink()
    report = run_ingest(settings)
    assert report.removed == ["morgens-gezamenlijk-doel"]
    assert "morgens-gezamenlijk-doel" not in _state(settings)
    store = vector_stores.create("chroma", settings, settings.embedder)
    assert not (store.ids() & gone)
    index = Index(settings)
    assert not any(
        c.startswith("morgens") for c, _ in index.lexical.search("kerstboom prestatie-indicatoren", 10)
    )
    vector = index.embedder.embed_query("Maak geen kerstboom van prestatie-indicatoren")
    assert not any(c.startswith("morgens") for c, _ in index.dense(vector, 10))


def test_broken_pdf_is_reported_and_the_rest_ingests(corpus: Path, tmp_path: Path) -> None:
    (corpus / "kapot.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <</Type /Catalog>>\nthis is not a pdf\n")
    settings = make_settings(tmp_path / "data", corpus)
    report = run_ingest(settings)
    assert len(report.added) == 5
    assert len(report.errors) == 1
    message = report.errors[0].message
    assert "kapot.pdf" in message and "PDF" in message


def test_broken_edit_keeps_the_indexed_version(corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings)
    before = _state(settings)
    path = corpus / "articles" / "gbo-mensenwerk-2009.md"
    path.write_bytes(b"---\nid: [unclosed\n---\n\xff\xfe broken")
    report = run_ingest(settings)
    assert report.errors and "gbo-mensenwerk-2009.md" in report.errors[0].message
    assert not report.removed
    assert _state(settings) == before


def test_pdf_docx_html_and_text_loaders(corpus: Path, tmp_path: Path) -> None:
    pdf = FPDF()
    for text in (
        "Pagina een gaat over de ketenregie in Noordstad.",
        "Pagina twee beschrijft het ketenoverleg van Noordstad.",
    ):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.multi_cell(0, 10, text)
    pdf.output(str(corpus / "noordstad.pdf"))
    document = docx.Document()
    document.add_heading("Zuidstad", level=1)
    document.add_heading("Het ketenbureau", level=2)
    document.add_paragraph("Het ketenbureau van Zuidstad ondersteunt de ketenregisseur.")
    document.save(str(corpus / "zuidstad.docx"))
    (corpus / "oost.html").write_text(
        "<html><head><title>Oost</title></head><body><nav>menu</nav><h2>Vertrouwen</h2>"
        "<p>In Oostdorp groeit vertrouwen door regelmatig ketenoverleg.</p></body></html>"
    )
    (corpus / "west.txt").write_text("Weststad kent een ketenkaart.\n\nDe ketenkaart toont alle partners.")
    settings = make_settings(tmp_path / "data", corpus)
    report = run_ingest(settings)
    assert not report.errors and len(report.added) == 9
    index = Index(settings)
    pages = [p for p in index.document("noordstad")[1]]
    assert [p.page for p in pages] == [1, 2]
    _, zuid = index.document("zuidstad")
    assert zuid[0].heading_path == ["Zuidstad", "Het ketenbureau"]
    _, oost = index.document("oost")
    assert oost[0].section == "Vertrouwen" and "menu" not in oost[0].text
    assert len(index.document("west")[1]) == 1


def test_second_ingest_while_one_runs_is_refused(corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", corpus)
    with ingest_lock(settings), pytest.raises(IndexBusy) as info:
        run_ingest(settings)
    assert "loopt al een ingest" in info.value.message


def test_other_embedder_gets_its_own_collection(corpus: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings)
    assert not Index(settings, "minilm").is_ready()
    report = run_ingest(settings, embedder_name="minilm")
    assert not report.added and report.chunks_embedded == report.chunks_total
    default = settings.embedder
    assert Index(settings, "minilm").is_ready() and Index(settings, default).is_ready()
    default_ids = vector_stores.create("chroma", settings, default).ids()
    minilm_ids = vector_stores.create("chroma", settings, "minilm").ids()
    assert default_ids == minilm_ids
    # After a corpus change with the default embedder, the other one is no longer complete.
    (corpus / "articles" / "gbo-mensenwerk-2009.md").unlink()
    run_ingest(settings)
    assert Index(settings, default).is_ready() and not Index(settings, "minilm").is_ready()


def test_an_original_supersedes_the_restatement_of_the_same_page(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    url = "https://www.noraonline.nl/wiki/Ketensturing/Voorbeeld"
    (corpus / "herformulering.md").write_text(
        f"---\nid: nora-kdb-voorbeeld\ntitle: Voorbeeld\nkind: restatement\nsource_urls: [{url}]\n---\n"
        "# Voorbeeld\n\nDe zandloperketen werkt met een wekelijkse ketentafel.\n"
    )
    (corpus / "origineel.html").write_text(
        f'<html><head><link rel="canonical" href="{url.replace("https://www.", "http://")}">'
        "<title>Voorbeeld</title></head><body><h1>Voorbeeld</h1>"
        "<p>In de zandloperketen komt de ketentafel elke week bijeen.</p></body></html>"
    )
    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings)
    index = Index(settings)
    assert index.superseded == {"nora-kdb-voorbeeld"}
    from assistant.chain import Assistant

    answer = Assistant(settings, index).ask("Hoe vaak komt de ketentafel van de zandloperketen bijeen?")
    assert {r.doc_id for r in answer.retrieved} == {"origineel"}
    assert answer.citations and all(c.doc_id == "origineel" for c in answer.citations)


def test_sidecar_metadata_for_a_pdf(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "nora-kdb-a.md").write_text(
        "---\nid: nora-kdb-a\ntitle: A\nkind: restatement\n---\n# A\n\nDe ketenregisseur van Zeestad plant.\n"
    )
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.multi_cell(0, 10, "De ketenregisseur van Zeestad maakt de planning.")
    pdf.output(str(corpus / "dossier.pdf"))
    (corpus / "dossier.pdf.meta.yaml").write_text(
        "id: ketens-de-baas-pdf\ntitle: Ketens de baas (PDF)\nsupersedes: [nora-kdb-]\nurl: https://example.org/kdb.pdf\n"
    )
    settings = make_settings(tmp_path / "data", corpus)
    report = run_ingest(settings)
    assert sorted(report.added) == ["ketens-de-baas-pdf", "nora-kdb-a"]
    index = Index(settings)
    assert index.superseded == {"nora-kdb-a"}
    passages = index.document("ketens-de-baas-pdf")[1]
    assert passages[0].page == 1 and passages[0].url == "https://example.org/kdb.pdf"
    # Editing only the sidecar counts as a change of the document.
    (corpus / "dossier.pdf.meta.yaml").write_text("id: ketens-de-baas-pdf\ntitle: Ketens de baas, 2013\n")
    report = run_ingest(settings)
    assert report.changed == ["ketens-de-baas-pdf"]
    assert Index(settings).superseded == set()


def test_a_new_analyser_tokenizes_the_index_again(corpus: Path, tmp_path: Path) -> None:
    """``lexical.catalog_tokens`` and the ingest signature: tokens made by another version of
    ``text.stems`` are made again, by the read side at once and by the next ingest for good, without
    embedding anything again or losing a chunk."""
    from ingest.lexical import ANALYSER_KEY, catalog_tokens, tokenize

    settings = make_settings(tmp_path / "data", corpus)
    run_ingest(settings)
    before = _state(settings)
    catalog = Catalog(catalog_path(settings))
    # a catalog written by an older analyser: other tokens, another version, another signature
    with catalog._tx() as db:
        db.execute(catalog._sql("UPDATE {chunks} SET tokens = 'oud'"))
    catalog.set_meta({ANALYSER_KEY: "1", "signature": "chunker=old"})
    (settings.data_dir / "lexical.pickle").unlink()  # its format names the analyser: another one is not read
    fresh = dict(catalog_tokens(catalog))
    assert fresh and all(fresh[cid] == tokenize(text) for cid, _, text in catalog.iter_index_texts())
    index = Index(settings)
    index.refresh()
    assert "oud" not in index.lexical.postings and index.lexical.postings
    report = run_ingest(settings)
    assert report.chunks_embedded == 0 and not report.removed
    assert _state(settings) == before
    assert catalog.get_meta(ANALYSER_KEY) != "1"
    assert all(tok != "oud" for _, tok in catalog.iter_tokens())
    assert dict(catalog.iter_tokens()) == fresh
