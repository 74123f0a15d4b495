"""The interactive API documentation (``/docs``) and an OpenAPI description that tells the truth.

FastAPI's default page loads Swagger UI from a public CDN, which shows a blank page on an
intranet without internet. The same Swagger UI ships in the ``swagger-ui-bundle-v2`` wheel;
its files are served under ``/docs/assets``. ReDoc (CDN only) is switched off.

FastAPI documents errors as its own validation array; this server answers every error as
``{"detail": "<Dutch sentence>"}`` (plus an OpenAI ``error`` object under ``/v1``).
``truthful_openapi`` rewrites the description accordingly and lists, per operation, the
error statuses it can really give (401 behind a key, 429 behind the rate limit, 413 and
400 for request bodies, …), so generated clients work (checked by schemathesis with
``--checks all``, tests/test_hardening_schemathesis.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.routing import APIRoute
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


ERROR = "Fout"
ERROR_SCHEMA: dict[str, Any] = {
    "title": ERROR,
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {"type": "string", "description": "Wat er mis is, in één Nederlandse zin."},
        "error": {
            "type": "object",
            "description": "Alleen onder /v1: dezelfde melding als OpenAI-foutobject.",
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "code": {"type": "integer"},
            },
        },
    },
}
DESCRIPTIONS = {
    "400": "De aanvraag kon niet worden gelezen (geen geldige JSON of geen UTF-8)",
    "401": "Geen of een onjuiste API-sleutel (of een verlopen downloadlink)",
    "403": "Beheer is uitgeschakeld",
    "404": "Bestaat niet (meer)",
    "409": "Er loopt al een ingest",
    "413": "De aanvraag is te groot",
    "422": "Ongeldige invoer",
    "429": "Te veel aanvragen; zie Retry-After",
    "500": "Onverwachte fout",
    "503": "De index is nog niet klaar (of een achterliggende dienst antwoordt niet)",
}


def _api_routes(app: FastAPI) -> dict[tuple[str, str], Any]:
    """(path, method) -> the route as the schema sees it, with the routers' dependencies merged in."""
    from fastapi import routing

    iterate = getattr(routing, "iter_route_contexts", None)
    found: dict[tuple[str, str], Any] = {}
    for route in iterate(app.routes) if iterate else app.routes:
        original = getattr(route, "original_route", route)
        if isinstance(original, APIRoute):
            methods: set[str] = getattr(route, "methods", None) or original.methods or set()
            for method in methods:
                found[(getattr(route, "path_format", original.path_format), method.lower())] = route
    return found


def _calls(route: Any) -> set[str]:
    """Names of every dependency a route runs (nested ones included)."""
    names: set[str] = set()
    stack = list(route.dependant.dependencies)
    while stack:
        dep = stack.pop()
        names.add(getattr(dep.call, "__name__", ""))
        stack.extend(dep.dependencies)
    return names


def _statuses(route: Any, operation: dict[str, Any]) -> set[str]:
    """The error statuses an operation can answer with."""
    calls = _calls(route)
    found = {"500"}
    if operation.get("requestBody"):
        found |= {"400", "413", "422"}
    if operation.get("parameters"):
        found.add("422")
    if any(p.get("in") == "path" for p in operation.get("parameters", [])):
        found.add("404")
    if calls & {"require_public", "require_admin", "require_public_or_link"}:
        found.add("401")
    if "require_admin" in calls:
        found.add("403")
    if "rate_limit" in calls:
        found.add("429")
    if "get_service" in calls and not str(route.path_format).startswith(("/healthz", "/api/admin")):
        found.add("503")
    return found


def truthful_openapi(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """An ``app.openapi`` replacement: Dutch error bodies and the statuses each operation can give."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        components[ERROR] = ERROR_SCHEMA
        ref = {"application/json": {"schema": {"$ref": f"#/components/schemas/{ERROR}"}}}
        routes = _api_routes(app)
        for path, item in schema.get("paths", {}).items():
            for method, operation in item.items():
                route = routes.get((path, method))
                responses = operation.setdefault("responses", {})
                for status in _statuses(route, operation) if route else {"500"}:
                    responses.setdefault(status, {"description": DESCRIPTIONS[status]})
                for status, response in responses.items():
                    own = str(response.get("content", {})).replace("HTTPValidationError", "")
                    if status[:1] in ("4", "5") and "$ref" not in own:
                        response["content"] = ref
        app.openapi_schema = schema
        return schema

    return openapi


def install(app: FastAPI) -> None:
    """Add ``/docs`` and its assets to ``app`` (create it with ``docs_url=None``), and the true schema."""
    app.include_router(router)
    app.mount(ASSETS, StaticFiles(directory=str(swagger_ui_path)), name="docs-assets")
    app.openapi = truthful_openapi(app)  # type: ignore[method-assign]
