"""``ketenwijzer fetch-nora`` against a real local HTTP server that speaks MediaWiki-API JSON.

The pages served here are text written for these tests, not NORA text. Nothing leaves loopback.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest
import yaml

from ingest.catalog import Catalog
from ingest.folder import discover
from ingest.index import Index, catalog_path
from ingest.loaders import load_document
from ingest.mediawiki import fetch_wiki, page_id, page_url
from ingest.pipeline import run_ingest
from ingest.wikihtml import html_to_markdown
from ketenwijzer.errors import BackendUnavailable, KetenwijzerError, NotFound
from tests.conftest import PROJECT, make_settings

CULTUUR = "Ketensturing/Het besturen van ketens/culturele dimensie"
MANAGER = "Ketensturing/Bouwstenen voor ketensturing/ketenmanager"
VERANTWOORDING = "Ketensturing/Verantwoording"

# Old-style MediaWiki headings (mw-headline + mw-editsection inside the h2), a toc, a navbox.
CULTUUR_HTML = """<div class="mw-content-ltr mw-parser-output" lang="nl" dir="ltr">
<p>In de testketen <b>Zandloper</b> werken zeven <a href="/wiki/Gemeente">gemeenten</a>
samen aan de uitgifte van parkeervergunningen.</p>
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Inhoud</h2></div>
<ul><li class="toclevel-1"><a href="#Gedeeld_beeld"><span class="tocnumber">1</span>
<span class="toctext">Gedeeld beeld</span></a></li></ul></div>
<h2><span class="mw-headline" id="Gedeeld_beeld">Gedeeld beeld</span><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/index.php?action=edit&amp;section=1">bewerken</a>
<span class="mw-editsection-bracket">]</span></span></h2>
<p>De partners spreken elk kwartaal af welke wachttijd de burger mag verwachten.</p>
<h3><span class="mw-headline" id="Signalen">Signalen</span><span class="mw-editsection">[<a href="#">bewerken</a>]</span></h3>
<ul>
<li>Iedere partner meldt vertraging binnen een dag.</li>
<li>Het loket houdt een logboek bij:
<ul><li>wie belde;</li><li>wanneer werd teruggebeld.</li></ul></li>
<li>De regisseur bespreekt uitschieters.</li>
</ul>
<table class="navbox"><tr><td>Navigatie: Ketensturing | Pijlers | Bouwstenen</td></tr></table>
<script>alert("weg");</script><style>.x{color:red}</style>
</div>
<!-- NewPP limit report
Cached time: 20240101000000
-->"""

# New-style MediaWiki headings (div.mw-heading wraps the h2 and the edit section), a table.
MANAGER_HTML = """<div class="mw-content-ltr mw-parser-output" lang="nl" dir="ltr">
<p>De coördinator van de testketen houdt het overzicht.</p>
<meta property="mw:PageProp/toc" />
<div class="mw-heading mw-heading2"><h2 id="Taken">Taken</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="#">bron bewerken</a><span class="mw-editsection-bracket">]</span>
</span></div>
<ol><li>Plant het jaarlijkse ketenoverleg.</li><li>Bewaakt de afgesproken doorlooptijd.</li></ol>
<div class="mw-heading mw-heading4"><h4 id="Rapportage">Rapportage</h4></div>
<table class="wikitable"><tr><th>Wat</th><th>Wanneer</th></tr>
<tr><td>Kwartaalcijfers</td><td>april</td></tr></table>
</div>"""

VERANTWOORDING_HTML = """<div class="mw-parser-output"><p>Deze testpagina legt uit waarom de
zandloperketen een eigen dossier kreeg.</p></div>"""


@dataclass
class FakeWiki:
    """What the local server serves, and what it saw."""

    pages: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    fail: dict[str, str] = field(default_factory=dict)
    """Page title → 'http500' | 'badjson' | 'slow' | 'apierror'."""
    requests: list[dict[str, str]] = field(default_factory=list)
    agents: list[str] = field(default_factory=list)

    def allpages(self, params: dict[str, str]) -> dict[str, Any]:
        titles = sorted(t for t in self.pages if t.startswith(params["apprefix"]))
        start = params.get("apcontinue")
        if start is None:
            batch = titles[:2]
            rest = titles[2:]
            body: dict[str, Any] = {"batchcomplete": True, "query": {"allpages": []}}
            if rest:
                body["continue"] = {"apcontinue": rest[0].replace(" ", "_"), "continue": "-||"}
        else:
            batch = [t for t in titles if t >= start.replace("_", " ")]
            body = {"batchcomplete": True, "query": {"allpages": []}}
        body["query"]["allpages"] = [{"pageid": 100 + i, "ns": 0, "title": t} for i, t in enumerate(batch)]
        return body

    def parse(self, title: str) -> dict[str, Any]:
        if title not in self.pages:
            return {"error": {"code": "missingtitle", "info": "The page you specified doesn't exist."}}
        revid, display, html = self.pages[title]
        return {"parse": {"title": title, "pageid": 1, "revid": revid, "displaytitle": display, "text": html}}


class _Handler(BaseHTTPRequestHandler):
    server: Any

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Keep test output quiet."""

    def do_GET(self) -> None:  # noqa: N802
        """Answer one api.php request."""
        wiki: FakeWiki = self.server.wiki
        url = urlparse(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query).items()}
        wiki.requests.append(params)
        wiki.agents.append(self.headers.get("User-Agent", ""))
        if url.path != "/api.php":
            return self._send(404, b"not found")
        failure = wiki.fail.get(params.get("page", ""))
        if failure == "http500":
            return self._send(500, b"<html>Internal Server Error</html>")
        if failure == "badjson":
            return self._send(200, b'{"parse": {"title": "afgebroken', "application/json")
        if failure == "slow":
            time.sleep(1.5)
        if failure == "apierror":
            body = {"error": {"code": "internal_api_error", "info": "Database fout"}}
        elif params.get("action") == "query" and params.get("list") == "allpages":
            body = wiki.allpages(params)
        elif params.get("action") == "parse":
            body = wiki.parse(params["page"])
        else:
            body = {"error": {"code": "badparams", "info": "onbekend verzoek"}}
        self._send(200, json.dumps(body).encode(), "application/json")

    def _send(self, status: int, data: bytes, ctype: str = "text/html") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
            pass


@pytest.fixture()
def wiki() -> Iterator[tuple[FakeWiki, str]]:
    """A running local MediaWiki-API lookalike and its api.php URL."""
    fake = FakeWiki(
        pages={
            CULTUUR: (31001, CULTUUR, CULTUUR_HTML),
            MANAGER: (31002, '<span class="mw-page-title-main">De coördinator</span>', MANAGER_HTML),
            VERANTWOORDING: (31003, VERANTWOORDING, VERANTWOORDING_HTML),
            "Andere pagina": (9, "Andere pagina", "<p>hoort er niet bij</p>"),
        }
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.wiki = fake  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake, f"http://127.0.0.1:{server.server_address[1]}/api.php"
    finally:
        server.shutdown()
        server.server_close()


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/api.php"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _existing(tmp_path: Path) -> Path:
    out = tmp_path / "corpus" / "nora-wiki"
    out.mkdir(parents=True)
    (out / "nora-wiki-oud.md").write_text(
        "---\nid: nora-wiki-oud\nrevision_id: 1\n---\n# Oud\n\nOude tekst.\n"
    )
    (out / "README.md").write_text("oude README\n")
    return out


def _front(path: Path) -> tuple[dict[str, Any], str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


def test_fetch_writes_one_markdown_file_per_page(wiki: tuple[FakeWiki, str], tmp_path: Path) -> None:
    fake, url = wiki
    out = tmp_path / "corpus" / "nora-wiki"
    report = fetch_wiki(out, url, timeout=5, pause=0)
    ids = {
        CULTUUR: "nora-wiki-het-besturen-van-ketens-culturele-dimensie",
        MANAGER: "nora-wiki-bouwstenen-voor-ketensturing-ketenmanager",
        VERANTWOORDING: "nora-wiki-verantwoording",
    }
    assert report.pages == ids and not report.replaced
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{i}.md" for i in ids.values()] + ["README.md"])
    assert sorted(p.name for p in out.parent.iterdir()) == ["nora-wiki"]  # no temp dirs left

    # the API was used as documented: continue followed, formatversion 2, a named User-Agent
    lists = [r for r in fake.requests if r.get("list") == "allpages"]
    assert len(lists) == 2 and lists[1]["apcontinue"] == VERANTWOORDING.replace(" ", "_")
    assert lists[0]["apprefix"] == "Ketensturing/" and lists[0]["apnamespace"] == "0"
    assert lists[0]["aplimit"] == "max"
    parses = [r for r in fake.requests if r.get("action") == "parse"]
    assert sorted(r["page"] for r in parses) == sorted(ids)
    assert all(r["prop"] == "text|revid|displaytitle" for r in parses)
    assert all(r["format"] == "json" and r["formatversion"] == "2" for r in fake.requests)
    assert all("Ketenwijzer" in agent for agent in fake.agents)

    meta, body = _front(out / f"{ids[CULTUUR]}.md")
    assert meta == {
        "id": ids[CULTUUR],
        "title": CULTUUR,
        "wiki_title": CULTUUR,
        "url": "https://www.noraonline.nl/wiki/Ketensturing/Het_besturen_van_ketens/culturele_dimensie",
        "revision_id": 31001,
        "fetched_at": meta["fetched_at"],
        "source": "noraonline.nl",
        "publisher": "NORA (Nederlandse Overheid Referentie Architectuur)",
        "language": "nl",
        "kind": "original",
    }
    assert len(str(meta["fetched_at"])) == 10  # ISO date
    assert body.startswith(f"\n# {CULTUUR}\n\n")
    assert "## Gedeeld beeld\n" in body and "### Signalen\n" in body
    assert "- Iedere partner meldt vertraging binnen een dag.\n" in body
    assert "- Het loket houdt een logboek bij:\n  - wie belde;\n  - wanneer werd teruggebeld.\n" in body
    assert "In de testketen Zandloper werken zeven gemeenten samen" in body
    for gone in ("bewerken", "Inhoud", "toctext", "Navigatie", "alert", "color:red", "NewPP", "["):
        assert gone not in body, gone

    meta, body = _front(out / f"{ids[MANAGER]}.md")
    assert meta["title"] == "De coördinator" and meta["revision_id"] == 31002
    assert meta["url"].endswith("/Ketensturing/Bouwstenen_voor_ketensturing/ketenmanager")
    assert body.startswith("\n# De coördinator\n")
    assert "## Taken\n\n- Plant het jaarlijkse ketenoverleg.\n- Bewaakt" in body
    assert "#### Rapportage\n\n| Wat | Wanneer |\n| --- | --- |\n| Kwartaalcijfers | april |" in body
    assert "bron bewerken" not in body and "[" not in body


def test_fetched_pages_load_ingest_and_supersede_restatements(
    wiki: tuple[FakeWiki, str], tmp_path: Path
) -> None:
    _, url = wiki
    corpus = tmp_path / "corpus"
    restatement = corpus / "herformulering" / "nora-kdb-test-cultuur.md"
    restatement.parent.mkdir(parents=True)
    restatement.write_text(
        "---\nid: nora-kdb-test-cultuur\nkind: restatement\nsource_urls:\n"
        "  - https://www.noraonline.nl/wiki/Ketensturing/Het_besturen_van_ketens/culturele_dimensie\n"
        "---\n# Cultuur in eigen woorden\n\nDe zandloperketen maakt kwartaalafspraken over wachttijd.\n"
    )
    fetch_wiki(corpus / "nora-wiki", url, timeout=5, pause=0)

    doc = load_document(
        corpus / "nora-wiki" / "nora-wiki-het-besturen-van-ketens-culturele-dimensie.md", corpus
    )
    assert doc.doc_id == "nora-wiki-het-besturen-van-ketens-culturele-dimensie"
    assert doc.title == CULTUUR and doc.metadata["revision_id"] == 31001
    signalen = [b for b in doc.blocks if b.heading_path[-1:] == ["Signalen"]]
    assert [b.text for b in signalen][0] == "- Iedere partner meldt vertraging binnen een dag."
    assert signalen[0].heading_path == [CULTUUR, "Gedeeld beeld", "Signalen"]
    assert "README.md" not in [p.name for p in discover(corpus)]

    settings = make_settings(tmp_path / "data", corpus)
    report = run_ingest(settings)
    assert not report.errors, [e.message for e in report.errors]
    assert set(report.added) == {
        "nora-kdb-test-cultuur",
        "nora-wiki-het-besturen-van-ketens-culturele-dimensie",
        "nora-wiki-bouwstenen-voor-ketensturing-ketenmanager",
        "nora-wiki-verantwoording",
    }
    texts = {cid: text for cid, _, text in Catalog(catalog_path(settings)).iter_index_texts()}
    assert any("wanneer werd teruggebeld" in t for t in texts.values())
    assert Index(settings).superseded == {"nora-kdb-test-cultuur"}


def test_unreachable_server_is_a_dutch_error_and_changes_nothing(tmp_path: Path) -> None:
    out = _existing(tmp_path)
    before = _snapshot(out)
    with pytest.raises(BackendUnavailable) as info:
        fetch_wiki(out, _closed_port_url(), timeout=2, pause=0)
    assert info.value.message == "Kan 127.0.0.1 niet bereiken (geen netwerk?). Er is niets veranderd."
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["nora-wiki"]


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        ("http500", "127.0.0.1 gaf HTTP-fout 500 (pagina 'Ketensturing/Verantwoording')."),
        ("badjson", "127.0.0.1 gaf geen geldige JSON terug (pagina 'Ketensturing/Verantwoording')."),
        ("apierror", "meldt een fout (pagina 'Ketensturing/Verantwoording'): internal_api_error"),
        ("slow", "127.0.0.1 antwoordde niet binnen 0.5 s (pagina 'Ketensturing/Verantwoording')."),
    ],
)
def test_failure_midway_changes_nothing(
    wiki: tuple[FakeWiki, str], tmp_path: Path, failure: str, expected: str
) -> None:
    fake, url = wiki
    fake.fail[VERANTWOORDING] = failure  # the last page: two were already fetched
    out = _existing(tmp_path)
    before = _snapshot(out)
    with pytest.raises(BackendUnavailable) as info:
        fetch_wiki(out, url, timeout=0.5, pause=0)
    assert expected in info.value.message and info.value.message.endswith("Er is niets veranderd.")
    assert len([r for r in fake.requests if r.get("action") == "parse"]) == 3
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["nora-wiki"]


def test_no_pages_under_prefix_changes_nothing(wiki: tuple[FakeWiki, str], tmp_path: Path) -> None:
    _, url = wiki
    out = _existing(tmp_path)
    before = _snapshot(out)
    with pytest.raises(NotFound, match="geen pagina's die beginnen met 'Bestaat niet/'"):
        fetch_wiki(out, url, prefix="Bestaat niet/", timeout=5, pause=0)
    assert _snapshot(out) == before


def test_refetch_replaces_the_whole_folder(wiki: tuple[FakeWiki, str], tmp_path: Path) -> None:
    fake, url = wiki
    out = _existing(tmp_path)
    del fake.pages[VERANTWOORDING]
    fake.pages[CULTUUR] = (31999, CULTUUR, "<div class='mw-parser-output'><p>Nieuwe versie.</p></div>")
    report = fetch_wiki(out, url, timeout=5, pause=0)
    assert report.replaced
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "README.md",
        "nora-wiki-bouwstenen-voor-ketensturing-ketenmanager.md",
        "nora-wiki-het-besturen-van-ketens-culturele-dimensie.md",
    ]
    meta, body = _front(out / names[2])
    assert meta["revision_id"] == 31999 and body.endswith("Nieuwe versie.\n")
    assert sorted(p.name for p in out.parent.iterdir()) == ["nora-wiki"]


def test_ids_and_urls() -> None:
    assert page_id("Ketensturing/Pijlers/Één doel", "Ketensturing/") == "nora-wiki-pijlers-een-doel"
    assert page_id("Ketensturing/", "Ketensturing/") == "nora-wiki-ketensturing"
    assert page_url("Ketensturing/De keten") == "https://www.noraonline.nl/wiki/Ketensturing/De_keten"


def test_html_without_parser_output_wrapper() -> None:
    html = "<h2>Kop<span class='mw-editsection'>[bewerken]</span></h2>Losse tekst <i>schuin</i>.<dl><dt>Term</dt><dd>Uitleg</dd></dl>"
    assert html_to_markdown(html) == "## Kop\n\nLosse tekst schuin.\n\nTerm\n\nUitleg\n"
    assert html_to_markdown("") == ""


def test_edit_links_tocs_and_navboxes_are_dropped_by_class() -> None:
    html = (
        "<h2>Kop<span class='mw-editsection'><a>wijzig</a></span></h2>"
        "<div class='toc'><p>Inhoudsopgave</p></div><div class='navbox'><p>Menu</p></div>"
        "<div class='catlinks'>Categorie: Test</div><p>Tekst.</p>"
    )
    assert html_to_markdown(html) == "## Kop\n\nTekst.\n"
    veditor = "<h3>Kop<span>[bewerken | brontekst bewerken]</span></h3>"
    assert html_to_markdown(veditor) == "### Kop\n"


def test_write_failure_changes_nothing(
    wiki: tuple[FakeWiki, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, url = wiki
    out = _existing(tmp_path)
    before = _snapshot(out)
    real_write = Path.write_text
    calls: list[Path] = []

    def full_disk(self: Path, *args: Any, **kwargs: Any) -> int:
        calls.append(self)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "Geen ruimte meer op het apparaat")
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full_disk)
    with pytest.raises(
        KetenwijzerError, match="niet schrijven: Geen ruimte meer op het apparaat. Er is niets"
    ):
        fetch_wiki(out, url, timeout=5, pause=0)
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["nora-wiki"]


def test_failed_swap_puts_the_old_folder_back(
    wiki: tuple[FakeWiki, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, url = wiki
    out = _existing(tmp_path)
    before = _snapshot(out)
    real_rename = Path.rename

    def refuse_new(self: Path, target: Any) -> Path:
        if self.name.startswith(".nora-wiki.tmp-"):
            raise OSError(errno.EACCES, "Toegang geweigerd")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", refuse_new)
    with pytest.raises(KetenwijzerError, match="Toegang geweigerd. Er is niets veranderd."):
        fetch_wiki(out, url, timeout=5, pause=0)
    assert _snapshot(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["nora-wiki"]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KETENWIJZER_CORPUS_DIR": "/nonexistent-ketenwijzer-corpus"}
    return subprocess.run(
        [sys.executable, "-m", "ketenwijzer.cli", "fetch-nora", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        env=env,
        timeout=120,
    )


def test_cli_fetches_and_prints_a_dutch_summary(wiki: tuple[FakeWiki, str], tmp_path: Path) -> None:
    _, url = wiki
    out = tmp_path / "corpus" / "nora-wiki"
    result = _cli("--base-url", url, "--out", str(out), "--timeout", "5")
    assert result.returncode == 0, result.stderr
    assert f"Klaar: 3 pagina's opgehaald naar {out} (map aangemaakt" in result.stdout
    assert "Voer 'ketenwijzer ingest' uit" in result.stdout
    assert len(list(out.glob("nora-wiki-*.md"))) == 3


def test_cli_without_network_says_so_in_dutch(tmp_path: Path) -> None:
    out = _existing(tmp_path)
    before = _snapshot(out)
    result = _cli("--base-url", _closed_port_url(), "--out", str(out), "--timeout", "2")
    assert result.returncode == 8
    assert result.stdout == ""
    assert result.stderr.strip().splitlines()[-1] == (
        "Fout: Kan 127.0.0.1 niet bereiken (geen netwerk?). Er is niets veranderd."
    )
    assert _snapshot(out) == before
