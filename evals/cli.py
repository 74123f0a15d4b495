"""``ketenwijzer eval …``: run sets, compare reports, gate on the baseline, draft sets from feedback.

Exit codes are raised as ``SystemExit`` here (the CLI layer), because the main entry point
runs Typer in non-standalone mode, where a ``typer.Exit`` code would be returned, not used.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from evals.baseline import BASELINE_PATH, dump_baseline, slim
from evals.compare import DEFAULT_TOLERANCE, compare, format_comparison, load_report, pick
from evals.metrics import COUNT_KEYS, NOT_GATED, SUMMARY_KEYS
from evals.targets import TargetCheck, check_targets, format_targets
from ketenwijzer.errors import InvalidInput
from ketenwijzer.settings import Settings, get_settings

app = typer.Typer(
    name="eval",
    help="Evaluatie: vragensets draaien, rapporten vergelijken en de kwaliteitsgrens bewaken.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

SetsArg = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="Setnamen uit evals/sets (bijv. articles) of YAML-paden; standaard alle evaluatiesets (zie evals/README.md)."
    ),
]
OutOpt = Annotated[Path, typer.Option("--out", help="Map voor report.json en report.html.")]
SupportOpt = Annotated[
    Optional[str],
    typer.Option("--support-model", help="Pad naar een lokale NLI-cross-encoder voor de steuncheck."),
]
SplitOpt = Annotated[
    str,
    typer.Option(
        "--split",
        help="tune (de helft waarop afgesteld wordt), test (de apart gehouden helft) of all.",
    ),
]


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(",") if v.strip()]


def _ints(value: str | None) -> list[int]:
    try:
        return [int(v) for v in _split(value)]
    except ValueError:
        raise InvalidInput(
            f"--k verwacht gehele getallen, gescheiden door komma's (kreeg '{value}')."
        ) from None


def _progress() -> Callable[[str, int, int], None]:
    from tqdm import tqdm

    bars: dict[str, Any] = {}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None:
            bar = bars[stage] = tqdm(total=total, desc=stage, unit="vraag", file=sys.stderr)
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return progress


def _sets(names: list[str] | None) -> list[Any]:
    from evals.questionset import default_sets, load_set

    return [load_set(n) for n in (names or default_sets())]


def _baseline(path: Path | None) -> dict[str, Any] | None:
    path = path or BASELINE_PATH
    return load_report(path) if path.is_file() else None


def _cell(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key in NOT_GATED:
        return f"{value:.1f}"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _summary_table(config: dict[str, Any]) -> str:
    keys = [k for k in SUMMARY_KEYS if k not in COUNT_KEYS]
    cols = ["totaal", *config["per_set"]]
    rows = [f"{'':<22}" + "".join(f"{c[:14]:>15}" for c in cols)]
    for key in ["n_questions", *keys]:
        values = [config["summary"].get(key)] + [s.get(key) for s in config["per_set"].values()]
        cells = "".join(f"{_cell(key, v):>15}" for v in values)
        rows.append(f"{key:<22}{cells}")
    return "\n".join(rows)


KIND_KEYS = (
    "hit_at_1",
    "hit_at_5",
    "mrr",
    "lead_hit",
    "facts_in_budget",
    "kind_accuracy",
    "false_abstention_rate",
)


def _kind_table(config: dict[str, Any]) -> str:
    """Per question kind (the sets' ``kind:`` labels): rank metrics, lead and kind recognition."""
    per_kind = config.get("per_kind") or {}
    if not per_kind:
        return ""
    rows = [f"{'soort':<14}{'n':>5}" + "".join(f"{k[:13]:>14}" for k in KIND_KEYS)]
    for kind, figures in per_kind.items():
        cells = "".join(f"{_cell(k, figures.get(k)):>14}" for k in KIND_KEYS)
        rows.append(f"{kind:<14}{figures['n_questions']:>5}{cells}")
    return "Per vraagsoort:\n" + "\n".join(rows)


def _echo_targets(report: dict[str, Any], config: dict[str, Any]) -> list[TargetCheck]:
    """Print the targets of the report's sets against ``config``; the checks."""
    checks = check_targets(report, config)
    if checks:
        typer.echo(f"\n{format_targets(checks)}")
    return checks


def _write(report: dict[str, Any], out: Path, baseline: dict[str, Any] | None) -> None:
    from evals.report import write_html
    from evals.tables import markdown_table

    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    write_html(report, out / "report.html", baseline)
    summary = markdown_table(pick(report), str(report.get("split", "all")))
    (out / "summary.md").write_text(summary, encoding="utf-8")


def run_sets(
    settings: Settings,
    names: list[str] | None,
    embedders: list[str] | None = None,
    generators: list[str] | None = None,
    ks: list[int] | None = None,
    support_model: str | None = None,
    progress: bool = True,
    split: str = "all",
) -> dict[str, Any]:
    """Load the sets and run every configuration on the chosen half; the report dict."""
    from evals.runner import configurations, run_eval
    from evals.split import check_split

    split = check_split(split)
    configs = configurations(settings, embedders, generators, ks)
    kwargs: dict[str, Any] = {"progress": _progress()} if progress else {}
    return run_eval(settings, _sets(names), configs, support_model, split=split, **kwargs)


@app.command("run")
def run_command(
    sets: SetsArg = None,
    embedder: Annotated[
        Optional[str], typer.Option("--embedder", help="Eén of meer embedders, komma-gescheiden.")
    ] = None,
    generator: Annotated[Optional[str], typer.Option("--generator", help="Eén of meer generators.")] = None,
    k: Annotated[Optional[str], typer.Option("--k", help="Eén of meer waarden voor k, bijv. 3,5.")] = None,
    out: OutOpt = Path("eval-out"),
    baseline: Annotated[
        Optional[Path], typer.Option("--baseline", help="Basislijn voor de verschillen.")
    ] = None,
    support_model: SupportOpt = None,
    split: SplitOpt = "all",
) -> None:
    """Draai vragensets (alle sets als je niets opgeeft) voor elke combinatie van opties."""
    settings = get_settings()
    report = run_sets(
        settings, sets, _split(embedder), _split(generator), _ints(k), support_model, split=split
    )
    _write(report, out, _baseline(baseline))
    from evals.runner import configurations_of

    for config in configurations_of(report):
        typer.echo(f"\n== {config['name']} · helft: {report['split']} ==\n{_summary_table(config)}")
        kinds = _kind_table(config)
        if kinds:
            typer.echo(f"\n{kinds}")
        _echo_targets(report, config)
    typer.echo(
        f"\nRapport: {out / 'report.json'} en {out / 'report.html'} (tabel voor de README: {out / 'summary.md'})"
    )


@app.command("compare")
def compare_command(
    base: Annotated[Path, typer.Argument(help="Basisrapport of evals/baseline.json.")],
    new: Annotated[Path, typer.Argument(help="Nieuw rapport.")],
    tolerance: Annotated[
        float, typer.Option("--tolerance", help="Toegestane daling per metriek.")
    ] = DEFAULT_TOLERANCE,
    config: Annotated[
        Optional[str], typer.Option("--config", help="Configuratie uit het nieuwe rapport.")
    ] = None,
) -> None:
    """Vergelijk twee rapporten; exitcode 1 bij achteruitgang buiten de marge."""
    result = compare(pick(load_report(base)), pick(load_report(new), config), tolerance)
    typer.echo(format_comparison(result))
    if result.regressions:
        raise SystemExit(1)


@app.command("redteam")
def redteam_command(
    generator: Annotated[
        Optional[str],
        typer.Option(
            "--generator", help="Kommagescheiden; standaard extractive (en llamacpp als het model er is)."
        ),
    ] = None,
) -> None:
    """Vergiftigde documenten: tel de antwoorden die een vergiftigde regel citeren (ondergrens 0)."""
    from evals.redteam import run_redteam, summary

    report = run_redteam(generators=_split(generator) or None, base=get_settings())
    typer.echo("\n".join(summary(report)))
    if not report.passed:
        raise SystemExit(1)


@app.command("gate")
def gate_command(
    sets: SetsArg = None,
    baseline: Annotated[Path, typer.Option("--baseline", help="De vastgelegde basislijn.")] = BASELINE_PATH,
    out: OutOpt = Path("eval-out/gate"),
    tolerance: Annotated[float, typer.Option("--tolerance")] = DEFAULT_TOLERANCE,
    update_baseline: Annotated[
        bool,
        typer.Option(
            "--update-baseline",
            help="Schrijf de uitkomst (altijd beide helften) als nieuwe basislijn (bewust committen).",
        ),
    ] = False,
    split: SplitOpt = "all",
) -> None:
    """Draai de sets met de standaardconfiguratie en vergelijk met de basislijn.

    Exitcode 1 bij achteruitgang buiten de marge of bij een doel van een vragenset dat niet
    gehaald is (doelen gelden voor de apart gehouden helft). Latentie laat de poort nooit falen.
    """
    settings = get_settings()
    report = run_sets(settings, sets, split="all" if update_baseline else split)
    previous = load_report(baseline) if baseline.is_file() else None
    _write(report, out, previous)
    if update_baseline:
        baseline.write_text(dump_baseline(slim(report)), encoding="utf-8")
        typer.echo(f"Basislijn geschreven naar {baseline}.\n{_summary_table(report)}")
        _echo_targets(report, pick(report))
        return
    if previous is None:
        raise InvalidInput(
            f"Basislijn '{baseline}' ontbreekt; maak die met 'ketenwijzer eval gate --update-baseline'."
        )
    result = compare(pick(previous), pick(report), tolerance)
    typer.echo(format_comparison(result))
    checks = _echo_targets(report, pick(report))
    missed = [c for c in checks if not c.met]
    if checks:
        typer.echo(
            f"Resultaat: {len(missed)} doel(en) niet gehaald."
            if missed
            else "Resultaat: alle doelen van de vragensets gehaald."
        )
    typer.echo(f"Rapport: {out / 'report.html'}")
    if result.regressions or missed:
        raise SystemExit(1)


@app.command("briefs")
def briefs_command(
    out: Annotated[Path, typer.Option("--out", help="Map voor briefs.json.")] = Path("eval-out/briefs"),
    generator: Annotated[
        Optional[str], typer.Option("--generator", help="Generator voor de notities.")
    ] = None,
    topics: Annotated[
        Optional[Path], typer.Option("--set", help="YAML met onderwerpen (standaard evals/sets/briefs.yaml).")
    ] = None,
    support_model: SupportOpt = None,
) -> None:
    """Stel per onderwerp een notitie op en scoor feiten, citaatprecisie en dekking."""
    from evals.briefs import format_table, run_briefs

    report = run_briefs(get_settings(), generator, topics, support_model)
    out.mkdir(parents=True, exist_ok=True)
    target = out / "briefs.json"
    target.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    typer.echo(f"== notities · {report['generator']} ==\n{format_table(report)}\n\nRapport: {target}")


@app.command("from-feedback")
def from_feedback_command(
    out: Annotated[Optional[Path], typer.Option("--out", help="YAML-bestand (anders naar stdout).")] = None,
    db: Annotated[
        Optional[Path],
        typer.Option(
            "--db",
            help="SQLite-servicedatabase (standaard: KETENWIJZER_DATABASE_URL als die gezet is, "
            "anders data/service.sqlite).",
        ),
    ] = None,
) -> None:
    """Maak een conceptvragenset van duimpje-omlaag-feedback, om te laten nakijken."""
    from evals.feedback import draft_yaml, read_negative, read_negative_for

    items = read_negative(db) if db else read_negative_for(get_settings())
    if not items:
        typer.echo("Geen negatieve feedback gevonden; er is niets te schrijven.", err=True)
        return
    text = draft_yaml(items)
    if out is None:
        typer.echo(text, nl=False)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    typer.echo(f"{len(items)} vragen geschreven naar {out}; kijk ze na voordat je ze in een set opneemt.")
