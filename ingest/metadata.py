"""Front-matter and sidecar metadata: parsed safely, validated by one pydantic model.

YAML from a corpus file is untrusted. Before it is parsed, its size is capped and its
events are scanned: aliases (``*name``, the building block of "billion laughs" and of
recursive anchors) and deep nesting are refused, so parsing can neither explode in memory
nor recurse without end. The parsed mapping is then checked by ``DocumentMeta``: known
fields have types and lengths (``supersedes`` prefixes must be real id prefixes, never an
empty string that would hide every restatement); other fields must be short scalars or
short lists of scalars. A file whose metadata fails is skipped with a Dutch reason.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated, Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: 3x faster

MAX_META_BYTES = 32_000
"""Front-matter or sidecar larger than this is refused before it is parsed."""
MAX_META_JSON = 64_000
"""The validated metadata may take at most this many characters as JSON (what the catalog stores)."""
MAX_DEPTH = 6
"""Nesting deeper than this (mappings and lists inside each other) is refused."""
MAX_EXTRA_KEYS = 40
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$"
PREFIX_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{3,199}$"
"""A ``supersedes`` prefix: at least four id characters, so it cannot match (nearly) everything."""

Short = Annotated[str, StringConstraints(strip_whitespace=True, max_length=500)]
Url = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]


class MetadataError(ValueError):
    """Metadata that cannot be used; ``reason`` is a Dutch sentence fragment."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class DocumentMeta(BaseModel):
    """The metadata a corpus document may carry (front-matter or ``NAME.meta.yaml``)."""

    model_config = ConfigDict(extra="allow", strict=True)

    id: Annotated[str, StringConstraints(pattern=ID_PATTERN)] | None = None
    title: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)] | None = (
        None
    )
    url: Url | None = None
    source_urls: list[Url] = Field(default_factory=list, max_length=50)
    supersedes: list[Annotated[str, StringConstraints(pattern=PREFIX_PATTERN)]] = Field(
        default_factory=list, max_length=50
    )
    authors: list[Short] = Field(default_factory=list, max_length=50)
    kind: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_-]{0,39}$")] | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z]{2,4})?$")] | None = None
    date: dt.date | Annotated[str, StringConstraints(max_length=40)] | None = None
    publisher: Short | None = None
    section: Short | None = None
    edition: Short | None = None

    @field_validator("source_urls", "supersedes", "authors", mode="before")
    @classmethod
    def _one_or_many(cls, value: object) -> object:
        """A single string counts as a list of one."""
        return [value] if isinstance(value, str) else value

    @field_validator("title", "publisher", "section", "edition", mode="before")
    @classmethod
    def _numbers_as_text(cls, value: object) -> object:
        """``edition: 2`` means the text '2'."""
        return str(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else value

    @field_validator("date", mode="before")
    @classmethod
    def _dates(cls, value: object) -> object:
        """A YAML timestamp counts as its date; a bare year (``date: 2013``) as text."""
        if isinstance(value, dt.datetime):
            return value.date()
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value

    @field_validator("kind", "language", mode="before")
    @classmethod
    def _lowercase(cls, value: object) -> object:
        """``kind: Article`` and ``language: NL`` mean the same as in lower case."""
        return value.strip().lower() if isinstance(value, str) else value

    def extras(self) -> dict[str, Any]:
        """Fields beyond the known ones, checked to be short scalars or short lists of them."""
        extra = dict(self.model_extra or {})
        if len(extra) > MAX_EXTRA_KEYS:
            raise MetadataError(
                f"de metadata heeft te veel velden ({len(extra)}, hoogstens {MAX_EXTRA_KEYS})"
            )
        for key, value in extra.items():
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_-]{0,39}", key):
                raise MetadataError(f"de veldnaam '{key[:40]}' is ongeldig (letters, cijfers, _ en -)")
            items = value if isinstance(value, list) else [value]
            if len(items) > 50 or not all(_short_scalar(v) for v in items):
                raise MetadataError(
                    f"het veld '{key}' moet een korte waarde of een korte lijst van waarden zijn"
                )
        return extra


def _short_scalar(value: object) -> bool:
    if isinstance(value, str):
        return len(value) <= 2000
    return value is None or isinstance(value, (int, float, bool, dt.date))


def _jsonable(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value


def _check_events(text: str) -> None:
    """Refuse aliases and deep nesting by scanning parser events (no objects are built)."""
    depth = 0
    for event in yaml.parse(text, Loader=_YAML_LOADER):
        if isinstance(event, yaml.AliasEvent):
            raise MetadataError("de metadata gebruikt YAML-verwijzingen (*naam); die zijn niet toegestaan")
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > MAX_DEPTH:
                raise MetadataError(f"de metadata is te diep genest (hoogstens {MAX_DEPTH} niveaus)")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1


def parse_yaml(text: str) -> dict[str, Any]:
    """The YAML mapping in ``text``, parsed without aliases, size- and depth-limited."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_META_BYTES:
        raise MetadataError(f"de metadata is te groot (hoogstens {MAX_META_BYTES // 1000} kB)")
    try:
        _check_events(text)
        meta = yaml.load(text, Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (fout rond regel {mark.line + 1}, kolom {mark.column + 1})" if mark is not None else ""
        raise MetadataError(f"de metadata is geen geldige YAML{where}") from exc
    except RecursionError:
        raise MetadataError("de metadata is te diep genest") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise MetadataError("de metadata is geen lijst van sleutels en waarden")
    if not all(isinstance(k, str) for k in meta):
        raise MetadataError("elke sleutel in de metadata moet tekst zijn")
    return meta


_FIELD_NAMES = {
    "id": "id (letters, cijfers, '.', '_' en '-', hoogstens 200 tekens)",
    "supersedes": "supersedes (een lijst van id-voorvoegsels van minstens 4 tekens)",
    "kind": "kind (kleine letters, bijv. article of restatement)",
    "language": "language (een taalcode zoals nl of en)",
}


def validate(raw: dict[str, Any]) -> dict[str, Any]:
    """Validated, JSON-ready metadata; ``MetadataError`` with a Dutch reason otherwise."""
    try:
        model = DocumentMeta.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = [str(p) for p in err.get("loc", ())]
        name = loc[0] if loc else "metadata"
        where = _FIELD_NAMES.get(name, name) + (
            f", element {int(loc[1]) + 1}" if len(loc) > 1 and loc[1].isdigit() else ""
        )
        raise MetadataError(f"ongeldige waarde in de metadata voor {where}: {_describe(err)}") from None
    known = model.model_dump(exclude_unset=True, exclude=set(model.model_extra or {}))
    meta = _jsonable({**known, **model.extras()})
    if len(json.dumps(meta, ensure_ascii=False)) > MAX_META_JSON:
        raise MetadataError("de metadata is te groot")
    return dict(meta)


def _describe(err: Any) -> str:
    kind = str(err.get("type", ""))
    if kind.endswith("_type") or kind in ("is_instance_of", "union_tag_invalid"):
        return "verkeerd type"
    if kind == "string_pattern_mismatch":
        return "ongeldige tekens of te kort"
    if kind in ("string_too_long", "too_long"):
        return "te lang"
    if kind in ("string_too_short", "too_short"):
        return "leeg"
    return "ongeldig"
