"""``ketenwijzer fetch-nora``: NORA wiki pages via the MediaWiki Action API into the corpus.

Lists the pages under a title prefix (``list=allpages`` with ``continue``), parses each one
(``action=parse``), converts its HTML to Markdown with front-matter and writes one file per
page. All pages are written to a hidden temp dir beside the target first and then swapped in,
so any failure (no network, HTTP error, bad JSON, timeout) leaves the old folder untouched.
"""

from __future__ import annotations

import shutil
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import yaml

from ingest.loaders import slugify
from ingest.wikihtml import html_to_markdown
from ketenwijzer.errors import BackendUnavailable, InvalidInput, KetenwijzerError, NotFound

NORA_API_URL = "https://www.noraonline.nl/api.php"
NORA_WIKI_URL = "https://www.noraonline.nl/wiki/"
NORA_PREFIX = "Ketensturing/"
USER_AGENT = "Ketenwijzer/0.1 (Nederlandse RAG-assistent over ketensturing; fetch-nora)"
PUBLISHER = "NORA (Nederlandse Overheid Referentie Architectuur)"
MAX_PAGES = 2000
UNCHANGED = "Er is niets veranderd."
Progress = Callable[[str, int, int], None]


@dataclass
class WikiPage:
    """One parsed wiki page."""

    title: str
    display_title: str
    revision_id: int
    html: str


@dataclass
class FetchReport:
    """What a fetch wrote: the target folder and the document ids per page title."""

    out_dir: Path
    pages: dict[str, str] = field(default_factory=dict)
    replaced: bool = False
    seconds: float = 0.0


class MediaWikiClient:
    """Polite, sequential client for one MediaWiki ``api.php``; every failure is ``BackendUnavailable``."""

    def __init__(self, api_url: str, timeout: float = 30.0, pause: float = 0.0) -> None:
        try:
            self.host = httpx.URL(api_url).host or api_url
        except httpx.InvalidURL as exc:
            raise InvalidInput(f"'{api_url}' is geen geldig adres voor de wiki-API.") from exc
        if not api_url.startswith(("http://", "https://")):
            raise InvalidInput(f"'{api_url}' is geen geldig adres voor de wiki-API (http/https).")
        self.api_url = api_url
        self.timeout = timeout
        self.pause = pause
        self._client = httpx.Client(
            timeout=timeout, headers={"User-Agent": USER_AGENT}, follow_redirects=True
        )
        self._requests = 0

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self._client.close()

    def _get(self, params: dict[str, str], what: str) -> dict[str, Any]:
        if self._requests and self.pause:
            time.sleep(self.pause)
        self._requests += 1
        params = {**params, "format": "json", "formatversion": "2"}
        try:
            response = self._client.get(self.api_url, params=params)
            response.raise_for_status()
            data = response.json()
        except httpx.TimeoutException as exc:
            raise BackendUnavailable(
                f"{self.host} antwoordde niet binnen {self.timeout:g} s ({what}). {UNCHANGED}"
            ) from exc
        except httpx.HTTPStatusError as exc:
            raise BackendUnavailable(
                f"{self.host} gaf HTTP-fout {exc.response.status_code} ({what}). {UNCHANGED}"
            ) from exc
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            raise BackendUnavailable(f"Kan {self.host} niet bereiken (geen netwerk?). {UNCHANGED}") from exc
        except ValueError as exc:
            raise BackendUnavailable(
                f"{self.host} gaf geen geldige JSON terug ({what}). {UNCHANGED}"
            ) from exc
        if not isinstance(data, dict):
            raise BackendUnavailable(f"{self.host} gaf een onverwacht antwoord ({what}). {UNCHANGED}")
        if "error" in data:
            err = data["error"] if isinstance(data["error"], dict) else {}
            raise BackendUnavailable(
                f"De wiki-API van {self.host} meldt een fout ({what}): "
                f"{err.get('code', '?')}: {err.get('info', '')}. {UNCHANGED}"
            )
        return data

    def list_titles(self, prefix: str) -> list[str]:
        """Titles of the content pages (no redirects) whose title starts with ``prefix``."""
        params = {
            "action": "query",
            "list": "allpages",
            "apprefix": prefix,
            "apnamespace": "0",
            "apfilterredir": "nonredirects",
            "aplimit": "max",
        }
        titles: list[str] = []
        seen_tokens: set[str] = set()
        cont: dict[str, str] = {}
        while True:
            data = self._get({**params, **cont}, "paginalijst")
            try:
                titles += [str(p["title"]) for p in data["query"]["allpages"]]
                cont = {str(k): str(v) for k, v in (data.get("continue") or {}).items()}
            except (KeyError, TypeError, AttributeError) as exc:
                raise BackendUnavailable(
                    f"{self.host} gaf een onverwachte paginalijst terug. {UNCHANGED}"
                ) from exc
            token = repr(sorted(cont.items()))
            if not cont:
                return list(dict.fromkeys(titles))
            if token in seen_tokens or len(titles) > MAX_PAGES:
                raise BackendUnavailable(f"De paginalijst van {self.host} houdt niet op. {UNCHANGED}")
            seen_tokens.add(token)

    def parse(self, title: str) -> WikiPage:
        """The rendered HTML, revision id and display title of one page."""
        params = {"action": "parse", "page": title, "prop": "text|revid|displaytitle"}
        data = self._get(params, f"pagina '{title}'")
        try:
            parsed = data["parse"]
            html = parsed["text"]
            revid = int(parsed["revid"])
            if not isinstance(html, str):
                raise TypeError("text is not a string (formatversion=2 expected)")
        except (KeyError, TypeError, ValueError) as exc:
            raise BackendUnavailable(
                f"{self.host} gaf een onverwacht antwoord voor pagina '{title}'. {UNCHANGED}"
            ) from exc
        shown = _plain(str(parsed.get("displaytitle") or "")) or str(parsed.get("title") or title)
        return WikiPage(str(parsed.get("title") or title), shown, revid, html)


def _plain(html: str) -> str:
    from bs4 import BeautifulSoup

    return " ".join(BeautifulSoup(html, "html.parser").get_text(" ").split())


def page_url(title: str, wiki_url: str = NORA_WIKI_URL) -> str:
    """The reader's address of a wiki page: spaces become underscores."""
    return wiki_url + title.replace(" ", "_")


def page_id(title: str, prefix: str) -> str:
    """Document id ``nora-wiki-<slug>`` from the title without the prefix."""
    rest = title[len(prefix) :] if title.startswith(prefix) else title
    return "nora-wiki-" + slugify(rest.replace("/", " ") or title)


def page_document(page: WikiPage, doc_id: str, fetched_at: date, wiki_url: str = NORA_WIKI_URL) -> str:
    """The Markdown file for one page: front-matter, ``# title`` and the converted body."""
    meta = {
        "id": doc_id,
        "title": page.display_title,
        "wiki_title": page.title,
        "url": page_url(page.title, wiki_url),
        "revision_id": page.revision_id,
        "fetched_at": fetched_at.isoformat(),
        "source": "noraonline.nl",
        "publisher": PUBLISHER,
        "language": "nl",
        "kind": "original",
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{front}---\n\n# {page.display_title}\n\n{html_to_markdown(page.html)}"


def _readme(count: int, prefix: str, fetched_at: date) -> str:
    return (
        f"# NORA-wiki: pagina's '{prefix}…'\n\n"
        f"Opgehaald met `ketenwijzer fetch-nora` op {fetched_at.isoformat()} ({count} pagina's) via de\n"
        "MediaWiki-API van noraonline.nl. De tekst is van de NORA, niet van Ketenwijzer: zet deze map\n"
        "niet in de repository. `fetch-nora` vervangt deze map bij elke run in zijn geheel.\n"
    )


def write_folder_atomically(out_dir: Path, files: dict[str, str]) -> bool:
    """Replace ``out_dir`` by a folder holding exactly ``files``; returns whether one existed."""
    if out_dir.exists() and not out_dir.is_dir():
        raise InvalidInput(f"'{out_dir}' bestaat al en is geen map. {UNCHANGED}")
    tag = uuid.uuid4().hex[:8]
    old = out_dir.with_name(f".{out_dir.name}.old-{tag}")
    try:
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    except OSError as exc:
        raise KetenwijzerError(
            f"Kan niet schrijven in '{out_dir.parent}': {exc.strerror}. {UNCHANGED}"
        ) from exc
    try:
        for name, text in files.items():
            (tmp / name).write_text(text, encoding="utf-8")
        tmp.chmod(0o755)
        existed = out_dir.exists()
        if existed:
            out_dir.rename(old)
        try:
            tmp.rename(out_dir)
        except OSError:
            if existed:
                old.rename(out_dir)
            raise
    except OSError as exc:
        raise KetenwijzerError(f"Kan '{out_dir}' niet schrijven: {exc.strerror}. {UNCHANGED}") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    return existed


def fetch_wiki(
    out_dir: Path,
    api_url: str = NORA_API_URL,
    prefix: str = NORA_PREFIX,
    timeout: float = 30.0,
    pause: float = 0.2,
    wiki_url: str = NORA_WIKI_URL,
    progress: Progress | None = None,
) -> FetchReport:
    """Download every page under ``prefix`` into ``out_dir`` as Markdown, all or nothing."""
    started = time.perf_counter()
    client = MediaWikiClient(api_url, timeout=timeout, pause=pause)
    try:
        titles = client.list_titles(prefix)
        if not titles:
            raise NotFound(f"{client.host} heeft geen pagina's die beginnen met '{prefix}'. {UNCHANGED}")
        today = date.today()
        report = FetchReport(out_dir)
        files: dict[str, str] = {}
        for n, title in enumerate(titles, start=1):
            page = client.parse(title)
            doc_id = base = page_id(page.title, prefix)
            suffix = 2
            while f"{doc_id}.md" in files:
                doc_id, suffix = f"{base}-{suffix}", suffix + 1
            files[f"{doc_id}.md"] = page_document(page, doc_id, today, wiki_url)
            report.pages[page.title] = doc_id
            if progress:
                progress("Pagina's", n, len(titles))
    finally:
        client.close()
    files["README.md"] = _readme(len(report.pages), prefix, today)
    report.replaced = write_folder_atomically(out_dir, files)
    report.seconds = time.perf_counter() - started
    return report
