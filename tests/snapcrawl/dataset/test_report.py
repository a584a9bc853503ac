from __future__ import annotations

import re
import subprocess
from datetime import timedelta
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from fontTools.ttLib import TTFont
from matplotlib.dates import num2date
from PIL import Image

from snapcrawl.dataset import report
from snapcrawl.dataset import report_charts as charts
from snapcrawl.dataset.report import IMAGES, write_report
from snapcrawl.dataset.report_fonts import CjkFont, find_cjk_font
from snapcrawl.dataset.report_webfont import CJK, FAMILY, FONT_FILE, LICENSE_FILE
from tests.crawling import REPO_ROOT
from tests.snapcrawl.dataset.report_dataset import (
    WITH_KEYWORDS,
    article_rows,
    build_dataset,
    write_rows,
)

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def full_report(tmp_path_factory) -> Path:
    data_dir = build_dataset(tmp_path_factory.mktemp("data"))
    return write_report(data_dir)


def image_sources(page: str) -> list[str]:
    return re.findall(r'<img src="([^"]+)"', page)


def test_the_page_is_written_where_the_readme_says(full_report):
    assert full_report == full_report.parents[1] / "report" / "index.html"
    page = full_report.read_text("utf-8")
    assert page.startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in page


def test_the_page_shows_every_chart(full_report):
    sources = image_sources(full_report.read_text("utf-8"))
    assert sorted(sources) == sorted(IMAGES)
    assert all((full_report.parent / name).is_file() for name in sources)


@pytest.mark.parametrize("name", IMAGES)
def test_each_chart_is_a_real_png_with_content(full_report, name):
    path = full_report.parent / name
    assert path.read_bytes()[:8] == PNG_MAGIC
    with Image.open(path) as image:
        image.load()
        width, height = image.size
        pixels = np.asarray(image.convert("L"))
    assert width > 200
    assert height > 200
    assert pixels.min() < 100 < pixels.max()  # ink on paper, not one flat colour
    assert len(np.unique(pixels)) > 20  # text is anti-aliased: many grey levels


def test_the_page_has_the_tables_and_says_where_keywords_came_from(full_report):
    page = full_report.read_text("utf-8")
    assert "24 articles, 9 duplicates, 3 runs" in page
    assert "Source: keywords column." in page
    assert "<th>科技</th>" in page
    assert "人工智能 (7)" in page
    assert "<td>news.example.cn</td><td>8</td><td>2</td><td>1</td><td>2</td><td>38.5%</td>" in page
    assert "http_404: 2" in page
    assert "Noto Sans SC (NotoSansSC-Regular.otf)" in page


def test_without_a_keywords_column_they_are_computed(tmp_path):
    data_dir = build_dataset(tmp_path / "data", keywords=False)
    page = write_report(data_dir).read_text("utf-8")
    assert "Source: computed from title and body." in page
    match = re.search(r"<th>体育</th><td>([^<]*)</td>", page)
    assert match
    assert "足球" in match.group(1)


def test_missing_tables_still_render_and_say_so(tmp_path):
    data_dir = build_dataset(tmp_path / "data", duplicates=False, runs=False)
    out = write_report(data_dir, tmp_path / "elsewhere" / "r.html")
    page = out.read_text("utf-8")
    assert out == tmp_path / "elsewhere" / "r.html"
    assert f"no duplicates table: {data_dir / 'duplicates'} does not exist" in page
    assert f"no runs table: {data_dir / 'runs'} does not exist" in page
    assert "duplicate_share_per_host.png" in image_sources(page)  # every host at 0%
    assert all((out.parent / name).is_file() for name in image_sources(page))


def test_an_empty_data_dir_renders_notes_only(tmp_path):
    (tmp_path / "articles").mkdir()
    out = write_report(tmp_path)
    page = out.read_text("utf-8")
    assert image_sources(page) == []
    assert "the articles table at" in page
    assert "has no files yet" in page
    assert "no runs table" in page
    assert not [p for p in out.parent.iterdir() if p.suffix == ".png"]


def test_charts_that_no_longer_apply_are_removed(tmp_path):
    data_dir = build_dataset(tmp_path / "data")
    out = write_report(data_dir)
    assert (out.parent / "articles_per_day.png").is_file()
    for table in ("articles", "duplicates", "runs"):
        for path in (data_dir / table).rglob("*.parquet"):
            path.unlink()
    write_report(data_dir)
    assert not list(out.parent.glob("*.png"))


def test_a_font_that_cannot_draw_chinese_stops_the_report(tmp_path, monkeypatch):
    """Never empty boxes: a missing glyph fails the report instead of drawing one."""
    real = find_cjk_font()
    dejavu = CjkFont(real.path.with_name("missing"), "DejaVu Sans", real.codepoints)
    monkeypatch.setattr(report, "find_cjk_font", lambda: dejavu)
    data_dir = build_dataset(tmp_path / "data", duplicates=False, runs=False)
    with pytest.raises(UserWarning, match=r"Glyph .* missing from"):
        write_report(data_dir)


def test_the_page_brings_its_own_cjk_font(full_report):
    """Text and tables read without a system CJK font: a subset of the chart font (Noto Sans
    SC) beside the page, loaded by @font-face, drawing every CJK character the page has."""
    page = full_report.read_text("utf-8")
    assert f'@font-face{{font-family:"{FAMILY}";src:url("{FONT_FILE}")' in page
    assert f"font-family:'{FAMILY}',sans-serif" in page
    subset = TTFont(full_report.parent / FONT_FILE)
    assert subset["name"].getDebugName(1) == "Noto Sans SC"
    used = set(CJK.findall(page))
    assert "科" in used
    assert used <= set(map(chr, subset.getBestCmap()))
    assert len(subset.getBestCmap()) < 2000  # a subset, not the 8 MB font
    notice = (full_report.parent / LICENSE_FILE).read_text("utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in notice


def test_the_date_chart_is_titled_by_its_bars(tmp_path):
    short = write_report(build_dataset(tmp_path / "short")).read_text("utf-8")
    assert "<h2>Articles per day</h2>" in short
    data_dir = tmp_path / "long"
    rows = article_rows()
    for n, row in enumerate(rows):  # four months of publish dates: bars are months
        if row["published_at"] is not None:
            row["published_at"] += timedelta(days=30 * (n % 4))
    write_rows(data_dir / "articles", WITH_KEYWORDS, rows)
    long = write_report(data_dir).read_text("utf-8")
    assert "<h2>Articles per month</h2>" in long
    assert "Articles per day" not in long


@pytest.mark.parametrize("days", [1, 3])
def test_a_few_days_get_a_tick_per_day_not_per_hour(days):
    """One article's day was drawn as a bar across "14:00 … 02:00 … 10:00"."""
    dates = [f"2026-11-{20 + n}" for n in range(days)]
    figure = charts.articles_per_day(find_cjk_font(), pd.Series([1] * days, index=dates))
    figure.canvas.draw()
    ticks = [num2date(x) for x in figure.axes[0].get_xticks()]
    assert all((t.hour, t.minute) == (0, 0) for t in ticks), ticks
    assert [t.day for t in ticks] == list(range(19, 22 + days - 1))


def test_wide_tables_wrap_and_scroll_inside_the_page(full_report):
    page = full_report.read_text("utf-8")
    assert '<table class="runs">' in page
    assert "overflow-x:auto" in page
    assert "<th>finish_<wbr>reason</th>" in page  # wraps between words


def test_reports_in_the_data_folder_are_ignored_by_git():
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", "data/report/index.html", "data/report/a.png"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert result.stdout.split() == ["data/report/index.html", "data/report/a.png"]
