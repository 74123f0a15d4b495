"""OpenAI-compatible ``/v1/chat/completions`` and ``/v1/models`` (model id ``ketenwijzer``).

Open WebUI, LibreChat or the ``openai`` client can use Ketenwijzer as a model. The last user
message is the question and the earlier user/assistant messages are its history (this route
is stateless; no server-side session). The sources are appended to the message content as a
numbered list ("Bronnen:") and given as structured ``citations`` at the top level of the
response (in a stream: on the last chunk). A stream carries only the verified answer text,
because an OpenAI client cannot take back text it has already shown.

A request holds at most ``MAX_MESSAGES`` messages and ``MAX_CHARS`` characters (422/413
past that) and only the last ``HISTORY_TURNS`` exchanges are read, so the work per request
is linear in its size. Answer text is Markdown with corpus markup defused
(``ketenwijzer.markup.defuse_markup``): a client that renders it shows no tags or script links.
"""

from __future__ import annotations

import json
import re
import secrets
import time
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from api.access import require_public
from api.ratelimit import rate_limit
from api.schemas import EMPTY_QUESTION, HAS_WORD, MAX_QUESTION_CHARS
from api.service import Service, get_service
from api.sse import SSE_HEADERS
from assistant.conversation import Turn, standalone_question
from ketenwijzer.errors import InvalidInput, KetenwijzerError, NotFound, TooLarge
from ketenwijzer.markup import defuse_markup
from ketenwijzer.models import Answer, Citation

router = APIRouter(prefix="/v1", tags=["openai"], dependencies=[Depends(require_public)])

MODEL_ID = "ketenwijzer"
SOURCES_HEADER = "Bronnen:"
_CREATED = int(time.time())
MAX_MESSAGES = 256
"""Messages per request; more is a 422."""
MAX_CHARS = 100_000
"""Characters of message text per request; more is a 413."""
HISTORY_TURNS = 10
"""Earlier user messages read as history (the newest ones)."""


class ChatMessage(BaseModel):
    """One message; ``content`` may be text or a list of OpenAI content parts."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={  # a user message's text is a question: at most MAX_QUESTION_CHARS
            "if": {"properties": {"role": {"const": "user"}}, "required": ["role"]},
            "then": {
                "properties": {
                    "content": {
                        "anyOf": [
                            {"type": "string", "maxLength": MAX_QUESTION_CHARS},
                            {"type": "array"},
                            {"type": "null"},
                        ]
                    }
                }
            },
        },
    )
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The message's text (text parts joined)."""
        if isinstance(self.content, list):
            return "\n".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """The subset of the OpenAI request Ketenwijzer uses; other fields are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(default=MODEL_ID, json_schema_extra={"enum": [MODEL_ID]})
    messages: list[ChatMessage] = Field(
        min_length=1,
        max_length=MAX_MESSAGES,
        description="The question is the last user message that holds a letter or digit.",
        json_schema_extra={
            "contains": {
                "type": "object",
                "required": ["role", "content"],
                "properties": {"role": {"const": "user"}, "content": {"type": "string", "pattern": HAS_WORD}},
            }
        },
    )
    stream: bool = Field(default=False, strict=True)


def sources_text(citations: list[Citation]) -> str:
    """The numbered source list appended to the answer ("" when there are no citations)."""
    lines, seen = [], set()
    for c in citations:
        if c.n in seen:
            continue
        seen.add(c.n)
        section = f" — {c.section}" if c.section else ""
        url = f" <{c.url}>" if c.url else ""
        lines.append(f"[{c.n}] {c.title}{section}{url}")
    return f"\n\n{SOURCES_HEADER}\n" + "\n".join(lines) if lines else ""


def content_of(answer: Answer) -> str:
    """The message content: the answer and its sources, with corpus markup defused."""
    return defuse_markup(answer.answer + sources_text(answer.citations))


def split_messages(messages: list[ChatMessage]) -> tuple[str, list[Turn]]:
    """The question (the last user message with a letter or digit) and the history before it."""
    if len(messages) > MAX_MESSAGES:
        raise InvalidInput(f"Er zijn te veel berichten ({len(messages)}); het maximum is {MAX_MESSAGES}.")
    texts = [m.text() for m in messages]
    total = sum(len(t) for t in texts)
    if total > MAX_CHARS:
        raise TooLarge(
            f"De berichten zijn samen te lang ({total} tekens); het maximum is {MAX_CHARS} tekens."
        )
    users = [i for i, m in enumerate(messages) if m.role == "user"]
    if not users:
        raise InvalidInput("Er is geen bericht met role 'user'; de laatste user-boodschap is de vraag.")
    for i in users:
        if len(texts[i]) > MAX_QUESTION_CHARS:
            raise InvalidInput(
                f"De vraag in bericht {i + 1} is te lang ({len(texts[i])} tekens); het maximum is "
                f"{MAX_QUESTION_CHARS} tekens."
            )
    asked = [i for i in users if re.search(HAS_WORD, texts[i])]
    if not asked:
        raise InvalidInput(EMPTY_QUESTION)
    last = asked[-1]
    history: list[Turn] = []
    for i in asked[:-1][-HISTORY_TURNS:]:
        question = texts[i].strip()
        reply = texts[i + 1] if messages[i + 1].role == "assistant" else ""
        reply = reply.split(f"\n\n{SOURCES_HEADER}\n")[0]
        history.append(Turn(question, standalone_question(question, history), reply))
    return texts[last], history


def _check_model(model: str) -> None:
    if model != MODEL_ID:
        raise NotFound(f"Model '{model}' bestaat niet; gebruik '{MODEL_ID}'.")


def _model_card() -> dict[str, Any]:
    return {"id": MODEL_ID, "object": "model", "created": _CREATED, "owned_by": "ketenwijzer"}


@router.get("/models")
def models() -> dict[str, Any]:
    """The one model Ketenwijzer offers."""
    return {"object": "list", "data": [_model_card()]}


@router.get("/models/{model_id}", responses={404: {"description": "Onbekend model"}})
def model(model_id: str) -> dict[str, Any]:
    """One model, or 404."""
    _check_model(model_id)
    return _model_card()


def _usage(question: str, content: str) -> dict[str, int]:
    prompt, completion = len(question.split()), len(content.split())
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def _chunk(cid: str, delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
    body = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _stream(cid: str, pieces: Iterator[tuple[str, Any]]) -> Iterator[str]:
    yield _chunk(cid, {"role": "assistant", "content": ""})
    try:
        for kind, value in pieces:
            if kind != "answer":
                continue  # only the verified text: an OpenAI client cannot retract streamed text
            answer: Answer = value
            for piece in re.split(r"(?<= )", content_of(answer)):
                if piece:
                    yield _chunk(cid, {"content": piece})
            citations = [c.model_dump() for c in answer.citations]
            yield _chunk(cid, {}, "stop", citations=citations, abstained=answer.abstained)
    except KetenwijzerError as exc:
        error = {"message": exc.message, "type": "server_error", "code": exc.status_code}
        yield f"data: {json.dumps({'error': error}, ensure_ascii=False)}\n\n"
    yield "data: [DONE]\n\n"


@router.post(
    "/chat/completions",
    response_model=None,
    dependencies=[Depends(rate_limit)],
    responses={
        200: {
            "description": "Een chat.completion (JSON), of met stream=true chat.completion.chunk-events (SSE)",
            "content": {"application/json": {}, "text/event-stream": {}},
        },
        404: {"description": "Onbekend model"},
    },
)
def chat_completions(
    body: ChatCompletionRequest, service: Service = Depends(get_service)
) -> dict[str, Any] | StreamingResponse:
    """Answer the last user message, with the earlier messages as history."""
    _check_model(body.model)
    assistant = service.assistant()
    question, history = split_messages(body.messages)
    question = assistant.validate_question(question)
    cid = f"chatcmpl-{secrets.token_hex(12)}"
    if body.stream:
        pieces = assistant.stream(question, history=history)
        return StreamingResponse(_stream(cid, pieces), media_type="text/event-stream", headers=SSE_HEADERS)
    answer = assistant.ask(question, history=history)
    content = content_of(answer)
    return {
        "id": cid,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": MODEL_ID,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": _usage(question, content),
        "citations": [c.model_dump() for c in answer.citations],
        "abstained": answer.abstained,
    }
