"""What the body edges of real pages still held after h-edge5 and h-cap5 (issue 14, session 41,
h-edge6), from the webpage_archive pool (transTerminus/webpage_archive commit f987f5e, raw/):

- a gallery that prints its text again on every slide: the first paragraph, cut with an
  ellipsis ("…时而婉约如处子……"), was taken for a teaser of itself, as its copy under the next
  slide starts with it, so the copy on slide two opened the story and the paragraphs came out
  swapped. A later line that is the line again is a repeat, not the text a teaser was cut from
  (summary_boxes.cut_teaser): the first copy keeps its place and the paragraphs' repeat check
  drops the others. Reduced copy (the search form and all after it cut out):
  tests/fixtures/extract/real_noise41/sohu_gallery_repeating_its_text_on_each_slide.html
  (raw/sohu.com/news_组图：泰国人妖表演团艳惊四座_-_新闻-_搜狐.html, pool 2154).
Each has wordings of the same kind not taken from the pages, and story text that stays.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article
from snapcrawl.extract.summary_boxes import cut_teaser

_DIR = Path(__file__).parents[2] / "fixtures" / "extract" / "real_noise41"


def _article(name: str):
    return extract_article((_DIR / name).read_bytes(), None)


def test_a_gallerys_repeated_text_keeps_its_order() -> None:
    article = _article("sohu_gallery_repeating_its_text_on_each_slide.html")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("英国爱丁堡边缘艺术节上")
    assert article.paragraphs[1].startswith("本届爱丁堡边缘艺术节于8月7日正式开幕")
    assert article.paragraphs[1].endswith("平添了一道亮丽的风景。(李杰)")


def test_a_line_cut_short_over_its_own_copy_is_no_teaser() -> None:
    line = "湖畔的芦苇荡里，上千只白鹭在清晨同时起飞，场面蔚为壮观，引得游人纷纷驻足……"
    assert not cut_teaser(line, ["今年的观鸟节于10月1日开幕。", line])
    # the story the teaser was cut from, reading on past its ellipsis, still makes it one
    told = line.removesuffix("……") + "。据湿地管理处统计，今年越冬的白鹭比去年多出三成。"
    assert cut_teaser("【图集】" + line, [told])
