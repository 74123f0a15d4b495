"""The OpenAI-compatible ``/v1`` endpoints, driven by the real ``openai`` client against a running server."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import openai
import pytest

from ketenwijzer.settings import Settings
from tests.browser.server import thread_server

QUESTION = "Wat doet een ketenmanager?"
FOLLOW_UP = "En wat zegt de NORA daarover?"


@pytest.fixture(scope="module")
def base_url(corpus_settings: Settings) -> Iterator[str]:
    """One server over the session's index."""
    with thread_server(corpus_settings) as url:
        yield url


@pytest.fixture(scope="module")
def client(base_url: str) -> openai.OpenAI:
    """The openai client pointed at Ketenwijzer (the key is not checked)."""
    return openai.OpenAI(base_url=f"{base_url}/v1", api_key="niet-nodig", max_retries=0, timeout=60)


def test_models_lists_ketenwijzer(client: openai.OpenAI) -> None:
    assert [m.id for m in client.models.list()] == ["ketenwijzer"]
    assert client.models.retrieve("ketenwijzer").id == "ketenwijzer"


def test_completion_appends_sources_and_gives_citations(client: openai.OpenAI, base_url: str) -> None:
    completion = client.chat.completions.create(
        model="ketenwijzer", messages=[{"role": "user", "content": QUESTION}]
    )
    choice = completion.choices[0]
    assert choice.finish_reason == "stop" and choice.message.role == "assistant"
    content = choice.message.content or ""
    expected = httpx.post(f"{base_url}/api/ask", json={"question": QUESTION}).json()
    answer, sources = content.split("\n\nBronnen:\n")
    assert answer == expected["answer"]
    first = expected["citations"][0]
    assert sources.splitlines()[0] == f"[1] {first['title']} — {first['section']} <{first['url']}>"
    citations = (completion.model_extra or {})["citations"]
    assert citations == expected["citations"]


def test_stream_gives_the_same_content_and_citations_at_the_end(client: openai.OpenAI) -> None:
    messages: list[openai.types.chat.ChatCompletionMessageParam] = [{"role": "user", "content": QUESTION}]
    whole = client.chat.completions.create(model="ketenwijzer", messages=messages)
    chunks = list(client.chat.completions.create(model="ketenwijzer", messages=messages, stream=True))
    assert len(chunks) > 3
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == whole.choices[0].message.content
    last = chunks[-1]
    assert last.choices[0].finish_reason == "stop"
    assert (last.model_extra or {})["citations"] == (whole.model_extra or {})["citations"]
    assert all(c.choices[0].finish_reason is None for c in chunks[:-1])


def test_earlier_messages_are_the_history(client: openai.OpenAI, base_url: str) -> None:
    first = httpx.post(f"{base_url}/api/ask", json={"question": QUESTION}).json()
    follow = httpx.post(
        f"{base_url}/api/ask", json={"question": FOLLOW_UP, "session_id": first["session_id"]}
    ).json()
    completion = client.chat.completions.create(
        model="ketenwijzer",
        messages=[
            {"role": "system", "content": "Je bent een behulpzame assistent."},
            {"role": "user", "content": QUESTION},
            {"role": "assistant", "content": first["answer"] + "\n\nBronnen:\n[1] …"},
            {"role": "user", "content": [{"type": "text", "text": FOLLOW_UP}]},
        ],
    )
    assert (completion.choices[0].message.content or "").split("\n\nBronnen:\n")[0] == follow["answer"]


def test_declined_question_has_no_sources(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="ketenwijzer", messages=[{"role": "user", "content": "Wie won het WK voetbal in 2010?"}]
    )
    assert "Bronnen:" not in (completion.choices[0].message.content or "")
    assert (completion.model_extra or {})["citations"] == []


def test_errors_reach_the_client_in_dutch(client: openai.OpenAI) -> None:
    with pytest.raises(openai.NotFoundError, match="Model 'gpt-4' bestaat niet"):
        client.chat.completions.create(model="gpt-4", messages=[{"role": "user", "content": QUESTION}])
    with pytest.raises(openai.UnprocessableEntityError, match="De vraag is leeg"):
        client.chat.completions.create(model="ketenwijzer", messages=[{"role": "user", "content": "  "}])
    with pytest.raises(openai.UnprocessableEntityError, match="role 'user'"):
        client.chat.completions.create(model="ketenwijzer", messages=[{"role": "system", "content": "Hoi"}])
    with pytest.raises(openai.UnprocessableEntityError, match="'messages' moet minstens 1"):
        client.chat.completions.create(model="ketenwijzer", messages=[])
