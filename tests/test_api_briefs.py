"""``POST /api/briefs`` and its downloads against a real server (uvicorn in a thread), via httpx."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.routes.briefs import BRIEF_GONE, BriefStore, warm_briefs
from api.service import Service
from assistant.briefs import Brief
from assistant.briefs.inputs import MEDIA_TYPES
from assistant.briefs.plan import derive_question
from assistant.briefs.render import filename
from ketenwijzer.errors import NotFound
from ketenwijzer.settings import Settings
from tests.briefs_helpers import HEADINGS, MARKER, docx_paragraphs, handmade_brief, pdf_text, split_bronnen
from tests.browser.server import thread_server

TOPIC = "besluitvorming in ketens"
OUT_OF_SCOPE = "het WK voetbal van 2010"


@pytest.fixture(scope="module")
def server(corpus_settings: Settings) -> Iterator[str]:
    """One server over the session's index."""
    with thread_server(corpus_settings) as url:
        yield url


@pytest.fixture(scope="module")
def client(server: str) -> Iterator[httpx.Client]:
    """An httpx client for the server."""
    with httpx.Client(base_url=server, timeout=120) as client:
        yield client


@pytest.fixture(scope="module")
def created(client: httpx.Client) -> dict[str, Any]:
    """One brief on the issue's topic, composed once for the module (PDF as preferred format)."""
    response = client.post("/api/briefs", json={"onderwerp": TOPIC, "format": "pdf"})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    body["_location"] = response.headers.get("location")
    return body


def _resolves(body: str, bronnen: str, brief: Brief) -> None:
    """Every ``[n]`` in the body is a numbered source under *Bronnen*, and every source is listed."""
    cited = {int(n) for n in MARKER.findall(body)}
    listed = {int(n) for n in MARKER.findall(bronnen)}
    assert cited, "geen enkele [n] in de tekst"
    assert cited <= listed, f"onopgeloste nummers: {sorted(cited - listed)}"
    assert listed == {r.n for r in brief.references}


def test_post_returns_the_brief_markdown_and_links(created: dict[str, Any]) -> None:
    brief = Brief.model_validate(created["brief"])
    assert brief.topic == TOPIC
    assert [s.heading for s in brief.sections] == HEADINGS[:-1]
    assert brief.statements() and brief.references
    assert {s.n for s in brief.statements()} <= {r.n for r in brief.references}
    for heading in HEADINGS:
        assert f"## {heading}" in created["markdown"]
    assert set(created["links"]) == {"md", "docx", "pdf", "html"}
    for fmt, link in created["links"].items():
        assert link == f"/api/briefs/{created['id']}.{fmt}"
    assert created["download"] == created["links"]["pdf"]
    assert created["_location"] == created["links"]["md"]


def test_without_format_there_is_no_preferred_download(client: httpx.Client) -> None:
    response = client.post("/api/briefs", json={"onderwerp": "vertrouwen tussen ketenpartners", "vraag": ""})
    assert response.status_code == 201
    body = response.json()
    assert body["download"] is None and body["id"] != ""
    assert body["brief"]["question"] == derive_question("vertrouwen tussen ketenpartners")
    assert body["brief"]["question_derived"] is True


def test_header_fields_and_question_travel_with_the_request(client: httpx.Client) -> None:
    question = "Hoe komen ketenpartners samen tot besluiten?"
    response = client.post(
        "/api/briefs",
        json={"onderwerp": TOPIC, "vraag": question, "aan": "Directie Ketens", "van": "Team Advies"},
    )
    assert response.status_code == 201, response.text
    brief = response.json()["brief"]
    assert (brief["aan"], brief["van"], brief["question"], brief["question_derived"]) == (
        "Directie Ketens", "Team Advies", question, False
    )  # fmt: skip
    assert [row[0] for row in brief["header"]] == ["Aan", "Van", "Datum", "Onderwerp"]
    assert brief["header"][0] == ["Aan", "Directie Ketens"] and brief["header"][3] == [
        "Onderwerp",
        "Besluitvorming in ketens",
    ]
    assert "controleer de citaten" in brief["method"].lower()
    markdown = response.json()["markdown"]
    assert "**Aan:** Directie Ketens" in markdown and f"**Vraag:** {question}" in markdown
    for ref in brief["references"]:
        assert ref["label_text"].startswith(ref["line"]) and ref["place"]
        assert ref["label_text"].endswith(ref["url"] or "Geen webadres bekend.")


def test_the_brief_can_be_fetched_again_as_json(client: httpx.Client, created: dict[str, Any]) -> None:
    response = client.get(f"/api/briefs/{created['id']}")
    assert response.status_code == 200
    assert response.json()["brief"] == created["brief"]
    assert response.json()["links"] == created["links"]


@pytest.mark.parametrize("fmt", ["md", "docx", "pdf", "html"])
def test_download_has_media_type_and_file_name(
    client: httpx.Client, created: dict[str, Any], fmt: str
) -> None:
    response = client.get(created["links"][fmt])
    assert response.status_code == 200
    assert response.headers["content-type"] == MEDIA_TYPES[fmt]
    name = filename(Brief.model_validate(created["brief"]), fmt)
    assert name == f"notitie-besluitvorming-in-ketens.{fmt}"
    assert response.headers["content-disposition"].startswith(f'attachment; filename="{name}"')
    assert response.content


def test_docx_download_opens_with_headings_and_resolving_citations(
    client: httpx.Client, created: dict[str, Any]
) -> None:
    paragraphs = docx_paragraphs(client.get(created["links"]["docx"]).content)
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    for heading in HEADINGS:
        assert heading in headings
    texts = [t for _, t in paragraphs]
    at = texts.index("Bronnen")
    _resolves("\n".join(texts[:at]), "\n".join(texts[at:]), Brief.model_validate(created["brief"]))


def test_pdf_download_is_a_pdf_with_headings_and_resolving_citations(
    client: httpx.Client, created: dict[str, Any]
) -> None:
    data = client.get(created["links"]["pdf"]).content
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    for heading in HEADINGS:
        assert heading in text
    _resolves(*split_bronnen(text), Brief.model_validate(created["brief"]))


def test_markdown_and_html_downloads_resolve_citations(client: httpx.Client, created: dict[str, Any]) -> None:
    markdown = client.get(created["links"]["md"]).text
    assert markdown == created["markdown"]
    _resolves(*split_bronnen(markdown), Brief.model_validate(created["brief"]))
    html = client.get(created["links"]["html"]).text
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "<script" not in html.lower()
    for heading in ("Kern", "Analyse", "Bronnen"):
        assert f"<h2>{heading}</h2>" in html
    targets = set(re.findall(r'href="#bron-(\d+)"', html))
    assert targets and targets <= set(re.findall(r'id="bron-(\d+)"', html))


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ({"onderwerp": ""}, "onderwerp is leeg"),
        ({"onderwerp": "   \n\t "}, "onderwerp is leeg"),
        ({"onderwerp": "ketens " * 1500}, "te lang"),
        ({"onderwerp": TOPIC, "vraag": "waarom? " * 200}, "vraag is te lang"),
        ({"onderwerp": TOPIC, "format": "odt"}, "Onbekend formaat 'odt'"),
        ({"onderwerp": OUT_OF_SCOPE}, "geen informatie"),
        ({}, "'onderwerp' ontbreekt"),
        ({"onderwerp": 42}, "moet tekst zijn"),
        ({"onderwerp": TOPIC, "aan": "a" * 201}, "Het veld 'Aan' is te lang (201 tekens)"),
        ({"onderwerp": TOPIC, "van": 7}, "'van'"),
    ],
    ids=[
        "leeg",
        "witruimte",
        "10kB",
        "lange-vraag",
        "formaat",
        "buiten-bereik",
        "ontbreekt",
        "geen-tekst",
        "lange-aan",
        "van-geen-tekst",
    ],  # fmt: skip
)
def test_bad_input_is_422_with_a_dutch_message(
    client: httpx.Client, body: dict[str, Any], expected: str
) -> None:
    response = client.post("/api/briefs", json=body)
    assert response.status_code == 422
    assert expected in response.json()["detail"]


def test_ten_kilobyte_topic_is_refused(client: httpx.Client) -> None:
    topic = "x" * 10_240
    response = client.post("/api/briefs", json={"onderwerp": topic})
    assert response.status_code == 422
    assert "maximum is 300 tekens" in response.json()["detail"]


def test_unknown_brief_is_404_and_unknown_format_422(client: httpx.Client, created: dict[str, Any]) -> None:
    for path in ("/api/briefs/bestaat-niet.pdf", "/api/briefs/bestaat-niet"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["detail"] == BRIEF_GONE
    response = client.get(f"/api/briefs/{created['id']}.odt")
    assert response.status_code == 422
    assert "Kies uit: md, docx, pdf, html" in response.json()["detail"]


def test_another_worker_serves_the_download(corpus_settings: Settings, created: dict[str, Any]) -> None:
    """A second app process on the same data dir (as with several uvicorn workers) finds the brief."""
    with thread_server(corpus_settings) as other, httpx.Client(base_url=other, timeout=60) as client:
        response = client.get(created["links"]["pdf"])
        assert response.status_code == 200
        assert response.content.startswith(b"%PDF-")


def test_store_keeps_only_the_most_recent_briefs(tmp_path: Path) -> None:
    store = BriefStore(tmp_path / "service.sqlite", max_briefs=2)
    ids = [store.add(handmade_brief(f"onderwerp {i}")) for i in range(3)]
    assert len(store) == 2
    with pytest.raises(NotFound):
        store.get(ids[0])
    assert store.get(ids[2]).topic == "onderwerp 2"


def test_store_forgets_expired_briefs(tmp_path: Path) -> None:
    store = BriefStore(tmp_path / "service.sqlite", ttl_seconds=-1.0)
    brief_id = store.add(handmade_brief())
    with pytest.raises(NotFound):
        store.get(brief_id)


def test_adviser_page_and_script_are_served(client: httpx.Client) -> None:
    page = client.get("/adviseur")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert '<html lang="nl">' in page.text and '<script src="/adviseur.js"' in page.text
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", page.text) is None, "inline script"
    script = client.get("/adviseur.js")
    assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    unsafe = re.search(r"\.(inner|outer)HTML\s*[+]?=|insertAdjacentHTML|document\.write|eval\(", script.text)
    assert unsafe is None, unsafe
    assert 'href="/adviseur"' in client.get("/").text


def test_public_key_guards_briefs_and_downloads(corpus_settings: Settings, tmp_path: Path) -> None:
    """With public keys configured, composing and downloading need a key (checked before the body)."""
    from fastapi.testclient import TestClient
    from pydantic import SecretStr

    from api.app import create_app

    settings = corpus_settings.model_copy(
        update={"data_dir": tmp_path, "public_api_keys": [SecretStr("publieke-sleutel")]}
    )
    client = TestClient(create_app(settings))  # no lifespan: the guard needs no index
    response = client.post("/api/briefs", json={"onderwerp": TOPIC})
    assert response.status_code == 401 and "API-sleutel" in response.json()["detail"]
    assert client.get("/api/briefs/abc.pdf").status_code == 401
    keyed = client.get("/api/briefs/abc.pdf", headers={"X-API-Key": "publieke-sleutel"})
    assert keyed.status_code == 404 and keyed.json()["detail"] == BRIEF_GONE


def test_lone_surrogate_in_format_is_422_not_500(client: httpx.Client) -> None:
    raw = b'{"onderwerp": "besluitvorming in ketens", "format": "pdf\\ud800"}'
    response = client.post("/api/briefs", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"].startswith("Onbekend formaat 'pdf?'")


def test_signed_download_links_work_without_a_key(corpus_settings: Settings) -> None:
    """A browser follows a download link without headers: with public keys the link carries its permission."""
    from pydantic import SecretStr

    from api.access import LINK_EXPIRED, link_token
    from tests.browser.server import thread_server

    key = {"X-API-Key": "publieke-sleutel"}
    settings = corpus_settings.model_copy(update={"public_api_keys": [SecretStr("publieke-sleutel")]})
    with thread_server(settings) as url:
        created = httpx.post(f"{url}/api/briefs", json={"onderwerp": TOPIC}, headers=key, timeout=120)
        assert created.status_code == 201, created.text
        links = created.json()["links"]
        assert all("?t=" in link for link in links.values())
        pdf = httpx.get(url + links["pdf"], timeout=60)
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
        path, _, token = links["pdf"].partition("?t=")
        expires, _, signature = token.partition(".")
        forged = f"{expires}.{'0' * len(signature)}"
        refused = [
            httpx.get(f"{url}{path}?t={forged}"),  # wrong signature
            httpx.get(f"{url}{path.replace('.pdf', '.docx')}?t={token}"),  # another file
            httpx.get(f"{url}{path}?t={link_token(settings, path, ttl=-5)}"),  # expired
            httpx.get(f"{url}{path}?t=zomaar"),
        ]
        for response in refused:
            assert response.status_code == 401 and response.json()["detail"] == LINK_EXPIRED
        assert httpx.get(url + path).status_code == 401, "no key, no link: refused"
        assert httpx.get(url + path, headers=key).status_code == 200, "a key still works"
        again = httpx.get(f"{url}/api/briefs/{created.json()['id']}", headers=key).json()
        assert again["links"]["docx"].startswith(path.replace(".pdf", ".docx") + "?t=")
        other = corpus_settings.model_copy(update={"public_api_keys": [SecretStr("andere-sleutel")]})
        assert httpx.get(f"{url}{path}?t={link_token(other, path)}").status_code == 401, "rotated keys"


def test_start_up_warm_up_waits_for_the_index_then_warms(corpus_settings: Settings, tmp_path: Path) -> None:
    """``warm_briefs`` (run at start by ``ketenwijzer serve``) warms once the service is ready."""
    service = Service(corpus_settings)
    service.start()
    try:
        timings = warm_briefs(service, poll_seconds=0.1)
    finally:
        service.stop()
    assert timings is not None and timings["passages"] > 0
    empty = corpus_settings.model_copy(
        update={"data_dir": tmp_path / "data", "corpus_dir": tmp_path / "leeg"}
    )
    (tmp_path / "leeg").mkdir()
    broken = Service(empty)
    broken.start()
    try:
        assert warm_briefs(broken, poll_seconds=0.1) is None  # the service failed: nothing to warm, no error
    finally:
        broken.stop()
