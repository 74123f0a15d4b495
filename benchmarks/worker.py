"""Child-process entry: ``python -m benchmarks.worker <task> '<json args>'`` prints one result line.

Each measured part runs in its own process so start-up, memory and caches do not leak
between parts (and peak RSS is the part's own).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any

from benchmarks.common import emit_result


def _tasks() -> dict[str, Callable[[dict[str, Any]], dict[str, Any]]]:
    from benchmarks.baseline import baseline_task
    from benchmarks.embedder_bench import embedder_task
    from benchmarks.ingest_bench import ingest_task
    from benchmarks.proxy_vectors import proxy_ingest_task
    from benchmarks.retrieval_bench import retrieval_task

    return {
        "embedder": embedder_task,
        "ingest": ingest_task,
        "proxy-ingest": proxy_ingest_task,
        "retrieval": retrieval_task,
        "baseline": baseline_task,
    }


def main(argv: list[str]) -> None:
    """Run one task and print its result."""
    task, args = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    emit_result(_tasks()[task](args))


if __name__ == "__main__":
    main(sys.argv[1:])
