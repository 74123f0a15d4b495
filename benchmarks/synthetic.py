"""Deterministic Dutch-like synthetic corpora for scale tests.

Text comes from a word-bigram chain trained on the shipped corpus, so vocabulary, word
frequencies and stems are realistic (and overlap with the real questions: the synthetic
documents are plausible distractors). Paragraphs are 600–880 characters, so each becomes
about one chunk at ``chunk_chars=900``. A size's corpus = the shipped corpus (copied: ``discover``
does not follow symlinks; so the eval questions keep their answers) + synthetic documents up to the wanted chunk count.
"""

from __future__ import annotations

import random
import re
import shutil
from collections import defaultdict
from itertools import accumulate
from pathlib import Path

from benchmarks.common import SHIPPED_CORPUS

SEED = 20261123
DOCS_PER_DIR = 500
_TOKEN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]*|\d+")
_FRONT = re.compile(r"^---\n.*?\n---\n", re.S)


def corpus_words(corpus_dir: Path = SHIPPED_CORPUS) -> list[str]:
    """The word tokens of every Markdown file in the corpus, in reading order."""
    out: list[str] = []
    for path in sorted(corpus_dir.rglob("*.md")):
        if path.name == "README.md":
            continue
        text = _FRONT.sub("", path.read_text(encoding="utf-8"))
        out += _TOKEN.findall(text)
    return out


class BigramText:
    """Samples Dutch-like sentences from a word-bigram chain (deterministic for a seed)."""

    def __init__(self, words: list[str], seed: int = SEED) -> None:
        self.rng = random.Random(seed)
        lowered = [w.lower() if not w.isupper() else w for w in words]
        following: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        for a, b in zip(lowered, lowered[1:], strict=False):
            following[a][b] += 1
        self._next: dict[str, tuple[list[str], list[int]]] = {
            w: (list(nxt), list(accumulate(nxt.values()))) for w, nxt in following.items()
        }
        counts: dict[str, int] = defaultdict(int)
        for w in lowered:
            counts[w] += 1
        self._vocab = list(counts)
        self._cum = list(accumulate(counts.values()))

    def _word(self) -> str:
        return self.rng.choices(self._vocab, cum_weights=self._cum)[0]

    def sentence(self) -> str:
        """One sentence of 6–24 words, capitalised, ending in a full stop."""
        n = self.rng.randint(6, 24)
        word = self._word()
        out = [word]
        for _ in range(n - 1):
            nxt = self._next.get(word)
            word = self.rng.choices(nxt[0], cum_weights=nxt[1])[0] if nxt else self._word()
            out.append(word)
        text = " ".join(out)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, low: int = 600, high: int = 880) -> str:
        """Sentences until the paragraph is between ``low`` and ``high`` characters."""
        goal = self.rng.randint(low, high)
        parts: list[str] = []
        size = 0
        while size < goal:
            s = self.sentence()
            if size + len(s) + 1 > high and size >= low:
                break
            if size + len(s) + 1 > high:
                s = s[: max(10, high - size - 2)].rstrip() + "."
            parts.append(s)
            size += len(s) + 1
        return " ".join(parts)

    def title(self) -> str:
        """A short heading of 2–6 words."""
        words = [self._word() for _ in range(self.rng.randint(2, 6))]
        text = " ".join(words)
        return text[0].upper() + text[1:]


def generate(target_dir: Path, n_chunks: int, seed: int = SEED) -> dict[str, int]:
    """Write a corpus of about ``n_chunks`` chunks (shipped + synthetic) to ``target_dir``.

    Idempotent: an existing corpus made with the same size and seed is left as it is.
    Returns the numbers of synthetic documents and paragraphs.
    """
    stamp = target_dir / ".synthetic"
    key = f"n_chunks={n_chunks};seed={seed};shipped=copied"
    if stamp.exists() and stamp.read_text() == key:
        return _counts(target_dir)
    target_dir.mkdir(parents=True, exist_ok=True)
    shipped = target_dir / "shipped"
    if shipped.is_symlink():
        shipped.unlink()
    if shipped.exists():
        shutil.rmtree(shipped)
    shutil.copytree(SHIPPED_CORPUS, shipped)
    shipped_chunks = 162  # the shipped corpus at chunk_chars=900; a few more or less is fine
    remaining = max(0, n_chunks - shipped_chunks)
    gen = BigramText(corpus_words(), seed)
    n_docs = 0
    while remaining > 0:
        sections = gen.rng.randint(3, 8)
        doc_title = gen.title()
        lines = [
            "---",
            f"id: syn-{n_docs:06d}",
            f'title: "{doc_title}"',
            "language: nl",
            "kind: article",
            "---",
            "",
            f"# {doc_title}",
            "",
        ]
        for _ in range(sections):
            if remaining <= 0:
                break
            lines += [f"## {gen.title()}", ""]
            for _ in range(min(remaining, gen.rng.randint(1, 5))):
                lines += [gen.paragraph(), ""]
                remaining -= 1
        folder = target_dir / "synthetic" / f"{n_docs // DOCS_PER_DIR:04d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"syn-{n_docs:06d}.md").write_text("\n".join(lines), encoding="utf-8")
        n_docs += 1
    stamp.write_text(key)
    return _counts(target_dir)


def _counts(target_dir: Path) -> dict[str, int]:
    files = list((target_dir / "synthetic").rglob("*.md")) if (target_dir / "synthetic").exists() else []
    return {"synthetic_documents": len(files)}


def parse_size(text: str) -> int:
    """'10k' -> 10000, '100k' -> 100000, '2500' -> 2500."""
    text = text.strip().lower()
    if text.endswith("k"):
        return int(float(text[:-1]) * 1000)
    return int(text)


if __name__ == "__main__":
    import sys
    import tempfile

    out = Path(tempfile.mkdtemp(prefix="synthetic-"))
    print(generate(out, parse_size(sys.argv[1] if len(sys.argv) > 1 else "1k")), out)
