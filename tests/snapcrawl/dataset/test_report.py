from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from snapcrawl.dataset import report
from snapcrawl.dataset.report import IMAGES, write_report
from snapcrawl.dataset.report_fonts import CjkFont, find_cjk_font
from tests.snapcrawl.dataset.report_dataset import build_dataset

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
    assert "Noto Sans CJK" in page


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
