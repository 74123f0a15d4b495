"""``ketenwijzer serve``: the web service (API, chat widget, demo page) under uvicorn."""

from __future__ import annotations

from typing import Annotated

import typer


def serve(
    host: Annotated[
        str, typer.Option("--host", help="Adres om op te luisteren (0.0.0.0 voor alle).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Poort.", min=1, max=65535)] = 8000,
    workers: Annotated[int, typer.Option("--workers", help="Aantal werkprocessen.", min=1)] = 1,
) -> None:
    """Start de webservice: API, chatwidget (/widget.js) en demopagina (/)."""
    import uvicorn

    shown = "localhost" if host in ("0.0.0.0", "::") else host
    typer.echo(
        f"Ketenwijzer start op http://{shown}:{port}/ (demopagina), API-documentatie op /docs. "
        "Zonder index wordt eerst het corpus ingelezen; /readyz meldt wanneer het klaar is.",
        err=True,
    )
    uvicorn.run(
        "api.app:create_app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        timeout_graceful_shutdown=5,
        log_level="info",
    )
