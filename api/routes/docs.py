"""The interactive API documentation (``/docs``), served entirely from this server.

FastAPI's default page loads Swagger UI from a public CDN, which shows a blank page on an
intranet without internet. The same Swagger UI ships in the ``swagger-ui-bundle-v2`` wheel;
its files are served under ``/docs/assets``. ReDoc (CDN only) is switched off.
"""

from __future__ import annotations

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

ASSETS = "/docs/assets"

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def docs() -> HTMLResponse:
    """Swagger UI for the OpenAPI schema, with local scripts and styles."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="Ketenwijzer – API-documentatie",
        swagger_js_url=f"{ASSETS}/swagger-ui-bundle.js",
        swagger_css_url=f"{ASSETS}/swagger-ui.css",
        swagger_favicon_url=f"{ASSETS}/favicon-32x32.png",
    )


def install(app: FastAPI) -> None:
    """Add ``/docs`` and its assets to ``app`` (create it with ``docs_url=None``)."""
    app.include_router(router)
    app.mount(ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
