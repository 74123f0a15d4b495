"""Every error leaves the API as JSON ``{"detail": <Dutch message>}`` with a proper status.

One handler maps the project's error tree (``KetenwijzerError`` and subclasses, each with
its ``status_code``); the others translate request validation (422), Starlette's own HTTP
errors (404, 405, …) and unexpected exceptions (500) into Dutch. Under ``/v1`` the body also
carries an OpenAI-style ``error`` object, so OpenAI clients show the Dutch message.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.limits import BodyTooLarge
from ketenwijzer.errors import KetenwijzerError

log = logging.getLogger("ketenwijzer.api")

_HTTP_MESSAGES = {
    400: "De aanvraag is ongeldig.",
    401: "U bent niet aangemeld.",
    403: "U hebt geen toegang tot deze pagina.",
    404: "Deze pagina of dit endpoint bestaat niet.",
    405: "Deze methode is hier niet toegestaan.",
    406: "Dit antwoordformaat wordt niet ondersteund.",
    413: "De aanvraag is te groot.",
    415: "Dit gegevensformaat wordt niet ondersteund; stuur JSON.",
    429: "Te veel aanvragen; probeer het straks opnieuw.",
}
UNREADABLE_BODY = "De aanvraag kon niet worden gelezen: stuur geldige JSON, gecodeerd in UTF-8."
SERVER_ERROR = "Er ging iets mis in Ketenwijzer. Probeer het opnieuw; blijft het misgaan, meld het dan."


def error_body(request: Request | None, status: int, message: str) -> dict[str, Any]:
    """The JSON error body; OpenAI-compatible paths also get an ``error`` object."""
    # A message may quote user input; lone surrogates in it cannot be encoded as UTF-8.
    message = message.encode("utf-8", "replace").decode("utf-8")
    body: dict[str, Any] = {"detail": message}
    if request is not None and request.url.path.startswith("/v1/"):
        kind = "invalid_request_error" if status < 500 else "server_error"
        body["error"] = {"message": message, "type": kind, "code": status}
    return body


def error_response(
    request: Request | None, status: int, message: str, retry_after: int | None = None
) -> JSONResponse:
    """A JSON error response with a Dutch message (``Retry-After`` on 503 and 429)."""
    if retry_after is None and status == 503:
        retry_after = 5
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    if status == 401:
        headers = {**(headers or {}), "WWW-Authenticate": 'Bearer realm="ketenwijzer"'}
    return JSONResponse(error_body(request, status, message), status_code=status, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts)


def dutch_validation_message(errors: list[dict[str, Any]]) -> str:
    """One Dutch sentence per validation error, joined; the field names stay as sent."""
    sentences = []
    for err in errors[:5]:
        kind = str(err.get("type", ""))
        ctx = err.get("ctx") or {}
        name = _field(err.get("loc", ()))
        field = f"Het veld '{name}'" if name else "De aanvraag"
        if kind == "json_invalid":
            sentences.append("De aanvraag is geen geldige JSON.")
        elif kind == "missing" and not name:
            sentences.append("De aanvraag is leeg; stuur een JSON-object.")
        elif kind == "missing":
            sentences.append(f"{field} ontbreekt.")
        elif kind in ("model_attributes_type", "dict_type", "model_type"):
            sentences.append(f"{field} moet een JSON-object zijn.")
        elif kind == "string_type":
            sentences.append(f"{field} moet tekst zijn.")
        elif kind == "list_type":
            sentences.append(f"{field} moet een lijst zijn.")
        elif kind in ("int_type", "int_parsing", "int_from_float"):
            sentences.append(f"{field} moet een geheel getal zijn.")
        elif kind == "bool_type" or kind == "bool_parsing":
            sentences.append(f"{field} moet true of false zijn.")
        elif kind == "literal_error":
            sentences.append(f"{field} moet een van deze waarden hebben: {ctx.get('expected', '')}.")
        elif kind in ("greater_than_equal", "greater_than"):
            sentences.append(f"{field} moet minstens {ctx.get('ge', ctx.get('gt', ''))} zijn.")
        elif kind in ("less_than_equal", "less_than"):
            sentences.append(f"{field} mag hoogstens {ctx.get('le', ctx.get('lt', ''))} zijn.")
        elif kind == "string_too_short":
            sentences.append(f"{field} is leeg of te kort.")
        elif kind == "string_too_long":
            sentences.append(f"{field} is te lang (hoogstens {ctx.get('max_length', '')} tekens).")
        elif kind == "too_short":
            sentences.append(f"{field} moet minstens {ctx.get('min_length', 1)} element(en) bevatten.")
        elif kind == "too_long":
            sentences.append(f"{field} bevat te veel elementen (hoogstens {ctx.get('max_length', '')}).")
        elif kind == "string_unicode":
            sentences.append(f"{field} bevat tekens die geen geldige Unicode zijn.")
        elif kind == "value_error" and isinstance(ctx.get("error"), ValueError):
            sentences.append(str(ctx["error"]))  # our validators raise with a Dutch sentence
        else:
            sentences.append(f"{field} is ongeldig.")
    return " ".join(dict.fromkeys(sentences)) or "De aanvraag is ongeldig."


async def _project_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, KetenwijzerError)
    if exc.status_code >= 500:
        log.warning("%s: %s", type(exc).__name__, exc.message)
    retry_after = getattr(exc, "retry_after", None)
    return error_response(request, exc.status_code, exc.message, retry_after)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(request, 422, dutch_validation_message(list(exc.errors())))


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if isinstance(exc, BodyTooLarge):
        message = str(exc.detail)
    elif exc.status_code == 400 and "parsing the body" in str(exc.detail):
        message = UNREADABLE_BODY
    else:
        message = _HTTP_MESSAGES.get(exc.status_code, "De aanvraag kon niet worden verwerkt.")
    response = error_response(request, exc.status_code, message)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("Onverwachte fout bij %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(request, 500, SERVER_ERROR)


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(KetenwijzerError, _project_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
