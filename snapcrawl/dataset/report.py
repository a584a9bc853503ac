"""One HTML page of charts and tables about a dataset (``snapcrawl report DATA_DIR``).

Articles per day (per month over a long span) and per category, top keywords per
category, duplicate share and noise removed per host, and the runs. Charts are PNGs
beside the page (default ``DATA_DIR/report/index.html``), drawn with a CJK font so
Chinese labels render (``report_fonts``); the page's own text and tables use a subset of
the same font written beside it (``report_webfont``), so they read without a system CJK
font. Missing or empty tables do not stop the report: their sections say what is missing.
"""

from __future__ import annotations

import html
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
from matplotlib.figure import Figure

from snapcrawl.dataset import report_charts as charts
from snapcrawl.dataset.keywords import KeywordExtractor
from snapcrawl.dataset.report_data import (
    DUPLICATE_KINDS,
    Table,
    articles_per_category,
    articles_per_day,
    duplicate_share_per_host,
    keywords_per_category,
    noise_per_host,
    null_count,
    read_table,
)
from snapcrawl.dataset.report_fonts import CjkFont, find_cjk_font
from snapcrawl.dataset.report_webfont import FAMILY, write_webfont
from snapcrawl.files import write_atomic
from snapcrawl.layout import ARTICLES, DUPLICATES, RUNS, TABLES, DataDir

IMAGES = (
    "articles_per_day.png",
    "articles_per_category.png",
    "keywords_per_category.png",
    "duplicate_share_per_host.png",
    "noise_per_host.png",
)
ARTICLE_COLUMNS = ("url", "host", "category", "published_at", "noise", "keywords")
RUN_COLUMNS = (
    "run_id", "start_url", "started_at", "finished_at", "finish_reason", "pages_fetched",
    "articles_kept", "duplicates_url", "duplicates_exact", "duplicates_near", "errors",
    "noise_removed", "bytes_written",
)  # fmt: skip
MAX_RUNS_SHOWN = 50
# matplotlib's warning when it falls back to an empty box: never let one pass.
MISSING_GLYPH = r"Glyph .* missing from"
FONT_FACE = "/*font-face*/"  # where the page's @font-face rule goes once the text is known
STYLE = (
    f"body{{font-family:'{FAMILY}',sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}}"
    "img{max-width:100%}"
    # wide tables scroll inside the page instead of overflowing it; long cells wrap
    "table{border-collapse:collapse;font-size:90%;display:block;max-width:100%;overflow-x:auto}"
    "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top;"
    "overflow-wrap:break-word;min-width:3em}"
    "table.runs{font-size:80%}table.runs td{max-width:16em}"
    ".note{color:#555}"
)


@dataclass(frozen=True)
class Section:
    title: str
    image: str | None = None  # file name beside index.html
    notes: list[str] = field(default_factory=list)  # plain text, escaped on output
    table: str = ""  # HTML, already escaped


def write_report(data_dir: Path | DataDir, out: Path | None = None) -> Path:
    """Write the report and its charts; returns the HTML file's path.

    ``data_dir`` is a DATA_DIR, or a :class:`DataDir` whose tables live at its
    ``SNAPCRAWL_PARQUET_URI``; the report goes to DATA_DIR/report unless ``out``.
    """
    layout = data_dir if isinstance(data_dir, DataDir) else DataDir(data_dir)
    data_dir = layout.root
    if not layout.parquet_uri and not data_dir.is_dir():
        raise FileNotFoundError(f"no dataset at {data_dir}: give the DATA_DIR of a crawl")
    if not layout.parquet_uri and not any((data_dir / table).is_dir() for table in TABLES):
        # a mistyped folder (~) got a report of nothing, written into it
        raise FileNotFoundError(
            f"no dataset at {data_dir} (no {', '.join(f'{t}/' for t in TABLES)} in it):"
            " give the DATA_DIR of a crawl"
        )
    out = Path(out) if out is not None else layout.report
    if out.is_dir():
        out = out / "index.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    font = find_cjk_font()
    articles = _read_articles(layout)
    duplicates = read_table(layout, DUPLICATES, ("url", "dup_of", "kind", "host"))
    runs = read_table(layout, RUNS, RUN_COLUMNS)
    charts_dir = _Charts(out.parent, font)
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=MISSING_GLYPH, category=UserWarning)
        sections = [
            *_article_sections(charts_dir, articles),
            _duplicates_section(charts_dir, articles, duplicates),
            _noise_section(charts_dir, articles, runs),
            _runs_section(runs),
        ]
    for name in set(IMAGES) - charts_dir.written:  # left by an earlier report, no longer true
        (out.parent / name).unlink(missing_ok=True)
    page = _page(data_dir, font, (articles, duplicates, runs), sections)
    write_atomic(out, page.replace(FONT_FACE, write_webfont(font, page, out.parent), 1))
    return out


@dataclass
class _Charts:
    """Where the charts go, the font they use, and which were written."""

    directory: Path
    font: CjkFont
    written: set[str] = field(default_factory=set)

    def save(self, figure: Figure, name: str) -> str:
        charts.save_png(figure, self.directory / name, self.font)
        self.written.add(name)
        return name


def _read_articles(layout: DataDir) -> Table:
    def columns(dataset: ds.Dataset) -> list[str]:
        if null_count(dataset, "keywords"):  # some rows need their keywords computed
            return [*ARTICLE_COLUMNS, "title", "body"]
        return list(ARTICLE_COLUMNS)

    return read_table(layout, ARTICLES, columns)


def _article_sections(out: _Charts, articles: Table) -> list[Section]:
    titles = ["Articles per day", "Articles per category", "Top keywords per category"]
    frame = articles.frame
    if frame is None:
        return [Section(title, notes=[articles.note]) for title in titles]
    per_day, undated = articles_per_day(frame)
    if charts.per_month(per_day):
        titles[0] = "Articles per month"
    notes = [f"{undated:,} of {len(frame):,} articles have no publish time."] if undated else []
    if per_day.empty:
        day = Section(titles[0], notes=[*notes, "Nothing to chart."])
    else:
        day = Section(
            titles[0], out.save(charts.articles_per_day(out.font, per_day), IMAGES[0]), notes
        )
    figure = charts.horizontal_bars(
        out.font,
        articles_per_category(frame),
        "各类别文章数 · articles per category",
        "文章 articles",
    )
    category = Section(titles[1], out.save(figure, IMAGES[1]))
    return [day, category, _keywords_section(out, frame)]


def _keywords_section(out: _Charts, frame: pd.DataFrame) -> Section:
    title = "Top keywords per category"
    stored = frame["keywords"].notna() if "keywords" in frame else pd.Series(False, frame.index)
    if stored.all():
        source = "keywords column"
    elif stored.any():
        source = "keywords column; title and body where it is empty"
    else:
        source = "computed from title and body"
    keywords = keywords_per_category(frame, KeywordExtractor())
    if not any(keywords.values()):
        return Section(title, notes=["No keywords found in any article."])
    notes = [f"Source: {source}. (n) is the number of articles listing the word."]
    image = out.save(charts.keywords_grid(out.font, keywords, source), IMAGES[2])
    rows = "".join(
        f"<tr><th>{_e(category)}</th><td>{_e('、'.join(f'{w} ({n})' for w, n in words))}</td></tr>"
        for category, words in keywords.items()
    )
    return Section(title, image, notes, f"<table>{rows}</table>")


def _duplicates_section(out: _Charts, articles: Table, duplicates: Table) -> Section:
    title = "Duplicate share per host"
    notes = [note for note in (duplicates.note, articles.note) if note]
    if duplicates.frame is None and articles.frame is None:
        return Section(title, notes=notes)
    table = duplicate_share_per_host(articles.frame, duplicates.frame)
    image = out.save(charts.duplicate_share(out.font, table), IMAGES[3])
    header = "".join(f"<th>{c}</th>" for c in ("host", "kept", *DUPLICATE_KINDS, "share"))
    rows = "".join(
        f"<tr><td>{_e(host)}</td>"
        + "".join(f"<td>{int(row[c]):,}</td>" for c in ("kept", *DUPLICATE_KINDS))
        + f"<td>{row['share']:.1%}</td></tr>"
        for host, row in table.to_dict("index").items()
    )
    return Section(title, image, notes, f"<table><tr>{header}</tr>{rows}</table>")


def _noise_section(out: _Charts, articles: Table, runs: Table) -> Section:
    title = "Noise removed per host"
    table, source = noise_per_host(articles.frame, runs.frame)
    if table.empty:
        return Section(
            title, notes=["No noise counts: no article noise lists, no run noise_removed."]
        )
    image = out.save(charts.noise_removed(out.font, table, source), IMAGES[4])
    return Section(title, image, [f"Source: {source}."])


def _runs_section(runs: Table) -> Section:
    if runs.frame is None:
        return Section("Runs", notes=[runs.note])
    frame = runs.frame
    if "started_at" in frame:
        frame = frame.sort_values("started_at", ascending=False, na_position="last")
    total = len(frame)
    notes = (
        [f"The {MAX_RUNS_SHOWN} most recent of {total:,} runs."] if total > MAX_RUNS_SHOWN else []
    )
    columns = [c for c in RUN_COLUMNS if c in frame]
    header = "".join(f"<th>{_wrappable(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{_wrappable(_cell(row[c]), '/')}</td>" for c in columns) + "</tr>"
        for row in frame.head(MAX_RUNS_SHOWN).to_dict("records")
    )
    return Section(
        "Runs", notes=notes, table=f'<table class="runs"><tr>{header}</tr>{body}</table>'
    )


def _cell(value: object) -> str:
    if value is None or (not isinstance(value, list | tuple | dict) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp | datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S %Z").strip()
    if isinstance(value, list | tuple):  # a map column: [(key, count), ...]
        return ", ".join(f"{k}: {v}" for k, v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return f"{value:,}" if isinstance(value, int) else str(value)


def _page(data_dir: Path, font: CjkFont, tables: tuple[Table, ...], sections: list[Section]) -> str:
    counts = ", ".join(f"{table.rows:,} {table.name}" for table in tables)
    generated = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>snapcrawl report: {_e(data_dir.name or str(data_dir))}</title>",
        f"<style>{FONT_FACE}{STYLE}</style></head><body>",
        f"<h1>snapcrawl report: {_e(str(data_dir))}</h1>",
        f'<p class="note">{_e(counts)}. Generated {_e(generated)}; '
        f"font of the charts and the page: {_e(font.family)} ({_e(font.path.name)}).</p>",
    ]
    for section in sections:
        parts.append(f"<section><h2>{_e(section.title)}</h2>")
        parts += [f'<p class="note">{_e(note)}</p>' for note in section.notes]
        if section.image:
            parts.append(f'<p><img src="{_e(section.image)}" alt="{_e(section.title)}"></p>')
        parts.append(section.table)
        parts.append("</section>")
    parts.append("</body></html>")
    return "\n".join(part for part in parts if part) + "\n"


def _wrappable(text: object, after: str = "_/") -> str:
    """Escaped, with a line-break chance after each of ``after`` (``_`` in column names,
    ``/`` in URLs and error kinds), so a narrow column wraps between words, not inside."""
    escaped = _e(text)
    for char in after:
        escaped = escaped.replace(char, f"{char}<wbr>")
    return escaped


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)
