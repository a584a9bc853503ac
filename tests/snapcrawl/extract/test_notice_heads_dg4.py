"""A notice heading's word at the start of a story's sentence, from the pages where we and
magic-html disagree on the body, round 4 (issue 14, session 42, h-dg4: the webpage_archive
pool, transTerminus/webpage_archive commit f987f5e, raw/):

- a story's first paragraphs speaking of a statement they report ("该声明涉及…", after "…发布了
  一项声明"): a notice heading's word ("声明", "公告", "提示") at the start of a line, with a
  sentence going on after it, was read as a heading ("免责声明："), so the line spoke as the
  page and, at the body's first stretch, cut itself and every line above it. A heading's word
  ends the heading (a colon, a bracket, a space or nothing after it). Reduced copy (the
  headline block without its share box, the article, the platform statement):
  tests/fixtures/extract/real_dg4/sohu_story_opening_on_the_statement_it_reports.html
  (raw/sohu.com/www_UCI考虑降低变性运动员的最大睾丸激素阈值_-_搜狐.html, pool 2290).

Each has a wording of the same kind not taken from the page, and notices that still go.
"""

from __future__ import annotations

from pathlib import Path

from snapcrawl.extract import extract_article
from snapcrawl.extract.host_voice import notice_strength

from .conftest import site_article

_DIR = Path(__file__).parents[2] / "fixtures" / "extract" / "real_dg4"
URL = "https://www.example-hillside.cn/news/20241106/5522.html"


def test_real_story_opening_on_the_statement_it_reports_keeps_its_first_paragraphs() -> None:
    raw = (_DIR / "sohu_story_opening_on_the_statement_it_reports.html").read_bytes()
    body = extract_article(raw, "https://www.sohu.com/a/352231559_120004807").body
    assert body.startswith("国际自行车联盟（UCI）发布了一项声明，宣布他们正在考虑")
    assert "该声明涉及变性运动员在竞技体育中的资格。" in body
    assert "凯特·韦瑟利：" in body
    assert "平台声明" not in body
    assert "搜狐仅提供信息存储空间服务" not in body


def test_a_heading_word_going_on_into_a_sentence_is_no_notice_heading() -> None:
    for story in (
        "联合声明指出，双方将在新能源领域加强合作，文件内容不代表最终协议，谈判仍在进行。",
        "该公告称，公司第三季度营收同比增长12%，上述数据仅供参考，仍以年报为准。",
    ):
        assert notice_strength(story) == 0
    for notice in (
        "免责声明：本文仅代表作者本人观点，不代表本站立场。",
        "免责声明 本文仅代表作者本人观点，不代表本站立场。",
        "【特别提示】以上内容仅供参考，不构成投资建议。",
    ):
        assert notice_strength(notice) == 2


def test_a_story_opening_on_a_joint_statement_keeps_its_lead() -> None:
    story = [
        "联合声明指出，两市将在港口物流和新能源领域加强合作，声明内容不代表最终协议，"
        "具体项目仍在商谈之中。",
        "声明发布当天，两市代表团参观了山边港新建成的集装箱码头，并就航线开通进行了座谈。",
        "据介绍，首批合作项目预计明年上半年落地，涉及冷链仓储、充电网络和船舶岸电改造等。",
    ]
    notice = "免责声明：本文仅代表作者本人观点，不代表本站立场。"
    page = site_article(
        "".join(f"<p>{line}</p>" for line in story),
        title="两市签署港口合作联合声明",
        site="山边新闻网",
        info="2024-11-06 10:20",
        after=f"<div class='statement'>{notice}</div>",
    )
    body = extract_article(page, URL).body
    assert body.split("\n") == story
