"""Inline SVG charts for the HTML report, generated in Python (no JavaScript library, no CDN)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

PALETTE = ("#1f6feb", "#e8710a", "#1a7f37", "#a371f7", "#cf222e", "#0e8a8a", "#9a6700", "#6e7781")


def _label(text: str, x: float, y: float, anchor: str = "middle", size: int = 11, extra: str = "") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" '
        f'fill="#24292f"{extra}>{escape(text)}</text>'
    )


def grouped_bars(
    title: str,
    groups: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    maximum: float = 1.0,
    width: int | None = None,
    height: int = 360,
) -> str:
    """A grouped bar chart: one group per label in ``groups``, one bar per series.

    The width grows with the number of groups and series, so many metrics stay readable.
    """
    width = width or max(760, 14 * len(groups) * max(len(series), 3))
    left, right, top, bottom = 40, 10, 30, 150
    plot_w, plot_h = width - left - right, height - top - bottom
    parts = [
        f'<svg class="chart bars" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">',
        _label(title, left, 18, "start", 13, ' font-weight="600"'),
    ]
    for i in range(5):
        y = top + plot_h - plot_h * i / 4
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d7de"/>')
        parts.append(_label(f"{maximum * i / 4:.2g}", left - 4, y + 4, "end", 10))
    n_groups, n_series = max(len(groups), 1), max(len(series), 1)
    group_w = plot_w / n_groups
    bar_w = max(2.0, (group_w * 0.8) / n_series)
    for g, group in enumerate(groups):
        x0 = left + g * group_w + group_w * 0.1
        for s, (name, values) in enumerate(series):
            value = values[g] if g < len(values) else None
            x = x0 + s * bar_w
            if value is None:
                parts.append(_label("–", x + bar_w / 2, top + plot_h - 3, size=9))
                continue
            h = plot_h * max(0.0, min(value, maximum)) / maximum if maximum else 0.0
            colour = PALETTE[s % len(PALETTE)]
            parts.append(
                f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 1:.1f}" height="{h:.1f}" '
                f'fill="{colour}"><title>{escape(f"{name} — {group}: {value:.3f}")}</title></rect>'
            )
        cx = left + g * group_w + group_w / 2
        parts.append(
            _label(
                group,
                cx,
                top + plot_h + 14,
                "end",
                10,
                f' transform="rotate(-40 {cx:.1f} {top + plot_h + 14:.1f})"',
            )
        )
    parts.append(_legend([name for name, _ in series], left, height - 12))
    parts.append("</svg>")
    return "".join(parts)


def _legend(names: Sequence[str], x: float, y: float) -> str:
    out = []
    for i, name in enumerate(names):
        colour = PALETTE[i % len(PALETTE)]
        out.append(f'<rect x="{x:.1f}" y="{y - 9:.1f}" width="10" height="10" fill="{colour}"/>')
        out.append(_label(name, x + 14, y, "start", 11))
        x += 24 + 7 * len(name)
    return "".join(out)


def histogram(
    title: str, values: Sequence[float], bins: int = 12, unit: str = "ms", width: int = 760, height: int = 240
) -> str:
    """A histogram of ``values`` with equal-width bins."""
    left, right, top, bottom = 40, 10, 30, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    parts = [
        f'<svg class="chart" role="img" aria-label="{escape(title)}" viewBox="0 0 {width} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg">',
        _label(title, left, 18, "start", 13, ' font-weight="600"'),
    ]
    if not values:
        parts.append(_label("geen metingen", width / 2, height / 2))
        parts.append("</svg>")
        return "".join(parts)
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - low) / span * bins))] += 1
    peak = max(counts)
    bar_w = plot_w / bins
    for i, count in enumerate(counts):
        h = plot_h * count / peak
        x = left + i * bar_w
        lo, hi = low + span * i / bins, low + span * (i + 1) / bins
        parts.append(
            f'<rect x="{x + 1:.1f}" y="{top + plot_h - h:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" '
            f'fill="{PALETTE[0]}"><title>{escape(f"{lo:.0f}–{hi:.0f} {unit}: {count}")}</title></rect>'
        )
        if count:
            parts.append(_label(str(count), x + bar_w / 2, top + plot_h - h - 3, size=10))
    for i in range(0, bins + 1, max(1, bins // 6)):
        anchor = "end" if i == bins else ("start" if i == 0 else "middle")
        parts.append(_label(f"{low + span * i / bins:.0f}", left + i * bar_w, top + plot_h + 14, anchor, 10))
    parts.append(_label(unit, width - right, top + plot_h + 30, "end", 10))
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#57606a"/>'
    )
    parts.append("</svg>")
    return "".join(parts)
