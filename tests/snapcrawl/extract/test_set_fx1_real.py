"""Shapes seen on random samples of real saved pages (issue 14, sets R34 and R35: pages
drawn by seed from a public web-archive repository's news and portal folders), reduced to
their form with made-up outlets, people and wordings other than the set pages':

- a date's label alone in its cell ("发表 /" | "2023年6月2日"): it names the date, no outlet;
- the host's reprint statement quoting a source label ("凡注明“来源：X”的作品…"): a name
  quoted inside a sentence is not the story's source;
- a dated caption inside a picture's ``<figure>`` over the story: no meta line;
- a world clock in the page's top bar ("北京时间 9:12 2024年12月1日"): the time the page was
  served, not the story's;
- a repost's BBCode image tag left as a line ("[IMG]address[/IMG]");
- a picture credit labelled 图片来源 whose value is a long Latin agency credit;
- an outlet's Chinese name with its English name of several words glued after it;
- a column's follow promo closing the story: its account handle after the label, and
  "或扫描二维码加关注。" over the code's picture.
"""

from __future__ import annotations

from snapcrawl.extract import extract_article

from .conftest import as_paragraphs as _paras
from .conftest import site_article

URL = "https://www.example-hillside.cn/life/2023/0602/7710.html"
STORY = [
    "山脚下的老粮站改成了社区图书室，开放第一个月就办出了四百多张借书证。",
    "图书室的书大多是附近居民捐的，管理员每周六上午会把新到的书摆在门口的长桌上。",
    "放学以后，这里常常坐满了写作业的孩子，家长们就在院子里的树荫下聊天等着。",
    "街道计划明年再添一间阅览室，把旁边闲置的仓库也利用起来，给老人们读报用。",
]


def _page(body: str, *, info: str = "", after: str = "", nav_extra: str = "") -> str:
    return site_article(
        body,
        title="老粮站变成了社区图书室",
        site="山岭生活网",
        section=("/life/", "生活"),
        info=info,
        after=after,
        nav_extra=nav_extra,
    )


def test_a_date_label_alone_in_its_cell_names_no_outlet() -> None:
    info = "<div class='lbl'>发表 /</div><div class='day'>2023年6月2日 08:15 AM</div>"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source != "发表"
    assert article.body.startswith(STORY[0])


def test_a_name_quoted_in_the_hosts_reprint_statement_is_no_source() -> None:
    after = (
        "<div class='extra'>凡本站注明“来源：山岭生活网”的作品，版权均属本站所有，"
        "转载请注明出处。其余作品均转自其他媒体，如有侵权请联系删除。</div>"
    )
    article = extract_article(_page(_paras(STORY), info="2023-06-02 10:00", after=after), URL)
    assert article.source is None or "”" not in article.source


def test_a_dated_caption_in_a_picture_figure_is_no_meta_line() -> None:
    figure = (
        "<figure><img src='/p/1.jpg' alt='x'>"
        "<figcaption>读者在图书室的长桌前翻看新书（2022年11月5日）</figcaption></figure>"
    )
    article = extract_article(_page(figure + _paras(STORY), info="2023-06-02 10:00"), URL)
    assert article.source is None or not article.source.startswith("读者")


def test_a_world_clock_over_the_page_is_not_the_publication_time() -> None:
    clock = "<div class='clock'>北京时间 9:12 2024年12月1日 星期日</div>"
    article = extract_article(_page(_paras(STORY), info="2021年4月8日 17:30", nav_extra=clock), URL)
    assert article.published_at is not None
    assert (article.published_at.year, article.published_at.month) == (2021, 4)
    assert (article.published_at.day, article.published_at.hour) == (8, 17)


def test_a_bbcode_image_line_is_no_paragraph() -> None:
    tag = "[IMG]http://img.example-hillside.cn/up/2023/0602/a81.png[/IMG]"
    body = f"<p>{tag}</p>" + _paras(STORY)
    article = extract_article(_page(body, info="2023-06-02 10:00 来源：山岭晚报"), URL)
    assert "[IMG]" not in article.body
    assert STORY[0] in article.body


def test_a_long_latin_picture_credit_is_no_paragraph() -> None:
    credit = "图片来源：MARK TOBIAS/GETTY IMAGES FOR WIDE WORLD ARCHIVE/ADAPTED"
    body = _paras(STORY[:2]) + f"<p>{credit}</p>" + _paras(STORY[2:])
    article = extract_article(_page(body, info="2023-06-02 10:00 来源：山岭晚报"), URL)
    assert "GETTY" not in article.body
    assert STORY[3] in article.body


def test_an_english_name_glued_after_the_outlets_name_is_left_out() -> None:
    info = "2023-06-02 10:00 来源：晨钟周刊Morning Bell Weekly"
    article = extract_article(_page(_paras(STORY), info=info), URL)
    assert article.source == "晨钟周刊"


def test_a_columns_follow_promo_with_its_handle_and_scan_line_is_left_out() -> None:
    promo = ["想看更多育儿心得，请关注本栏目微信号：yuer_house2021", "或长按识别二维码加关注。"]
    body = _paras(STORY) + _paras(promo) + "<div><img src='/qr.png' alt=''></div>"
    article = extract_article(_page(body, info="2023-06-02 10:00 来源：山岭晚报"), URL)
    assert "微信号" not in article.body
    assert "二维码" not in article.body
    assert STORY[-1] in article.body


def test_a_visitor_scanning_a_code_in_the_story_is_kept() -> None:
    line = "游客在入口处扫描二维码即可预约，馆方每天限流两千人，周一闭馆。"
    article = extract_article(
        _page(_paras([*STORY[:2], line, *STORY[2:]]), info="2023-06-02 10:00 来源：山岭晚报"),
        URL,
    )
    assert line in article.body
