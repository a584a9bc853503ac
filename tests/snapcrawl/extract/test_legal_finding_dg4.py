"""A story's closing paragraph with a legal finding, from the pages where we and magic-html
disagree on the body, round 4 (issue 14, session 42, h-dg4: the webpage_archive pool,
transTerminus/webpage_archive commit f987f5e, raw/):

- a court story's last paragraph, a lawyer's view that the hospital's act "并不构成侵权":
  "不构成" is a notice's word (what the page is not: "不构成投资建议") and "侵权" another
  family's (rights), so the paragraph read as a notice of two families at the body's edge and
  went with its reporter's sign-off. "不构成侵权", "不构成犯罪", "不构成X罪" are a finding,
  never a notice's words. Reduced copy (the article block, head cut to charset and title):
  tests/fixtures/extract/real_dg4/chinanews_story_closing_on_a_lawyers_finding.html
  (raw/chinanews.com/www_女孩暗藏男儿身变性后讨厌女性身份状告医院.html, pool 0545).

With a wording of the same kind not taken from the page, and notices that still go.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article
from snapcrawl.extract.host_voice import notice_families, notice_strength

from .conftest import site_article

_DIR = Path(__file__).parents[2] / "fixtures" / "extract" / "real_dg4"
URL = "https://www.example-hillside.cn/news/20241106/5523.html"


def test_real_closing_paragraph_with_a_lawyers_finding_stays() -> None:
    raw = (_DIR / "chinanews_story_closing_on_a_lawyers_finding.html").read_bytes()
    article = extract_article(raw, URL)
    assert article.paragraphs[-1].startswith("廖华认为，不能简单地从遗传基因来辨别人的性别")
    assert "并不构成侵权。" in article.paragraphs[-1]
    assert article.author == "李凌鹏"
    assert "编辑:朱博" not in article.body


def test_a_finding_is_no_notice_word() -> None:
    for story in (
        "法院审理认为，被告的转载行为不构成侵权，驳回了原告的全部诉讼请求。",
        "检察机关认为，其行为不构成诈骗罪，依法作出不起诉决定，相关版权纠纷另案处理。",
    ):
        assert notice_strength(story) == 0
    notice = "本文仅代表作者观点，不构成投资建议，如有侵权请联系删除。"
    assert "disclaim" in notice_families(notice)
    assert notice_strength(notice) == 2


def test_a_court_story_closing_on_its_finding_keeps_it() -> None:
    story = [
        "山边镇一家网店因使用他人拍摄的风景照片被起诉，原告要求赔偿经济损失五万元。",
        "网店经营者表示，照片是从公开的旅游宣传册上翻拍的，当时并不知道需要获得授权。",
        "法院审理认为，原告未能证明照片系其本人拍摄，网店的使用行为不构成侵权，"
        "驳回了原告的全部诉讼请求。",
    ]
    page = site_article(
        "".join(f"<p>{line}</p>" for line in story),
        title="网店用风景照被诉 法院驳回索赔",
        site="山边新闻网",
        info="2024-11-06 10:20",
        after="<div class='note'>本文仅代表作者观点，不构成投资建议，如有侵权请联系删除。</div>",
    )
    body = extract_article(page, URL).body
    assert body.split("\n") == story
