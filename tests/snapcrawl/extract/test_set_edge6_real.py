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
- a picture's credit alone on its line in forms the credit readers missed: a traditional
  label with an address for its value ("圖片來自：https://twitter.com/…", too long for
  credit_forms.plain_form, so its 來自 was never read as 来自: credit_forms.plain_label reads a
  long line's label, and 來自 is a credit word now; picture_credits.about_a_picture reads it
  too, so the story's headings between such pictures stay); "图片提供：X" (a picture label
  beside 图片, chrome_vocab); "图片由X提供，摄影：Y" (credits joined by a comma, each a credit
  of its own: credit_lines.is_credit). Reduced copies:
  tests/fixtures/extract/real_noise41/gamme_story_over_traditional_picture_from_address_credits.html
  (raw/unclassify_news/news_《「不當哥哥了」是不是跨性別作品》非自願性轉換引發歐美網友_.html,
  pool 3249), artnet_list_over_given_by_and_photographer_credit.html
  (raw/unclassify_news/www_2023，这10场展览标记了女性艺术的历史与当下_-_阿特网.html, pool 3747).
  A caption that says what the picture shows stays, and so do the next show's headings under
  the credit (the joined credit is read as a credit, not a picture's: line_kinds.keep_short
  passes it). "照片：X" is not a credit label: a liveblog (aljazeera) captions with it.
Each has wordings of the same kind not taken from the pages, and story text that stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from snapcrawl.extract import extract_article
from snapcrawl.extract.credit_lines import is_credit
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


def test_traditional_picture_from_address_credits_go() -> None:
    article = _article("gamme_story_over_traditional_picture_from_address_credits.html")
    assert not any("圖片來自" in p for p in article.paragraphs)
    assert any(p.startswith("有一群歐美宅宅們最近針對下一季") for p in article.paragraphs)
    assert "在校內上廁所竟然還跑到男廁！" in article.paragraphs
    assert "許多網友故意回他「日本文化跟你的認知有很大的隔閡」" in article.paragraphs


def test_credits_joined_by_a_comma_go() -> None:
    article = _article("artnet_list_over_given_by_and_photographer_credit.html")
    assert not any("摄影：孙诗" in p for p in article.paragraphs)
    texts = list(article.paragraphs)
    caption = texts.index("“玛丽亚·拉斯尼格：火星来客”展览现场，2023")  # the caption stays
    assert texts[caption + 1 : caption + 4] == ["武汉·", "合美术馆", "俯仰之间一一姜杰"]


@pytest.mark.parametrize(
    "credit",
    [
        "照片來自：https://www.instagram.com/p/Cx12abQ7/",
        "圖片提供：受訪者",
        "图片提供：海港市文旅局",
        "照片提供：海港市博物馆",
        "视频由受访者提供，剪辑：李明",
        "图片来源：新华社，编辑：张晓",
    ],
)
def test_picture_credits_in_other_words_go(credit: str) -> None:
    assert is_credit(credit)


@pytest.mark.parametrize(
    "told",
    [
        "照片：2019年5月，志愿者在湖边清理垃圾。",
        "照片里，他站在湖边。",
        "图片由受访者提供，他说这张照片拍于1998年",
        "编辑：张三，他说。",
        "北京，上海",
    ],
)
def test_captions_and_story_lines_with_those_words_stay(told: str) -> None:
    assert not is_credit(told)
