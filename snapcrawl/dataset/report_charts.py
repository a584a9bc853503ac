"""The report's charts as matplotlib figures (Agg, no pyplot), each saved as one PNG.

Figures are built with ``matplotlib.figure.Figure`` directly, so nothing
touches pyplot's global state or the user's backend; the CJK font is applied
with ``rc_context`` around each figure. Every label goes through
``CjkFont.drawable`` first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DayLocator
from matplotlib.figure import Figure

from snapcrawl.dataset.report_fonts import CjkFont
from snapcrawl.files import atomic_path

WIDTH, HEIGHT, DPI = 9.0, 4.5, 100  # 900 x 450 px
BAR = "#4C72B0"
KIND_COLOURS = {"url": "#DD8452", "exact": "#C44E52", "near": "#8172B3"}
KIND_ORDER = tuple(KIND_COLOURS)
DAYS_AS_BARS = 62  # longer spans are drawn per month
FEW_DAYS = 10  # shorter spans get a tick on every day


def save_png(figure: Figure, path: Path, font: CjkFont) -> Path:
    """Render with Agg and write under a temporary name, then rename into place.

    Tick labels are made while drawing, so the font settings must hold here too.
    """
    with atomic_path(path) as temp, mpl.rc_context(font.rc_params()):
        FigureCanvasAgg(figure).print_png(temp)
    return path


def draw(font: CjkFont, build: Callable[[Figure], None], height: float = HEIGHT) -> Figure:
    """A new figure drawn by ``build`` with the CJK font as every text's family."""
    with mpl.rc_context(font.rc_params()):
        figure = Figure(figsize=(WIDTH, height), dpi=DPI, layout="constrained")
        build(figure)
    return figure


def per_month(counts: pd.Series) -> bool:
    """Whether the publish dates span more than DAYS_AS_BARS days: then bars are months."""
    if counts.empty:
        return False
    dates = pd.to_datetime(list(counts.index))
    return (dates.max() - dates.min()).days + 1 > DAYS_AS_BARS


def articles_per_day(font: CjkFont, counts: pd.Series) -> Figure:
    def build(figure: Figure) -> None:
        ax = figure.add_subplot()
        series = pd.Series(counts.values, index=pd.to_datetime(list(counts.index)))
        if per_month(counts):
            monthly = series.resample("MS").sum()
            ax.bar(monthly.index, monthly.values, width=27, align="edge", color=BAR)
            ax.set_title(font.drawable("每月文章数 · articles per month (published_at)"))
        else:
            ax.bar(series.index, series.values, width=0.8, color=BAR)
            ax.set_title(font.drawable("每日文章数 · articles per day (published_at)"))
        locator = AutoDateLocator()
        if not per_month(counts) and not series.empty:
            # a day of margin, and ticks on days: a few days alone got ticks every 2 hours
            day = pd.Timedelta(days=1)
            ax.set_xlim(series.index.min() - day, series.index.max() + day)
            if (series.index.max() - series.index.min()).days < FEW_DAYS:
                locator = DayLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
        ax.set_ylabel(font.drawable("文章 articles"))
        ax.yaxis.get_major_locator().set_params(integer=True)

    return draw(font, build)


def horizontal_bars(
    font: CjkFont, counts: pd.Series, title: str, xlabel: str, percent: bool = False
) -> Figure:
    labels = [font.drawable(str(label)) for label in counts.index][::-1]
    values = list(counts.values)[::-1]
    height = max(HEIGHT, 1.2 + 0.32 * len(labels))

    def build(figure: Figure) -> None:
        ax = figure.add_subplot()
        bars = ax.barh(labels, values, color=BAR)
        ax.bar_label(bars, fmt="{:.0%}" if percent else "{:,.0f}", padding=3)
        ax.set_title(font.drawable(title))
        ax.set_xlabel(font.drawable(xlabel))
        ax.margins(x=0.12)

    return draw(font, build, height)


def keywords_grid(font: CjkFont, keywords: dict[str, list[tuple[str, int]]], source: str) -> Figure:
    """One small bar chart per category: its keywords by number of articles."""
    panels = list(keywords.items())
    columns = 3 if len(panels) > 4 else max(len(panels), 1)
    rows = -(-len(panels) // columns)
    height = max(HEIGHT, 3.2 * rows + 0.6)

    def build(figure: Figure) -> None:
        axes = figure.subplots(rows, columns, squeeze=False)
        for ax, (category, words) in zip(axes.flat, panels, strict=False):
            labels = [font.drawable(word) for word, _ in words][::-1]
            ax.barh(labels, [count for _, count in words][::-1], color=BAR)
            ax.set_title(font.drawable(category), fontsize=11)
            ax.xaxis.get_major_locator().set_params(integer=True)
            ax.tick_params(axis="y", labelsize=9)
        for ax in list(axes.flat)[len(panels) :]:
            ax.set_visible(False)
        figure.suptitle(font.drawable(f"各类别关键词 · top keywords per category ({source})"))

    return draw(font, build, height)


def duplicate_share(font: CjkFont, table: pd.DataFrame, top: int = 20) -> Figure:
    """Per host, the share of its pages dropped as duplicates, split by kind."""
    table = table.head(top).iloc[::-1]
    total = (table["kept"] + table["duplicates"]).where(lambda t: t > 0, 1)
    labels = [font.drawable(str(host)) for host in table.index]
    height = max(HEIGHT, 1.2 + 0.32 * len(labels))

    def build(figure: Figure) -> None:
        ax = figure.add_subplot()
        left = pd.Series(0.0, index=table.index)
        kinds = [k for k in table.columns if k not in ("kept", "duplicates", "share")]
        kinds.sort(key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else len(KIND_ORDER), k))
        for kind in kinds:
            share = table[kind] / total
            ax.barh(labels, share, left=left, label=kind, color=KIND_COLOURS.get(kind))
            left += share
        for y, (value, dups) in enumerate(zip(table["share"], table["duplicates"], strict=True)):
            ax.text(value + 0.01, y, f"{value:.0%} ({dups:,})", va="center", fontsize=9)
        ax.set_xlim(0, min(1.0, max(0.1, float(table["share"].max()) * 1.3)))
        ax.xaxis.set_major_formatter(lambda x, _: f"{x:.0%}")
        ax.set_title(font.drawable("各主机重复比例 · duplicate share per host"))
        ax.set_xlabel(font.drawable("重复 / (保留 + 重复) · dropped / (kept + dropped)"))
        ax.legend(title=font.drawable("类型 kind"), loc="lower right")

    return draw(font, build, height)


def noise_removed(font: CjkFont, table: pd.DataFrame, source: str, top: int = 20) -> Figure:
    table = table.head(top).iloc[::-1]
    labels = [font.drawable(str(host)) for host in table.index]
    height = max(HEIGHT, 1.2 + 0.32 * len(labels))

    def build(figure: Figure) -> None:
        ax = figure.add_subplot()
        bars = ax.barh(labels, table["removed"], color=BAR)
        if "per_article" in table:
            pairs = zip(table["removed"], table["per_article"], strict=True)
            notes = [font.drawable(f"{r:,.0f} ({p:.1f}/篇)") for r, p in pairs]
        else:
            notes = [f"{r:,.0f}" for r in table["removed"]]
        ax.bar_label(bars, labels=notes, padding=3, fontsize=9)
        ax.margins(x=0.2)
        ax.set_title(font.drawable(f"各主机去除噪声 · noise removed per host ({source})"))
        ax.set_xlabel(font.drawable("去除的噪声行 · noise lines removed"))

    return draw(font, build, height)
