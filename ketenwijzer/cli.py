"""The ``ketenwijzer`` command line: parses arguments, calls the core, formats output.

Errors from the core are turned into one Dutch line on stderr and an exit code here, in
``main()``, and nowhere else.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ketenwijzer.errors import KetenwijzerError
from ketenwijzer.settings import Settings, get_settings

app = typer.Typer(
    name="ketenwijzer",
    help="Ketenwijzer: onderbouwde antwoorden over ketensamenwerking en ketensturing.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EmbedderOpt = Annotated[
    Optional[str], typer.Option("--embedder", help="Embedder (bijv. use, minilm of een modelpad).")
]


def _settings(
    embedder: str | None = None, generator: str | None = None, corpus: Path | None = None
) -> Settings:
    base = get_settings()
    updates: dict[str, object] = {}
    if embedder:
        updates["embedder"] = embedder
    if generator:
        updates["generator"] = generator
    if corpus:
        updates["corpus_dir"] = corpus
    return base.model_copy(update=updates) if updates else base


def _progress_bar():  # type: ignore[no-untyped-def]
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:
        if total <= 0:
            return
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="st", file=sys.stderr, leave=False)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return progress


def ensure_index(settings: Settings) -> None:
    """Ingest when the index is missing or not built for the configured embedder."""
    from ingest.index import Index
    from ingest.pipeline import run_ingest

    if not Index(settings).is_ready():
        typer.echo("Index wordt opgebouwd …", err=True)
        report = run_ingest(settings, progress=_progress_bar())
        _print_errors(report.errors)


def _print_errors(errors: list) -> None:  # type: ignore[type-arg]
    for err in errors:
        typer.echo(f"Fout: {err.message}", err=True)


@app.command()
def ingest(
    embedder: EmbedderOpt = None,
    corpus: Annotated[Optional[Path], typer.Option("--corpus", help="Corpusmap.")] = None,
) -> None:
    """Lees het corpus in (alleen wat veranderd is)."""
    from ingest.pipeline import run_ingest

    settings = _settings(embedder, corpus=corpus)
    report = run_ingest(settings, progress=_progress_bar())
    _print_errors(report.errors)
    for warning in report.warnings:
        typer.echo(f"Waarschuwing: {warning.message}", err=True)
    if not report.touched:
        typer.echo(
            f"Niets veranderd: {len(report.skipped)} documenten ongewijzigd, "
            f"{report.chunks_total} passages ({report.seconds:.2f} s)."
        )
    else:
        typer.echo(
            f"Klaar: {len(report.added)} toegevoegd, {len(report.changed)} gewijzigd, "
            f"{len(report.removed)} verwijderd, {len(report.skipped)} ongewijzigd; "
            f"{report.chunks_total} passages, {report.chunks_embedded} nieuw ingebed "
            f"({report.seconds:.1f} s)."
        )
    if report.errors:
        typer.echo(f"{len(report.errors)} bestand(en) niet ingelezen; de rest wel.", err=True)
        raise typer.Exit(4)


def _format_answer(answer) -> str:  # type: ignore[no-untyped-def]
    lines = [answer.answer]
    if answer.notice:
        lines.append(f"({answer.notice})")
    if answer.citations:
        lines.append("")
        lines.append("Bronnen:")
        seen: set[int] = set()
        for c in answer.citations:
            if c.n in seen:
                continue
            seen.add(c.n)
            where = f" — {c.section}" if c.section else ""
            page = f", p. {c.page}" if c.page else ""
            url = f" <{c.url}>" if c.url else ""
            lines.append(f"[{c.n}] {c.title}{where}{page}{url}")
            lines.append(f"    passage {c.chunk_id}")
    return "\n".join(lines)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="Je vraag.")],
    as_json: Annotated[bool, typer.Option("--json", help="Geef het Answer als JSON.")] = False,
    embedder: EmbedderOpt = None,
    generator: Annotated[Optional[str], typer.Option("--generator")] = None,
    k: Annotated[Optional[int], typer.Option("--k", help="Aantal passages.")] = None,
    doc: Annotated[Optional[list[str]], typer.Option("--doc", help="Alleen in dit document zoeken.")] = None,
) -> None:
    """Stel één vraag."""
    from assistant.chain import Assistant

    settings = _settings(embedder, generator)
    ensure_index(settings)
    answer = Assistant(settings).ask(question, doc_ids=doc, k=k)
    if as_json:
        typer.echo(answer.model_dump_json(indent=2))
    else:
        typer.echo(_format_answer(answer))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Zoekvraag.")],
    k: Annotated[int, typer.Option("--k")] = 10,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    embedder: EmbedderOpt = None,
) -> None:
    """Toon de best passende passages met scores."""
    from assistant.chain import Assistant

    settings = _settings(embedder)
    ensure_index(settings)
    passages = Assistant(settings).search(query, k)
    if as_json:
        typer.echo(json.dumps([p.model_dump() for p in passages], ensure_ascii=False, indent=2))
        return
    for p in passages:
        section = f" — {p.section}" if p.section else ""
        typer.echo(f"{p.score:.4f}  {p.doc_id}{section}  [{p.chunk_id}]")
        typer.echo("    " + p.text[:240].replace("\n", " ") + ("…" if len(p.text) > 240 else ""))


@app.command()
def chat(
    embedder: EmbedderOpt = None, generator: Annotated[Optional[str], typer.Option("--generator")] = None
) -> None:
    """Een gesprek in de terminal; vervolgvragen gebruiken de eerdere beurten."""
    from assistant.chain import Assistant
    from assistant.conversation import Turn

    settings = _settings(embedder, generator)
    ensure_index(settings)
    assistant = Assistant(settings)
    history: list[Turn] = []
    typer.echo("Stel je vraag (leeg of Ctrl-D om te stoppen).")
    while True:
        try:
            question = input("\nVraag: ").strip()
        except (EOFError, KeyboardInterrupt):
            typer.echo("")
            return
        if not question:
            return
        try:
            answer = assistant.ask(question, history=history)
        except KetenwijzerError as exc:
            typer.echo(f"Fout: {exc.message}", err=True)
            continue
        typer.echo(_format_answer(answer))
        history.append(Turn(question, answer.standalone_question or question, answer.answer))


from api.cli import serve  # noqa: E402
from evals.cli import app as eval_app  # noqa: E402

app.add_typer(eval_app, name="eval")
app.command()(serve)


@app.command("fetch-nora")
def fetch_nora(
    base_url: Annotated[Optional[str], typer.Option("--base-url", help="MediaWiki-API (api.php).")] = None,
    prefix: Annotated[str, typer.Option("--prefix", help="Titelvoorvoegsel.")] = "Ketensturing/",
    out: Annotated[Optional[Path], typer.Option("--out", help="Doelmap (corpus/nora-wiki).")] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Time-out per verzoek (s).")] = 30.0,
) -> None:
    """Haal de NORA-wikipagina's 'Ketensturing/…' op als Markdown in het corpus."""
    from ingest.mediawiki import fetch_wiki

    settings = _settings()
    target = out or settings.corpus_dir / "nora-wiki"
    report = fetch_wiki(
        target, settings.nora_api_url if base_url is None else base_url, prefix, timeout,
        progress=_progress_bar(),
    )  # fmt: skip
    action = "vervangen" if report.replaced else "aangemaakt"
    typer.echo(
        f"Klaar: {len(report.pages)} pagina's opgehaald naar {target} (map {action}, "
        f"{report.seconds:.1f} s). Voer 'ketenwijzer ingest' uit om ze in te lezen."
    )


@app.command()
def brief(
    onderwerp: Annotated[str, typer.Argument(help="Onderwerp van de notitie.")],
    vraag: Annotated[
        Optional[str],
        typer.Option("--vraag", help="Vraag die de kern beantwoordt (anders afgeleid van het onderwerp)."),
    ] = None,
    aan: Annotated[
        Optional[str], typer.Option("--aan", help="Geadresseerde in de kop van de notitie.")
    ] = None,
    van: Annotated[Optional[str], typer.Option("--van", help="Afzender in de kop van de notitie.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="md, docx, pdf of html.")] = "md",
    out: Annotated[Optional[Path], typer.Option("--out", help="Schrijf naar dit bestand.")] = None,
    embedder: EmbedderOpt = None,
    generator: Annotated[Optional[str], typer.Option("--generator")] = None,
) -> None:
    """Stel een notitie met bronvermelding op over een onderwerp."""
    from assistant.briefs import check_format, clean_party, clean_question, clean_topic, compose_brief
    from assistant.briefs.inputs import BINARY_FORMATS
    from assistant.briefs.render import filename, render
    from assistant.chain import Assistant

    fmt = check_format(fmt)
    onderwerp, vraag = clean_topic(onderwerp), clean_question(vraag)
    aan, van = clean_party(aan, "Aan"), clean_party(van, "Van")
    settings = _settings(embedder, generator)
    ensure_index(settings)
    result = compose_brief(Assistant(settings), onderwerp, vraag, aan, van)
    data = render(result, fmt)
    if out is None and fmt not in BINARY_FORMATS:
        typer.echo(data.decode("utf-8"), nl=False)
        return
    target = out or Path.cwd() / filename(result, fmt)
    target.write_bytes(data)
    typer.echo(str(target))


@app.command()
def mcp(
    embedder: EmbedderOpt = None,
    generator: Annotated[Optional[str], typer.Option("--generator")] = None,
) -> None:
    """Start Ketenwijzer als MCP-server over stdio (voor Claude Desktop, Copilot en andere assistenten)."""
    from api.mcp_server import run_stdio

    run_stdio(_settings(embedder, generator))


def main() -> None:
    """Entry point: run the CLI and map project errors to one Dutch line and an exit code."""
    import click

    try:
        result = app(standalone_mode=False)
    except KetenwijzerError as exc:
        typer.echo(f"Fout: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except click.exceptions.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (click.exceptions.Abort, KeyboardInterrupt):
        result = 130
    if result == 130:  # typer turns Ctrl-C into exit code 130
        typer.echo("Onderbroken. De vorige index is ongewijzigd bruikbaar.", err=True)
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
